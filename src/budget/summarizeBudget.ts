import type { BibliotekosError } from "../errors/BibliotekosError";
import { assertLine, assertLines } from "./_lib/readLine";
import { roundingOptions } from "../_lib/arguments";
import type { RoundingRule } from "../numbers/roundDecimal";
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
 *   rounded half-up to the cent, before any sum. The execution of a group whose amounts are all
 *   in litas is computed from the litas, as `checkBudget` checks it (0,50 of 1,00 Lt is 50 %).
 * @param options - {@link SummarizeBudgetOptions}.
 * @returns the summary, plain data.
 * @throws {@link BibliotekosError} `invalid_argument` for lines that are not budget lines, a bad
 *   article code or an option out of range (`percentDecimals` an integer from 0 to 100, `rule` a
 *   {@link RoundingRule}), `invalid_decimal` for an amount that is not a decimal string (with `path`).
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
export function summarizeBudget(lines: readonly BudgetLine[], options?: SummarizeBudgetOptions): BudgetSummary {
  assertLines(lines);
  const { decimals, rule } = roundingOptions(options, 2, "percentDecimals");
  const presentOptions: PresentOptions = { percentDecimals: decimals, rule };
  const leaves = sumLeaves(lines);
  const purposes = sumPurposes(leaves);
  const { bySource, overall } = sumSources(purposes);
  const { byArticle, bySourceAndArticle } = rollUpArticles(leaves.articles);

  // The sums stay exact until here; presenting rounds the percentages, once.
  const figuresOf = (sums: FigureSums) => present(sums, presentOptions);
  const sourceOrder = (a: string, b: string) => leaves.sources.indexOf(a) - leaves.sources.indexOf(b);
  return {
    currency: "EUR",
    years: [...leaves.years].sort((a, b) => a - b),
    overall: figuresOf(overall),
    bySource: [...bySource]
      .sort((a, b) => sourceOrder(a[0], b[0]))
      .map(([source, group]) => ({ source, stated: group.stated, figures: figuresOf(group.sums) })),
    byPurpose: [...purposes.values()]
      .filter((group) => group.purpose !== undefined)
      .sort((a, b) => sourceOrder(a.source, b.source))
      .map((group) => ({ source: group.source, purpose: group.purpose as string, stated: group.stated, figures: figuresOf(group.sums) })),
    byArticle: [...byArticle]
      .sort((a, b) => compareArticles(a[0], b[0]))
      .map(([article, sums]) => ({ article, level: levelOf(article), figures: figuresOf(sums) })),
    bySourceAndArticle: [...bySourceAndArticle.values()]
      .sort((a, b) => sourceOrder(a.source, b.source) || compareArticles(a.article, b.article))
      .map((group) => ({ source: group.source, article: group.article, level: levelOf(group.article), figures: figuresOf(group.sums) })),
  };
}

/** The level of an article in the classification: 1 for `2`, 6 for `2.1.1.1.1.1`. */
function levelOf(article: string): number {
  return article.split(".").length;
}

/** The sums of the lines of one source and purpose (a total or an article). */
interface PurposeSums {
  source: string;
  purpose: string | undefined;
  sums: FigureSums;
}

/** The leaves: each line in one group, (source, purpose, article or total), with the sources and years seen. */
interface Leaves {
  /** The total lines (no `articleCode`), by source and purpose. */
  totals: Map<string, PurposeSums>;
  /** The article lines, by source, purpose and article. */
  articles: Map<string, PurposeSums & { article: string }>;
  /** The sources in order of first appearance. */
  sources: string[];
  years: Set<number>;
}

/**
 * Puts each line into its leaf. Roll-ups are then sums of these few groups, so the work per line
 * is one parse per amount.
 */
function sumLeaves(lines: readonly BudgetLine[]): Leaves {
  const leaves: Leaves = { totals: new Map(), articles: new Map(), sources: [], years: new Set() };
  let lastYear: number | undefined;
  let lastSource: string | undefined;
  lines.forEach((line, index) => {
    assertLine(line, index);
    if (line.year !== lastYear) {
      leaves.years.add(line.year);
      lastYear = line.year;
    }
    if (line.sourceId !== lastSource) {
      if (!leaves.sources.includes(line.sourceId)) leaves.sources.push(line.sourceId);
      lastSource = line.sourceId;
    }
    if (line.articleCode === undefined) {
      const key = `${line.sourceId}\u0000${line.purpose ?? ""}`;
      let group = leaves.totals.get(key);
      if (!group) leaves.totals.set(key, (group = { source: line.sourceId, purpose: line.purpose, sums: new FigureSums() }));
      group.sums.addLine(line, index);
    } else {
      const article = knownArticle(line.articleCode) ?? normalizeArticle(line.articleCode, ["lines", index, "articleCode"]);
      const key = `${line.sourceId}\u0000${line.purpose ?? ""}\u0000${article}`;
      let group = leaves.articles.get(key);
      if (!group) leaves.articles.set(key, (group = { source: line.sourceId, purpose: line.purpose, article, sums: new FigureSums() }));
      group.sums.addLine(line, index);
    }
  });
  return leaves;
}

/** Per (source, purpose): the stated total if there is one, else the sum of its articles. */
function sumPurposes({ totals, articles }: Leaves): Map<string, PurposeSums & { stated: boolean }> {
  const purposes = new Map<string, PurposeSums & { stated: boolean }>();
  for (const [key, group] of totals) purposes.set(key, { ...group, stated: true });
  for (const leaf of articles.values()) {
    const key = `${leaf.source}\u0000${leaf.purpose ?? ""}`;
    if (totals.has(key)) continue;
    let group = purposes.get(key);
    if (!group) purposes.set(key, (group = { source: leaf.source, purpose: leaf.purpose, stated: false, sums: new FigureSums() }));
    group.sums.addSums(leaf.sums);
  }
  return purposes;
}

/** Per source, the sum of its purposes (stated if every one is), and everything: the sum of the sources. */
function sumSources(purposes: Map<string, PurposeSums & { stated: boolean }>): {
  bySource: Map<string, { stated: boolean; sums: FigureSums }>;
  overall: FigureSums;
} {
  const bySource = new Map<string, { stated: boolean; sums: FigureSums }>();
  const overall = new FigureSums();
  for (const group of purposes.values()) {
    let source = bySource.get(group.source);
    if (!source) bySource.set(group.source, (source = { stated: true, sums: new FigureSums() }));
    source.stated &&= group.stated;
    source.sums.addSums(group.sums);
    overall.addSums(group.sums);
  }
  return { bySource, overall };
}

/** Per article and per source × article, each leaf rolled up along its levels (`2.1.1` → `2.1` → `2`). */
function rollUpArticles(leaves: Leaves["articles"]): {
  byArticle: Map<string, FigureSums>;
  bySourceAndArticle: Map<string, { source: string; article: string; sums: FigureSums }>;
} {
  const byArticle = new Map<string, FigureSums>();
  const bySourceAndArticle = new Map<string, { source: string; article: string; sums: FigureSums }>();
  for (const leaf of leaves.values()) {
    for (const article of articleAncestry(leaf.article)) {
      let all = byArticle.get(article);
      if (!all) byArticle.set(article, (all = new FigureSums()));
      all.addSums(leaf.sums);
      const key = `${leaf.source}\u0000${article}`;
      let one = bySourceAndArticle.get(key);
      if (!one) bySourceAndArticle.set(key, (one = { source: leaf.source, article, sums: new FigureSums() }));
      one.sums.addSums(leaf.sums);
    }
  }
  return { byArticle, bySourceAndArticle };
}
