// Findings that show their inputs: a derived or share finding names the two figures it divided,
// a percent-for-points finding the two percentages; each message writes them, in both languages.
import { describe, expect, it } from "vitest";
import { BUDGET_CHECKS } from "../../src/budget/index";
import { checkReport, REPORT_CHECKS, type ReportFinding } from "../../src/checks/index";
import type { AnnualReport, Observation } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

const ignalina = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport);
const y = (year: string) => ({ start: year, end: year });
/** A 2023 report of the whole library only, with these observations. */
const totalOnly = (observations: Observation[]): AnnualReport => ({
  institutionId: "x",
  year: 2023,
  reportingPeriod: y("2023"),
  units: [{ id: "total", name: "Iš viso", kind: "total" }],
  observations,
});
const nbsp = (text: string) => text.replace(/\u00a0/g, " ");
const one = (findings: ReportFinding[], code: string) => {
  const found = findings.filter((f) => f.code === code);
  expect(found).toHaveLength(1);
  return found[0] as ReportFinding;
};

describe("derived_mismatch", () => {
  const finding = one(checkReport(ignalina), "derived_mismatch");

  it("names the formula's numerator and denominator (36 staff who trained of 48)", () => {
    expect(finding.figures).toEqual({ expected: "75", actual: "77", difference: "2", numerator: "36", denominator: "48" });
  });

  it("writes the quotient in English and in Lithuanian", () => {
    expect(finding.message.en).toBe(
      "Share of staff who trained, Iš viso: written as 77, but its inputs give 75: 36 / 48 × 100 (Staff who trained / Staff (headcount)).",
    );
    expect(finding.message.lt).toBe(
      "Kvalifikaciją kėlusių darbuotojų dalis, Iš viso: nurodyta 77, bet apskaičiavus gaunama 75: 36 / 48 × 100 (Kvalifikaciją kėlę darbuotojai / Darbuotojai).",
    );
  });

  it("gives the inputs as the report writes them, and the formula's multiplier (× 100, × 1 000, none)", () => {
    const report = totalOnly([
      { unitId: "total", indicator: "registered_users", period: y("2023"), value: "4420" },
      { unitId: "total", indicator: "population", period: y("2023"), value: "19823" },
      { unitId: "total", indicator: "reach", period: y("2023"), value: "23.3" },
    ]);
    const found = one(checkReport(report), "derived_mismatch");
    expect(found.figures).toEqual({ expected: "22.3", actual: "23.3", difference: "1.0", numerator: "4420", denominator: "19823" });
    expect(nbsp(found.message.lt)).toContain("gaunama 22,3: 4 420 / 19 823 × 100 (");
    expect(found.message.en).toContain("give 22.3: 4420 / 19823 × 100 (");

    const perThousand = structuredClone(report);
    perThousand.observations = [
      { unitId: "total", indicator: "acquisitions", period: y("2023"), value: "6690" },
      { unitId: "total", indicator: "population", period: y("2023"), value: "19823" },
      { unitId: "total", indicator: "acquisitions_per_1000_residents", period: y("2023"), value: "347" },
      { unitId: "total", indicator: "loans", period: y("2023"), value: "73341" },
      { unitId: "total", indicator: "loans_per_resident", period: y("2023"), value: "3.6" },
    ];
    const [thousand, plain] = checkReport(perThousand).filter((f) => f.code === "derived_mismatch");
    expect(thousand?.figures).toMatchObject({ expected: "337", numerator: "6690", denominator: "19823" });
    expect(nbsp(thousand?.message.lt ?? "")).toContain("gaunama 337: 6 690 / 19 823 × 1 000 (");
    expect(plain?.figures).toMatchObject({ expected: "3.7", numerator: "73341", denominator: "19823" });
    expect(plain?.message.en).toMatch(/give 3\.7: 73341 \/ 19823 \(Loans \/ [^)]+\)\.$/);
  });
});

