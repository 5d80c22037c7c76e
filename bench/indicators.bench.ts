// rollup + derived indicators over the generated national dataset (bench/_lib/national.ts:
// 534 600 observations of 1 260 branches and 60 libraries, 40 indicators, 10 years), summed up
// to the 10 counties and the country; against the hand-written plain-float rollup of the same
// data (bench/_lib/floatRollup.ts) in the same run.
import { bench, describe } from "vitest";
import { rollup } from "bibliotekos/indicators";
import { floatRollup } from "./_lib/floatRollup";
import { hierarchy, observations } from "./_lib/national";

describe(`rollup ${observations.length} observations (${hierarchy.length} units, 40 indicators, 10 years)`, () => {
  bench(
    "bibliotekos rollup (exact sums + derived indicators)",
    () => {
      rollup(observations, hierarchy);
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );

  bench(
    "baseline: hand-written plain-float rollup (sums up the tree, float ratios)",
    () => {
      floatRollup();
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
