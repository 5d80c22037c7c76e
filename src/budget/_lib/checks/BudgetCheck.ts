// What a budget check is: its code, severity, figure names and description, and how a finding of it is made.
import type { Finding, FindingSeverity } from "../../../findings/Finding";
import type { BudgetFinding, BudgetFindingCode, BudgetFindingFigures } from "../../BudgetFinding";
import type { BudgetLine } from "../../BudgetLine";
import type { ArticleGroup } from "../articleGroups";
import { en } from "../locales/en";
import { lt } from "../locales/lt";
import type { LineAmount, ReadLine } from "../readLine";
import type { BudgetSubject } from "../subject";

/** The names of the figures of a code's findings (distributed over a union of codes). */
export type FigureNameOf<Code extends BudgetFindingCode> = Code extends BudgetFindingCode
  ? keyof BudgetFindingFigures[Code] & string
  : never;

/** What every budget check declares, as an ESLint rule's `meta` does. */
export interface BudgetCheck<Code extends BudgetFindingCode = BudgetFindingCode> {
  /** The code of its findings. */
  readonly code: Code;
  /** The severity of its findings. */
  readonly severity: FindingSeverity;
  /** The names of its findings' figures (the keys of `BudgetFindingFigures[code]`, in their order: a test holds them to the findings). */
  readonly figures: readonly string[];
  /** What it finds, in one line. */
  readonly description: string;
}

/** A check of one amount: run on every amount of every line, in line and figure order. */
export interface AmountCheck<Code extends BudgetFindingCode = BudgetFindingCode> extends BudgetCheck<Code> {
  find(amount: LineAmount, line: ReadLine): BudgetFinding | undefined;
}

/** A check of one line: run on every line, in line order, after its amounts' checks. */
export interface LineCheck<Code extends BudgetFindingCode = BudgetFindingCode> extends BudgetCheck<Code> {
  find(line: ReadLine): BudgetFinding | undefined;
}

/** A check of a group of lines (one source and purpose in one year): run after every line is read. */
export interface GroupCheck<Code extends BudgetFindingCode = BudgetFindingCode> extends BudgetCheck<Code> {
  find(group: ArticleGroup, lines: readonly BudgetLine[]): BudgetFinding[];
}

/** A finding of `check`, with its messages written from the figures by the `en` and `lt` tables. */
export function findingOf<Code extends BudgetFindingCode>(
  check: BudgetCheck<Code>,
  path: Array<string | number>,
  figures: BudgetFindingFigures[Code],
  subject: BudgetSubject,
): Finding<Code> & { figures: BudgetFindingFigures[Code] } {
  const message = { en: en[check.code](figures, subject), lt: lt[check.code](figures, subject) };
  return { code: check.code, severity: check.severity, path, figures, message };
}
