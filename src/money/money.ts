import { describeValue, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { canonicalAmount, isCurrency, isLooseDecimal, makeMoney } from "./_lib/checkMoney";
import type { Currency, Money } from "./types";

/**
 * Builds money from a decimal string and a currency, checking both: `money("774795.00", "EUR")`.
 * The amount keeps its written precision (`"698795.000"` stays so); a leading `+` and leading
 * zeros are dropped, and `-0` becomes `0`. The result is frozen plain data.
 *
 * Only plain decimal strings and whole JS numbers are accepted: never fractional JS numbers
 * (which may already have lost precision) nor Lithuanian text: read `"774 795,00"` with
 * `parseNumber` first.
 *
 * @param amount - a plain decimal string (`"-12.50"`, `"774795"`) or a whole JS number.
 * @param currency - `"EUR"` or `"LTL"`.
 * @returns the {@link Money}.
 * @throws {@link BibliotekosError} `invalid_decimal` for a bad amount, `invalid_argument` for a
 *   bad currency.
 *
 * @example
 * ```ts
 * import { money } from "bibliotekos/money";
 * import { parseNumber } from "bibliotekos/numbers";
 * money("774795.00", "EUR");
 * //=> { amount: "774795.00", currency: "EUR" }
 * money(parseNumber("100 tūkst."), "LTL");
 * //=> { amount: "100000", currency: "LTL" }
 * money(250, "LTL");
 * //=> { amount: "250", currency: "LTL" }
 * money("774 795,00", "EUR");
 * //=> throws invalid_decimal
 * money(0.1, "EUR");
 * //=> throws invalid_decimal
 * ```
 */
export function money(amount: string | number, currency: Currency): Money {
  if (typeof amount === "number" && Number.isSafeInteger(amount)) return money(String(amount), currency);
  if (!isLooseDecimal(amount)) {
    const raw: unknown = amount;
    throw new BibliotekosError({
      code: "invalid_decimal",
      message: `Expected the amount to be a plain decimal string such as "-12.50", got ${typeof raw === "string" ? JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw) : typeof raw}${typeof raw === "string" && /[\s,]/.test(raw) ? " (read Lithuanian text with parseNumber first)" : ""}`,
      input: raw,
      path: ["amount"],
      expected: "decimal string",
      received: typeof raw === "string" ? raw : typeof raw,
    });
  }
  if (!isCurrency(currency)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected the currency to be "EUR" or "LTL", got ${describeValue(currency)}`,
      input: currency,
      path: ["currency"],
      expected: '"EUR" | "LTL"',
      received: receivedOf(currency),
    });
  }
  return makeMoney(canonicalAmount(amount), currency);
}
