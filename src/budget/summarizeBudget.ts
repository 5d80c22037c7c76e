import { BibliotekosError } from "../errors/BibliotekosError";
import type { RoundingRule } from "../numbers/roundDecimal";
import { DEFAULT_ROUNDING_RULE } from "../numbers/roundDecimal";
import type { BudgetLine } from "./BudgetLine";
import { articleAncestry, compareArticles, knownArticle, normalizeArticle } from "./_lib/articles";
import type { BudgetFigures } from "./BudgetFigures";
import { FigureSums, present, type PresentOptions } from "./_lib/figures";

/** Options of {@link summarizeBudget}.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type SummarizeBudgetOptions } from "bibliotekos/budget";
 * const options: SummarizeBudgetOptions = { percentDecimals: 1 };
 * const line = { year: 2023, sourceId: "state_budget" as const, received: { amount: "3.00", currency: "EUR" as const }, used: { amount: "2.00", currency: "EUR" as const } };
 * summarizeBudget([line], options).overall.execution.ofReceived;
 * //=> { percent: "66.7", exact: "66.66666666666666666667" }
 * ```
 */
export interface SummarizeBudgetOptions {
  /**
   * Decimals of the execution percentages (the reports print `100,00 proc.`).
   * @default 2
   */
  percentDecimals?: number;
  /**
   * The rounding rule of the percentages.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/** The summary of a budget chapter; every amount in euros, exact.
 *
 * @example
 * ```ts
 * import { summarizeBudget, type BudgetSummary } from "bibliotekos/budget";
 * const summary: BudgetSummary = summarizeBudget([
 *   { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1", used: { amount: "698795.00", currency: "EUR" } },
 *   { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.2", used: { amount: "13800.00", currency: "EUR" } },
 * ]);
 * summary.byArticle.map((a) => [a.article, a.figures.used]).slice(0, 2);
 * //=> [["2", "712595.00"], ["2.1", "712595.00"]]
 * ```
 */
export interface BudgetSummary {
  /** Always `"EUR"`: litas lines are converted before any sum. */
  currency: "EUR";
  /** The years the lines cover, ascending. */
  years: number[];
  /** Everything: the sum of the sources' totals. */
  overall: BudgetFigures;
  /** Per funding source (`sourceId`), in order of first appearance. `stated`: from total lines as the report states them (otherwise summed from articles). */
  bySource: Array<{
    /** The funding source id. */
    source: string;
    /** True if from the source's total lines as stated; false if summed from its articles. */
    stated: boolean;
    /** Its figures. */
    figures: BudgetFigures;
  }>;
  /** Per source and purpose (a project, a programme), for lines that name one. */
  byPurpose: Array<{
    /** The funding source id. */
    source: string;
    /** The purpose as the line names it (`purpose`). */
    purpose: string;
    /** True if from the purpose's total line as stated; false if summed from its articles. */
    stated: boolean;
    /** Its figures. */
    figures: BudgetFigures;
  }>;
  /** Per article of the classification, rolled up along its levels (`2.1.1.1.1.1` → `2.1` → `2`), all sources together. */
  byArticle: Array<{
    /** The article code, normalised (`2.1.1.1.1.1`). */
    article: string;
    /** Its level in the classification: 1 for `2`, 6 for `2.1.1.1.1.1`. */
    level: number;
    /** Its figures, with every sub-article rolled in. */
    figures: BudgetFigures;
  }>;
  /** Per source and article, rolled up the same way. */
  bySourceAndArticle: Array<{
    /** The funding source id. */
    source: string;
    /** The article code, normalised. */
    article: string;
    /** Its level in the classification. */
    level: number;
    /** Its figures, with every sub-article rolled in. */
    figures: BudgetFigures;
  }>;
}

/**
 * Summarises budget lines: totals by source, by purpose (a project or programme), by article (rolled up along the
 * classification hierarchy), by source × article, and overall; for each, planned, received,
 * used, carried over, balance (received − used) and execution (used / received and used /
 * planned, in percent).
 *
 * Sums are exact. Percentages are the only rounded figures, rounded once with the named rule.
 * A source's total is its total line(s) as the report states them when there are any (lines
 * without `articleCode`), and the sum of its article lines otherwise; the overall total sums the
 * sources' totals, so article lines never count twice. Whether the stated totals agree with
 * their articles is {@link checkBudget}'s question. Missing is not zero: a figure no line gives
 * is `null`, a figure only some lines give is listed in `incomplete`, and an execution that
 * cannot be computed says why.
 *
 * @param lines - the budget lines (the `BudgetLine` model of `bibliotekos/models`; not mutated). Litas amounts are converted to euros at 3.45280,
 *   rounded half-up to the cent, before any sum.
 * @param options - {@link SummarizeBudgetOptions}.
 * @returns the summary, plain data.
 * @throws {@link BibliotekosError} `invalid_argument` for lines that are not budget lines or a bad
 *   article code, `invalid_decimal` for an amount that is not a decimal string (with `path`).
 *
 * @example
 * ```ts
 * import { summarizeBudget } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * const summary = summarizeBudget([
 *   { year: 2023, sourceId: "municipal_budget", received: eur("774795.00"), used: eur("774795.00") },
 *   { year: 2023, sourceId: "state_budget", received: eur("24884.00"), used: eur("24884.00") },
 * ]);
 * [summary.overall.received, summary.overall.balance, summary.overall.execution.ofReceived.percent];
 * //=> ["799679.00", "0.00", "100.00"]
 * summary.overall.execution.ofPlanned;
 * //=> { percent: null, reason: "no_base" }
 * ```
 */
export function summarizeBudget(lines: readonly BudgetLine[], options: SummarizeBudgetOptions = {}): BudgetSummary {
  if (!Array.isArray(lines)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected an array of budget lines, got ${typeof lines}`,
      input: lines,
      expected: "BudgetLine[]",
      received: typeof lines,
    });
  }
  const present_: PresentOptions = {
    percentDecimals: options.percentDecimals ?? 2,
    rule: options.rule ?? DEFAULT_ROUNDING_RULE,
  };

  // Leaves first: each line goes into one group, (source, purpose, article or total). Roll-ups
  // are then sums of these few groups, so the work per line is one parse per amount.
  const totals = new Map<string, { source: string; purpose: string | undefined; sums: FigureSums }>();
  const articleLeaves = new Map<string, { source: string; purpose: string | undefined; article: string; sums: FigureSums }>();
  const sources: string[] = [];
  const years = new Set<number>();
  let lastYear: number | undefined;
  let lastSource: string | undefined;

  lines.forEach((line, index) => {
    if (line === null || typeof line !== "object" || typeof line.sourceId !== "string") {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Expected a budget line with a source at lines.${index}`,
        input: line,
        path: ["lines", index],
        expected: "BudgetLine",
        received: line === null ? "null" : typeof line,
      });
    }
    if (line.year !== lastYear) {
      years.add(line.year);
      lastYear = line.year;
    }
    if (line.sourceId !== lastSource) {
      if (!sources.includes(line.sourceId)) sources.push(line.sourceId);
      lastSource = line.sourceId;
    }
    if (line.articleCode === undefined) {
      const key = `${line.sourceId}\u0000${line.purpose ?? ""}`;
      let group = totals.get(key);
      if (!group) totals.set(key, (group = { source: line.sourceId, purpose: line.purpose, sums: new FigureSums() }));
      group.sums.addLine(line, index);
    } else {
      const article = knownArticle(line.articleCode) ?? normalizeArticle(line.articleCode, ["lines", index, "articleCode"]);
      const key = `${line.sourceId}\u0000${line.purpose ?? ""}\u0000${article}`;
      let group = articleLeaves.get(key);
      if (!group) articleLeaves.set(key, (group = { source: line.sourceId, purpose: line.purpose, article, sums: new FigureSums() }));
      group.sums.addLine(line, index);
    }
  });

  // Per (source, purpose): the stated total if there is one, else the sum of its articles.
  const purposeTotals = new Map<string, { source: string; purpose: string | undefined; stated: boolean; sums: FigureSums }>();
  for (const [key, group] of totals) purposeTotals.set(key, { ...group, stated: true });
  for (const leaf of articleLeaves.values()) {
    const key = `${leaf.source}\u0000${leaf.purpose ?? ""}`;
    if (totals.has(key)) continue;
    let group = purposeTotals.get(key);
    if (!group) purposeTotals.set(key, (group = { source: leaf.source, purpose: leaf.purpose, stated: false, sums: new FigureSums() }));
    group.sums.addSums(leaf.sums);
  }

  const bySourceSums = new Map<string, { stated: boolean; sums: FigureSums }>();
  const overall = new FigureSums();
  for (const group of purposeTotals.values()) {
    let source = bySourceSums.get(group.source);
    if (!source) bySourceSums.set(group.source, (source = { stated: true, sums: new FigureSums() }));
    source.stated &&= group.stated;
    source.sums.addSums(group.sums);
    overall.addSums(group.sums);
  }

  const byArticleSums = new Map<string, FigureSums>();
  const bySourceArticleSums = new Map<string, { source: string; article: string; sums: FigureSums }>();
  for (const leaf of articleLeaves.values()) {
    for (const article of articleAncestry(leaf.article)) {
      let all = byArticleSums.get(article);
      if (!all) byArticleSums.set(article, (all = new FigureSums()));
      all.addSums(leaf.sums);
      const key = `${leaf.source}\u0000${article}`;
      let one = bySourceArticleSums.get(key);
      if (!one) bySourceArticleSums.set(key, (one = { source: leaf.source, article, sums: new FigureSums() }));
      one.sums.addSums(leaf.sums);
    }
  }

  const sourceOrder = (a: string, b: string) => sources.indexOf(a) - sources.indexOf(b);
  return {
    currency: "EUR",
    years: [...years].sort((a, b) => a - b),
    overall: present(overall, present_),
    bySource: [...bySourceSums]
      .sort((a, b) => sourceOrder(a[0], b[0]))
      .map(([source, group]) => ({ source, stated: group.stated, figures: present(group.sums, present_) })),
    byPurpose: [...purposeTotals.values()]
      .filter((group) => group.purpose !== undefined)
      .sort((a, b) => sourceOrder(a.source, b.source))
      .map((group) => ({
        source: group.source,
        purpose: group.purpose as string,
        stated: group.stated,
        figures: present(group.sums, present_),
      })),
    byArticle: [...byArticleSums]
      .sort((a, b) => compareArticles(a[0], b[0]))
      .map(([article, sums]) => ({ article, level: article.split(".").length, figures: present(sums, present_) })),
    bySourceAndArticle: [...bySourceArticleSums.values()]
      .sort((a, b) => sourceOrder(a.source, b.source) || compareArticles(a.article, b.article))
      .map((group) => ({
        source: group.source,
        article: group.article,
        level: group.article.split(".").length,
        figures: present(group.sums, present_),
      })),
  };
}