describe("share_mismatch", () => {
  // The 2023 report's stock shares (34,5 / 6,3 / 59,2 %) are right; 35,5 is not.
  const changed = structuredClone(ignalina) as AnnualReport;
  const observations = changed.observations ?? [];
  const at = observations.findIndex((o) => o.unitId === "ignalina" && o.indicator === "stock_share_of_total");
  (observations[at] as { value: string }).value = "35.5";
  const finding = one(checkReport(changed), "share_mismatch");

  it("names the unit's value and the total unit's (51 796 of 150 191)", () => {
    expect(finding.path).toEqual(["observations", at, "value"]);
    expect(finding.figures).toEqual({ expected: "34.5", actual: "35.5", difference: "1.0", numerator: "51796", denominator: "150191" });
  });

  it("writes the quotient and the two units in English and in Lithuanian", () => {
    expect(finding.message.en).toMatch(
      /, Ignalinos biblioteka: written as 35\.5, but its inputs give 34\.5: 51796 \/ 150191 × 100 \(Ignalinos biblioteka \/ Iš viso\)\.$/,
    );
    expect(nbsp(finding.message.lt)).toMatch(
      /, Ignalinos biblioteka: nurodyta 35,5, bet apskaičiavus gaunama 34,5: 51 796 \/ 150 191 × 100 \(Ignalinos biblioteka \/ Iš viso\)\.$/,
    );
  });
});

describe("percent_for_percentage_points", () => {
  const findings = checkReport(ignalina).filter((f) => f.code === "percent_for_percentage_points");

  it("gives the two percentages the difference is of (24,3 % → 22,3 %)", () => {
    expect(findings.map((f) => f.figures)).toEqual([
      { written: "· 2,0 %", value: "-2.0", earlier: "24.3", later: "22.3" },
      { written: "· 8,4 %", value: "-8.4", earlier: "34.1", later: "25.7" },
      { written: "· 1,1 %", value: "1.1", earlier: "5.4", later: "6.5" },
      { written: "1,4 %", value: "1.4", earlier: "21.4", later: "22.8" },
    ]);
  });

  it("writes them in Lithuanian with the units of the lexicon, and in English", () => {
    expect(findings[0]?.message.lt).toBe(
      "Sutelktumas, Iš viso: 24,3 % → 22,3 %: -2,0 p. p., ne „· 2,0 %“ (dviejų procentinių dydžių skirtumo vienetas – procentiniai punktai, ne procentai).",
    );
    expect(findings[0]?.message.en).toBe(
      'Reach (share of the population registered), Iš viso: 24.3 % → 22.3 %: -2.0 p. p., not "· 2,0 %" (a difference of two percentages is in percentage points, not percent).',
    );
  });

  it("says what the difference is without the two years when the report does not give them", () => {
    const report = totalOnly([
      { unitId: "total", indicator: "reach", period: y("2023"), differenceFrom: y("2022"), value: "-2.0", asWritten: "-2,0 %" },
    ]);
    const found = one(checkReport(report), "percent_for_percentage_points");
    expect(found.figures).toEqual({ written: "-2,0 %", value: "-2.0" });
    expect(found.message.lt).toBe(
      "Sutelktumas, Iš viso: skirtumas tarp dviejų procentinių dydžių parašytas „-2,0 %“; jo vienetas – procentiniai punktai, ne procentai: -2,0 p. p.",
    );
    expect(found.message.en).toBe(
      'Reach (share of the population registered), Iš viso: a difference of two percentages is written "-2,0 %"; its unit is percentage points, not percent: -2.0 p. p.',
    );
  });
});

describe("the figures each check's metadata names", () => {
  it("are the keys its findings give, in their order (the budget's too)", () => {
    const names = new Map(REPORT_CHECKS.map((c) => [c.code as string, c.figures]));
    const changed = structuredClone(ignalina) as AnnualReport;
    const share = (changed.observations ?? []).find((o) => o.indicator === "stock_share_of_total") as { value: string };
    share.value = "35.5";
    const findings = [...checkReport(ignalina), ...checkReport(changed)];
    const seen = new Set(findings.map((f) => f.code));
    expect(seen.size).toBe(10);
    for (const finding of findings) {
      const declared = names.get(finding.code) ?? [];
      expect([finding.code, Object.keys(finding.figures)]).toEqual([finding.code, declared.filter((name) => name in finding.figures)]);
    }
  });

  it("are given for every code, and name only figures of its type", () => {
    for (const check of REPORT_CHECKS) expect(check.figures.length).toBeGreaterThan(0);
    expect(BUDGET_CHECKS.map((c) => c.figures)).toEqual(BUDGET_CHECKS.map((c) => REPORT_CHECKS.find((r) => r.code === c.code)?.figures));
  });
});
