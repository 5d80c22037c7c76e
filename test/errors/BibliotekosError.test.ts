import { describe, expect, it } from "vitest";
import { BibliotekosError, ERROR_CODE_SUMMARIES, isBibliotekosError, type ErrorCode } from "../../src/errors/index";
import { readFileSync } from "node:fs";
import { join } from "node:path";

describe("BibliotekosError", () => {
  it("carries code, messages, input and where", () => {
    const error = new BibliotekosError({ code: "invalid_number", message: "Two decimal commas", input: "1,2,3", offset: 3 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("BibliotekosError");
    expect(error.message).toBe("Two decimal commas");
    expect(error.messageLt).toBe(ERROR_CODE_SUMMARIES.invalid_number.lt);
    expect(error.offset).toBe(3);
    expect(error.path).toBeUndefined();
  });

  it("serialises to plain JSON without undefined fields", () => {
    const error = new BibliotekosError({ code: "invalid_model", message: "m", messageLt: "ž", input: { a: 1 }, path: ["a", 0] });
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toEqual({
      name: "BibliotekosError",
      code: "invalid_model",
      message: "m",
      messageLt: "ž",
      input: { a: 1 },
      path: ["a", 0],
    });
  });

  it("serialises an input that holds a BigInt, with the BigInt as its digits and n, and leaves the input as it was", () => {
    const input = { year: 10n, lines: [{ amount: -3n, currency: "EUR" }], when: new Date(0), note: "x" };
    const error = new BibliotekosError({ code: "invalid_model", message: "m", input });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      input: { year: "10n", lines: [{ amount: "-3n", currency: "EUR" }], when: "1970-01-01T00:00:00.000Z", note: "x" },
    });
    expect(error.input).toBe(input);
    expect(input.year).toBe(10n);
    // An input without one is the input itself; a cycle is walked once.
    const plain = { a: [1, "2"] };
    expect(new BibliotekosError({ code: "invalid_model", message: "m", input: plain }).toJSON().input).toBe(plain);
    const cyclic: Record<string, unknown> = { n: 1n };
    cyclic.self = cyclic;
    const copy = new BibliotekosError({ code: "invalid_model", message: "m", input: cyclic }).toJSON().input as Record<string, unknown>;
    expect(copy.n).toBe("1n");
    expect(copy.self).toBe(copy);
  });

  it("serialises the error of a library call given a BigInt (issue #17)", async () => {
    const { parseNumber } = await import("../../src/numbers/index");
    const { safeParseAnnualReport } = await import("../../src/models/index");
    let thrown: unknown;
    try {
      parseNumber(10n as never);
    } catch (error) {
      thrown = error;
    }
    expect(isBibliotekosError(thrown)).toBe(true);
    expect(JSON.parse(JSON.stringify(thrown))).toMatchObject({ code: "invalid_argument", input: "10n" });
    const result = safeParseAnnualReport({ year: 2023n });
    expect(result.success).toBe(false);
    expect(JSON.parse(JSON.stringify(result.success ? null : result.error))).toMatchObject({
      code: "invalid_model",
      input: { year: "2023n" },
    });
  });

  it("is recognised across copies of the library by isBibliotekosError", () => {
    const foreign = { name: "BibliotekosError", code: "invalid_date", message: "x" };
    expect(isBibliotekosError(foreign)).toBe(true);
    expect(isBibliotekosError(new Error("x"))).toBe(false);
    expect(isBibliotekosError(null)).toBe(false);
    expect(isBibliotekosError({ name: "BibliotekosError" })).toBe(false);
  });
});

describe("error codes", () => {
  const source = readFileSync(join(__dirname, "..", "..", "src", "errors", "BibliotekosError.ts"), "utf8");
  const union = source.match(/export type ErrorCode =([^;]+);/)?.[1] ?? "";
  const codes = [...union.matchAll(/"([a-z_]+)"/g)].map((m) => m[1] as ErrorCode);

  it("are all summarised in English and Lithuanian (parity)", () => {
    expect(codes.length).toBeGreaterThan(5);
    expect(Object.keys(ERROR_CODE_SUMMARIES).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(ERROR_CODE_SUMMARIES[code].en.length, code).toBeGreaterThan(5);
      expect(ERROR_CODE_SUMMARIES[code].lt.length, code).toBeGreaterThan(5);
      expect(ERROR_CODE_SUMMARIES[code].lt, code).not.toBe(ERROR_CODE_SUMMARIES[code].en);
    }
  });

  it("are all documented in the union's TSDoc table", () => {
    for (const code of codes) expect(source, code).toContain(`| \`${code}\` |`);
  });

  it("are snake_case", () => {
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });
});
