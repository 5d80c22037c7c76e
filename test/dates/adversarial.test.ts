// Long adversarial strings: the reader must finish (linearly; timings live in bench/dates.bench.ts)
// and find nothing, or only what is there.
import { describe, expect, it } from "vitest";
import { findDates, parseDate, safeParseDate } from "../../src/dates/index";
import { SPACES } from "../../src/lexicon/index";

const size = 100_000;

describe("findDates on adversarial input", () => {
  it.each([
    ["1-1-1-1-…", "1-".repeat(size / 2)],
    ["m. m. m. …", "m. ".repeat(size / 3)],
    ["100 000 digits", "7".repeat(size)],
    ["dashes and dots", "-.".repeat(size / 2)],
    ["2022-2022-2022-…", "2022-".repeat(size / 5)],
    ["nuo nuo nuo …", "nuo ".repeat(size / 4)],
    ["XX XX XX …", "XX ".repeat(size / 3)],
    ["09.09.09.…", "09.".repeat(size / 3)],
  ])("finds no date in %s", (_label, text) => {
    expect(findDates(text)).toEqual([]);
  });

  it("finds every date in a long run of dates", () => {
    const text = "2022 m. vasario 1 d., ".repeat(5000);
    const found = findDates(text);
    expect(found).toHaveLength(5000);
    expect(found[4999]?.period).toEqual({ start: "2022-02-01", end: "2022-02-01" });
  });

  it("finds no date in a chain of ranges, which no text writes", () => {
    expect(findDates("2020–2021–2022 m.")).toEqual([]);
    expect(findDates("2022 m. vasario 1–2–3 d.").length).toBeLessThanOrEqual(1);
  });

  it.each(SPACES.filter((s) => s.role === "horizontal").map((s) => [s.name, String.fromCharCode(s.code)]))(
    "reads a date whose words are separated by a %s, a space of the lexicon's SPACES",
    (_name, space) => {
      const text = `Įvyko 2022 m.${space}vasario${space}1 d.`;
      expect(findDates(text).map((m) => m.period)).toEqual([{ start: "2022-02-01", end: "2022-02-01" }]);
    },
  );

  it("ignores lone surrogates and combining marks without shifting offsets", () => {
    const text = "\ud800 2022 m. vasario 1 d. \u0301 x\udfff";
    const [m] = findDates(text);
    expect(m?.text).toBe("2022 m. vasario 1 d.");
    expect(text.slice(m?.index, m?.end)).toBe(m?.text);
  });
});

describe("parseDate on adversarial input", () => {
  it("refuses a long string with an offset, without hanging", () => {
    const result = safeParseDate(`2022 m. ${"d. ".repeat(30_000)}`);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.offset).toBe(8);
  });

  it("refuses what is not a string with invalid_argument", () => {
    expect(() => parseDate(2022 as unknown as string)).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
  });

  it("refuses a reference date that does not exist", () => {
    expect(safeParseDate("Spalio 13 d.", { ref: "2022-13" })).toMatchObject({ success: false, error: { code: "invalid_argument" } });
    expect(() => findDates("Spalio 13 d.", { ref: "22" })).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
    expect(() => findDates("2022 m.", { maxYear: 2100.5 })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "maxYear"] }) as Error,
    );
  });

  it("reads years in the window it is given", () => {
    expect(findDates("Lentynos – 2189 m.", { maxYear: 2200 }).map((m) => m.period.start)).toEqual(["2189"]);
    expect(findDates("1009 m. Lietuva paminėta", { minYear: 1100 })).toEqual([]);
  });
});
