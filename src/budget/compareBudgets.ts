import { invalidArgument, roundingOptions } from "../_lib/arguments";
import { Dec } from "../_lib/decimal";
import { DecimalSum } from "../_lib/sum";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { roundDec, type RoundingRule } from "../numbers/roundDecimal";
import type { BudgetFigures } from "./BudgetFigures";
import type { BudgetSummary } from "./summarizeBudget";

/** The change of one figure between two budgets.
 *
 * @example
 * ```ts
 * import { compareBudgets, summarizeBudget, type FigureChange } from "bibliotekos/budget";
 * const line = (year: number, amount: string) => ({ year, sourceId: "municipal_budget", used: { amount, currency: "EUR" as const } });
 * const used: FigureChange | null = compareBudgets(summarizeBudget([line(2022, "800.00")]), summarizeBudget([line(2023, "782.24")])).overall.used;
 * used;
 * //=> { absolute: "-17.76", percent: "-2.22" }
 * ```
 */
export interface FigureChange {
  /** Current − previous, exact. */
  absolute: string;
  /** (current − previous) / previous × 100, rounded once; `null` when previous is zero. */
  percent: string | null;
}

/** The changes of one group (a source, an article) between two budgets; `null` where either year lacks the figure.
 *
 * @example
 * ```ts
 * import { compareBudgets, summarizeBudget, type BudgetChange } from "bibliotekos/budget";
 * const line = (year: number, amount: string) => ({ year, sourceId: "state_budget", received: { amount, currency: "EUR" as const } });
 * const change: BudgetChange = compareBudgets(summarizeBudget([line(2022, "100.00")]), summarizeBudget([line(2023, "110.00")])).overall;
 * [change.received?.percent, change.planned];
 * //=> ["10.00", null]
 * ```
 */
export interface BudgetChange {
  /** Change of the plan. */
  planned: FigureChange | null;
  /** Change of the appropriations received. */
  received: FigureChange | null;
  /** Change of what was used. */
  used: FigureChange | null;
}

/** Options of {@link compareBudgets}.
 *
 * @example
 * ```ts
 * import { compareBudgets, summarizeBudget, type CompareBudgetsOptions } from "bibliotekos/budget";
 * const line = (year: number, amount: string) => ({ year, sourceId: "state_budget", received: { amount, currency: "EUR" as const } });
 * const options: CompareBudgetsOptions = { percentDecimals: 1 };
 * compareBudgets(summarizeBudget([line(2022, "300.00")]), summarizeBudget([line(2023, "400.00")]), options).overall.received?.percent;
 * //=> "33.3"
 * ```
 */
