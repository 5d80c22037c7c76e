import { DecimalSum } from "../../../_lib/sum";
import type { BudgetFinding } from "../../BudgetFinding";
import type { BudgetLine } from "../../BudgetLine";
import type { ArticleGroup } from "../articleGroups";
import { convertLtlToEur } from "../../../money/convertLtlToEur";
import { articleAncestry } from "../articles";
import { amountInEur } from "../figures";
import { atMoneyPrecision } from "../precision";
import { subjectOf } from "../subject";
import { findingOf, type GroupCheck } from "./BudgetCheck";

/** The figures whose stated totals are compared with their articles, in the order of the findings. */
const COMPARED = ["planned", "received", "used"] as const;

type Compared = (typeof COMPARED)[number];

/**
 * The sum of one figure over some of the lines (`count` is how many give it), in litas when
 * `inLitas` (each amount as written), else in euros (litas converted line by line).
 */
function sumOf(lines: readonly BudgetLine[], indices: readonly number[], field: Compared, inLitas: boolean): DecimalSum {
  const sum = new DecimalSum();
  for (const index of indices) {
    const money = lines[index]?.[field];
    if (money) sum.add(inLitas ? money.amount : amountInEur(money, ["lines", index, field, "amount"]), ["lines", index, field, "amount"]);
  }
  return sum;
}

/** Whether every amount of `field` on these lines is in litas: then they are added and compared in litas. */
function allInLitas(lines: readonly BudgetLine[], indices: readonly number[], field: Compared): boolean {
  return indices.every((index) => {
    const money = lines[index]?.[field];
    return money === undefined || money.currency === "LTL";
  });
}

/** A sum in litas, in euros: converted only to be presented. */
const inEuros = (sum: DecimalSum, inLitas: boolean): string =>
  inLitas ? convertLtlToEur({ amount: sum.toString(), currency: "LTL" }).amount : sum.toString();

/**
 * `articles_do_not_add_up` (error): a source's (or project's) stated total, its lines without
 * `articleCode`, differs from the sum of its top articles (a sub-article of another line's article
 * is part of that line, not added again), for the plan, appropriations received or use. The sums
 * are at money precision (two decimals; digits past the cent that are not zeros are kept).
 *
 * @example
 * The 2023 Ignalina report's municipal funds: 774 795,00 received in all, 769 595,00 in the
 * articles:
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const line = (articleCode: string | undefined, amount: string) => ({ year: 2023, sourceId: "municipal_budget", ...(articleCode ? { articleCode } : {}), received: { amount, currency: "EUR" as const } });
 * const lines = [line(undefined, "774795.00"), line("2.1.1", "698795.00"), line("2.1.2", "13800.00"), line("2.2", "57000.00")];
 * checkBudget(lines).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["articles_do_not_add_up", "lines.0.received", { expected: "769595.00", actual: "774795.00", difference: "5200.00", articles: "3", articlesWithoutFigure: "0" }]]
 * ```
 */
export const articlesDoNotAddUp: GroupCheck<"articles_do_not_add_up"> = {
  code: "articles_do_not_add_up",
  severity: "error",
  figures: ["expected", "actual", "difference", "articles", "articlesWithoutFigure"],
  description: "a stated total differs from the sum of its top articles",
  find({ totals, articles }, lines) {
    const first = totals[0];
    if (first === undefined || articles.length === 0) return [];
    const codes = new Set(articles.map((a) => a.article));
    const isTop = (article: string) =>
      !articleAncestry(article)
        .slice(0, -1)
        .some((ancestor) => codes.has(ancestor));
    const top = articles.filter((a) => isTop(a.article)).map((a) => a.index);
    const findings: BudgetFinding[] = [];
    for (const field of COMPARED) {
      const inLitas = allInLitas(lines, totals, field) && allInLitas(lines, top, field);
      const stated = sumOf(lines, totals, field, inLitas);
      const parts = sumOf(lines, top, field, inLitas);
      if (stated.count === 0 || parts.count === 0) continue;
      const difference = stated.minus(parts);
      if (difference.toDec().isZero()) continue;
      // Sums at money precision: one article written 698795,000 does not make the sum 769595,000.
      const figures = {
        expected: atMoneyPrecision(inEuros(parts, inLitas)),
        actual: atMoneyPrecision(inEuros(stated, inLitas)),
        difference: atMoneyPrecision(inEuros(difference, inLitas)),
        articles: String(top.length),
        articlesWithoutFigure: String(top.length - parts.count),
      };
      const litas = { expected: parts.toString(), actual: stated.toString(), difference: difference.toString() };
      // The total's line without its article name, if it has one.
      const { articleCode: _code, article: _name, ...total } = lines[first] as BudgetLine;
      findings.push(findingOf(articlesDoNotAddUp, ["lines", first, field], figures, subjectOf(total, field, inLitas ? litas : undefined)));
    }
    return findings;
  },
};
