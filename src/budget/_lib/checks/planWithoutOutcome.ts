import { subjectOf } from "../subject";
import { findingOf, type LineCheck } from "./BudgetCheck";

/**
 * `plan_without_outcome` (warning): a line has a plan and neither appropriations received nor use,
 * so its outcome is unknown (missing is not zero: a line that received nothing writes 0,00).
 *
 * @example
 * The 2023 Ignalina report plans 5 100,00 for social benefits and writes nothing received or used:
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const benefits = { year: 2023, sourceId: "municipal_budget", articleCode: "2.7", planned: { amount: "5100.00", currency: "EUR" as const } };
 * checkBudget([benefits]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["plan_without_outcome", "lines.0", { planned: "5100.00" }]]
 * ```
 */
export const planWithoutOutcome: LineCheck<"plan_without_outcome"> = {
  code: "plan_without_outcome",
  severity: "warning",
  figures: ["planned"],
  description: "a plan with neither appropriations received nor use",
  find({ line, index, eur: { planned, received, used } }) {
    if (planned === undefined || received !== undefined || used !== undefined) return undefined;
    return findingOf(planWithoutOutcome, ["lines", index], { planned }, subjectOf(line, "planned"));
  },
};
