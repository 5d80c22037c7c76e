// rollup + derived indicators over a generated national dataset: 60 municipal libraries with
// ~21 branches each (~1 250 branches), 40 indicators, 10 years ≈ 500 000 observations at the
// branches, rolled up to libraries, counties and the country; against a hand-written
// plain-float rollup of the same tree in the same run (sums only, no derived indicators).
import { bench, describe } from "vitest";
import { INDICATORS, rollup, type Observation, type ReportingUnitNode } from "../src/indicators/index";

const units: ReportingUnitNode[] = [{ id: "LT" }];
for (let c = 0; c < 10; c++) units.push({ id: `county${c}`, parent: "LT" });
const branches: string[] = [];
for (let m = 0; m < 60; m++) {
  units.push({ id: `lib${m}`, parent: `county${m % 10}` });
  for (let b = 0; b < 21; b++) {
    units.push({ id: `lib${m}-b${b}`, parent: `lib${m}` });
    branches.push(`lib${m}-b${b}`);
  }
}
const indicators = INDICATORS.filter((i) => i.kind !== "derived").slice(0, 40).map((i) => i.id);
const observations: Observation[] = [];
let seed = 7;
for (let year = 2014; year < 2024; year++) {
  for (const unit of branches) {
    for (const indicator of indicators) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      observations.push({ unit, indicator, period: String(year), value: String(seed % 50000) });
    }
  }
}

describe(`rollup ${observations.length} observations (${branches.length} branches, ${indicators.length} indicators, 10 years)`, () => {
  bench("bibliotekos rollup (exact sums + derived indicators)", () => {
    rollup(observations, units);
  }, { iterations: 3, warmupIterations: 1, time: 0 });

  bench("baseline: plain-float sums up the same tree", () => {
    const parent = new Map(units.map((u) => [u.id, u.parent]));
    const totals = new Map<string, number>();
    for (const o of observations) {
      let unit: string | undefined = o.unit;
      const v = Number(o.value);
      while (unit !== undefined) {
        const key = `${o.period}|${o.indicator}|${unit}`;
        totals.set(key, (totals.get(key) ?? 0) + v);
        unit = parent.get(unit);
      }
    }
  }, { iterations: 3, warmupIterations: 1, time: 0 });
});
