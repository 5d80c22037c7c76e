import { describeValue, roundingOptions } from "../_lib/arguments";
import { Dec } from "../_lib/decimal";
import { assertDecimal } from "../_lib/sum";
import { BibliotekosError } from "../errors/BibliotekosError";
import type { Money } from "../money/types";
import { roundDec, type RoundingRule } from "../numbers/roundDecimal";
import { amountInEur } from "./_lib/figures";

/** Options of {@link perResident} and {@link perUser}.
 *
 * @example
 * ```ts
 * import { perResident, type PerHeadOptions } from "bibliotekos/budget";
 * const options: PerHeadOptions = { decimals: 3 };
 * perResident({ amount: "35383.35", currency: "EUR" }, 12867, options).amount;
 * //=> "2.750"
 * ```
 */
export interface PerHeadOptions {
  /**
   * Decimals of the result (money per head is printed to the cent).
   * @default 2
   */
  decimals?: number;
  /**
   * The rounding rule.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

function perHead(amount: Money, heads: number, what: string, options: PerHeadOptions | undefined): Money {
  if (!Number.isSafeInteger(heads) || heads <= 0) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected the number of ${what} to be a positive whole number, got ${describeValue(heads)}`,
      input: heads,
      expected: "positive integer",
      received: describeValue(heads),
    });
  }
  const { decimals, rule } = roundingOptions(options, 2);
  const eur = amountInEur(amount, ["amount"]);
  assertDecimal(eur, ["amount", "amount"]);
  return { amount: roundDec(new Dec(eur).div(heads), decimals, rule), currency: "EUR" };
}

/**
 * An amount per resident, as reports print it (`Dokumentams įsigyti … vienam rajono gyventojui
 * tenka 2,75 Eur`): exact division, rounded once, to the cent by default. Litas are converted to
 * euros first.
 *
 * @param amount - the amount.
 * @param population - residents (a positive whole number).
 * @param options - {@link PerHeadOptions}.
 * @returns the amount per resident, in euros.
 * @throws {@link BibliotekosError} `invalid_argument` if `population` is not a positive integer, `amount` is
 *   not Money or an option is out of range (`decimals` an integer from 0 to 100, `rule` a
 *   {@link RoundingRule}); `invalid_decimal` if the amount is not a decimal string.
 *
 * @example
 * ```ts
 * import { perResident } from "bibliotekos/budget";
 * perResident({ amount: "35383.35", currency: "EUR" }, 12867);
 * //=> { amount: "2.75", currency: "EUR" }
 * ```
 */
export function perResident(amount: Money, population: number, options?: PerHeadOptions): Money {
  return perHead(amount, population, "residents", options);
}

/**
 * An amount per registered user (`Išlaidos vartotojui`), like {@link perResident}.
 *
 * @param amount - the amount.
 * @param users - registered users (a positive whole number).
 * @param options - {@link PerHeadOptions}.
 * @returns the amount per user, in euros.
 * @throws {@link BibliotekosError} `invalid_argument` if `users` is not a positive integer, `amount` is
 *   not Money or an option is out of range (`decimals` an integer from 0 to 100, `rule` a
 *   {@link RoundingRule}); `invalid_decimal` if the amount is not a decimal string.
 *
 * @example
 * ```ts
 * import { perUser } from "bibliotekos/budget";
 * perUser({ amount: "774795.00", currency: "EUR" }, 3162);
 * //=> { amount: "245.03", currency: "EUR" }
 * ```
 */
export function perUser(amount: Money, users: number, options?: PerHeadOptions): Money {
  return perHead(amount, users, "users", options);
}
