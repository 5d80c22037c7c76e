import Decimal from "decimal.js";
import { BibliotekosError } from "../errors/BibliotekosError";
import { DECIMAL_INPUT } from "./patterns";

/**
 * The library's own decimal.js constructor. `defaults: true` so that nothing is copied from
 * the app's global `Decimal`; every operation must start from a value made here, because an
 * operation uses its left operand's configuration.
 *
 * Precision 64 significant digits: exact for sums of a million amounts of 15 digits each, and
 * for the ratios reports publish. Exponents are pushed out so `toString` never writes `1e+21`.
 */
export const Dec = Decimal.clone({
  defaults: true,
  precision: 64,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/** An instance of the library's decimal constructor. */
export type Dec = InstanceType<typeof Dec>;

/**
 * Reads a plain decimal string into a {@link Dec}, or throws `invalid_decimal`.
 */
export function toDec(value: string, what = "value"): Dec {
  if (typeof value !== "string") {
    throw new BibliotekosError({
      code: "invalid_decimal",
      message: `Expected ${what} to be a decimal string such as "12.50", got ${typeof value}`,
      input: value,
      expected: "decimal string",
      received: typeof value,
    });
  }
  if (!DECIMAL_INPUT.test(value)) {
    const offset = firstBadDecimalOffset(value);
    throw new BibliotekosError({
      code: "invalid_decimal",
      message: `Expected ${what} to be a plain decimal string such as "-12.50", got ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)} (problem at offset ${offset})`,
      input: value,
      offset,
      expected: "decimal string",
      received: value.length > 40 ? `${value.slice(0, 40)}…` : value,
    });
  }
  return new Dec(value);
}

function firstBadDecimalOffset(value: string): number {
  let i = 0;
  if (value[0] === "+" || value[0] === "-") i = 1;
  let digits = 0;
  while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) {
    i++;
    digits++;
  }
  if (digits === 0) return i;
  if (value[i] !== ".") return i;
  i++;
  const start = i;
  while (i < value.length && value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) i++;
  return i === start ? i : Math.min(i, value.length);
}

/** Writes a {@link Dec} as a plain decimal string, never in exponent form, never `-0`. */
export function fromDec(value: Dec, decimals?: number): string {
  const text = decimals === undefined ? value.toFixed() : value.toFixed(decimals);
  return /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
}
