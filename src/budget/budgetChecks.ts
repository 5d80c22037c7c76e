import type { FindingSeverity } from "../findings/Finding";
import type { BudgetFindingCode } from "./BudgetFinding";
import { BUDGET_CHECKS as CHECKS } from "./_lib/checks/index";

/**
 * One check of `checkBudget`, as its metadata says: the code of its findings, their
 * severity, the names of their figures, and what it finds.
 *
 * @example
 * ```ts
 * import { BUDGET_CHECKS, type BudgetCheckInfo } from "bibliotekos/budget";
 * const check: BudgetCheckInfo | undefined = BUDGET_CHECKS.find((c) => c.code === "balance_mismatch");
 * [check?.severity, check?.figures];
 * //=> ["error", ["expected", "actual", "difference"]]
 * ```
 */
export interface BudgetCheckInfo {
  /** The finding code. */
  code: BudgetFindingCode;
  /** The severity of its findings. */
  severity: FindingSeverity;
  /** The names of its findings' figures (see `BudgetFindingFigures`), in the order they are given. */
  figures: readonly string[];
  /** What it finds, in one line. */
  description: string;
}

/**
 * Every check of `checkBudget`, in the order it runs them (the checks of each amount, of
 * each line, then of each group of lines), as plain data.
 *
 * @example
 * ```ts
 * import { BUDGET_CHECKS } from "bibliotekos/budget";
 * BUDGET_CHECKS.map((c) => c.code).slice(0, 2);
 * //=> ["too_many_decimals", "litas_after_euro"]
 * ```
 */
export const BUDGET_CHECKS: readonly BudgetCheckInfo[] = CHECKS.map(({ code, severity, figures, description }) => ({
  code,
  severity,
  figures,
  description,
}));
