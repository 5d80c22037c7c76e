// Exact quotients `numerator × multiplier / denominator`, rounded once with a named rule: the
// hot paths' division (derived indicators in rollup and computeIndicator, the derived-figure
// check of checkReport). Property tests hold every path to decimal.js for every rule
// (test/indicators/quotient.test.ts). decimal.js took 2.37 s for the 500 000 derived
// quotients of the national dataset where these paths take 0.10 s (the review of 2026-12 in
// STYLE.md), and each path below earns its place by its own measurement (bench/quotient.bench.ts,
// 500 000 quotients, the shared 2-core machine, so ±20–90 % per figure):
//
// - numberPath.ts: a long division in JS numbers, a chunk of digits at a time, every step an
//   exact integer below 2^52. Amounts over counts: 249 ms, against 665 ms on the BigInt path
//   (2.7×) and 3.08 s for decimal.js (12×).
// - bigIntPath.ts: the same division in BigInts, for operands past 15 digits or products past
//   2^52, where the number path would lose digits; correct for any operands, slower on all.
// - smallIntegerPath.ts: integer operands, half up, at most 8 decimals (the derived indicators'
//   case): the value and the exact quotient to 20 decimals in a few number operations, no
//   string per digit. 0.94 s, against 1.57 s for one long division to 20 decimals rounded
//   twice (1.7×) and 3.53 s for decimal.js (3.8×).
// - halfUpCheck.ts: whether a printed figure is its quotient rounded half up, by two integer
//   comparisons, without writing the quotient (most figures of a report are right); one of the
//   steps that took checkReport from 2.8–3.3 s to its 0.3 s (docs/performance.md). Alone it
//   measures within noise of dividing and comparing (379 ms against 247 ms, ±90 %).
//
// rounding.ts is the table of rounding rules (how each decides a tie and any other remainder)
// and the one rounding step of the paths that write digits.
export { truncatedQuotient, truncatedQuotientInBigInts, divideRounded, quotientAndExact } from "./divide";
export { quotientRoundsHalfUpTo } from "./halfUpCheck";
export { roundQuotient, type RoundingRule } from "./rounding";
export type { Truncated } from "./truncated";
