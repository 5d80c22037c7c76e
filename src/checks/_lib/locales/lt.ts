import type { MessageTable } from "../../../_lib/messages";
import { TARGET_VERDICTS, type TargetVerdict } from "../../../lexicon/targetVerdicts";
import { formatNumber } from "../../../numbers/formatNumber";
import type { ReportFindingFigures } from "../../ReportFinding";
import { indicatorNames, unitWords, type ReportSubjects, type RuleCode } from "../rule";

const where = (subject: { indicator: string; unit: string }): string => `${indicatorNames(subject.indicator).lt}, ${subject.unit}`;
const n = formatNumber;
const PERCENT = unitWords("percent");
const POINTS = unitWords("percentage_points");
/** A formula's multiplier as its message writes it: ` × 100`, ` × 1 000`, nothing for 1. */
const times = (multiplier: string): string => (multiplier === "1" ? "" : ` × ${n(multiplier)}`);

const verdict = (outcome: TargetVerdict["outcome"]): string => TARGET_VERDICTS.find((v) => v.outcome === outcome)?.word ?? outcome;
/** Whether a target is reached, as the Lithuanian messages say it. */
const reached = (yes: boolean): string => verdict(yes ? "achieved" : "not_achieved");

/** Lietuviški ataskaitos taisyklių pranešimai, pagal kodą. */
export const lt: MessageTable<Pick<ReportFindingFigures, RuleCode>, never, ReportSubjects> = {
  parts_do_not_add_up: (f, s) => `${where(s)} (${s.period} m.): sudėjus dalis gaunama ${n(f.expected)}, ataskaitoje – ${n(f.actual)}.`,
  breakdown_does_not_add_up: (f, s) =>
    `${where(s)}: ${s.count} dalių suma ${n(f.expected)}, o iš viso nurodyta ${n(f.actual)} (skirtumas ${n(f.difference)}).`,
  difference_mismatch: (f, s) => `${where(s)}: skirtumas nurodytas ${n(f.actual)}, bet ${n(s.later)} − ${n(s.earlier)} = ${n(f.expected)}.`,
  sign_lost: (f, s) => `${where(s)}: skirtumas „${f.written}“ parašytas be ženklo; turi būti ${n(f.value)}.`,
  percent_for_percentage_points: (f, s) =>
    f.earlier !== undefined && f.later !== undefined
      ? `${where(s)}: ${n(f.earlier)} ${PERCENT.symbol} → ${n(f.later)} ${PERCENT.symbol}: ${n(f.value)} ${POINTS.symbol}, ne „${f.written}“ (dviejų procentinių dydžių skirtumo vienetas – ${POINTS.lt}, ne ${PERCENT.lt}).`
      : `${where(s)}: skirtumas tarp dviejų procentinių dydžių parašytas „${f.written}“; jo vienetas – ${POINTS.lt}, ne ${PERCENT.lt}: ${n(f.value)} ${POINTS.symbol}`,
  share_mismatch: (f, s) =>
    `${where(s)}: nurodyta ${n(f.actual)}, bet apskaičiavus gaunama ${n(f.expected)}: ${n(f.numerator)} / ${n(f.denominator)} × 100 (${s.unit} / ${s.total}).`,
  derived_mismatch: (f, s) =>
    `${where(s)}: nurodyta ${n(f.actual)}, bet apskaičiavus gaunama ${n(f.expected)}: ${n(f.numerator)} / ${n(f.denominator)}${times(s.formula.multiplier)} (${indicatorNames(s.formula.numerator).lt} / ${indicatorNames(s.formula.denominator).lt}).`,
  target_outcome_mismatch: (f, s) =>
    `Rodiklis ${s.ref} („${s.description}“): ataskaitoje – ${reached(s.outcome === "achieved")}, bet ${n(f.actual)} palyginus su ${n(f.planned)} – ${reached(f.status === "met")}.`,
  claim_differs_from_table: (f, s) => {
    const name = indicatorNames(s.indicator).lt;
    const what = s.since === undefined ? name : `${name} pokytis nuo ${s.since} m.`;
    return `Tekste rašoma „${s.phrase}“, o lentelėje – ${what}: ${n(f.expected)}.`;
  },
};
