import { fromDec, toDec } from "../_lib/decimal";
import { checkMoney, decimalsOf, makeMoney } from "./_lib/checkMoney";
import { checkRatio } from "./_lib/checkRatio";
import type { Money } from "./types";

/**
 * Multiplies money by a ratio, exactly and without rounding: the result has the decimals of
 * the amount plus those of the ratio (round it once, at presentation, with `roundMoney`).
 *
 * @param m - money.
 * @param ratio - a decimal string (`"0.3"`, `"-1"`) or a whole number; never a fractional JS
 *   number, which may already have lost precision.
 * @returns `m × ratio`, in the currency of `m`.
 * @throws {@link BibliotekosError} `invalid_decimal` for a bad ratio or amount.
 *
 * @example
 * ```ts
 * import { money, multiplyMoney } from "bibliotekos/money";
 * multiplyMoney(money("10499.35", "EUR"), "0.3");
 * //=> { amount: "3149.805", currency: "EUR" }
 * multiplyMoney(money("2.75", "EUR"), 12);
 * //=> { amount: "33.00", currency: "EUR" }
 * ```
 */
export function multiplyMoney(m: Money, ratio: string | number): Money {
  checkMoney(m, [0]);
  const r = checkRatio(ratio, [1], [m, ratio]);
  return makeMoney(fromDec(toDec(m.amount).times(toDec(r)), decimalsOf(m.amount) + decimalsOf(r)), m.currency);
}
