import { assertDecimalPlaces, receivedOf } from "../../_lib/arguments";
// The fast path of formatNumber / formatPercent / formatAmount: string work only, decimal.js
// only when a value must be rounded.
import { BibliotekosError } from "../../errors/BibliotekosError";
import { roundDecimal, type RoundingRule } from "../roundDecimal";

const PLAIN_DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

export interface FormatSpec {
  decimals: number | undefined;
  rule: RoundingRule | undefined;
  grouping: "always" | "min2" | false;
  separator: string;
  minus: string;
}

/** The value as a decimal string: a plain decimal string, or a safe integer (exact as a JS number). */
export function toDecimalInput(value: unknown, what = "value"): string {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    const text = receivedOf(value);
    throw new BibliotekosError({
      code: "invalid_decimal",
      message: `Expected ${what} to be a plain decimal string such as "-1234.50", got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}${typeof value === "number" ? " (pass a decimal string: only whole JS numbers are exact)" : ""}`,
      input: value,
      expected: "decimal string",
      received: typeof value === "string" ? text : typeof value,
    });
  }
  return value;
}

export function checkDecimals(decimals: unknown): void {
  if (decimals !== undefined) assertDecimalPlaces(decimals);
}

export function formatDecimal(value: string, spec: FormatSpec): string {
  let text = value;
  const point = text.indexOf(".");
  const written = point < 0 ? 0 : text.length - point - 1;
  if (spec.decimals !== undefined) {
    if (written > spec.decimals) text = roundDecimal(text, spec.decimals, spec.rule === undefined ? {} : { rule: spec.rule });
    else if (written < spec.decimals) text = (point < 0 ? `${text}.` : text) + "0".repeat(spec.decimals - written);
  }
  let negative = false;
  let start = 0;
  if (text.charCodeAt(0) === 45) {
    negative = true;
    start = 1;
  } else if (text.charCodeAt(0) === 43) start = 1;
  const dot = text.indexOf(".", start);
  const intEnd = dot < 0 ? text.length : dot;
  while (start < intEnd - 1 && text.charCodeAt(start) === 48) start++;
  const int = text.slice(start, intEnd);
  const frac = dot < 0 ? "" : text.slice(dot + 1);
  if (negative) {
    // Never "-0" nor "-0,00".
    negative = false;
    for (let k = start; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c >= 49 && c <= 57) {
        negative = true;
        break;
      }
    }
  }
  let grouped = int;
  const length = int.length;
  if (spec.grouping !== false && length > 3 && !(spec.grouping === "min2" && length < 5)) {
    let head = length % 3;
    if (head === 0) head = 3;
    grouped = int.slice(0, head);
    for (let k = head; k < length; k += 3) grouped += spec.separator + int.slice(k, k + 3);
  }
  return (negative ? spec.minus : "") + (frac === "" ? grouped : `${grouped},${frac}`);
}
