import type { Money } from "../money/types";

/**
 * One line of a budget chapter: what a funding source (and, for project funds, one project)
 * planned, received, used and carried over, in total or for one article of the economic
 * classification of expenditure. A line without `article` is the total of its source (or
 * project) as the report states it; lines with an article break it down.
 *
 * Amounts are {@link Money}; a figure the report does not give is absent, never zero
 * (missing is not zero). `printed` holds figures the report prints that can be recomputed
 * (balance, execution), so that checks can compare them.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from "bibliotekos/budget";
 * const wages: BudgetLine = {
 *   year: 2023,
 *   source: "municipal_budget",
 *   article: "2.1.1.1.1.1",
 *   planned: { amount: "714000.00", currency: "EUR" },
 *   received: { amount: "698795.000", currency: "EUR" },
 *   used: { amount: "698795.00", currency: "EUR" },
 * };
 * wages.received?.amount;
 * //=> "698795.000"
 * ```
 */
export interface BudgetLine {
  /** The budget year. */
  year: number;
  /** The funding source's id (`"municipal_budget"`, `"state_budget"`, `"project_funds"`, …). */
  source: string;
  /** For sources with several grants: which project. */
  project?: string;
  /** Economic classification code (`"2.1.1.1.1.1"`, `"2.2.1.1.1.30"`); absent for a total line. */
  article?: string;
  /** Patvirtintas planas: the approved plan. */
  planned?: Money;
  /** Gauta asignavimų: appropriations received. */
  received?: Money;
  /** Panaudota: used (cash expenditure). */
  used?: Money;
  /** Perkelta: carried over to the next year. */
  carriedOver?: Money;
  /** Figures the report prints that can be recomputed: the balance and the execution in percent. */
  printed?: {
    /** Likutis as printed. */
    balance?: Money;
    /** Įvykdymas as printed, a decimal string of percent (`"100.00"`). */
    executionPercent?: string;
  };
  /** A note as the report gives it. */
  note?: string;
}
