// A generated national dataset for the benches, as a national statistics office receives it:
// the country, 10 counties, 60 municipal libraries with 21 branches each (1 260 branches), 40
// indicators, 10 years (2014–2023).
//
// - 504 000 observations at the branches, random but consistent as a careful library reports
//   them: the loans, the stock and the events are the sums of their parts;
// - each library's own figures: its totals (the sums of its branches for additive indicators;
//   for titles and other non-additive ones a figure of its own) and its derived indicators
//   (reach, loans per user, …), computed right;
// - one planted mistake: library 7's reach in 2019 is written 0.1 too high.
//
// 534 600 observations in all; `rollup` adds the counties and the country and the derived
// indicators of every unit, `checkReport` must find exactly the planted mistake.
import { computeIndicator, INDICATORS } from "../../src/indicators/index";
import type { AnnualReport, Observation, ReportingUnit } from "../../src/models/index";

/**
 * The hierarchy, as the reporting units of an `AnnualReport`: branch → municipal library →
 * county → country (the total); every parent is a group of its members.
 */
export const hierarchy: ReportingUnit[] = [{ id: "LT", name: "Lietuva", kind: "total", members: [] }];
const members = (id: string) => (hierarchy.find((unit) => unit.id === id) as ReportingUnit).members as string[];
for (let c = 0; c < 10; c++) {
  hierarchy.push({ id: `county${c}`, name: `county${c}`, kind: "branch_group", members: [] });
  members("LT").push(`county${c}`);
}
const libraries: Array<{ id: string; branches: string[] }> = [];
for (let m = 0; m < 60; m++) {
  const library = { id: `lib${m}`, branches: [] as string[] };
  libraries.push(library);
  hierarchy.push({ id: library.id, name: library.id, kind: "branch_group", members: library.branches });
  members(`county${m % 10}`).push(library.id);
  for (let b = 0; b < 21; b++) {
    hierarchy.push({ id: `lib${m}-b${b}`, name: `lib${m}-b${b}`, kind: "branch" });
    library.branches.push(`lib${m}-b${b}`);
  }
}

/** The first 40 indicators of the catalogue that are reported, not derived. */
export const indicators = INDICATORS.filter((i) => i.kind !== "derived").slice(0, 40);
const derived = INDICATORS.filter(
  (i) =>
    i.formula !== undefined &&
    indicators.some((j) => j.id === i.formula?.numerator) &&
    indicators.some((j) => j.id === i.formula?.denominator),
);

/** Every observation: the branches', then the libraries' totals and derived indicators. */
export const observations: Observation[] = [];
/** The planted mistake. */
export const planted = { unit: "lib7", indicator: "reach", period: "2019" };

// A period object of its own for every observation, as a report read from JSON has.
const yearPeriod = (period: string) => ({ start: period, end: period });
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 50000;
const totals = new Set(indicators.flatMap((i) => (i.partOf !== undefined && indicators.some((p) => p.id === i.partOf) ? [i.partOf] : [])));
const libraryFigures: Observation[] = [];
for (let year = 2014; year < 2024; year++) {
  const period = String(year);
  for (const library of libraries) {
    const sums = new Map<string, number>();
    for (const unit of library.branches) {
      const values = new Map<string, number>();
      for (const indicator of indicators) values.set(indicator.id, random());
      // A total with parts is their sum; a total with a single part (children of the users) is at least it.
      for (const total of totals) {
        const parts = indicators.filter((i) => i.partOf === total);
        const sum = parts.reduce((s, p) => s + (values.get(p.id) as number), 0);
        values.set(total, parts.length > 1 ? sum : sum + (values.get(total) as number));
      }
      for (const indicator of indicators) {
        const value = values.get(indicator.id) as number;
        observations.push({ unitId: unit, indicator: indicator.id, period: yearPeriod(period), value: String(value) });
        sums.set(indicator.id, (sums.get(indicator.id) ?? 0) + value);
      }
    }
    const inputs: Record<string, string> = {};
    for (const indicator of indicators) {
      // Titles and other non-additive figures are the library's own (one title sits in many branches).
      const value = indicator.additive ? (sums.get(indicator.id) as number) : Math.round((sums.get(indicator.id) as number) / 3);
      inputs[indicator.id] = String(value);
      libraryFigures.push({ unitId: library.id, indicator: indicator.id, period: yearPeriod(period), value: String(value) });
    }
    for (const indicator of derived) {
      const computed = computeIndicator(indicator.id, inputs);
      if (computed.value === null) continue;
      let value = computed.value;
      if (library.id === planted.unit && indicator.id === planted.indicator && period === planted.period)
        value = (Number(value) + 0.1).toFixed(1);
      libraryFigures.push({ unitId: library.id, indicator: indicator.id, period: yearPeriod(period), value });
    }
  }
}
observations.push(...libraryFigures);

/** Observations as an `AnnualReport` of the country for 2023 (with the years before it). */
export function toReport(list: readonly Observation[]): AnnualReport {
  return { institutionId: "lt", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: hierarchy, observations: [...list] };
}
