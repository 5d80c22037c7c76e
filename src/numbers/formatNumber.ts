import { assertRoundingRule, invalidArgument, optionsObject } from "../_lib/arguments";
import type { RoundingRule } from "./roundDecimal";
import { checkDecimals, formatDecimal, toDecimalInput } from "./_lib/formatDecimal";

/** Options of {@link formatNumber} (and the number part of {@link formatPercent} and
 * {@link formatAmount}).
 *
 * @example
 * ```ts
 * import { formatNumber, type FormatNumberOptions } from "bibliotekos/numbers";
 * const options: FormatNumberOptions = { decimals: 1, groupSeparator: " " };
 * formatNumber("150191.04", options);
 * //=> "150 191,0"
 * ```
 */
export interface FormatNumberOptions {
  /**
   * How many decimals to write: the value is rounded with `rule` (through `roundDecimal`) or
   * padded with zeros. When absent, the decimals are written as they are in the value.
   * @default undefined (as written)
   */
  decimals?: number;
  /**
   * The rounding rule when `decimals` cuts digits.
   * @default "half_up"
   */
  rule?: RoundingRule;
  /**
   * When to group thousands: `"always"` from four digits (`2 152`, as VLKK writes `3 000`),
   * `"min2"` from five digits (`2152`, `12 345`), `false` never.
   * @default "always"
   */
  useGrouping?: "always" | "min2" | false;
  /**
   * The thousands separator. The no-break space keeps a number on one line, as VLKK recommends.
   * Any string with no digit and no comma (which would change the number read back).
   * @default "\u00a0" (no-break space)
   */
  groupSeparator?: string;
  /**
   * The minus sign. Intl writes U+2212 (`−`); documents and spreadsheets type `-`. Any string
   * that is not empty and has no digit and no comma.
   * @default "-"
   */
  minusSign?: string;
}

/** @internal Turns options into the formatter's spec, checking them. */
export function toFormatSpec(
  options: FormatNumberOptions | undefined,
  defaultDecimals?: number,
): {
  decimals: number | undefined;
  rule: RoundingRule | undefined;
  grouping: "always" | "min2" | false;
  separator: string;
  minus: string;
} {
  const read = optionsObject(options);
  const decimals = read.decimals === undefined ? defaultDecimals : read.decimals;
  checkDecimals(decimals);
  if (read.rule !== undefined) assertRoundingRule(read.rule, "options.rule", ["options", "rule"]);
  const grouping = read.useGrouping === undefined ? "always" : read.useGrouping;
  if (grouping !== "always" && grouping !== "min2" && grouping !== false) {
    throw invalidArgument("options.useGrouping", '"always", "min2" or false', grouping, ["options", "useGrouping"]);
  }
  return {
    decimals: decimals as number | undefined,
    rule: read.rule as RoundingRule | undefined,
    grouping,
    separator: writtenMark(read.groupSeparator, "\u00a0", "groupSeparator", true),
    minus: writtenMark(read.minusSign, "-", "minusSign", false),
  };
}

/** A separator or sign the number is written with: a string with no digit and no decimal comma, which would change the number read back. */
function writtenMark(value: unknown, fallback: string, name: string, mayBeEmpty: boolean): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || /[\d,]/.test(value) || (value === "" && !mayBeEmpty)) {
    throw invalidArgument(`options.${name}`, `a string with no digit and no comma${mayBeEmpty ? "" : ", not empty"}`, value, [
      "options",
      name,
    ]);
  }
  return value;
}

/**
 * Writes a decimal string in the official Lithuanian style: a decimal comma, thousands grouped
 * by a no-break space (U+00A0), `-` for minus: `"774795.00"` → `"774 795,00"`. Rounding, when
 * `decimals` asks for it, goes through `roundDecimal` (half-up by default).
 *
 * Differences from `Intl.NumberFormat("lt-LT")`: Intl writes the minus as U+2212 (`−`), takes
 * JS numbers (so `0.1 + 0.2` has already gone wrong before it formats), rounds by its own rule,
 * and, with older ICU data, leaves four-digit numbers ungrouped; see the numbers guide.
 *
 * @param value - a plain decimal string (`"-1234.5"`), as {@link parseNumber} returns, or a whole
 *   JS number (`2152`); never a fractional JS number, which may already be inexact.
 * @param options - {@link FormatNumberOptions}.
 * @returns the number as Lithuanian texts write it. {@link parseNumber} reads it back exactly.
 * @throws {@link BibliotekosError} `invalid_decimal` if `value` is not a plain decimal string,
 *   `invalid_argument` for a bad option (`decimals` not an integer from 0 to 100, an unknown `rule`
 *   or `useGrouping`, a `groupSeparator` or `minusSign` that is not a string or holds a digit or
 *   a comma).
 *
 * @example
 * ```ts
 * import { formatNumber } from "bibliotekos/numbers";
 * formatNumber("774795.00");
 * //=> "774\u00a0795,00"
 * formatNumber("41.16751269", { decimals: 1 });
 * //=> "41,2"
 * formatNumber("-718", { useGrouping: false });
 * //=> "-718"
 * formatNumber("2152", { useGrouping: "min2" });
 * //=> "2152"
 * formatNumber(73341);
 * //=> "73\u00a0341"
 * formatNumber(0.1 + 0.2);
 * //=> throws invalid_decimal
 * ```
 */
export function formatNumber(value: string | number, options?: FormatNumberOptions): string {
  return formatDecimal(toDecimalInput(value), toFormatSpec(options));
}
