// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as digitStrings from "./digits";
import * as exact from "./exactNumbers";
import type { RoundingRule } from "./rounding";

const { padded, pointed, withoutTrailingZeros } = digitStrings;
const { EXACT_LIMIT, floorDiv, POWERS } = exact;

/**
 * The common case of `quotientAndExact` in a few number operations, without a string per
 * digit: non-negative integer operands with n × m below 2^52 and a denominator below
 * 4 500 000 (so that nine digits of a remainder stay below 2^52), half-up rounding to at most 8
 * decimals. The fraction comes in chunks of 9, 9 and 2 digits (numbers below 2^31 are written
 * fastest). `undefined` for anything else.
 */
export function smallIntegerQuotient(
  numerator: string,
  denominator: string,
  multiplier: string,
  decimals: number,
  rule: RoundingRule,
): { value: string; exact: string } | undefined {
  if (rule !== "half_up" || decimals > 8) return undefined;
  if (numerator.indexOf(".") !== -1 || denominator.indexOf(".") !== -1 || multiplier.indexOf(".") !== -1) return undefined;
  if (numerator.charCodeAt(0) === 45 || denominator.charCodeAt(0) === 45 || multiplier.charCodeAt(0) === 45) return undefined;
  if (numerator.length > 15 || denominator.length > 7 || multiplier.length > 15) return undefined;
  const a = Number(numerator) * Number(multiplier);
  const b = Number(denominator);
  if (!(a < EXACT_LIMIT) || !(b > 0 && b < 4_500_000)) return undefined;
  const whole = floorDiv(a, b);
  const r0 = a - whole * b; // exact (see floorDiv), as below
  const high = floorDiv(r0 * 1e9, b); // fraction digits 1–9
  const r1 = r0 * 1e9 - high * b;
  const middle = floorDiv(r1 * 1e9, b); // 10–18
  const r2 = r1 * 1e9 - middle * b;
  const low = floorDiv(r2 * 100, b); // 19–20
  const r3 = r2 * 100 - low * b;
  // The exact quotient to 20 decimals, half up, trailing zeros dropped.
  let w = whole;
  let h = high;
  let m = middle;
  let l = low;
  if (r3 * 2 >= b && ++l === 100) {
    l = 0;
    if (++m === 1e9) {
      m = 0;
      if (++h === 1e9) {
        h = 0;
        w++;
      }
    }
  }
  const exact = h === 0 && m === 0 && l === 0 ? String(w) : withoutTrailingZeros(`${w}.${padded(h, 9)}${padded(m, 9)}${padded(l, 2)}`);
  // The value to `decimals` (≤ 8) from the first nine digits: what is cut is at least half a
  // unit exactly when twice the cut digits reach the unit (the unit is an even power of ten).
  const unit = POWERS[9 - decimals] as number;
  const kept = Math.floor(high / unit);
  const units = whole * (POWERS[decimals] as number) + kept + ((high - kept * unit) * 2 >= unit ? 1 : 0);
  if (!(units < EXACT_LIMIT)) return undefined;
  const digits = padded(units, decimals + 1);
  return { value: pointed(digits, decimals), exact };
}
