import type { RoundingRule } from "../numbers/roundDecimal";

/**
 * A quotient cut after `decimals` fraction digits: `digits` is |quotient| × 10^decimals without
 * its fraction (at least decimals + 1 digits), `rest` compares what was cut with half a unit of
 * the last digit (`"none"` when nothing was cut), and `negative` is the quotient's sign.
 */
interface Truncated {
  digits: string;
  decimals: number;
  rest: "none" | "below_half" | "half" | "above_half";
  negative: boolean;
}

/**
 * Below this, every integer, and the sum of two of them, is exact in a JS number: the number
 * path multiplies, divides and corrects below it without losing a digit.
 */
const EXACT_LIMIT = 2 ** 52;
const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Fraction digits of a plain decimal string (`"-12.50"` → 2). */
function scaleOf(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** The digits of an unsigned plain decimal string as an integer (`"12.50"` → 1250), NaN past 15 digits. */
function unitsOf(value: string, negative: boolean): number {
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf(".");
  const text = dot === -1 ? body : body.slice(0, dot) + body.slice(dot + 1);
  return text.length > 15 ? Number.NaN : Number(text);
}

/** `floor(a / b)`, exactly, for non-negative integers a, b below 2^52 (then `a - q × b` is exact too). */
function floorDiv(a: number, b: number): number {
  const q = Math.floor(a / b);
  const r = a - q * b; // exact: q × b is within b of a
  return r < 0 ? q - 1 : r >= b ? q + 1 : q;
}

/** `floor(a / b)` and the remainder, exactly, for non-negative integers a, b below 2^52. */
function divmod(a: number, b: number): [number, number] {
  const q = floorDiv(a, b);
  return [q, a - q * b];
}

/** How a remainder compares with half the divisor. */
function restOf(twiceRemainder: number | bigint, divisor: number | bigint): Truncated["rest"] {
  if (twiceRemainder === 0 || twiceRemainder === 0n) return "none";
  return twiceRemainder < divisor ? "below_half" : twiceRemainder === divisor ? "half" : "above_half";
}

/**
 * The number path: a long division in JS numbers, several digits at a time, for operands of at
 * most 15 digits whose scaled forms stay below 2^52, where every step is exact; `undefined` for
 * other operands.
 */
function truncateInNumbers(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated | undefined {
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

/** A plain decimal string as a scaled BigInt: `"-12.50"` → `{ units: -1250n, scale: 2 }`. */
function scaled(value: string): { units: bigint; scale: number } {
  const dot = value.indexOf(".");
  if (dot === -1) return { units: BigInt(value), scale: 0 };
  return { units: BigInt(value.slice(0, dot) + value.slice(dot + 1)), scale: value.length - dot - 1 };
}

/** The BigInt path, for any operands. */
function truncateInBigInts(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated {
  const n = scaled(numerator);
  const d = scaled(denominator);
  const m = scaled(multiplier);
  // quotient × 10^decimals = (n.units × m.units × 10^(decimals + d.scale)) / (d.units × 10^(n.scale + m.scale))
  let top = n.units * m.units * 10n ** BigInt(decimals + d.scale);
  let bottom = d.units * 10n ** BigInt(n.scale + m.scale);
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0n;
  const magnitude = negative ? -top : top;
  return {
    digits: (magnitude / bottom).toString().padStart(decimals + 1, "0"),
    decimals,
    rest: restOf((magnitude % bottom) * 2n, bottom),
    negative,
  };
}

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

/** Digits of |value| × 10^decimals with the point put back: `("4117", 2)` → `"41.17"` (at least decimals + 1 digits). */
function pointed(digits: string, decimals: number): string {
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A plain decimal string without the trailing zeros of its fraction, nor a bare point: `"41.50"` → `"41.5"`. */
function withoutTrailingZeros(value: string): string {
  if (value.indexOf(".") === -1) return value;
  let end = value.length;
  while (value.charCodeAt(end - 1) === 48) end--; // "0"
  return value.slice(0, value.charCodeAt(end - 1) === 46 ? end - 1 : end); // "."
}

/** Adds one to a string of decimal digits: `"199"` → `"200"`, `"99"` → `"100"`. */
function incrementDigits(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits.charCodeAt(at) === 57) at--; // "9"
  if (at < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, at) + String.fromCharCode(digits.charCodeAt(at) + 1) + "0".repeat(digits.length - at - 1);
}

/**
 * Rounds a truncated quotient to `decimals` (at most its own) with a named rule and writes it
 * as a plain decimal string: the digits dropped, and the rest beyond them, decide.
 */
export function roundQuotient(quotient: Truncated, decimals: number, rule: RoundingRule): string {
  const cut = quotient.decimals - decimals;
  let kept = cut === 0 ? quotient.digits : quotient.digits.slice(0, -cut);
  let rest = quotient.rest;
  if (cut > 0) {
    // What the dropped digits are against half a unit of the last kept digit.
    const first = quotient.digits.charCodeAt(quotient.digits.length - cut) - 48;
    let tail = quotient.rest !== "none";
    for (let at = quotient.digits.length - cut + 1; !tail && at < quotient.digits.length; at++)
      tail = quotient.digits.charCodeAt(at) !== 48;
    rest = first > 5 || (first === 5 && tail) ? "above_half" : first === 5 ? "half" : first > 0 || tail ? "below_half" : "none";
  }
  if (rest !== "none") {
    let away: boolean;
    switch (rule) {
      case "half_up":
        away = rest !== "below_half";
        break;
      case "half_down":
        away = rest === "above_half";
        break;
      case "half_even":
        away = rest === "above_half" || (rest === "half" && (kept.charCodeAt(kept.length - 1) & 1) === 1);
        break;
      case "up":
        away = true;
        break;
      case "down":
        away = false;
        break;
      case "ceiling":
        away = !quotient.negative;
        break;
      case "floor":
        away = quotient.negative;
        break;
    }
    if (away) kept = incrementDigits(kept);
  }
  const body = pointed(kept, decimals);
  return quotient.negative && !/^0*$/.test(kept) ? `-${body}` : body;
}

/**
 * Whether `numerator × multiplier / denominator`, rounded half up to the decimals `printed` is
 * written with, is `printed`, decided without writing the quotient: with V the printed digits
 * and a / b the quotient, half-up rounding gives V exactly when
 * (2V − 1) × b ≤ 2 × a × 10^decimals < (2V + 1) × b. `undefined` when that cannot be decided
 * exactly in JS numbers (a negative operand, more than 15 digits, products past 2^52): then
 * compare with {@link divideRounded}. The operands are as for {@link truncatedQuotient};
 * `printed` a plain decimal string.
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

const ZEROS = ["", "0", "00", "000", "0000", "00000", "000000", "0000000", "00000000", "000000000"];

/** A non-negative integer's digits, zero-padded to `width` (at most 9 zeros are added). */
function padded(value: number, width: number): string {
  const digits = String(value);
  return digits.length >= width ? digits : (ZEROS[width - digits.length] as string) + digits;
}

/**
 * The common case of {@link quotientAndExact} in a few number operations, without a string
 * per digit: non-negative integer operands with n × m below 2^52 and a denominator below
 * 4 500 000 (so that nine digits of a remainder stay below 2^52), half-up rounding to at most 8
 * decimals. The fraction comes in chunks of 9, 9 and 2 digits (numbers below 2^31 are written
 * fastest). `undefined` for anything else.
 */
function smallIntegerQuotient(
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
