/**
 * The currencies of Lithuanian library budgets: the euro, and the litas for figures dated before
 * 2015-01-01 (converted at the fixed 3.45280 LTL = 1 EUR before any sum).
 *
 * @example
 * ```ts
 * import type { Currency } from "bibliotekos/money";
 * const currencies: Currency[] = ["EUR", "LTL"];
 * currencies.length;
 * //=> 2
 * ```
 */
export type Currency = "EUR" | "LTL";

/**
 * An amount of money as plain, read-only data: a decimal string that keeps the written
 * precision (`"774795.00"`, `"698795.000"`) and its currency. JSON-serializable as it is.
 *
 * @example
 * ```ts
 * import type { Money } from "bibliotekos/money";
 * const received: Money = { amount: "774795.00", currency: "EUR" };
 * JSON.parse(JSON.stringify(received));
 * //=> { amount: "774795.00", currency: "EUR" }
 * ```
 */
export interface Money {
  /** A plain decimal string: optional minus, digits, optional fraction (`"-12.50"`). */
  readonly amount: string;
  /** `"EUR"` or `"LTL"`. */
  readonly currency: Currency;
}
