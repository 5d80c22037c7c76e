import type { BudgetLine } from "../BudgetLine";
import type { AmountField } from "./figures";

/** What a budget finding is about, as its messages name it: the line and one of its figures. */
export interface BudgetSubject {
  /** The line as written, language-neutral: source, purpose, article code and name (`municipal_budget / 2.1.1`). */
  readonly what: string;
  /** The line's year. */
  readonly year: number;
  /** The figure the message names: the amount checked, or, for an execution, its base. */
  readonly figure: AmountField;
}

/** The subject of a finding about `figure` on `line`. */
export function subjectOf(
  line: Pick<BudgetLine, "year" | "sourceId" | "purpose" | "articleCode" | "article">,
  figure: AmountField,
): BudgetSubject {
  const what = [line.sourceId, line.purpose, line.articleCode, line.article].filter(Boolean).join(" / ");
  return { what, year: line.year, figure };
}
