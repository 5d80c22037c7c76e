import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, parseNumber, safeParseNumber, type DotRule } from "../../src/numbers/index";

describe("parseNumber", () => {
  it.each([
    // As the seeds write them.
    ["73 341", "73341"],
    ["24,0", "24.0"],
    ["0,005", "0.005"],
    ["774795,00", "774795.00"],
    ["698795,000", "698795.000"],
    ["10499,35", "10499.35"],
    ["-718", "-718"],
    ["14 670", "14670"],
    ["150191", "150191"],
    // Separators and signs.
    ["73\u00a0341", "73341"],
    ["73\u202f341", "73341"],
    ["73\u2009341", "73341"],
    ["1 234 567,891", "1234567.891"],
    ["−1 234,5", "-1234.5"],
    ["–5", "-5"],
    ["˗17", "-17"],
    ["+2,5", "2.5"],
    ["  42 \n", "42"],
    ["0", "0"],
    ["007", "7"],
    ["-0,00", "0.00"],
    // Scale words, exactly.
    ["1,2 mln.", "1200000"],
    ["100 tūkst.", "100000"],
    ["1,25 tūkst.", "1250"],
    ["1,2345 tūkst.", "1234.5"],
    ["2,5 mlrd.", "2500000000"],
    ["3 milijonai", "3000000"],
    ["5 tūkstančių", "5000"],
    ["1,2mln.", "1200000"],
    ["0,000001 mln.", "1"],
    ["12 TUKST", "12000"],
  ])("reads %j as %j", (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it.each<[string, DotRule, string | [string, number]]>([
    ["1.5", "auto", "1.5"],
    ["24.75", "auto", "24.75"],
    ["0.123", "auto", "0.123"],
    ["1234.567", "auto", "1234.567"],
    ["1.234", "auto", ["ambiguous_number", 1]],
    ["12.500", "auto", ["ambiguous_number", 2]],
    ["1.234", "decimal", "1.234"],
    ["1.234", "thousands", "1234"],
    ["1.234.567", "auto", "1234567"],
    ["1.234.567", "decimal", ["invalid_number", 5]],
    ["1.234,5", "auto", "1234.5"],
    ["1.234,5", "decimal", ["invalid_number", 5]],
    ["1 234.5", "auto", "1234.5"],
    ["1 234.5", "thousands", ["invalid_number", 5]],
    ["1.5", "thousands", ["invalid_number", 2]],
    ["1.23.456", "auto", ["invalid_number", 2]],
  ])("reads %j under the dot rule %s as %j", (text, dot, expected) => {
    const result = safeParseNumber(text, { dot });
    expect(result.success ? result.data : [result.error.code, result.error.offset]).toEqual(expected);
  });

  it.each([
    ["1 2 3", 2],
    ["1,2,3", 3],
    [",5", 0],
    ["5,", 1],
    ["--5", 1],
    ["+-5", 1],
    ["1O0", 1],
    ["O", 0],
    ["10O", 2],
    ["1234 567", 4],
    ["12 34", 3],
    ["1  234", 3],
    ["1\t234", 2],
    ["1\u3000234", 1],
    ["1 234\u00a0 567", 7],
    ["1,5 000", 4],
    ["1,234.5", 5],
    ["5 %", 2],
    ["1e5", 1],
    ["NaN", 0],
    ["Infinity", 0],
    ["", 0],
    ["   ", 3],
    ["- 5", 1],
    ["5 eurų", 2],
    ["1 mln. 2", 7],
  ])("rejects %j with invalid_number at offset %i", (text, offset) => {
    const result = safeParseNumber(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("invalid_number");
      expect(result.error.offset).toBe(offset);
      expect(result.error.input).toBe(text);
    }
  });

  it("rejects 10 000 digits with invalid_number at the first digit past 64", () => {
    const text = "9".repeat(10_000);
    expect(() => parseNumber(text)).toThrow(expect.objectContaining({ code: "invalid_number", offset: 64 }));
  });

  it("reads 64 digits exactly", () => {
    const text = `${"1234567890".repeat(6)}1234`;
    expect(parseNumber(text)).toBe(text);
  });

  it("finishes on long adversarial input", () => {
    for (const text of ["1 ".repeat(50_000), "1.".repeat(50_000), "1,".repeat(50_000), `${"1 000".repeat(20_000)}x`, "-".repeat(100_000)]) {
      expect(safeParseNumber(text).success).toBe(false);
    }
  });

  it("rejects a non-string with invalid_argument", () => {
    expect(() => parseNumber(12 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => parseNumber("1", { dot: "comma" as DotRule })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  const decimals = fc
    .tuple(fc.boolean(), fc.stringMatching(/^(?:0|[1-9]\d{0,20})$/), fc.option(fc.stringMatching(/^\d{1,10}$/), { nil: undefined }))
    .map(([negative, int, frac]) => {
      const body = frac === undefined ? int : `${int}.${frac}`;
      return negative && /[1-9]/.test(body) ? `-${body}` : body;
    });

  it("reads back what formatNumber writes, for any decimal", () => {
    fc.assert(
      fc.property(
        decimals,
        fc.constantFrom("\u00a0", " ", "\u202f", "\u2009"),
        fc.constantFrom("-", "−"),
        (value, groupSeparator, minusSign) => {
          expect(parseNumber(formatNumber(value, { groupSeparator, minusSign }))).toBe(value);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws anything but a BibliotekosError, and never returns a non-decimal", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("1", "0", " ", ",", ".", "-", "−", "O", "\u00a0", "m", "l", "n", "t"), maxLength: 16 }),
        (text) => {
          const result = safeParseNumber(text, { dot: "decimal" });
          if (result.success) expect(result.data).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/);
          else expect(typeof result.error.offset).toBe("number");
        },
      ),
      { numRuns: 500 },
    );
  });
});
