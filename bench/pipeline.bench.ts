// The whole pipeline of a national report, as a statistics office would run it on the figures it
// receives (bench/_lib/national.ts: 534 600 observations: the 1 260 branches' and the 60
// libraries' own, 40 indicators, 10 years), against a hand-written plain-float rollup of the
// same data in the same run.
//
// bibliotekos, timed together: the figures written as an `AnnualReport` (the caller's step),
// `rollup` of the report's observations over its units (exact sums up to the counties and the
// country, every derived indicator at every unit: 678 449 observations out), and `checkReport`
// on the report (schema validation, then every check: the libraries' totals against their
// branches, breakdowns, derived indicators). `rollup` and `checkReport` take the same
// observations and units: no conversion between them.
// Each run must find exactly the one planted mistake.
//
// Baseline: what a careful developer would write by hand with JS numbers: values in a
// Float64Array per period × indicator, additive indicators summed up the tree, the derived
// ratios divided in floats and rounded with Math.round, the result as a list of plain objects.
// It validates nothing and checks nothing.
import { bench, describe } from "vitest";
import { checkReport } from "bibliotekos/checks";
import { rollup } from "bibliotekos/indicators";
import { floatRollup } from "./_lib/floatRollup";
import { hierarchy, observations, planted, toReport } from "./_lib/national";

function pipeline(): void {
  const report = toReport(observations);
  const all = rollup(report.observations ?? [], report.units);
  const findings = checkReport(report);
  const found = findings.map((f) => `${f.code} ${report.observations?.[f.path[1] as number]?.unitId}`).join("; ");
  if (found !== `derived_mismatch ${planted.unit}` || all.length < observations.length)
    throw new Error(`expected the planted mistake only, found: ${found}`);
}

describe(`national pipeline: ${observations.length} observations (${hierarchy.length} units, 40 indicators, 10 years)`, () => {
  bench("bibliotekos: rollup + derived indicators + checkReport (validation and every check)", pipeline, {
    iterations: 5,
    warmupIterations: 1,
    time: 0,
  });

  bench(
    "baseline: hand-written plain-float rollup (sums up the tree, float ratios; no checks)",
    () => {
      floatRollup();
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
