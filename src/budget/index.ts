/**
 * Budget arithmetic: plan, received, used, balance and execution by funding source and article
 * of the economic classification, exact, with checks that say where a budget chapter does not
 * add up.
 *
 * @module budget
 */
export { type BudgetLine } from "./BudgetLine";
export { type BudgetFigures, type ExecutionFigure } from "./BudgetFigures";
export { summarizeBudget, type BudgetSummary, type SummarizeBudgetOptions } from "./summarizeBudget";
export { BUDGET_CHECKS, type BudgetCheckInfo } from "./budgetChecks";
export { checkBudget } from "./checkBudget";
export { type BudgetFinding, type BudgetFindingCode, type BudgetFindingFigures } from "./BudgetFinding";
export { compareBudgets, type BudgetChange, type BudgetComparison, type CompareBudgetsOptions, type FigureChange } from "./compareBudgets";
export { perResident, perUser, type PerHeadOptions } from "./perResident";
export { type Finding, type FindingSeverity } from "../findings/Finding";
export { type Money } from "../money/types";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
