// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as bigIntPath from "./bigIntPath";
import * as digitStrings from "./digits";
import * as numberPath from "./numberPath";
import * as rounding from "./rounding";
import type { RoundingRule } from "./rounding";
import * as smallIntegerPath from "./smallIntegerPath";
import type { Truncated } from "./truncated";

const { truncateInBigInts } = bigIntPath;
const { withoutTrailingZeros } = digitStrings;
const { truncateInNumbers } = numberPath;
const { roundQuotient } = rounding;
const { smallIntegerQuotient } = smallIntegerPath;

/**
 * `numerator × multiplier / denominator` cut after `decimals` fraction digits, exactly: a long
 * division of the operands as scaled integers. Operands of up to 15 digits are divided in JS
 * numbers, a chunk of digits at a time, every step below 2^52 (exact); larger ones as BigInts.
 *
 * The operands must be plain decimal strings without a plus sign (validated by the caller) and
 * the denominator non-zero.
 */
export function truncatedQuotient(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated {
  return truncateInNumbers(numerator, denominator, multiplier, decimals) ?? truncateInBigInts(numerator, denominator, multiplier, decimals);
}

/** The BigInt path of {@link truncatedQuotient} alone, for tests that compare the two paths. */
export function truncatedQuotientInBigInts(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated {
  return truncateInBigInts(numerator, denominator, multiplier, decimals);
}

/**
 * `numerator × multiplier / denominator`, rounded once to `decimals` with a named rule, exactly
 * (see {@link truncatedQuotient}): the same results as `roundDecimal` on decimal.js's quotient
 * (a property test checks both paths), at a fraction of the cost, for the hot paths (derived
 * indicators over half a million observations).
 *
 * @internal
 */
export function divideRounded(numerator: string, denominator: string, multiplier: string, decimals: number, rule: RoundingRule): string {
  return roundQuotient(truncatedQuotient(numerator, denominator, multiplier, decimals), decimals, rule);
}

/**
 * `numerator × multiplier / denominator` rounded once to `decimals` with a named rule, and the
 * exact quotient to 20 decimals (half up, trailing zeros dropped), from one long division. The
 * operands are as for {@link truncatedQuotient}.
 */
export function quotientAndExact(
  numerator: string,
  denominator: string,
  multiplier: string,
  decimals: number,
  rule: RoundingRule,
): { value: string; exact: string } {
  const quick = smallIntegerQuotient(numerator, denominator, multiplier, decimals, rule);
  if (quick !== undefined) return quick;
  const quotient = truncatedQuotient(numerator, denominator, multiplier, Math.max(decimals, 20));
  return { value: roundQuotient(quotient, decimals, rule), exact: withoutTrailingZeros(roundQuotient(quotient, 20, "half_up")) };
}
