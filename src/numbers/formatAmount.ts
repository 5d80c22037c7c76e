import { describeValue, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { formatDecimal, toDecimalInput } from "./_lib/formatDecimal";
import { toFormatSpec, type FormatNumberOptions } from "./formatNumber";

/** An amount to format: a decimal string, or money as `bibliotekos/money` builds it.
 *
 * @example
 * ```ts
 * import { formatAmount, type AmountInput } from "bibliotekos/numbers";
 * const amount: AmountInput = { amount: "2.75", currency: "EUR" };
 * formatAmount(amount);
 * //=> "2,75\u00a0Eur"
 * ```
 */
export type AmountInput =
  | string
  | number
  | {
      /** A plain decimal string (`"774795.00"`). */
      readonly amount: string;
      /** `"EUR"` or `"LTL"`. */
      readonly currency: "EUR" | "LTL";
    };

/** Options of {@link formatAmount}.
 *
 * @example
 * ```ts
 * import { formatAmount, type FormatAmountOptions } from "bibliotekos/numbers";
 * const options: FormatAmountOptions = { currency: "LTL", decimals: 0 };
 * formatAmount("100000", options);
 * //=> "100\u00a0000\u00a0Lt"
 * ```
 */
export interface FormatAmountOptions extends FormatNumberOptions {
  /**
   * The currency of a decimal-string amount (a `Money` value brings its own).
   * @default "EUR"
   */
  currency?: "EUR" | "LTL";
  /**
   * How the currency is written: `"abbreviation"` (`Eur`, `Lt`, as VLKK decided in 2014),
   * `"code"` (`EUR`, `LTL`) or `"symbol"` (`€`; the litas has none, so `Lt`).
   * @default "abbreviation"
   */
  display?: "abbreviation" | "code" | "symbol";
}

const NAMES = {
  EUR: { abbreviation: "Eur", code: "EUR", symbol: "€" },
  LTL: { abbreviation: "Lt", code: "LTL", symbol: "Lt" },
} as const;

/**
 * Writes an amount of money in the official style: `"774795"` → `"774 795,00 Eur"`: thousands
 * grouped by a no-break space, a decimal comma, two decimals (rounded half-up through
 * `roundDecimal` when there are more), a no-break space and the abbreviation `Eur` (or `Lt`).
 *
 * `Intl.NumberFormat("lt-LT", { style: "currency", currency: "EUR" })` writes `€` instead and
 * `−` for minus; pass `display: "symbol"` for the former.
 *
 * @param amount - a plain decimal string, a whole JS number, or a `Money` (`{ amount, currency }`).
 * @param options - {@link FormatAmountOptions}; `decimals` defaults to 2 here.
 * @returns the amount as Lithuanian documents write it.
 * @throws {@link BibliotekosError} `invalid_decimal` if the amount is not a plain decimal string,
 *   `invalid_argument` for an unknown currency or display, or bad `decimals`.
 *
 * @example
 * ```ts
 * import { formatAmount } from "bibliotekos/numbers";
 * formatAmount("774795");
 * //=> "774\u00a0795,00\u00a0Eur"
 * formatAmount({ amount: "698795.005", currency: "EUR" });
 * //=> "698\u00a0795,01\u00a0Eur"
 * formatAmount("10499.35", { display: "symbol" });
 * //=> "10\u00a0499,35\u00a0€"
 * formatAmount("100000", { currency: "LTL", decimals: 0 });
 * //=> "100\u00a0000\u00a0Lt"
 * ```
 */
export function formatAmount(amount: AmountInput, options?: FormatAmountOptions): string {
  let value: unknown = amount;
  let currency: unknown = options?.currency === undefined ? "EUR" : options.currency;
  if (typeof amount === "object" && amount !== null) {
    value = amount.amount;
    currency = amount.currency;
  }
  const decimal = toDecimalInput(value, "amount");
  // Own keys only: not "toString", not "constructor".
  const names =
    typeof currency === "string" && Object.prototype.hasOwnProperty.call(NAMES, currency) ? NAMES[currency as "EUR"] : undefined;
  const display: unknown = options?.display === undefined ? "abbreviation" : options.display;
  const name =
    names !== undefined && typeof display === "string" && Object.prototype.hasOwnProperty.call(names, display)
      ? names[display as "code"]
      : undefined;
  if (name === undefined) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Unknown currency ${describeValue(currency)} or display ${describeValue(display)}`,
      input: amount,
      expected: 'currency "EUR" | "LTL", display "abbreviation" | "code" | "symbol"',
      received: `${receivedOf(currency)} / ${receivedOf(display)}`,
    });
  }
  return `${formatDecimal(decimal, toFormatSpec(options, 2))}\u00a0${name}`;
}
