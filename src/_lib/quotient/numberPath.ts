// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as exact from "./exactNumbers";
import * as truncated from "./truncated";
import type { Truncated } from "./truncated";

const { divmod, EXACT_LIMIT, POWERS, scaleOf, unitsOf } = exact;
const { restOf } = truncated;

/**
 * The number path: a long division in JS numbers, several digits at a time, for operands of at
 * most 15 digits whose scaled forms stay below 2^52, where every step is exact; `undefined` for
 * other operands.
 */
export function truncateInNumbers(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated | undefined {
  const nNegative = numerator.charCodeAt(0) === 45; // "-"
  const dNegative = denominator.charCodeAt(0) === 45;
  const mNegative = multiplier.charCodeAt(0) === 45;
  const nScale = scaleOf(numerator);
  const mScale = scaleOf(multiplier);
  const dScale = scaleOf(denominator);
  if (nScale + mScale > 15 || dScale > 15) return undefined;
  // quotient = (n × m × 10^dScale) / (d × 10^(nScale + mScale)) = a / b
  const a = unitsOf(numerator, nNegative) * unitsOf(multiplier, mNegative) * (POWERS[dScale] as number);
  const b = unitsOf(denominator, dNegative) * (POWERS[nScale + mScale] as number);
  // (NaN fails both comparisons: more than 15 digits.)
  if (!(a < EXACT_LIMIT) || !(b < EXACT_LIMIT / 10) || b === 0) return undefined;
  // The largest chunk of digits k with rest × 10^k below 2^52 for every rest < b.
  let chunk = 1;
  while (chunk < 15 && b * (POWERS[chunk + 1] as number) < EXACT_LIMIT) chunk++;
  const [whole, remainder] = divmod(a, b);
  let digits = String(whole);
  let rest = remainder;
  for (let left = decimals; left > 0;) {
    if (rest === 0) {
      digits += "0".repeat(left);
      break;
    }
    const k = left < chunk ? left : chunk;
    const [part, next] = divmod(rest * (POWERS[k] as number), b);
    digits += String(part).padStart(k, "0");
    rest = next;
    left -= k;
  }
  return { digits, decimals, rest: restOf(rest * 2, b), negative: (nNegative !== dNegative) !== mNegative };
}
