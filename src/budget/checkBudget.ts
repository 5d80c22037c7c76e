import { Dec } from "../_lib/decimal";
import { decimalsOf } from "../_lib/patterns";
import { assertDecimal, DecimalSum } from "../_lib/sum";
import { roundDec } from "../numbers/roundDecimal";
import type { BudgetFinding, BudgetFindingCode, BudgetFindingFigures } from "./BudgetFinding";
import type { BudgetLine } from "./BudgetLine";
import { articleAncestry, normalizeArticle } from "./_lib/articles";
import { AMOUNT_FIELDS, amountInEur } from "./_lib/figures";
import { en } from "./_lib/locales/en";
import { lt } from "./_lib/locales/lt";
import { subjectOf, type BudgetSubject } from "./_lib/subject";

// `src/checks` imports the code union from here.
export type { BudgetFindingCode } from "./BudgetFinding";

/** The messages of a finding, written from its figures by the `en` and `lt` tables. */
function messageOf<Code extends BudgetFindingCode>(code: Code, figures: BudgetFindingFigures[Code], subject: BudgetSubject) {
  return { en: en[code](figures, subject), lt: lt[code](figures, subject) };
}

/**
 * Checks a budget chapter and returns what does not add up, as findings (never exceptions for
 * what the figures say): articles that do not add up to their source's stated total (with both
 * figures and the difference), a printed balance or execution that differs from the one computed,
 * more used than received, amounts with more than two decimals, plans with no outcome, litas after
 * 2015. Printed executions are compared at their printed precision (`100` against a value rounded
 * to whole percent, `100,00` to two decimals), so rounding never raises a finding.
 *
 * Articles are compared with the stated total of their source (and purpose): the lines without
 * `articleCode`. Only the top articles count: a line whose article is a sub-article of another line's
 * article is part of that line, not added again.
 *
 * @param lines - the budget lines (not mutated).
 * @returns the findings: those of single lines in line order, then the sums that do not add up.
 * @throws {@link BibliotekosError} only for input that is not budget lines (`invalid_argument`,
 *   `invalid_decimal`), as {@link summarizeBudget} does.
 *
 * @example
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * const findings = checkBudget([
 *   { year: 2023, sourceId: "municipal_budget", received: eur("774795.00"), used: eur("774795.00") },
 *   { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1", received: eur("698795.00"), used: eur("698795.00") },
 *   { year: 2023, sourceId: "municipal_budget", articleCode: "2.2", received: eur("57000.00"), used: eur("57000.00") },
 * ]);
 * findings.map((f) => [f.code, f.figures.difference]);
 * //=> [["articles_do_not_add_up", "19000.00"], ["articles_do_not_add_up", "19000.00"]]
 * findings[0].message.lt.replace(/\u00a0/g, " "); // amounts are grouped with no-break spaces
 * //=> "municipal_budget (2023 m.): straipsnių gauta asignavimų suma 755 795,00 Eur nesutampa su nurodyta visa suma 774 795,00 Eur (skirtumas 19 000,00 Eur)."
 * ```
 */
