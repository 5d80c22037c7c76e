import { roundingOptions } from "../_lib/arguments";
import { fromDec, toDec } from "../_lib/decimal";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { roundDec, type RoundingRule } from "../numbers/roundDecimal";

/** Options of {@link share}.
 *
 * @example
 * ```ts
 * import { share, type ShareOptions } from "bibliotekos/indicators";
 * const options: ShareOptions = { decimals: 3 };
 * share("8", "150191", options)?.percent;
 * //=> "0.005"
 * ```
 */
export interface ShareOptions {
  /**
   * Decimals of the percentage (fund shares print one: `34,5 %`).
   * @default 1
   */
  decimals?: number;
  /**
   * The rounding rule.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/**
 * A share in percent.
 *
 * @example
 * ```ts
 * import { share, type Share } from "bibliotekos/indicators";
 * const periodicals: Share | null = share("3249", "51796");
 * periodicals?.percent;
 * //=> "6.3"
 * ```
 */
export interface Share {
  /** Rounded once, to `decimals`. */
  percent: string;
  /** The exact quotient × 100, to 20 decimals. */
  exact: string;
}

/**
 * The share of a part in a whole, in percent: `part / whole × 100`, exact, rounded once. `null`
 * when the whole is zero.
 *
 * @param part - the part, a decimal string.
 * @param whole - the whole, a decimal string.
 * @param options - {@link ShareOptions}.
 * @returns the rounded percentage and the exact one, or `null`.
 * @throws {@link BibliotekosError} `invalid_decimal` if a value is not a decimal string,
 *   `invalid_argument` if an option is out of range (decimals an integer from 0 to 100, `rule` a
 *   {@link RoundingRule}).
 *
 * @example
 * ```ts
 * import { share } from "bibliotekos/indicators";
 * share("51796", "150191");
 * //=> { percent: "34.5", exact: "34.4867535338335852348" }
 * share("1", "0");
 * //=> null
 * ```
 */
export function share(part: string, whole: string, options?: ShareOptions): Share | null {
  const { decimals, rule } = roundingOptions(options, 1);
  const bottom = toDec(whole, "whole");
  if (bottom.isZero()) return null;
  const ratio = toDec(part, "part").times(100).div(bottom);
  return {
    percent: roundDec(ratio, decimals, rule),
    exact: fromDec(ratio.toDecimalPlaces(20)),
  };
}
