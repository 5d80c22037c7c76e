// What a budget finding is about (its line and figure), and the line's name in English or Lithuanian for its message.
import { FUNDING_SOURCES } from "../../reference/fundingSources";
import type { BudgetLine } from "../BudgetLine";
import type { AmountField } from "./figures";

/** What a budget finding is about, as its messages name it: the line and one of its figures. */
export interface BudgetSubject {
  /** The line's funding source (`sourceId`): the messages name it as `FUNDING_SOURCES` does. */
  readonly source: string;
  /** The rest of the line as written, language-neutral: purpose, article code and name (`2.1.1 / Darbo užmokestis`). */
  readonly rest: readonly string[];
  /** The line's year. */
  readonly year: number;
  /** The figure the message names: the amount checked, or, for an execution, its base. */
  readonly figure: AmountField;
  /**
   * The amounts as checked, in litas, by figure name, when the line is checked in litas: the
   * messages write them beside the euros of the figures (a difference of 0,01 Lt is 0,00 Eur).
   */
  readonly litas?: Readonly<Record<string, string>>;
}

/** The funding sources by id, for the names the messages give them. */
const SOURCES = new Map(FUNDING_SOURCES.map((source) => [source.id, source]));

/**
 * The line a message is about in `lang`: its funding source's name (`savivaldybės biudžeto
 * lėšos`, `municipal budget`; the id itself for a source the reference does not know), then its
 * purpose, article code and name as written.
 */
export function lineName(subject: BudgetSubject, lang: "en" | "lt"): string {
  const source = SOURCES.get(subject.source);
  const name = source === undefined ? subject.source : lang === "lt" ? source.nameLt : source.nameEn;
  return [name, ...subject.rest].filter(Boolean).join(" / ");
}

/** The subject of a finding about `figure` on `line`. */
export function subjectOf(
  line: Pick<BudgetLine, "year" | "sourceId" | "purpose" | "articleCode" | "article">,
  figure: AmountField,
  litas?: Readonly<Record<string, string>>,
): BudgetSubject {
  const rest = [line.purpose, line.articleCode, line.article].filter((part): part is string => Boolean(part));
  return { source: line.sourceId, rest, year: line.year, figure, ...(litas === undefined ? {} : { litas }) };
}
