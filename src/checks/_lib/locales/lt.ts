import type { MessageTable } from "../../../_lib/messages";
import { TARGET_VERDICTS, type TargetVerdict } from "../../../lexicon/targetVerdicts";
import { formatNumber } from "../../../numbers/formatNumber";
import type { ReportFindingFigures } from "../../ReportFinding";
import { indicatorNames, type ReportSubjects, type RuleCode } from "../rule";

const where = (subject: { indicator: string; unit: string }): string => `${indicatorNames(subject.indicator).lt}, ${subject.unit}`;
const n = formatNumber;

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
    `${where(s)}: dviejų procentų skirtumas parašytas procentais („${f.written}“); rašykite procentiniais punktais: ${n(f.value)} proc. p.`,
  share_mismatch: (f, s) => `${where(s)}: nurodyta ${n(f.actual)}, bet apskaičiavus gaunama ${n(f.expected)}.`,
  derived_mismatch: (f, s) => `${where(s)}: nurodyta ${n(f.actual)}, bet apskaičiavus gaunama ${n(f.expected)}.`,
  target_outcome_mismatch: (f, s) =>
    `Rodiklis ${s.ref} („${s.description}“): ataskaitoje – ${reached(s.outcome === "achieved")}, bet ${n(f.actual)} palyginus su ${n(f.planned)} – ${reached(f.status === "met")}.`,
  claim_differs_from_table: (f, s) => {
    const name = indicatorNames(s.indicator).lt;
    const what = s.since === undefined ? name : `${name} pokytis nuo ${s.since} m.`;
    return `Tekste rašoma „${s.phrase}“, o lentelėje – ${what}: ${n(f.expected)}.`;
  },
};
