import type { MessageTable } from "../../../_lib/messages";
import type { ReportFindingFigures } from "../../ReportFinding";
import { indicatorNames, type ReportSubjects, type RuleCode } from "../rule";

const where = (subject: { indicator: string; unit: string }): string => `${indicatorNames(subject.indicator).en}, ${subject.unit}`;
const words = (id: string): string => id.replace(/_/g, " ");

/** The English messages of the report's rules, by code. */
export const en: MessageTable<Pick<ReportFindingFigures, RuleCode>, never, ReportSubjects> = {
  parts_do_not_add_up: (f, s) => `${where(s)} (${s.period}): the members add up to ${f.expected}, the report says ${f.actual}.`,
  breakdown_does_not_add_up: (f, s) =>
    `${where(s)}: its ${s.count} parts add up to ${f.expected}, the total is ${f.actual} (difference ${f.difference}).`,
  difference_mismatch: (f, s) => `${where(s)}: the difference is written as ${f.actual}, but ${s.later} − ${s.earlier} = ${f.expected}.`,
  sign_lost: (f, s) => `${where(s)}: the difference "${f.written}" is written without its sign; it is ${f.value}.`,
  percent_for_percentage_points: (f, s) =>
    `${where(s)}: a difference of two percentages is written in % ("${f.written}"); write percentage points (p. p.): ${f.value} p. p.`,
  share_mismatch: (f, s) => `${where(s)}: written as ${f.actual}, but its inputs give ${f.expected}.`,
  derived_mismatch: (f, s) => `${where(s)}: written as ${f.actual}, but its inputs give ${f.expected}.`,
  target_outcome_mismatch: (f, s) =>
    `Target ${s.ref} ("${s.description}"): the report says ${words(s.outcome)}, but ${f.actual} against ${s.comparison.replace("_", " ")} ${f.planned} is ${f.status.replace("_", " ")}.`,
  claim_differs_from_table: (f, s) => {
    const name = indicatorNames(s.indicator).en;
    const what = s.since === undefined ? name : `the change of ${name} from ${s.since}`;
    return `The text says "${s.phrase}", but the table gives ${what} as ${f.expected}.`;
  },
};
