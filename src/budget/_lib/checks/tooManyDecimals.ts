import { decimalsOf } from "../../../_lib/patterns";
import { subjectOf } from "../subject";
import { findingOf, type AmountCheck } from "./BudgetCheck";

/**
 * `too_many_decimals` (warning): an amount is written with more than two decimals; amounts are
 * euros and cents.
 *
 * @example
 * The 2023 Ignalina report gives the wages received as `698795,000 eurų`:
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const wages = { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1", received: { amount: "698795.000", currency: "EUR" as const } };
 * checkBudget([wages]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["too_many_decimals", "lines.0.received.amount", { actual: "698795.000", decimals: "3" }]]
 * ```
 */
export const tooManyDecimals: AmountCheck<"too_many_decimals"> = {
  code: "too_many_decimals",
  severity: "warning",
  figures: ["actual", "decimals"],
  description: "an amount is written with more than two decimals (698795,000)",
  find({ field, money }, { line, index }) {
    const decimals = decimalsOf(money.amount);
    if (decimals <= 2) return undefined;
    const figures = { actual: money.amount, decimals: String(decimals) };
    return findingOf(tooManyDecimals, ["lines", index, field, "amount"], figures, subjectOf(line, field));
  },
};
