import { fromDec, toDec } from "../_lib/decimal";
import { checkMoney, checkSameCurrency, decimalsOf, makeMoney } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * Subtracts one amount from another of the same currency, exactly (the balance: received
 * minus used). The result keeps the larger number of decimals and is not rounded.
 *
 * @param a - money.
 * @param b - money in the same currency.
 * @returns `a - b`.
 * @throws {@link BibliotekosError} `currency_mismatch` for EUR − LTL; `invalid_decimal` /
 *   `invalid_argument` for malformed money.
 *
 * @example
 * ```ts
 * import { money, subtractMoney } from "bibliotekos/money";
 * subtractMoney(money("714000.00", "EUR"), money("698795.000", "EUR"));
 * //=> { amount: "15205.000", currency: "EUR" }
 * subtractMoney(money("0.3", "EUR"), money("0.1", "EUR"));
 * //=> { amount: "0.2", currency: "EUR" }
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  checkMoney(a, [0]);
  checkMoney(b, [1]);
  checkSameCurrency(a.currency, b, [1], [a, b]);
  const decimals = Math.max(decimalsOf(a.amount), decimalsOf(b.amount));
  return makeMoney(fromDec(toDec(a.amount).minus(toDec(b.amount)), decimals), a.currency);
}
