import { subjectOf } from "../subject";
import { findingOf, type AmountCheck } from "./BudgetCheck";

/** The year the euro replaced the litas (on 1 January). */
const EURO_YEAR = 2015;

/**
 * `litas_after_euro` (error): an amount in litas on a line dated 2015 or later, when the euro had
 * replaced the litas (2015-01-01).
 *
 * @example
 * A 2016 line still in litas, 345,28 Lt (100,00 Eur at 3,45280):
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * checkBudget([{ year: 2016, sourceId: "municipal_budget", used: { amount: "345.28", currency: "LTL" } }]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["litas_after_euro", "lines.0.used.currency", { actual: "345.28", converted: "100.00" }]]
 * ```
 */
export const litasAfterEuro: AmountCheck<"litas_after_euro"> = {
  code: "litas_after_euro",
  severity: "error",
  figures: ["actual", "converted"],
  description: "an amount in litas on a line dated 2015 or later",
  find({ field, money, eur }, { line, index }) {
    if (money.currency !== "LTL" || line.year < EURO_YEAR) return undefined;
    const figures = { actual: money.amount, converted: eur };
    return findingOf(litasAfterEuro, ["lines", index, field, "currency"], figures, subjectOf(line, field));
  },
};
