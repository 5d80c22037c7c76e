// The exact quotient of the hot paths (src/_lib/quotient), path by path, on 500 000 quotients
// shaped like derived indicators (a count over a count, × 100 or × 1, 1 or 2 decimals, half up):
// each path against what it replaces, in the same run. decimal.js is the anchor: the same
// quotients as roundDecimal would give them (a property test holds the paths to it).
import { bench, describe } from "vitest";
import { Dec } from "../src/_lib/decimal";
import {
  divideRounded,
  quotientAndExact,
  quotientRoundsHalfUpTo,
  roundQuotient,
  truncatedQuotient,
  truncatedQuotientInBigInts,
} from "../src/_lib/quotient";
import { roundDec } from "../src/numbers/roundDecimal";

const N = 500_000;
let seed = 17;
const next = (): number => {
  seed = (seed * 48271) % 2147483647;
  return seed;
};
interface Operands {
  n: string;
  d: string;
  m: string;
  decimals: number;
}
const counts: Operands[] = Array.from({ length: N }, () => ({
  n: String(next() % 2_000_000),
  d: String(1 + (next() % 50_000)),
  m: next() % 2 === 0 ? "100" : "1",
  decimals: 1 + (next() % 2),
}));
// Money per head: amounts with cents over counts (the number path, not the integer one).
const amounts: Operands[] = counts.map((o) => ({ ...o, n: `${o.n}.${String(next() % 100).padStart(2, "0")}`, m: "1", decimals: 2 }));
// The same quotients as each derived figure prints them, for the check.
const printed = counts.map((o) => divideRounded(o.n, o.d, o.m, o.decimals, "half_up"));
const once = { iterations: 3, warmupIterations: 1, time: 0 };

describe(`${N} quotients of counts, value and exact quotient (quotientAndExact)`, () => {
  bench(
    "bibliotekos quotientAndExact (the small-integer path)",
    () => {
      for (const o of counts) quotientAndExact(o.n, o.d, o.m, o.decimals, "half_up");
    },
    once,
  );
  bench(
    "the same from the general path: one long division to 20 decimals, rounded twice",
    () => {
      for (const o of counts) {
        const q = truncatedQuotient(o.n, o.d, o.m, 20);
        roundQuotient(q, o.decimals, "half_up");
        roundQuotient(q, 20, "half_up");
      }
    },
    once,
  );
  bench(
    "anchor: decimal.js times, div, toDecimalPlaces (roundDec), twice",
    () => {
      for (const o of counts) {
        const q = new Dec(o.n).times(o.m).div(o.d);
        roundDec(q, o.decimals, "half_up");
        roundDec(q, 20, "half_up");
      }
    },
    once,
  );
});

describe(`${N} quotients of amounts over counts, rounded (divideRounded)`, () => {
  bench(
    "bibliotekos divideRounded (the number path)",
    () => {
      for (const o of amounts) divideRounded(o.n, o.d, o.m, o.decimals, "half_up");
    },
    once,
  );
  bench(
    "the BigInt path on the same operands",
    () => {
      for (const o of amounts) roundQuotient(truncatedQuotientInBigInts(o.n, o.d, o.m, o.decimals), o.decimals, "half_up");
    },
    once,
  );
  bench(
    "anchor: decimal.js times, div, toDecimalPlaces (roundDec)",
    () => {
      for (const o of amounts) roundDec(new Dec(o.n).times(o.m).div(o.d), o.decimals, "half_up");
    },
    once,
  );
});

describe(`${N} printed quotients checked (quotientRoundsHalfUpTo)`, () => {
  bench(
    "bibliotekos quotientRoundsHalfUpTo (two integer comparisons)",
    () => {
      for (let i = 0; i < N; i++) {
        const o = counts[i] as Operands;
        quotientRoundsHalfUpTo(o.n, o.d, o.m, printed[i] as string);
      }
    },
    once,
  );
  bench(
    "divideRounded and compare the strings",
    () => {
      for (let i = 0; i < N; i++) {
        const o = counts[i] as Operands;
        void (divideRounded(o.n, o.d, o.m, o.decimals, "half_up") === printed[i]);
      }
    },
    once,
  );
});
