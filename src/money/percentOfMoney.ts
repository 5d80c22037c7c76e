import { fromDec, toDec } from "../_lib/decimal";
import { checkMoney, decimalsOf, makeMoney } from "./_lib/checkMoney";
import { checkRatio } from "./_lib/checkRatio";
import type { Money } from "./types";

/**
 * A percentage of money, exactly and without rounding: `percentOfMoney(m, "2")` is 2 % of `m`
 * (the "2 proc." of income tax that residents give to a library).
 *
 * @param m - money.
 * @param percent - the percentage as a decimal string (`"2"`, `"24.0"`) or a whole number.
 * @returns `m × percent / 100`, with the decimals of `m` plus those of `percent` plus 2.
 * @throws {@link BibliotekosError} `invalid_decimal` for a bad percentage or amount.
 *
 * @example
 * ```ts
 * import { money, percentOfMoney } from "bibliotekos/money";
 * percentOfMoney(money("593.18", "EUR"), "2");
 * //=> { amount: "11.8636", currency: "EUR" }
 * percentOfMoney(money("714000.00", "EUR"), "97.9");
 * //=> { amount: "699006.00000", currency: "EUR" }
 * ```
 */
export function percentOfMoney(m: Money, percent: string | number): Money {
  checkMoney(m, [0]);
  const p = checkRatio(percent, [1], [m, percent], "percentage");
  return makeMoney(fromDec(toDec(m.amount).times(toDec(p)).dividedBy(100), decimalsOf(m.amount) + decimalsOf(p) + 2), m.currency);
}
