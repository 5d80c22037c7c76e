// Validation and construction shared by the money functions.
import { describeValue, receivedOf } from "../../_lib/arguments";
import { DECIMAL_STRING } from "../../_lib/patterns";
import { BibliotekosError, type ErrorPath } from "../../errors/BibliotekosError";
import type { Currency, Money } from "../types";

const LOOSE_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

export function isCurrency(value: unknown): value is Currency {
  return value === "EUR" || value === "LTL";
}

/** Throws unless `value` is a Money with a plain decimal amount and a known currency. */
export function checkMoney(value: unknown, path: ErrorPath = []): asserts value is Money {
  if (typeof value !== "object" || value === null) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected money ({ amount, currency })${where(path)}, got ${value === null ? "null" : typeof value}`,
      input: value,
      path,
      expected: "Money",
      received: value === null ? "null" : typeof value,
    });
  }
  const { amount, currency } = value as { amount: unknown; currency: unknown };
  if (typeof amount !== "string" || !DECIMAL_STRING.test(amount)) {
    throw new BibliotekosError({
      code: "invalid_decimal",
      message: `Expected amount${where(path)} to be a plain decimal string such as "-12.50", got ${describeValue(amount)}`,
      input: value,
      path: [...path, "amount"],
      expected: "decimal string",
      received: receivedOf(amount),
    });
  }
  if (!isCurrency(currency)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected currency${where(path)} to be "EUR" or "LTL", got ${describeValue(currency)}`,
      input: value,
      path: [...path, "currency"],
      expected: '"EUR" | "LTL"',
      received: receivedOf(currency),
    });
  }
}

function where(path: ErrorPath): string {
  return path.length === 0 ? "" : ` at ${path.join(".")}`;
}

/** Throws currency_mismatch unless both are in the same currency. */
export function checkSameCurrency(expected: Currency, actual: Money, path: ErrorPath, input: unknown): void {
  if (actual.currency !== expected) {
    throw new BibliotekosError({
      code: "currency_mismatch",
      message: `Cannot combine ${expected} with ${actual.currency}${where(path)} without conversion; convert litas first with convertLtlToEur`,
      input,
      path: [...path, "currency"],
      expected,
      received: actual.currency,
    });
  }
}

export { decimalsOf } from "../../_lib/patterns";

/** Normalises a loose decimal string ("+007.50") to the canonical form ("7.50"), never "-0". */
export function canonicalAmount(amount: string): string {
  let negative = false;
  let start = 0;
  if (amount[0] === "-") {
    negative = true;
    start = 1;
  } else if (amount[0] === "+") start = 1;
  const point = amount.indexOf(".");
  const intEnd = point < 0 ? amount.length : point;
  while (start < intEnd - 1 && amount.charCodeAt(start) === 48) start++;
  const body = amount.slice(start);
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

export function isLooseDecimal(value: unknown): value is string {
  return typeof value === "string" && LOOSE_DECIMAL.test(value);
}

/** Builds read-only money. */
export function makeMoney(amount: string, currency: Currency): Money {
  return Object.freeze({ amount, currency });
}

/** Writes an integer count of 10^-decimals units as a decimal string. */
export function unitsToAmount(units: number | bigint, decimals: number): string {
  let negative = false;
  let text = units.toString();
  if (text[0] === "-") {
    negative = true;
    text = text.slice(1);
  }
  if (decimals > 0) {
    if (text.length <= decimals) text = "0".repeat(decimals - text.length + 1) + text;
    text = `${text.slice(0, -decimals)}.${text.slice(-decimals)}`;
  }
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** The amount as an integer string of 10^-decimals units (decimals ≥ the amount's own). */
export function amountToUnitDigits(amount: string, decimals: number): string {
  const point = amount.indexOf(".");
  if (point < 0) return decimals === 0 ? amount : amount + "0".repeat(decimals);
  const own = amount.length - point - 1;
  return amount.slice(0, point) + amount.slice(point + 1) + (decimals > own ? "0".repeat(decimals - own) : "");
}
