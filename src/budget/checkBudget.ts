import type { BudgetFinding } from "./BudgetFinding";
import type { BudgetLine } from "./BudgetLine";
import { ArticleGroups } from "./_lib/articleGroups";
import { AMOUNT_CHECKS, GROUP_CHECKS, LINE_CHECKS } from "./_lib/checks/index";
import { assertLine, assertLines, readLine } from "./_lib/readLine";

// `src/checks` imports the code union from here.
export type { BudgetFindingCode } from "./BudgetFinding";

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
 * Litas are checked in litas (a line all in litas, the articles of a total all in litas), and a
 * finding's figures are converted to euros only to be presented; a line that mixes litas and
 * euros is compared in euros.
 *
 * Each code is one named check (see {@link BudgetFindingCode} for the list and their severities).
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
 * findings[0]?.message.lt.replace(/\u00a0/g, " "); // amounts are grouped with no-break spaces
 * //=> "savivaldybės biudžeto lėšos (2023 m.): straipsnių gauta asignavimų suma 755 795,00 Eur nesutampa su nurodyta visa suma 774 795,00 Eur (skirtumas 19 000,00 Eur)."
 * ```
 */
export function checkBudget(lines: readonly BudgetLine[]): BudgetFinding[] {
  assertLines(lines);
  const findings: BudgetFinding[] = [];
  const add = (finding: BudgetFinding | undefined) => {
    if (finding) findings.push(finding);
  };
  const groups = new ArticleGroups();
  // Line by line (each amount's checks, then the line's), then the groups' sums, once all are read.
  lines.forEach((line, index) => {
    assertLine(line, index);
    groups.add(line, index);
    const read = readLine(line, index);
    for (const amount of read.amounts) for (const check of AMOUNT_CHECKS) add(check.find(amount, read));
    for (const check of LINE_CHECKS) add(check.find(read));
  });
  for (const group of groups.values()) for (const check of GROUP_CHECKS) findings.push(...check.find(group, lines));
  return findings;
}
