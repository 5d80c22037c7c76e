import { articlesDoNotAddUp } from "./articlesDoNotAddUp";
import { balanceMismatch } from "./balanceMismatch";
import type { AmountCheck, BudgetCheck, GroupCheck, LineCheck } from "./BudgetCheck";
import { executionMismatch } from "./executionMismatch";
import { executionUnverifiable } from "./executionUnverifiable";
import { litasAfterEuro } from "./litasAfterEuro";
import { planWithoutOutcome } from "./planWithoutOutcome";
import { tooManyDecimals } from "./tooManyDecimals";
import { usedExceedsReceived } from "./usedExceedsReceived";

/** The checks of each amount of a line, in the order their findings come. */
export const AMOUNT_CHECKS: readonly AmountCheck[] = [tooManyDecimals, litasAfterEuro];

/** The checks of each line, after its amounts', in the order their findings come. */
export const LINE_CHECKS: readonly LineCheck[] = [
  usedExceedsReceived,
  planWithoutOutcome,
  balanceMismatch,
  executionUnverifiable,
  executionMismatch,
];

/** The checks of each group of lines (a source and purpose in a year), after every line's. */
export const GROUP_CHECKS: readonly GroupCheck[] = [articlesDoNotAddUp];

/** Every budget check, in the order they run: one per code. */
export const BUDGET_CHECKS: readonly BudgetCheck[] = [...AMOUNT_CHECKS, ...LINE_CHECKS, ...GROUP_CHECKS];
