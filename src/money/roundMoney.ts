import { roundDecimal, type RoundDecimalOptions } from "../numbers/roundDecimal";
import { checkMoney, makeMoney } from "./_lib/checkMoney";
import type { Money } from "./types";

/**
 * Rounds money to a number of decimals with the library's rounding rule (half-up by default,
 * through `roundDecimal`): the one rounding step, at presentation.
 *
 * @param m - money.
 * @param decimals - how many decimals to keep, 0 to 100.
 * @param options - `{ rule }`, any `RoundingRule`.
 * @returns the rounded money, with exactly `decimals` decimals.
 * @throws {@link BibliotekosError} `invalid_argument` for bad `decimals` or rule.
 *
 * @example
 * ```ts
 * import { money, roundMoney } from "bibliotekos/money";
 * roundMoney(money("3149.805", "EUR"));
 * //=> { amount: "3149.81", currency: "EUR" }
 * roundMoney(money("3149.805", "EUR"), 2, { rule: "half_even" });
 * //=> { amount: "3149.80", currency: "EUR" }
 * roundMoney(money("446.0148", "EUR"), 0);
 * //=> { amount: "446", currency: "EUR" }
 * ```
 */
export function roundMoney(m: Money, decimals = 2, options?: RoundDecimalOptions): Money {
  checkMoney(m);
  return makeMoney(roundDecimal(m.amount, decimals, options), m.currency);
}
