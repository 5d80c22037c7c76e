import { checkMoney } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * Whether an amount is zero (`"0"`, `"0.00"`): a budget line's balance (*likutis*) at the end of
 * the period, for example.
 *
 * @param m - money.
 * @returns `true` if the amount is zero.
 * @throws {@link BibliotekosError} `invalid_decimal` / `invalid_argument` for malformed money.
 *
 * @example
 * ```ts
 * import { isZeroMoney, money } from "bibliotekos/money";
 * isZeroMoney(money("0.00", "EUR"));
 * //=> true
 * isZeroMoney(money("0.01", "EUR"));
 * //=> false
 * ```
 */
export function isZeroMoney(m: Money): boolean {
  checkMoney(m);
  return !/[1-9]/.test(m.amount);
}
