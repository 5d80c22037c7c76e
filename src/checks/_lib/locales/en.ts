import type { MessageTable } from "../../../_lib/messages";
import type { ReportFindingFigures } from "../../ReportFinding";
import { indicatorNames, unitWords, type ReportSubjects, type RuleCode } from "../rule";

const where = (subject: { indicator: string; unit: string }): string => `${indicatorNames(subject.indicator).en}, ${subject.unit}`;
const PERCENT = unitWords("percent");
const POINTS = unitWords("percentage_points");
const words = (id: string): string => id.replace(/_/g, " ");
/** A formula's multiplier as its message writes it: ` × 100`, nothing for 1. */
const times = (multiplier: string): string => (multiplier === "1" ? "" : ` × ${multiplier}`);

/** The English messages of the report's rules, by code. */
export const en: MessageTable<Pick<ReportFindingFigures, RuleCode>, never, ReportSubjects> = {
  parts_do_not_add_up: (f, s) => `${where(s)} (${s.period}): the members add up to ${f.expected}, the report says ${f.actual}.`,
  breakdown_does_not_add_up: (f, s) =>
    `${where(s)}: its ${s.count} parts add up to ${f.expected}, the total is ${f.actual} (difference ${f.difference}).`,
  difference_mismatch: (f, s) => `${where(s)}: the difference is written as ${f.actual}, but ${s.later} − ${s.earlier} = ${f.expected}.`,
  sign_lost: (f, s) => `${where(s)}: the difference "${f.written}" is written without its sign; it is ${f.value}.`,
  percent_for_percentage_points: (f, s) =>
    f.earlier !== undefined && f.later !== undefined
      ? `${where(s)}: ${f.earlier} ${PERCENT.symbol} → ${f.later} ${PERCENT.symbol}: ${f.value} ${POINTS.symbol}, not "${f.written}" (a difference of two percentages is in ${POINTS.en}, not ${PERCENT.en}).`
      : `${where(s)}: a difference of two percentages is written "${f.written}"; its unit is ${POINTS.en}, not ${PERCENT.en}: ${f.value} ${POINTS.symbol}`,
  share_mismatch: (f, s) =>
    `${where(s)}: written as ${f.actual}, but its inputs give ${f.expected}: ${f.numerator} / ${f.denominator} × 100 (${s.unit} / ${s.total}).`,
  derived_mismatch: (f, s) =>
    `${where(s)}: written as ${f.actual}, but its inputs give ${f.expected}: ${f.numerator} / ${f.denominator}${times(s.formula.multiplier)} (${indicatorNames(s.formula.numerator).en} / ${indicatorNames(s.formula.denominator).en}).`,
  target_outcome_mismatch: (f, s) =>
    `Target ${s.ref} ("${s.description}"): the report says ${words(s.outcome)}, but ${f.actual} against ${s.comparison.replace("_", " ")} ${f.planned} is ${f.status.replace("_", " ")}.`,
  claim_differs_from_table: (f, s) => {
    const name = indicatorNames(s.indicator).en;
    const what = s.since === undefined ? name : `the change of ${name} from ${s.since}`;
    return `The text says "${s.phrase}", but the table gives ${what} as ${f.expected}.`;
  },
};
