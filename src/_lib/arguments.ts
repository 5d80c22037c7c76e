// Argument and option checks shared by every module: each throws `invalid_argument` saying what and where.
import { BibliotekosError, type ErrorPath } from "../errors/BibliotekosError";
import type { RoundingRule } from "./quotient/rounding";

/**
 * A value as an error message shows it. Never throws: not for a BigInt (`JSON.stringify` does),
 * a symbol or an object without a prototype (template strings and `String` do).
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case "bigint":
      return `${value.toString()}n`;
    case "symbol":
      return value.toString();
    case "function":
      return "a function";
    case "object":
      return value === null ? "null" : Array.isArray(value) ? `an array of ${value.length}` : "an object";
    default:
      return String(value);
  }
}

/** A value as an error's `received` field gives it: a string as it is, anything else as {@link describeValue} writes it. */
export function receivedOf(value: unknown): string {
  return typeof value === "string" ? value : describeValue(value);
}

/** The `invalid_argument` error for `value` where `what` (`options.decimals`) should be `expected`. */
export function invalidArgument(what: string, expected: string, value: unknown, path?: ErrorPath): BibliotekosError {
  return new BibliotekosError({
    code: "invalid_argument",
    message: `Expected ${what} to be ${expected}, got ${describeValue(value)}`,
    input: value,
    ...(path === undefined ? {} : { path }),
    expected,
    received: receivedOf(value),
  });
}

/** Throws `invalid_argument` unless `decimals` is an integer from 0 to 100 (a number of decimal places). */
export function assertDecimalPlaces(decimals: unknown, what = "decimals", path?: ErrorPath): asserts decimals is number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw invalidArgument(what, "an integer from 0 to 100", decimals, path);
  }
}

/** The named rounding rules; typed as a record so that the compiler holds it to `RoundingRule`. */
const ROUNDING_RULES: Readonly<Record<RoundingRule, true>> = {
  half_up: true,
  half_even: true,
  half_down: true,
  up: true,
  down: true,
  ceiling: true,
  floor: true,
};

const RULE_NAMES = Object.keys(ROUNDING_RULES).join(" | ");

/** Throws `invalid_argument` unless `rule` is one of the named rounding rules (an own key: never `"toString"`). */
export function assertRoundingRule(rule: unknown, what = "rule", path?: ErrorPath): asserts rule is RoundingRule {
  if (typeof rule !== "string" || !Object.prototype.hasOwnProperty.call(ROUNDING_RULES, rule)) {
    throw invalidArgument(what, `one of ${RULE_NAMES}`, rule, path);
  }
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The options argument as an object to read: `{}` when absent; throws `invalid_argument` for anything but an object. */
export function optionsObject(options: unknown, what = "options"): Readonly<Record<string, unknown>> {
  if (options === undefined) return NO_OPTIONS;
  if (options === null || typeof options !== "object" || Array.isArray(options)) throw invalidArgument(what, "an object", options, [what]);
  return options as Record<string, unknown>;
}

/**
 * The decimals and rounding rule of a function that rounds once, from its options (`decimals`, or
 * the name it gives them, such as `percentDecimals`), checked as `roundDecimal` checks them.
 */
export function roundingOptions(
  options: unknown,
  defaultDecimals: number,
  decimalsKey = "decimals",
): { readonly decimals: number; readonly rule: RoundingRule } {
  const read = optionsObject(options);
  const decimals = read[decimalsKey] === undefined ? defaultDecimals : read[decimalsKey];
  assertDecimalPlaces(decimals, `options.${decimalsKey}`, ["options", decimalsKey]);
  // "half_up": DEFAULT_ROUNDING_RULE of bibliotekos/numbers (src/_lib imports no module).
  const rule = read.rule === undefined ? "half_up" : read.rule;
  assertRoundingRule(rule, "options.rule", ["options", "rule"]);
  return { decimals, rule };
}

/** Throws `invalid_argument` unless `text` is a string: the first check of every reader. */
export function assertText(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a string, got ${text === null ? "null" : typeof text}`,
      input: text,
      expected: "string",
      received: text === null ? "null" : typeof text,
    });
  }
}

/** Throws `invalid_argument` unless `value` is an integer from `min` to `max`. */
export function assertInteger(value: unknown, what: string, min: number, max: number): asserts value is number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw invalidArgument(what, `an integer from ${min} to ${max}`, value);
  }
}
