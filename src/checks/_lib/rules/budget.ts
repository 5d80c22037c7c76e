import { checkBudget } from "../../../budget/checkBudget";
import type { ReportRule } from "../rule";

/**
 * The budget chapter: `checkBudget` on `budgetLines`, its findings' paths pointing into the
 * report. Its codes and messages are the budget module's (see docs/budget.md).
 */
export const budget: ReportRule = {
  name: "budget",
  codes: {
    too_many_decimals: {
      severity: "warning",
      description: "an amount is written with more than two decimals",
      example: "`698795,000` has three decimals",
    },
    plan_without_outcome: {
      severity: "warning",
      description: "a line has a plan and neither appropriations nor use",
      example: "social benefits have a plan only",
    },
    execution_unverifiable: {
      severity: "info",
      description: "an execution is printed but the amount used is not written",
      example: "two projects print 100 % with no amount used",
    },
    balance_mismatch: {
      severity: "error",
      description: "a balance as written (`carriedOver`, likutis) differs from received − used",
      example: "none in the 2023 report",
    },
    execution_mismatch: {
      severity: "error",
      description: "a printed execution differs from used / received and from used / planned, at the printed precision",
      example: "none in the 2023 report",
    },
    used_exceeds_received: {
      severity: "error",
      description: "more was used than received",
      example: "none in the 2023 report",
    },
    litas_after_euro: {
      severity: "error",
      description: "an amount in litas on a line dated 2015 or later",
      example: "none in the 2023 report",
    },
    articles_do_not_add_up: {
      severity: "error",
      description: "a source's (or project's) stated total differs from the sum of its articles",
      example: "the municipal articles add up to 769 595, the total says 774 795",
    },
  },
  check(context) {
    for (const finding of checkBudget(context.document.budgetLines ?? [])) {
      context.add({ ...finding, path: ["budgetLines", ...finding.path.slice(1)] });
    }
  },
};
