/**
 * Execution (įvykdymas) in percent: `used / base × 100`, rounded once, with the exact quotient;
 * or, with `percent: null`, why it cannot be given.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type ExecutionFigure } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * const figure: ExecutionFigure = summarizeBudget([{ year: 2023, sourceId: "state_budget", received: eur("3.00"), used: eur("2.00") }]).overall.execution.ofReceived;
 * figure;
 * //=> { percent: "66.67", exact: "66.66666666666666666667" }
 * summarizeBudget([{ year: 2023, sourceId: "state_budget", used: eur("2.00") }]).overall.execution.ofReceived;
 * //=> { percent: null, reason: "no_base" }
 * ```
 */
export type ExecutionFigure =
  | {
      /** Rounded once, with the summary's rule, to its number of decimals. */
      percent: string;
      /** The exact quotient × 100, to 20 decimals (for further computation). */
      exact: string;
    }
  | {
      /** No percent: see `reason`. */
      percent: null;
      /** Why: `no_used`, `no_base` (no received / planned), `zero_base`, `incomplete` (some lines lack a figure). */
      reason: "no_used" | "no_base" | "zero_base" | "incomplete";
    };

/**
 * The figures of one group of budget lines (the whole budget, a source, an article), as plain
 * data: the sums, the balance computed, execution, and which sums are partial.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetFigures } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * const figures: BudgetFigures = summarizeBudget([{ year: 2023, sourceId: "state_budget", received: eur("100.00"), used: eur("90.00") }]).overall;
 * [figures.received, figures.used, figures.balance, figures.lineCount];
 * //=> ["100.00", "90.00", "10.00", 1]
 * ```
 */
export interface BudgetFigures {
  /** Sum of plans, or `null` if no line has one. */
  planned: string | null;
  /** Sum of appropriations received, or `null`. */
  received: string | null;
  /** Sum used, or `null`. */
  used: string | null;
  /** Sum of revenue the library collected itself (paid services), or `null`. */
  collected: string | null;
  /** Sum of the balances as written (likutis, `carriedOver`), or `null`. */
  carriedOver: string | null;
  /** Likutis computed: received − used, or `null` if either is missing or incomplete. */
  balance: string | null;
  /** Įvykdymas: used / received × 100 and used / planned × 100. */
  execution: {
    /** Used as a percentage of received. */
    ofReceived: ExecutionFigure;
    /** Used as a percentage of the plan. */
    ofPlanned: ExecutionFigure;
  };
  /** Figures that some lines of the group give and others lack: their sums are partial. */
  incomplete: Array<"planned" | "received" | "used">;
  /** How many lines the group sums. */
  lineCount: number;
}
