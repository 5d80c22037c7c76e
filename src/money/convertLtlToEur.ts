import { roundingOptions } from "../_lib/arguments";
import { toDec } from "../_lib/decimal";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { roundDec, type RoundingRule } from "../numbers/roundDecimal";
import { checkMoney, makeMoney } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * The irrevocably fixed rate: 1 EUR = 3.45280 LTL, since 2015-01-01 (Euro įvedimo Lietuvos
 * Respublikoje įstatymas, 2014-04-17 Nr. XII-828).
 *
 * @example
 * ```ts
 * import { LTL_PER_EUR } from "bibliotekos/money";
 * LTL_PER_EUR;
 * //=> "3.45280"
 * ```
 */
export const LTL_PER_EUR = "3.45280";

/** Options of {@link convertLtlToEur}.
 *
 * @example
 * ```ts
 * import { convertLtlToEur, money, type ConvertLtlToEurOptions } from "bibliotekos/money";
 * const wages: ConvertLtlToEurOptions = { rule: "up" };
 * convertLtlToEur(money("1540", "LTL"), wages);
 * //=> { amount: "446.02", currency: "EUR" }
 * ```
 */
export interface ConvertLtlToEurOptions {
  /**
   * The rounding rule. The official rule is the mathematical one (half-up to the cent); wages,
   * pensions and social benefits were rounded `"up"` for the recipient.
   * @default "half_up"
   */
  rule?: RoundingRule;
  /**
   * Decimals of the result: cents. Fines and stamp duty were rounded to whole euros (`0`,
   * with rule `"down"`, for the payer).
   * @default 2
   */
  decimals?: number;
}

/**
 * Converts litas to euros at the fixed 3.45280, with the official rule: divide, then round to
 * the cent half-up ("if the next digit is 5 or more, add 1"): 250 Lt → 72,4050… → 72,41 €;
 * 10 Lt → 2,90 €. Amounts already in euros are returned unchanged, so a mixed list of
 * pre-2015 and later figures can be brought to euros with one map before `sumMoney`.
 *
 * @param m - money in LTL (or EUR, returned as it is).
 * @param options - {@link ConvertLtlToEurOptions}: the rule and decimals of the exceptions.
 * @returns the amount in EUR.
 * @throws {@link BibliotekosError} `invalid_argument` for bad options; `invalid_decimal` for a
 *   malformed amount.
 *
 * @example
 * ```ts
 * import { convertLtlToEur, money } from "bibliotekos/money";
 * convertLtlToEur(money("250", "LTL"));
 * //=> { amount: "72.41", currency: "EUR" }
 * convertLtlToEur(money("10", "LTL"));
 * //=> { amount: "2.90", currency: "EUR" }
 * convertLtlToEur(money("100000", "LTL"));
 * //=> { amount: "28962.00", currency: "EUR" }
 * convertLtlToEur(money("1540", "LTL"), { rule: "up" });
 * //=> { amount: "446.02", currency: "EUR" }
 * ```
 */
export function convertLtlToEur(m: Money, options?: ConvertLtlToEurOptions): Money {
  checkMoney(m);
  if (m.currency === "EUR") return m;
  const { decimals, rule } = roundingOptions(options, 2);
  return makeMoney(roundDec(toDec(m.amount).dividedBy(toDec(LTL_PER_EUR)), decimals, rule), "EUR");
}
