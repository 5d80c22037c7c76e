// checkReport over the generated national dataset as one AnnualReport (bench/_lib/national.ts:
// 534 600 observations of 1 260 branches and 60 libraries, 40 indicators, 10 years); against a
// hand-written plain-float check of the same report in the same run: the libraries' totals
// against the sums of their branches, and their derived indicators against their inputs.
import { bench, describe } from "vitest";
import { checkReport } from "bibliotekos/checks";
import { INDICATORS } from "bibliotekos/indicators";
import { hierarchy, observations, toReport } from "./_lib/national";

const report = toReport(observations);
const additive = new Set(INDICATORS.filter((i) => i.additive && i.kind !== "derived").map((i) => i.id));
const formulas = INDICATORS.filter((i) => i.formula !== undefined);

function floatCheck(): number {
  const list = report.observations ?? [];
  const values = new Map<string, number>();
  for (const o of list) values.set(`${o.unitId}|${o.indicator}|${o.period.start}`, Number(o.value));
  let mismatches = 0;
  for (const unit of hierarchy) {
    if (!unit.members) continue;
    for (let year = 2014; year < 2024; year++) {
      for (const indicator of additive) {
        const stated = values.get(`${unit.id}|${indicator}|${year}`);
        if (stated === undefined) continue;
        let sum = 0;
        for (const member of unit.members) sum += values.get(`${member}|${indicator}|${year}`) ?? 0;
        if (sum !== stated) mismatches++;
      }
      for (const definition of formulas) {
        const stated = values.get(`${unit.id}|${definition.id}|${year}`);
        const { numerator, denominator, multiplier } = definition.formula as { numerator: string; denominator: string; multiplier: string };
        const top = values.get(`${unit.id}|${numerator}|${year}`);
        const bottom = values.get(`${unit.id}|${denominator}|${year}`);
        if (stated === undefined || top === undefined || bottom === undefined) continue;
        const scale = 10 ** definition.precision;
        if (Math.round((top * Number(multiplier) * scale) / bottom) / scale !== stated) mismatches++;
      }
    }
  }
  return mismatches;
}

describe(`checkReport on ${observations.length} observations`, () => {
  bench(
    "bibliotekos checkReport (schema validation + every check)",
    () => {
      if (checkReport(report).length !== 1) throw new Error("expected the one planted mistake");
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );

  bench(
    "bibliotekos checkReport, report already validated (assumeValid)",
    () => {
      if (checkReport(report, { assumeValid: true }).length !== 1) throw new Error("expected the one planted mistake");
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );

  bench(
    "baseline: plain-float sums of the members and float ratios, compared with the report",
    () => {
      if (floatCheck() < 1) throw new Error("expected the planted mistake");
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
