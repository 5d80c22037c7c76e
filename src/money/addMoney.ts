import { fromDec, toDec } from "../_lib/decimal";
import { checkMoney, checkSameCurrency, decimalsOf, makeMoney } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * Adds two amounts of the same currency, exactly. The result keeps the larger number of
 * decimals of the two and is not rounded.
 *
 * @param a - money.
 * @param b - money in the same currency.
 * @returns `a + b`.
 * @throws {@link BibliotekosError} `currency_mismatch` for EUR + LTL (convert first with
 *   `convertLtlToEur`); `invalid_decimal` / `invalid_argument` for malformed money.
 *
 * @example
 * ```ts
 * import { addMoney, money } from "bibliotekos/money";
 * addMoney(money("0.1", "EUR"), money("0.2", "EUR"));
 * //=> { amount: "0.3", currency: "EUR" }
 * addMoney(money("698795.000", "EUR"), money("5.5", "EUR"));
 * //=> { amount: "698800.500", currency: "EUR" }
 * addMoney(money("10", "EUR"), money("10", "LTL"));
 * //=> throws currency_mismatch
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  checkMoney(a, [0]);
  checkMoney(b, [1]);
  checkSameCurrency(a.currency, b, [1], [a, b]);
  const decimals = Math.max(decimalsOf(a.amount), decimalsOf(b.amount));
  return makeMoney(fromDec(toDec(a.amount).plus(toDec(b.amount)), decimals), a.currency);
}
