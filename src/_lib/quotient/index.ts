// Exact quotients `numerator × multiplier / denominator`, rounded once with a named rule: the
// hot paths' division (derived indicators in rollup and computeIndicator, the derived-figure
// check of checkReport). Property tests hold every path to decimal.js for every rule
// (test/indicators/quotient.test.ts). decimal.js took 2.37 s for the 500 000 derived
// quotients of the national dataset where these paths take 0.10 s (the review of 2026-12 in
// STYLE.md), and each path below earns its place by its own measurement (bench/quotient.bench.ts,
// 500 000 quotients, means of 3 on the shared 2-core machine; docs/performance.md has two runs):
//
// - numberPath.ts: a long division in JS numbers, a chunk of digits at a time, every step an
//   exact integer below 2^52. Amounts over counts: 294 ms, against 566 ms on the BigInt path
//   (1.9×) and 2.17 s for decimal.js (7.4×).
// - bigIntPath.ts: the same division in BigInts, for operands past 15 digits or products past
//   2^52, where the number path would lose digits; correct for any operands, slower on all.
// - smallIntegerPath.ts: integer operands, half up, at most 8 decimals (the derived indicators'
//   case): the value and the exact quotient to 20 decimals in a few number operations, no
//   string per digit. 333 ms, against 759 ms for one long division to 20 decimals rounded
//   twice (2.3×) and 3.60 s for decimal.js (10.8×).
// - halfUpCheck.ts: whether a printed figure is its quotient rounded half up, by two integer
//   comparisons, without writing the quotient (most figures of a report are right): 93 ms,
//   against 204 ms for dividing and comparing the strings (2.2×).
//
// rounding.ts is the table of rounding rules (how each decides a tie and any other remainder)
// and the one rounding step of the paths that write digits.
//
// The files bind what they import to module constants once (`const { divmod } = exact`): the
// benches and tests run the source through vitest's module transform, where every use of an
// import is a read of the module object, and the split into files measured 2.9× slower for
// divideRounded, 1.6× for quotientAndExact and 2.5× for quotientRoundsHalfUpTo than the one
// file it was; bound once, within noise of it. (A bundle, as users get it, is not affected.)
export { truncatedQuotient, truncatedQuotientInBigInts, divideRounded, quotientAndExact } from "./divide";
export { quotientRoundsHalfUpTo } from "./halfUpCheck";
export { roundQuotient, type RoundingRule } from "./rounding";
export type { Truncated } from "./truncated";
