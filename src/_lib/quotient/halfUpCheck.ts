// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as exact from "./exactNumbers";

const { EXACT_LIMIT, POWERS, scaleOf, unitsOf } = exact;

/**
 * Whether `numerator × multiplier / denominator`, rounded half up to the decimals `printed` is
 * written with, is `printed`, decided without writing the quotient: with V the printed digits
 * and a / b the quotient, half-up rounding gives V exactly when
 * (2V − 1) × b ≤ 2 × a × 10^decimals < (2V + 1) × b. `undefined` when that cannot be decided
 * exactly in JS numbers (a negative operand, more than 15 digits, products past 2^52): then
 * compare with `divideRounded`. The operands are as for `truncatedQuotient`; `printed` a plain
 * decimal string.
 */
export function quotientRoundsHalfUpTo(numerator: string, denominator: string, multiplier: string, printed: string): boolean | undefined {
  if (numerator.charCodeAt(0) === 45 || denominator.charCodeAt(0) === 45 || multiplier.charCodeAt(0) === 45 || printed.charCodeAt(0) === 45)
    return undefined;
  const nScale = scaleOf(numerator);
  const mScale = scaleOf(multiplier);
  const dScale = scaleOf(denominator);
  const decimals = scaleOf(printed);
  if (nScale + mScale > 15 || dScale + decimals > 15) return undefined;
  const a2 = 2 * unitsOf(numerator, false) * unitsOf(multiplier, false) * (POWERS[dScale + decimals] as number);
  const b = unitsOf(denominator, false) * (POWERS[nScale + mScale] as number);
  const v2 = 2 * unitsOf(printed, false);
  const high = (v2 + 1) * b;
  // (NaN fails the comparisons: more than 15 digits.)
  if (!(a2 < EXACT_LIMIT) || !(high < EXACT_LIMIT) || !(b > 0)) return undefined;
  return (v2 - 1) * b <= a2 && a2 < high;
}
