import { toDec } from "../_lib/decimal";
import { checkMoney, checkSameCurrency } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * Compares two amounts of the same currency by value (`"5.0"` equals `"5.00"`), for sorting.
 *
 * @param a - money.
 * @param b - money in the same currency.
 * @returns `-1` if `a < b`, `0` if equal, `1` if `a > b`.
 * @throws {@link BibliotekosError} `currency_mismatch` for EUR against LTL (compare litas in
 *   euros: convert first with `convertLtlToEur`).
 *
 * @example
 * ```ts
 * import { compareMoney, money } from "bibliotekos/money";
 * compareMoney(money("698795.000", "EUR"), money("698795.00", "EUR"));
 * //=> 0
 * ["10", "2.5", "-1"].map((a) => money(a, "EUR")).sort(compareMoney).map((m) => m.amount);
 * //=> ["-1", "2.5", "10"]
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  checkMoney(a, [0]);
  checkMoney(b, [1]);
  checkSameCurrency(a.currency, b, [1], [a, b]);
  return toDec(a.amount).comparedTo(toDec(b.amount)) as -1 | 0 | 1;
}
