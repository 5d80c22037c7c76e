// A generated national dataset for the benches: the country, 10 counties, 60 municipal
// libraries with 21 branches each (1 260 branches), 40 indicators, 10 years: 504 000
// observations at the branches. The values are random but consistent, as a careful library
// would report them: the loans, the stock and the events are the sums of their parts.
import { INDICATORS, type Observation, type ReportingUnitNode } from "../../src/indicators/index";
import type { AnnualReport } from "../../src/models/index";

/** The hierarchy: branch → municipal library → county → country. */
export const hierarchy: ReportingUnitNode[] = [{ id: "LT" }];
for (let c = 0; c < 10; c++) hierarchy.push({ id: `county${c}`, parent: "LT" });
const branches: string[] = [];
for (let m = 0; m < 60; m++) {
  hierarchy.push({ id: `lib${m}`, parent: `county${m % 10}` });
  for (let b = 0; b < 21; b++) {
    hierarchy.push({ id: `lib${m}-b${b}`, parent: `lib${m}` });
    branches.push(`lib${m}-b${b}`);
  }
}

/** The first 40 indicators of the catalogue that are reported, not derived. */
export const indicators = INDICATORS.filter((i) => i.kind !== "derived").slice(0, 40);

/** The branches' observations, 2014–2023. */
export const observations: Observation[] = [];
let seed = 7;
const totals = new Set(indicators.flatMap((i) => (i.partOf !== undefined && indicators.some((p) => p.id === i.partOf) ? [i.partOf] : [])));
for (let year = 2014; year < 2024; year++) {
  for (const unit of branches) {
    const values = new Map<string, number>();
    for (const indicator of indicators) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      values.set(indicator.id, seed % 50000);
    }
    // A total with parts is their sum; a total with a single part (children of the users) is at least it.
    for (const total of totals) {
      const parts = indicators.filter((i) => i.partOf === total);
      const sum = parts.reduce((s, p) => s + (values.get(p.id) as number), 0);
      values.set(total, parts.length > 1 ? sum : sum + (values.get(total) as number));
    }
    for (const indicator of indicators) {
      observations.push({ unit, indicator: indicator.id, period: String(year), value: String(values.get(indicator.id)) });
    }
  }
}

const children = new Map<string, string[]>();
for (const unit of hierarchy) if (unit.parent !== undefined) children.set(unit.parent, [...(children.get(unit.parent) ?? []), unit.id]);

/** The hierarchy as the reporting units of an `AnnualReport`: the country is the total, every parent a group. */
export const reportUnits: AnnualReport["units"] = hierarchy.map((unit) => {
  const members = children.get(unit.id);
  if (unit.parent === undefined) return { id: unit.id, name: "Lietuva", kind: "total", members };
  return members === undefined ? { id: unit.id, name: unit.id, kind: "branch" } : { id: unit.id, name: unit.id, kind: "branch_group", members };
});

/** Observations of `rollup` as an `AnnualReport`'s. */
export function toReport(list: readonly Observation[]): AnnualReport {
  return {
    institutionId: "lt",
    year: 2023,
    reportingPeriod: { start: "2023", end: "2023" },
    units: reportUnits,
    observations: list.map((o) => ({ unitId: o.unit, indicator: o.indicator, period: { start: o.period, end: o.period }, value: o.value })),
  };
}
