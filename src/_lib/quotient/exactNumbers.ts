// Integers in JS numbers, exactly: the limits and steps the number paths stay within.

/**
 * Below this, every integer, and the sum of two of them, is exact in a JS number: the number
 * paths multiply, divide and correct below it without losing a digit.
 */
export const EXACT_LIMIT = 2 ** 52;
/** 10^0 … 10^15, exact in JS numbers: the scales the number path multiplies by. */
export const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Fraction digits of a plain decimal string (`"-12.50"` → 2). */
export function scaleOf(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** The digits of an unsigned plain decimal string as an integer (`"12.50"` → 1250), NaN past 15 digits. */
export function unitsOf(value: string, negative: boolean): number {
  const body = negative ? value.slice(1) : value;
  const dot = body.indexOf(".");
  const text = dot === -1 ? body : body.slice(0, dot) + body.slice(dot + 1);
  return text.length > 15 ? Number.NaN : Number(text);
}

/** `floor(a / b)`, exactly, for non-negative integers a, b below 2^52 (then `a - q × b` is exact too). */
export function floorDiv(a: number, b: number): number {
  const q = Math.floor(a / b);
  const r = a - q * b; // exact: q × b is within b of a
  return r < 0 ? q - 1 : r >= b ? q + 1 : q;
}

/** `floor(a / b)` and the remainder, exactly, for non-negative integers a, b below 2^52. */
export function divmod(a: number, b: number): [number, number] {
  const q = floorDiv(a, b);
  return [q, a - q * b];
}
