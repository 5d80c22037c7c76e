import { BUDGET_CHECKS } from "../../../budget/budgetChecks";
import type { BudgetFindingCode } from "../../../budget/BudgetFinding";
import { checkBudget } from "../../../budget/checkBudget";
import type { CodeMeta, ReportRule } from "../rule";

/** The case of the 2023 Ignalina report each budget code exists for, where it has one. */
const EXAMPLES: Readonly<Partial<Record<BudgetFindingCode, string>>> = {
  too_many_decimals: "`698795,000` has three decimals",
  plan_without_outcome: "social benefits have a plan only",
  execution_unverifiable: "two projects print 100 % with no amount used",
  articles_do_not_add_up: "the municipal articles add up to 769 595, the total says 774 795",
};

/**
 * The budget chapter: `checkBudget` on `budgetLines`, its findings' paths pointing into the
 * report. Its codes, severities, descriptions and messages are the budget module's
 * (`BUDGET_CHECKS`; see docs/budget.md).
 */
export const budget: ReportRule = {
  name: "budget",
  codes: Object.fromEntries(
    BUDGET_CHECKS.map((check): [BudgetFindingCode, CodeMeta] => [
      check.code,
      {
        severity: check.severity,
        figures: check.figures as CodeMeta["figures"],
        description: check.description,
        example: EXAMPLES[check.code] ?? "none in the 2023 report",
      },
    ]),
  ),
  check(context) {
    for (const finding of checkBudget(context.document.budgetLines ?? [])) {
      context.add({ ...finding, path: ["budgetLines", ...finding.path.slice(1)] });
    }
  },
};
