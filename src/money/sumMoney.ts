import { describeValue, invalidArgument, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { amountToUnitDigits, checkMoney, checkSameCurrency, decimalsOf, isCurrency, makeMoney, unitsToAmount } from "./_lib/checkMoney";
import type { Currency, Money } from "./types";

/** Options of {@link sumMoney}.
 *
 * @example
 * ```ts
 * import { sumMoney, type SumMoneyOptions } from "bibliotekos/money";
 * const options: SumMoneyOptions = { currency: "EUR" };
 * sumMoney([], options);
 * //=> { amount: "0", currency: "EUR" }
 * ```
 */
export interface SumMoneyOptions {
  /**
   * The currency of the sum. Required for an empty list (whose sum is `0` in it); for a
   * non-empty list, every amount must be in it.
   * @default the currency of the first amount
   */
  currency?: Currency;
}

/**
 * Adds many amounts of one currency at once, exactly: integer arithmetic on the amounts'
 * smallest written unit (safe JS integers while the total fits, `BigInt` beyond). The result
 * keeps the largest number of decimals among the amounts and is not rounded.
 *
 * @param amounts - the amounts (any iterable, e.g. an array).
 * @param options - {@link SumMoneyOptions}: the currency, required when `amounts` is empty.
 * @returns the total.
 * @throws {@link BibliotekosError} `currency_mismatch` (with `path` [index, "currency"]) when
 *   currencies differ; `invalid_argument` for an empty list without `currency`;
 *   `invalid_decimal` (with `path`) for a malformed amount.
 *
 * @example
 * ```ts
 * import { money, sumMoney } from "bibliotekos/money";
 * sumMoney([money("774795.00", "EUR"), money("24884.00", "EUR"), money("593.18", "EUR")]);
 * //=> { amount: "800272.18", currency: "EUR" }
 * sumMoney(["0.1", "0.2", "0.3"].map((a) => money(a, "EUR")));
 * //=> { amount: "0.6", currency: "EUR" }
 * sumMoney([]);
 * //=> throws invalid_argument
 * sumMoney([money("1", "EUR"), money("1", "LTL")]);
 * //=> throws currency_mismatch
 * ```
 */
export function sumMoney(amounts: Iterable<Money>, options?: SumMoneyOptions): Money {
  const iterable = amounts !== null && typeof (amounts as Partial<Iterable<Money>> | undefined)?.[Symbol.iterator] === "function";
  if (!Array.isArray(amounts) && (!iterable || typeof amounts === "string"))
    throw invalidArgument("the amounts", "an array (or iterable) of Money", amounts);
  const list = Array.isArray(amounts) ? (amounts as readonly Money[]) : [...amounts];
  let currency = options?.currency;
  if (currency !== undefined && !isCurrency(currency)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected the currency option to be "EUR" or "LTL", got ${describeValue(currency)}`,
      input: currency,
      expected: '"EUR" | "LTL"',
      received: receivedOf(currency),
    });
  }
  if (list.length === 0) {
    if (currency === undefined) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: "Cannot sum an empty list without a currency: pass { currency }",
        input: amounts,
        expected: "a non-empty list or the currency option",
        received: "[]",
      });
    }
    return makeMoney("0", currency);
  }
  let decimals = 0;
  let wide = false;
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    checkMoney(m, [i]);
    if (currency === undefined) currency = m.currency;
    else if (m.currency !== currency) checkSameCurrency(currency, m, [i], amounts);
    const d = decimalsOf(m.amount);
    if (d > decimals) decimals = d;
    if (m.amount.length > 15) wide = true;
  }
  if (!wide) {
    // Exact while every partial total is a safe integer (|x| < 2^53).
    let total = 0;
    let safe = true;
    for (let i = 0; i < list.length; i++) {
      const digits = amountToUnitDigits((list[i] as Money).amount, decimals);
      if (digits.length > (digits.charCodeAt(0) === 45 ? 16 : 15)) {
        safe = false;
        break;
      }
      total += Number(digits);
      if (!Number.isSafeInteger(total)) {
        safe = false;
        break;
      }
    }
    if (safe) return makeMoney(unitsToAmount(total, decimals), currency as Currency);
  }
  let big = 0n;
  for (let i = 0; i < list.length; i++) big += BigInt(amountToUnitDigits((list[i] as Money).amount, decimals));
  return makeMoney(unitsToAmount(big, decimals), currency as Currency);
}
