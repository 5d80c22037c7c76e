import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ECONOMIC_CLASSIFICATION,
  findByName,
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

  // REFERENCE-CHECK.md (2026-12): the codes the Finance Ministry's FAQ confirms, with their names.
  const FAQ_CODES: readonly (readonly [string, string, string])[] = [
    ["2.1.1.1.1.01", "2.1.1.1.1.1", "Darbo užmokestis pinigais"],
    ["2.2.1.1.1.01", "2.2.1.1.1.1", "Mitybos išlaidos"],
    ["2.2.1.1.1.06", "2.2.1.1.1.6", "Transporto išlaikymo ir transporto paslaugų įsigijimo išlaidos"],
    ["2.2.1.1.1.17", "2.2.1.1.1.17", "Ekspertų ir konsultantų paslaugų įsigijimo išlaidos"],
    ["2.2.1.1.1.30", "2.2.1.1.1.30", "Kitų prekių ir paslaugų įsigijimo išlaidos"],
    ["2.7.3.1.1.01", "2.7.3.1.1.1", "Darbdavių socialinė parama pinigais"],
    ["2.8.1", "2.8.1", "Kitos išlaidos"],
    ["3.1.3", "3.1.3", "Atsargų įsigijimo išlaidos"],
    ["1.4.2.1.1.01", "1.4.2.1.1.1", "Biudžetinių įstaigų pajamos už prekes ir paslaugas"],
  ];

  it.each(FAQ_CODES)("has %s as the FAQ confirms it, stored as %s, with the FAQ as its source", (faq, code, nameLt) => {
    const entry = lookupEconomicClassification(faq);
    expect(entry?.code).toBe(code);
    expect(entry?.nameLt).toBe(nameLt);
    expect(entry?.status).toBe("confirmed");
    expect(entry?.source).toMatch(/FAQ/);
    if (entry?.level === 6) expect(entry.faqCode).toBe(faq);
  });

  it.each(FAQ_CODES)("reads %s in the FAQ's form, the act's form and with the act's trailing dot as one entry", (faq, code) => {
    const entry = lookupEconomicClassification(faq);
    expect(entry).toBeDefined();
    expect(lookupEconomicClassification(code)).toBe(entry);
    expect(lookupEconomicClassification(`${code}.`)).toBe(entry);
  });

  it("writes no level into a name: the act repeats a name at each level, told apart by code (no invented suffix such as „(6 lygio)“)", () => {
    const suffixed = ECONOMIC_CLASSIFICATION.filter((entry) => /\(\d+\s*lygio\)|\(level \d+\)/u.test(`${entry.nameLt} ${entry.nameEn}`));
    expect(suffixed).toEqual([]);
    const named = ECONOMIC_CLASSIFICATION.filter((entry) => entry.nameLt === "Socialinio draudimo įmokos").map((entry) => entry.code);
    expect(named).toEqual(["2.1.2", "2.1.2.1.1.1"]);
  });

  it("finds the highest level by a name several levels share (look articles up by code)", () => {
    expect(findByName(ECONOMIC_CLASSIFICATION, "socialinio draudimo įmokos")?.code).toBe("2.1.2");
  });

  it("cites a source for every article", () => {
    for (const entry of ECONOMIC_CLASSIFICATION) expect(entry.source.trim().length, entry.id).toBeGreaterThan(0);
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