export function checkBudget(lines: readonly BudgetLine[]): BudgetFinding[] {
  const findings: BudgetFinding[] = [];
  const groups = new Map<string, { totals: number[]; articles: Array<{ index: number; article: string }> }>();

  lines.forEach((line, index) => {
    const key = `${line.year}\u0000${line.sourceId}\u0000${line.purpose ?? ""}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { totals: [], articles: [] }));
    if (line.articleCode === undefined) group.totals.push(index);
    else group.articles.push({ index, article: normalizeArticle(line.articleCode, ["lines", index, "articleCode"]) });

    for (const field of AMOUNT_FIELDS) {
      const money = line[field];
      if (money === undefined) continue;
      const eur = amountInEur(money, ["lines", index, field, "amount"]);
      assertDecimal(eur, ["lines", index, field, "amount"]);
      if (decimalsOf(money.amount) > 2) {
        findings.push({
          code: "too_many_decimals",
          severity: "warning",
          path: ["lines", index, field, "amount"],
          figures: { actual: money.amount, decimals: String(decimalsOf(money.amount)) },
          message: messageOf(
            "too_many_decimals",
            { actual: money.amount, decimals: String(decimalsOf(money.amount)) },
            subjectOf(line, field),
          ),
        });
      }
      if (money.currency === "LTL" && line.year >= 2015) {
        findings.push({
          code: "litas_after_euro",
          severity: "error",
          path: ["lines", index, field, "currency"],
          figures: { actual: money.amount, converted: eur },
          message: messageOf("litas_after_euro", { actual: money.amount, converted: eur }, subjectOf(line, field)),
        });
      }
    }

    const receivedText = line.received ? amountInEur(line.received, ["lines", index, "received", "amount"]) : undefined;
    const usedText = line.used ? amountInEur(line.used, ["lines", index, "used", "amount"]) : undefined;
    const plannedText = line.planned ? amountInEur(line.planned, ["lines", index, "planned", "amount"]) : undefined;
    const received = receivedText === undefined ? undefined : new Dec(receivedText);
    const used = usedText === undefined ? undefined : new Dec(usedText);
    const planned = plannedText === undefined ? undefined : new Dec(plannedText);

    if (receivedText !== undefined && usedText !== undefined && used?.greaterThan(receivedText)) {
      const difference = DecimalSum.of(usedText).minus(DecimalSum.of(receivedText)).toString();
      findings.push({
        code: "used_exceeds_received",
        severity: "error",
        path: ["lines", index, "used"],
        figures: { received: receivedText, used: usedText, difference },
        message: messageOf("used_exceeds_received", { received: receivedText, used: usedText, difference }, subjectOf(line, "used")),
      });
    }

    if (plannedText !== undefined && !received && !used) {
      findings.push({
        code: "plan_without_outcome",
        severity: "warning",
        path: ["lines", index],
        figures: { planned: plannedText },
        message: messageOf("plan_without_outcome", { planned: plannedText }, subjectOf(line, "planned")),
      });
    }

    const printedBalance = line.carriedOver;
    if (printedBalance && receivedText !== undefined && usedText !== undefined) {
      const expectedSum = DecimalSum.of(receivedText).minus(DecimalSum.of(usedText));
      const actualText = DecimalSum.of(amountInEur(printedBalance, ["lines", index, "carriedOver", "amount"]), [
        "lines",
        index,
        "carriedOver",
        "amount",
      ]).toString();
      if (!expectedSum.toDec().equals(actualText)) {
        const expected = expectedSum.toString();
        const difference = DecimalSum.of(actualText).minus(expectedSum).toString();
        findings.push({
          code: "balance_mismatch",
          severity: "error",
          path: ["lines", index, "carriedOver"],
          figures: { expected, actual: actualText, difference },
          message: messageOf("balance_mismatch", { expected, actual: actualText, difference }, subjectOf(line, "carriedOver")),
        });
      }
    }

    const printedExecution = line.executionPercent;
    if (printedExecution !== undefined) {
      assertDecimal(printedExecution, ["lines", index, "executionPercent"]);
      const decimals = decimalsOf(printedExecution);
      const printed = new Dec(printedExecution);
      if (!used) {
        findings.push({
          code: "execution_unverifiable",
          severity: "info",
          path: ["lines", index, "executionPercent"],
          figures: { printed: printedExecution },
          message: messageOf("execution_unverifiable", { printed: printedExecution }, subjectOf(line, "used")),
        });
      } else {
        const candidates = [received, planned]
          .filter((base): base is InstanceType<typeof Dec> => base !== undefined && !base.isZero())
          .map((base) => roundDec(used.times(100).div(base), decimals));
        if (candidates.length > 0 && !candidates.some((value) => printed.equals(value))) {
          const expected = candidates[0] as string;
          findings.push({
            code: "execution_mismatch",
            severity: "error",
            path: ["lines", index, "executionPercent"],
            figures: {
              expected,
              actual: printedExecution,
              difference: DecimalSum.of(printedExecution).minus(DecimalSum.of(expected)).toString(),
            },
            message: messageOf(
              "execution_mismatch",
              {
                expected,
                actual: printedExecution,
                difference: DecimalSum.of(printedExecution).minus(DecimalSum.of(expected)).toString(),
              },
              subjectOf(line, received ? "received" : "planned"),
            ),
          });
        }
      }
    }
  });

  for (const group of groups.values()) {
    if (group.totals.length === 0 || group.articles.length === 0) continue;
    const codes = new Set(group.articles.map((a) => a.article));
    const top = group.articles.filter(
      (a) =>
        !articleAncestry(a.article)
          .slice(0, -1)
          .some((ancestor) => codes.has(ancestor)),
    );
    for (const field of ["planned", "received", "used"] as const) {
      const stated = new DecimalSum();
      for (const index of group.totals) {
        const money = lines[index]?.[field];
        if (money) stated.add(amountInEur(money, ["lines", index, field, "amount"]));
      }
      const parts = new DecimalSum();
      for (const { index } of top) {
        const money = lines[index]?.[field];
        if (money) parts.add(amountInEur(money, ["lines", index, field, "amount"]));
      }
      if (stated.count === 0 || parts.count === 0) continue;
      const difference = stated.minus(parts);
      if (difference.toDec().isZero()) continue;
      const { articleCode: _code, article: _name, ...first } = lines[group.totals[0] as number] as BudgetLine;
      const expected = parts.toString();
      const actual = stated.toString();
      const diff = difference.toString();
      findings.push({
        code: "articles_do_not_add_up",
        severity: "error",
        path: ["lines", group.totals[0] as number, field],
        figures: {
          expected,
          actual,
          difference: diff,
          articles: String(top.length),
          articlesWithoutFigure: String(top.length - parts.count),
        },
        message: messageOf(
          "articles_do_not_add_up",
          { expected, actual, difference: diff, articles: String(top.length), articlesWithoutFigure: String(top.length - parts.count) },
          subjectOf(first, field),
        ),
      });
    }
  }

  return findings;
}
