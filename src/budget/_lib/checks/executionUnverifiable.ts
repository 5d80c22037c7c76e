import { subjectOf } from "../subject";
import { findingOf, type LineCheck } from "./BudgetCheck";

/**
 * `execution_unverifiable` (info): an execution is printed but the amount used is not written, so
 * it cannot be checked.
 *
 * @example
 * The 2023 Ignalina report says of the Erasmus+ event only "Panaudoti 100 procentų" of 788 Eur:
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const event = { year: 2023, sourceId: "project_funds", received: { amount: "788", currency: "EUR" as const }, executionPercent: "100" };
 * checkBudget([event]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["execution_unverifiable", "lines.0.executionPercent", { printed: "100" }]]
 * ```
 */
export const executionUnverifiable: LineCheck<"execution_unverifiable"> = {
  code: "execution_unverifiable",
  severity: "info",
  figures: ["printed"],
  description: "an execution is printed but the amount used is not written",
  find({ line, index, eur }) {
    const printed = line.executionPercent;
    if (printed === undefined || eur.used !== undefined) return undefined;
    return findingOf(executionUnverifiable, ["lines", index, "executionPercent"], { printed }, subjectOf(line, "used"));
  },
};
