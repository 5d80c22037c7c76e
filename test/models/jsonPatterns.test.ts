import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIsoPartialDate } from "../../src/dates/index";
import { ARTICLE_CODE, ISO_PARTIAL_DATE, portablePattern } from "../../src/models/_lib/jsonPatterns";
import { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "../../src/models/index";
import { normalizeClassificationCode } from "../../src/reference/index";

const pad = (n: number) => String(n).padStart(2, "0");
const portable = new RegExp(portablePattern(ISO_PARTIAL_DATE.source));

describe("ISO_PARTIAL_DATE, the JSON Schemas' date pattern", () => {
  it("accepts 29 February in exactly the years isIsoPartialDate does, 1000 to 9999", () => {
    for (let year = 1000; year <= 9999; year++) {
      const date = `${year}-02-29`;
      expect(portable.test(date), date).toBe(isIsoPartialDate(date));
    }
  });

  it.each([1000, 1600, 1900, 2000, 2023, 2024, 2100, 9999])("agrees with isIsoPartialDate on every month and day of %i", (year) => {
    for (let month = 0; month <= 13; month++) {
      expect(portable.test(`${year}-${pad(month)}`)).toBe(isIsoPartialDate(`${year}-${pad(month)}`));
      for (let day = 0; day <= 32; day++) {
        const date = `${year}-${pad(month)}-${pad(day)}`;
        expect(portable.test(date), date).toBe(isIsoPartialDate(date));
      }
    }
  });

  it("agrees with isIsoPartialDate on strings of digits and dashes", () => {
    const chars = fc.constantFrom(..."0123456789-".split(""), "0", "1", "2", "-");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 11 }), (parts) => {
        const text = parts.join("");
        expect(portable.test(text), text).toBe(isIsoPartialDate(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("ARTICLE_CODE, the JSON Schemas' article code pattern", () => {
  it("matches exactly the codes normalizeClassificationCode leaves as they are", () => {
    const chars = fc.constantFrom(..."0123456789.".split(""), ".", "1", " ");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 16 }), (parts) => {
        const code = parts.join("");
        expect(ARTICLE_CODE.test(code), code).toBe(normalizeClassificationCode(code) === code);
      }),
      { numRuns: 5000 },
    );
    for (const code of ["2", "2.1.1.1.1.1", "2.2.1.1.1.30", "2.0", "99.99"]) expect(ARTICLE_CODE.test(code), code).toBe(true);
    for (const code of ["abc", "2.1.1.", "2.1.1.1.1.01", "01", "0", "100", "2.1.1.1.1.1.1", "2. 1", ""]) {
      expect(ARTICLE_CODE.test(code), code).toBe(false);
    }
  });
});

describe("portablePattern", () => {
  it("writes \\d and \\w as ASCII classes, inside and outside brackets, and leaves other escapes", () => {
    expect(portablePattern(String.raw`^\d{3}[\w.-]+\.\\d$`)).toBe(String.raw`^[0-9]{3}[A-Za-z0-9_.-]+\.\\d$`);
  });

  it("means what the JavaScript pattern means", () => {
    const source = String.raw`^[\w.-]{1,120}$|^-?\d+$`;
    fc.assert(
      fc.property(fc.string({ maxLength: 8, unit: "binary" }), (text) => {
        expect(new RegExp(portablePattern(source), "u").test(text)).toBe(new RegExp(source).test(text));
      }),
    );
  });

  it.each(Object.keys(MODEL_SCHEMAS) as ModelName[])("leaves no \\d or \\w in the %s schema", (model) => {
    expect(JSON.stringify(toJSONSchema(model))).not.toMatch(/\\\\[dw]/);
  });
});
