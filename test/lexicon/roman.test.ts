import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatRomanNumeral, parseRomanNumeral, safeParseRomanNumeral } from "../../src/lexicon/index";
import { romanNumeralValue } from "../../src/lexicon/roman";
import { readSeed } from "../_lib/seeds";

describe("parseRomanNumeral", () => {
  it.each([
    ["I", 1],
    ["II", 2],
    ["III", 3],
    ["IV", 4],
    ["V", 5],
    ["IX", 9],
    ["X", 10],
    ["XIV", 14],
    ["XIX", 19],
    ["XX", 20],
    ["XXI", 21],
    ["xx", 20],
    [" XIX ", 19],
  ])("reads %j as %i", (text, value) => {
    expect(parseRomanNumeral(text)).toBe(value);
  });

  it.each([
    ["IIII", 0],
    ["VV", 0],
    ["XXII", 0],
    ["XXX", 0],
    ["IC", 1],
    ["", 0],
    ["X X", 1],
    ["MMXXII", 0],
    ["XL", 1],
    ["VX", 0],
  ])("rejects %j with invalid_roman_numeral at offset %i", (text, offset) => {
    const result = safeParseRomanNumeral(text);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe("invalid_roman_numeral");
      expect(result.error.offset).toBe(offset);
      expect(result.error.input).toBe(text);
    }
  });

  it("rejects what is not a string with invalid_argument", () => {
    expect(() => parseRomanNumeral(20 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("reads the centuries and floors of the seed texts", () => {
    const text = readSeed("report2023") + readSeed("chronicle2022");
    const numerals = [...text.matchAll(/\b([IVX]{1,5}) (?:a\.|ketv\.|pusm)/g)].map((m) => m[1] as string);
    for (const numeral of numerals) expect(safeParseRomanNumeral(numeral).success, numeral).toBe(true);
  });

  it("round-trips every value from 1 to 21", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 21 }), (n) => {
        expect(parseRomanNumeral(formatRomanNumeral(n))).toBe(n);
      }),
    );
  });

  it("never throws anything but a BibliotekosError, on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("I", "V", "X", "L", "C", " ", "i") }), (text) => {
        const result = safeParseRomanNumeral(text);
        if (result.success) expect(formatRomanNumeral(result.data)).toBe(text.trim().toUpperCase());
      }),
    );
  });
});

describe("formatRomanNumeral", () => {
  it.each([0, 22, -1, 2.5, Number.NaN])("rejects %s with invalid_argument", (n) => {
    expect(() => formatRomanNumeral(n)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("romanNumeralValue", () => {
  it("reads upper-case numerals exactly as parseRomanNumeral does, and anything else as -1", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[IVXLC ]{0,7}$/), (text) => {
        const read = safeParseRomanNumeral(text);
        const canonical = read.success && text === text.trim() && text.length > 0;
        expect(romanNumeralValue(text)).toBe(canonical ? read.data : -1);
      }),
      { numRuns: 300 },
    );
  });

  it("reads every numeral formatRomanNumeral writes", () => {
    for (let n = 1; n <= 21; n++) expect(romanNumeralValue(formatRomanNumeral(n))).toBe(n);
    expect(romanNumeralValue("xx")).toBe(-1);
    expect(romanNumeralValue("XXII")).toBe(-1);
  });
});
