// checkReport over a generated national report: 60 municipal libraries (groups of 21 branches
// each, 1 260 branches) under one total, 40 indicators, 10 years: 504 000 observations; against a
// hand-written plain-float check of the same totals (sum the members, compare) in the same run.
import { bench, describe } from "vitest";
import { checkReport } from "../src/checks/index";
import { INDICATORS } from "../src/indicators/index";
import type { AnnualReport } from "../src/models/index";

type Unit = AnnualReport["units"][number];
const total: Unit & { members: string[] } = { id: "LT", name: "Lietuva", kind: "total", members: [] };
const units: Unit[] = [total];
const branches: string[] = [];
for (let m = 0; m < 60; m++) {
  const members: string[] = [];
  for (let b = 0; b < 21; b++) {
    const id = `lib${m}-b${b}`;
    members.push(id);
    branches.push(id);
    units.push({ id, name: `Filialas ${b}`, kind: "branch" });
  }
  units.push({ id: `lib${m}`, name: `Biblioteka ${m}`, kind: "branch_group", members });
  total.members.push(`lib${m}`);
}
const indicators = INDICATORS.filter((i) => i.kind !== "derived").slice(0, 40).map((i) => i.id);
const observations: NonNullable<AnnualReport["observations"]> = [];
let seed = 7;
for (let year = 2014; year < 2024; year++) {
  for (const unitId of branches) {
    for (const indicator of indicators) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      observations.push({ unitId, indicator, period: { start: String(year), end: String(year) }, value: String(seed % 50000) });
    }
  }
}
const report: AnnualReport = { institutionId: "lt", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units, observations };

describe(`checkReport on ${observations.length} observations`, () => {
  bench("bibliotekos checkReport (schema validation + every check)", () => {
    checkReport(report);
  }, { iterations: 3, warmupIterations: 1, time: 0 });

  bench("bibliotekos checkReport, report already validated (assumeValid)", () => {
    checkReport(report, { assumeValid: true });
  }, { iterations: 3, warmupIterations: 1, time: 0 });

  bench("baseline: plain-float sums of the members, compared with the groups", () => {
    const values = new Map<string, number>();
    for (const o of observations) values.set(`${o.unitId}|${o.indicator}|${o.period.start}`, Number(o.value));
    let mismatches = 0;
    for (const unit of units) {
      if (!("members" in unit) || !unit.members) continue;
      for (const indicator of indicators) {
        for (let year = 2014; year < 2024; year++) {
          const stated = values.get(`${unit.id}|${indicator}|${year}`);
          if (stated === undefined) continue;
          let sum = 0;
          for (const member of unit.members) sum += values.get(`${member}|${indicator}|${year}`) ?? 0;
          if (sum !== stated) mismatches++;
        }
      }
    }
    if (mismatches < 0) throw new Error("unreachable");
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});