export interface CompareBudgetsOptions {
  /**
   * Decimals of the percentages (`Pokytis, proc.`: "-2,22 proc.").
   * @default 2
   */
  percentDecimals?: number;
  /**
   * The rounding rule of the percentages.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/** What {@link compareBudgets} returns.
 *
 * @example
 * ```ts
 * import { compareBudgets, summarizeBudget, type BudgetComparison } from "bibliotekos/budget";
 * const line = (year: number, source: string) => ({ year, sourceId: source, received: { amount: "1.00", currency: "EUR" as const } });
 * const comparison: BudgetComparison = compareBudgets(summarizeBudget([line(2022, "state_budget")]), summarizeBudget([line(2023, "municipal_budget")]));
 * comparison.bySource.map((s) => [s.source, s.change.received]);
 * //=> [["state_budget", null], ["municipal_budget", null]]
 * ```
 */
export interface BudgetComparison {
  /** The whole budget. */
  overall: BudgetChange;
  /** Per funding source present in either budget. */
  bySource: Array<{
    /** The funding source id. */
    source: string;
    /** Its changes. */
    change: BudgetChange;
  }>;
  /** Per article (all levels) present in either budget. */
  byArticle: Array<{
    /** The article code, normalised. */
    article: string;
    /** Its changes. */
    change: BudgetChange;
  }>;
}

/** The decimals and rule of the percentages, checked once. */
type Rounding = ReturnType<typeof roundingOptions>;

function figureChange(previous: string | null, current: string | null, options: Rounding): FigureChange | null {
  if (previous === null || current === null) return null;
  // Validated (invalid_decimal) before decimal.js reads either.
  const delta = DecimalSum.of(current).minus(DecimalSum.of(previous));
  const before = new Dec(previous);
  return {
    absolute: delta.toString(),
    percent: before.isZero() ? null : roundDec(delta.toDec().times(100).div(before), options.decimals, options.rule),
  };
}

function change(previous: BudgetFigures | undefined, current: BudgetFigures | undefined, options: Rounding): BudgetChange {
  return {
    planned: figureChange(previous?.planned ?? null, current?.planned ?? null, options),
    received: figureChange(previous?.received ?? null, current?.received ?? null, options),
    used: figureChange(previous?.used ?? null, current?.used ?? null, options),
  };
}

/**
 * Compares two budget summaries (last year's and this year's): for the whole, each source and
 * each article, the change of plan, appropriations and use, absolute (exact) and in percent
 * (`(current − previous) / previous × 100`, rounded once).
 *
 * @param previous - the earlier summary, from {@link summarizeBudget}.
 * @param current - the later summary.
 * @param options - {@link CompareBudgetsOptions}.
 * @returns the changes, plain data.
 * @throws {@link BibliotekosError} `invalid_argument` if a summary does not have the shape of one or
 *   an option is out of range (`percentDecimals` an integer from 0 to 100, `rule` a
 *   {@link RoundingRule}); `invalid_decimal` if a figure is not a decimal string.
 *
 * @example
 * ```ts
 * import { compareBudgets, summarizeBudget } from "bibliotekos/budget";
 * const line = (year: number, amount: string) => ({ year, sourceId: "state_budget", received: { amount, currency: "EUR" as const } });
 * const comparison = compareBudgets(summarizeBudget([line(2022, "24000.00")]), summarizeBudget([line(2023, "24884.00")]));
 * comparison.overall.received;
 * //=> { absolute: "884.00", percent: "3.68" }
 * ```
 */
export function compareBudgets(previous: BudgetSummary, current: BudgetSummary, options?: CompareBudgetsOptions): BudgetComparison {
  assertSummary(previous, "previous");
  assertSummary(current, "current");
  const rounding = roundingOptions(options, 2, "percentDecimals");
  const sources = [...new Set([...previous.bySource.map((s) => s.source), ...current.bySource.map((s) => s.source)])];
  const articles = [...new Set([...previous.byArticle.map((a) => a.article), ...current.byArticle.map((a) => a.article)])];
  return {
    overall: change(previous.overall, current.overall, rounding),
    bySource: sources.map((source) => ({
      source,
      change: change(
        previous.bySource.find((s) => s.source === source)?.figures,
        current.bySource.find((s) => s.source === source)?.figures,
        rounding,
      ),
    })),
    byArticle: articles.map((article) => ({
      article,
      change: change(
        previous.byArticle.find((a) => a.article === article)?.figures,
        current.byArticle.find((a) => a.article === article)?.figures,
        rounding,
      ),
    })),
  };
}

/** Throws `invalid_argument` unless `summary` has the shape of a {@link BudgetSummary} (`summarizeBudget`'s result). */
function assertSummary(summary: unknown, what: string): asserts summary is BudgetSummary {
  const { overall, bySource, byArticle } = (summary ?? {}) as Partial<Record<keyof BudgetSummary, unknown>>;
  const rows = (value: unknown) => Array.isArray(value) && value.every((row) => row !== null && typeof row === "object");
  if (typeof summary !== "object" || overall === null || typeof overall !== "object" || !rows(bySource) || !rows(byArticle)) {
    throw invalidArgument(what, "a BudgetSummary (what summarizeBudget returns)", summary);
  }
}
