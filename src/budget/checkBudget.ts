import { Dec } from "../_lib/decimal";
import { decimalsOf } from "../_lib/patterns";
import { assertDecimal, DecimalSum } from "../_lib/sum";
import { roundDec } from "../numbers/roundDecimal";
import type { BudgetFinding } from "./BudgetFinding";
import type { BudgetLine } from "./BudgetLine";
import { articleAncestry, normalizeArticle } from "./_lib/articles";
import { AMOUNT_FIELDS, amountInEur } from "./_lib/figures";
import { formatNumber } from "../numbers/formatNumber";

// `src/checks` imports the code union from here.
export type { BudgetFindingCode } from "./BudgetFinding";

const FIGURE_NAMES = {
  planned: { en: "planned", lt: "planas" },
  received: { en: "received", lt: "gauta asignavimų" },
  collected: { en: "collected", lt: "gauta pajamų" },
  used: { en: "used", lt: "panaudota" },
  carriedOver: { en: "balance", lt: "likutis" },
} as const;

function describeLine(line: BudgetLine): { en: string; lt: string } {
  const what = [line.sourceId, line.purpose, line.articleCode, line.article].filter(Boolean).join(" / ");
  return { en: `${what} (${line.year})`, lt: `${what} (${line.year} m.)` };
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
    const where = describeLine(line);
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
          message: {
            en: `${where.en}: ${FIGURE_NAMES[field].en} is written with ${decimalsOf(money.amount)} decimals (${money.amount}); amounts have at most two (cents).`,
            lt: `${where.lt}: ${FIGURE_NAMES[field].lt} parašyta su ${decimalsOf(money.amount)} skaitmenimis po kablelio (${formatNumber(money.amount)}); sumose jų būna ne daugiau kaip du (centai).`,
          },
        });
      }
      if (money.currency === "LTL" && line.year >= 2015) {
        findings.push({
          code: "litas_after_euro",
          severity: "error",
          path: ["lines", index, field, "currency"],
          figures: { actual: money.amount, converted: eur },
          message: {
            en: `${where.en}: ${FIGURE_NAMES[field].en} is in litas, but the euro replaced the litas on 2015-01-01.`,
            lt: `${where.lt}: ${FIGURE_NAMES[field].lt} nurodyta litais, nors nuo 2015-01-01 valiuta – euras.`,
          },
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
        message: {
          en: `${where.en}: used ${usedText} EUR is ${difference} EUR more than received ${receivedText} EUR.`,
          lt: `${where.lt}: panaudota ${formatNumber(usedText)} Eur, ${formatNumber(difference)} Eur daugiau nei gauta asignavimų (${formatNumber(receivedText)} Eur).`,
        },
      });
    }

    if (plannedText !== undefined && !received && !used) {
      findings.push({
        code: "plan_without_outcome",
        severity: "warning",
        path: ["lines", index],
        figures: { planned: plannedText },
        message: {
          en: `${where.en}: a plan of ${plannedText} EUR with neither appropriations received nor use; write what was received and used (0,00 if nothing).`,
          lt: `${where.lt}: numatytas planas ${formatNumber(plannedText)} Eur, bet nenurodyta nei gauta asignavimų, nei panaudota; nurodykite (0,00, jei nieko).`,
        },
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
          message: {
            en: `${where.en}: the balance is printed as ${actualText} EUR, but received − used is ${expected} EUR.`,
            lt: `${where.lt}: nurodytas likutis ${formatNumber(actualText)} Eur, bet gauta asignavimų − panaudota = ${formatNumber(expected)} Eur.`,
          },
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
          message: {
            en: `${where.en}: execution is printed as ${printedExecution} %, but the amount used is not written, so it cannot be checked.`,
            lt: `${where.lt}: nurodytas įvykdymas ${formatNumber(printedExecution)} %, bet panaudota suma neparašyta, todėl jo patikrinti negalima.`,
          },
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
            message: {
              en: `${where.en}: execution is printed as ${printedExecution} %, but used / ${received ? "received" : "planned"} × 100 is ${expected} %.`,
              lt: `${where.lt}: nurodytas įvykdymas ${formatNumber(printedExecution)} %, bet apskaičiuotas yra ${formatNumber(expected)} %.`,
            },
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
      const where = describeLine(first);
      const lacking = top.length - parts.count;
      const expected = parts.toString();
      const actual = stated.toString();
      const diff = difference.toString();
      findings.push({
        code: "articles_do_not_add_up",
        severity: "error",
        path: ["lines", group.totals[0] as number, field],
        figures: { expected, actual, difference: diff, articles: String(top.length), articlesWithoutFigure: String(lacking) },
        message: {
          en: `${where.en}: the articles' ${FIGURE_NAMES[field].en} add up to ${expected} EUR, but the total is stated as ${actual} EUR (difference ${diff} EUR)${lacking > 0 ? `; ${lacking} of ${top.length} articles give no ${FIGURE_NAMES[field].en} figure` : ""}.`,
          lt: `${where.lt}: straipsnių ${FIGURE_NAMES[field].lt} suma ${formatNumber(expected)} Eur nesutampa su nurodyta visa suma ${formatNumber(actual)} Eur (skirtumas ${formatNumber(diff)} Eur)${lacking > 0 ? `; ${lacking} iš ${top.length} straipsnių ši suma nenurodyta` : ""}.`,
        },
      });
    }
  }

  return findings;
}
