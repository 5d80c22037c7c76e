import { describe, expect, it } from "vitest";
import { getIndicator, INDICATORS } from "../../src/indicators/index";
import { FUNDING_SOURCES } from "../../src/reference/index";

describe("funds received and expenditure (REFERENCE-CHECK.md: LNB's guidance for the statistics forms)", () => {
  it("has funds received as a total with one part per funding source of the reference", () => {
    const parts = INDICATORS.filter((i) => i.partOf === "funds_received").map((i) => i.id);
    expect(parts).toEqual(FUNDING_SOURCES.map((source) => `funds_received_${source.id}`));
  });

  it.each(["funds_received", "expenditure", ...FUNDING_SOURCES.map((source) => `funds_received_${source.id}`)])(
    "lists %s as money: an additive flow in EUR to 2 decimals, with both names",
    (id) => {
      const indicator = getIndicator(id);
      expect(indicator).toMatchObject({ unit: "EUR", kind: "flow", additive: true, precision: 2, iso2789: "6.6", iso2789Edition2022: "7" });
      expect(indicator?.nameLt.length).toBeGreaterThan(3);
      expect(indicator?.nameEn.length).toBeGreaterThan(3);
    },
  );

  it("lists expenditure as a total only: its breakdown in the forms is not known", () => {
    expect(INDICATORS.filter((i) => i.partOf === "expenditure")).toEqual([]);
  });
});

describe("the ISO 2789:2022 reference", () => {
  const SURE: Readonly<Record<string, string>> = { "6.1": "7.1", "6.2": "7.2" };

  it("gives every indicator with a 2013 block its 2022 clause, at the level known: 7.1, 7.2 or only 7", () => {
    for (const indicator of INDICATORS) {
      if (indicator.iso2789 === undefined) {
        expect(indicator.iso2789Edition2022, indicator.id).toBeUndefined();
        continue;
      }
      expect(indicator.iso2789Edition2022, indicator.id).toBe(SURE[indicator.iso2789] ?? "7");
    }
  });
});
