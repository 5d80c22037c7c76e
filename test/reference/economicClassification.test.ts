import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ECONOMIC_CLASSIFICATION,
  lookupEconomicClassification,
  normalizeClassificationCode,
  parentClassificationCode,
} from "../../src/reference/index";

describe("the economic classification", () => {
  it("stores codes as the act writes them, without the trailing dot, and the FAQ form beside them", () => {
    for (const entry of ECONOMIC_CLASSIFICATION) {
      expect(normalizeClassificationCode(entry.code), entry.id).toBe(entry.code);
      expect(entry.code.split(".")).toHaveLength(entry.level);
      if (entry.faqCode !== undefined) {
        expect(entry.level).toBe(6);
        expect(normalizeClassificationCode(entry.faqCode)).toBe(entry.code);
        expect(entry.faqCode).toMatch(/\.\d{2}$/);
      }
    }
  });

  it("has the articles of DOMAIN.md §4 that a library budget uses", () => {
    const byCode = (code: string) => lookupEconomicClassification(code)?.nameLt;
    expect(byCode("2.1.1.1.1.01")).toBe("Darbo užmokestis pinigais");
    expect(byCode("2.2.1.1.1.30")).toBe("Kitų prekių ir paslaugų įsigijimo išlaidos");
    expect(byCode("2.7.3.1.1.01.")).toBe("Darbdavių socialinė parama pinigais");
    expect(byCode("2.8.1")).toBe("Kitos išlaidos");
    expect(byCode("3.1.3")).toBe("Atsargų įsigijimo išlaidos");
  });

  it("rolls every article up to an ancestor the table lists, along the dots", () => {
    for (const entry of ECONOMIC_CLASSIFICATION) {
      if (entry.level === 1) continue;
      let parent = parentClassificationCode(entry.code);
      while (parent !== undefined && lookupEconomicClassification(parent) === undefined) parent = parentClassificationCode(parent);
      expect(parent, entry.code).toBeDefined();
    }
  });

  it("normalizes any well-formed code idempotently, and rejects what is not a code", () => {
    const code = fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 1, maxLength: 6 }).filter((levels) => (levels[0] ?? 0) > 0);
    fc.assert(
      fc.property(code, fc.boolean(), (levels, trailingDot) => {
        const written = levels.map((n, i) => (i === 5 ? String(n).padStart(2, "0") : String(n))).join(".") + (trailingDot ? "." : "");
        const normalized = normalizeClassificationCode(written);
        expect(normalized).toBe(levels.join("."));
        expect(normalizeClassificationCode(normalized ?? "")).toBe(normalized);
      }),
      { numRuns: 200 },
    );
    for (const bad of ["", "0.1", "2,1", "2..1", "1.2.3.4.5.6.7", "a.b", "2.1.1.1.1.100", "9".repeat(10_000)]) {
      expect(normalizeClassificationCode(bad), bad).toBeUndefined();
    }
  });
});
