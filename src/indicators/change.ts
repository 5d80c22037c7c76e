import { invalidArgument, roundingOptions } from "../_lib/arguments";
import { fromDec, toDec } from "../_lib/decimal";
import { decimalsOf } from "../_lib/patterns";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { roundDec, type RoundingRule } from "../numbers/roundDecimal";
import { getIndicator } from "./catalogue";

/** Options of {@link change}.
 *
 * @example
 * ```ts
 * import { change, type ChangeOptions } from "bibliotekos/indicators";
 * const options: ChangeOptions = { indicator: "reach", percentDecimals: 1 };
 * change("21.4", "22.8", options);
 * //=> { absolute: "1.4", absoluteUnit: "percentage_points", relativePercent: "6.5" }
 * ```
 */
export interface ChangeOptions {
  /**
   * The indicator the values are of: for a percentage indicator (reach, shares) the absolute
   * change is in percentage points, and the result says so.
   */
  indicator?: string;
  /**
   * Decimals of the relative change (`Pokytis, proc.`: "-2,22 proc.").
   * @default 2
   */
  percentDecimals?: number;
  /**
   * The rounding rule of the relative change.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/**
 * The change between two values of an indicator.
 *
 * @example
 * ```ts
 * import { change, type IndicatorChange } from "bibliotekos/indicators";
 * const loans: IndicatorChange = change("75000", "73341");
 * loans.absolute;
 * //=> "-1659"
 * ```
 */
export interface IndicatorChange {
  /** Current − previous, exact, in the indicator's unit (or in percentage points). */
  absolute: string;
  /** `"percentage_points"` when the values are percentages, else `"same_as_values"`. */
  absoluteUnit: "percentage_points" | "same_as_values";
  /** (current − previous) / previous × 100, rounded once; `null` when previous is zero. */
  relativePercent: string | null;
}

/**
 * Absolute and relative change between last year's and this year's value. For a percentage
 * indicator (reach: 24,3 % → 22,3 %) the difference is −2,0 **percentage points**, not −2,0 %
 * (which would be a relative change of −8,23 %): pass `indicator` and the result says which.
 *
 * @param previous - last year's value, a decimal string.
 * @param current - this year's value, a decimal string.
 * @param options - {@link ChangeOptions}.
 * @returns the change.
 * @throws {@link BibliotekosError} `invalid_decimal` if a value is not a decimal string,
 *   `invalid_argument` if an option is out of range (`indicator` not an id of the catalogue,
 *   `percentDecimals` not an integer from 0 to 100, `rule` not a {@link RoundingRule}).
 *
 * @example
 * ```ts
 * import { change } from "bibliotekos/indicators";
 * change("24.3", "22.3", { indicator: "reach" });
 * //=> { absolute: "-2.0", absoluteUnit: "percentage_points", relativePercent: "-8.23" }
 * change("7408", "6690");
 * //=> { absolute: "-718", absoluteUnit: "same_as_values", relativePercent: "-9.69" }
 * ```
 */
export function change(previous: string, current: string, options?: ChangeOptions): IndicatorChange {
  const { decimals, rule } = roundingOptions(options, 2, "percentDecimals");
  const before = toDec(previous, "previous");
  const after = toDec(current, "current");
  const scale = Math.max(decimalsOf(previous), decimalsOf(current));
  const unit = indicatorUnit(options?.indicator);
  return {
    absolute: fromDec(after.minus(before), scale),
    absoluteUnit: unit === "percent" ? "percentage_points" : "same_as_values",
    relativePercent: before.isZero() ? null : roundDec(after.minus(before).times(100).div(before), decimals, rule),
  };
}

/** The unit of the catalogue's indicator `id` (none asked for when absent); `invalid_argument` for an id it lacks. */
function indicatorUnit(id: unknown): string | undefined {
  if (id === undefined) return undefined;
  const indicator = typeof id === "string" ? getIndicator(id) : undefined;
  if (indicator === undefined) throw invalidArgument("options.indicator", "an indicator id of the catalogue", id, ["options", "indicator"]);
  return indicator.unit;
}
