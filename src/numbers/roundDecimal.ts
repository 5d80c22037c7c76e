import { assertDecimalPlaces, assertRoundingRule, optionsObject } from "../_lib/arguments";
import Decimal from "decimal.js";
import { Dec, fromDec, toDec } from "../_lib/decimal";
import type { BibliotekosError } from "../errors/BibliotekosError";
import type * as quotient from "../_lib/quotient/rounding";

// Defined with the rounding table of the library's exact quotient (src/_lib/quotient/rounding.ts),
// which decides the same rules without decimal.js. Imported from that file, not the folder's
// index: TypeDoc inlines an `@inline` type only where it finds the declaration itself.
/**
 * How a value is rounded to a number of decimals.
 *
 * | rule | ties (…5) | other values | `2.345` → 2 d. | `-2.345` → 2 d. |
 * | --- | --- | --- | --- | --- |
 * | `half_up` (default) | away from zero | to nearest | `2.35` | `-2.35` |
 * | `half_even` | to the even digit (banker's) | to nearest | `2.34` | `-2.34` |
 * | `half_down` | toward zero | to nearest | `2.34` | `-2.34` |
 * | `up` | away from zero | away from zero | `2.35` | `-2.35` |
 * | `down` | toward zero | toward zero (truncate) | `2.34` | `-2.34` |
 * | `ceiling` | toward +∞ | toward +∞ | `2.35` | `-2.34` |
 * | `floor` | toward −∞ | toward −∞ | `2.34` | `-2.35` |
 *
 * `half_up` is the "mathematical rule" of Lithuanian official texts (the litas-to-euro
 * conversion: "if the next digit is 5 or more, add 1"), and fits every published ratio checked.
 *
 * @example
 * ```ts
 * import { roundDecimal, type RoundingRule } from "bibliotekos/numbers";
 * const rules: RoundingRule[] = ["half_up", "half_even", "floor"];
 * rules.map((rule) => roundDecimal("-2.345", 2, { rule }));
 * //=> ["-2.35", "-2.34", "-2.35"]
 * ```
 */
export type RoundingRule = quotient.RoundingRule;

/**
 * The rule used wherever a function rounds and no option names another: `"half_up"`.
 *
 * @example
 * ```ts
 * import { DEFAULT_ROUNDING_RULE } from "bibliotekos/numbers";
 * DEFAULT_ROUNDING_RULE;
 * //=> "half_up"
 * ```
 */
export const DEFAULT_ROUNDING_RULE: RoundingRule = "half_up";

const DECIMAL_JS_RULES: Record<RoundingRule, Decimal.Rounding> = {
  half_up: Decimal.ROUND_HALF_UP,
  half_even: Decimal.ROUND_HALF_EVEN,
  half_down: Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** Options of {@link roundDecimal}.
 *
 * @example
 * ```ts
 * import { roundDecimal, type RoundDecimalOptions } from "bibliotekos/numbers";
 * const options: RoundDecimalOptions = { rule: "down" };
 * roundDecimal("20.63", 0, options);
 * //=> "20"
 * ```
 */
export interface RoundDecimalOptions {
  /**
   * The rounding rule.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/**
 * Rounds a decimal string to `decimals` places with a named rule, exactly, and writes it with
 * exactly that many decimals. This is the one rounding step of bibliotekos: computations keep
 * full precision and call it once, when a figure is presented.
 *
 * It runs on the library's own decimal.js clone, so it never reads or changes the global
 * `Decimal` configuration of the app that embeds it.
 *
 * @param value - a plain decimal string: `"41.1675"`, `"-2.345"`, `"774795"`.
 * @param decimals - how many decimals to keep, an integer from 0 to 100.
 * @param options - {@link RoundDecimalOptions}: the rule, `half_up` by default.
 * @returns the rounded value as a decimal string with exactly `decimals` decimals; never `-0`.
 * @throws {@link BibliotekosError} `invalid_decimal` if `value` is not a plain decimal string,
 *   `invalid_argument` if `decimals` is not an integer from 0 to 100 or the rule is unknown.
 *
 * @example
 * ```ts
 * import { roundDecimal } from "bibliotekos/numbers";
 * roundDecimal("41.1675", 1);
 * //=> "41.2"
 * roundDecimal("-2.345", 2);
 * //=> "-2.35"
 * roundDecimal("2.345", 2, { rule: "half_even" });
 * //=> "2.34"
 * roundDecimal("698795.000", 2);
 * //=> "698795.00"
 * roundDecimal("-0.001", 2);
 * //=> "0.00"
 * ```
 */
export function roundDecimal(value: string, decimals: number, options?: RoundDecimalOptions): string {
  assertDecimalPlaces(decimals);
  const given = optionsObject(options).rule;
  const rule = given === undefined ? DEFAULT_ROUNDING_RULE : given;
  assertRoundingRule(rule, "options.rule", ["options", "rule"]);
  return fromDec(toDec(value).toDecimalPlaces(decimals, DECIMAL_JS_RULES[rule]), decimals);
}

/** @internal Rounds a {@link Dec} already in hand; same rules as {@link roundDecimal}. */
export function roundDec(value: InstanceType<typeof Dec>, decimals: number, rule: RoundingRule = DEFAULT_ROUNDING_RULE): string {
  return fromDec(value.toDecimalPlaces(decimals, DECIMAL_JS_RULES[rule]), decimals);
}
