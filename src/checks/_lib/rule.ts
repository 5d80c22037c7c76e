// What a report rule is: its codes with their metadata, the figures each code names, the context a rule reads the report through.
import { getIndicator, type IndicatorFormula } from "../../indicators/catalogue";
import { UNITS, type UnitId } from "../../lexicon/units";
import type { AnnualReport } from "../../models/AnnualReport";
import type { BudgetFindingCode, BudgetFindingFigures } from "../../budget/BudgetFinding";
import type { FindingSeverity } from "../../findings/Finding";
import type { CheckReportOptions, ReportFinding, ReportFindingCode, ReportFindingFigures } from "../ReportFinding";
import type { ObservationIndex } from "./index";
import { en } from "./locales/en";
import { lt } from "./locales/lt";
import { observationRoles, type ObservationRoles } from "./roles";

/** The codes the report's own rules give (the budget's come from `checkBudget`, `invalid_report` from validation). */
export type RuleCode = Exclude<keyof ReportFindingFigures, "invalid_report">;

/** The unit and indicator a finding on an observation is about. */
export interface ObservationSubject {
  /** The indicator's id. */
  indicator: string;
  /** The unit's name in the report (its id when it has none). */
  unit: string;
}

/** What each code's message is about, besides its figures. */
export interface ReportSubjects {
  parts_do_not_add_up: ObservationSubject & { period: string };
  breakdown_does_not_add_up: ObservationSubject & { count: number };
  difference_mismatch: ObservationSubject & { later: string; earlier: string };
  sign_lost: ObservationSubject;
  percent_for_percentage_points: ObservationSubject;
  share_mismatch: ObservationSubject & { total: string };
  derived_mismatch: ObservationSubject & { formula: IndicatorFormula };
  target_outcome_mismatch: { ref: string; description: string; outcome: string; comparison: string };
  claim_differs_from_table: { indicator: string; phrase: string; since?: string };
}

/** The names of the figures a code's findings give (`ReportFindingFigures`, or the budget's `BudgetFindingFigures`). */
export type FigureName<Code extends ReportFindingCode> = Code extends keyof ReportFindingFigures
  ? keyof ReportFindingFigures[Code] & string
  : Code extends BudgetFindingCode
    ? keyof BudgetFindingFigures[Code] & string
    : never;

/** What a rule's metadata says of one code it gives: its default severity, its figures, a one-line description, a real example. */
export interface CodeMeta<Code extends ReportFindingCode = ReportFindingCode> {
  /** The severity its findings have unless `rules` says otherwise. */
  severity: FindingSeverity;
  /** The names of its findings' figures, in the order they are given. */
  figures: ReadonlyArray<FigureName<Code>>;
  /** When it is found, in one line. */
  description: string;
  /** A real case it exists for. */
  example: string;
}

/**
 * One check of `checkReport`, as a linter's rule is: a name (its file's), the codes it gives
 * with their metadata, and `check`, which reads the shared index and reports findings.
 */
export interface ReportRule {
  /** The rule's name: its file's under `rules/`. */
  name: string;
  /** The codes it gives, in the order it gives them. */
  codes: { [Code in ReportFindingCode]?: CodeMeta<Code> };
  /** Runs the check: reads `context`, reports through it. */
  check(context: RuleContext): void;
}

/** A rule's view of the report being checked: the shared index, the options, and where to report. */
export interface RuleContext {
  /** The report being checked. */
  readonly document: AnnualReport;
  readonly index: ObservationIndex;
  readonly options: CheckReportOptions;
  /** Whether the report was validated here (sums may then skip re-checking each value). */
  readonly validated: boolean;
  /** The observations each derived check looks at, found once for all rules. */
  readonly roles: ObservationRoles;
  /** The report's total unit, if it has one. */
  readonly total: AnnualReport["units"][number] | undefined;
  /** The unit's name in the report, or its id. */
  unitName(id: string): string;
  /** Whether findings with this code are wanted (not `"off"`). */
  isOn(code: ReportFindingCode): boolean;
  /** Reports a finding of one of the rules' codes; its message comes from the locales. */
  report<Code extends RuleCode>(
    code: Code,
    path: Array<string | number>,
    figures: ReportFindingFigures[Code],
    subject: ReportSubjects[Code],
  ): void;
  /** Adds a finding written elsewhere (the budget's), with the severity `rules` gives it. */
  add(finding: ReportFinding): void;
}

/** The context the rules of one `checkReport` call share; `findings` collects what they report. */
export function createContext(
  report: AnnualReport,
  index: ObservationIndex,
  options: CheckReportOptions,
  validated: boolean,
  defaults: Readonly<Partial<Record<ReportFindingCode, FindingSeverity>>>,
): RuleContext & { findings: ReportFinding[] } {
  const findings: ReportFinding[] = [];
  const names = new Map(report.units.map((u) => [u.id, u.name]));
  const settings: Partial<Record<string, string>> = options.rules ?? {};
  let roles: ObservationRoles | undefined;
  const severityOf = (code: ReportFindingCode, fallback: FindingSeverity): FindingSeverity => {
    const setting = settings[code];
    return setting === "error" || setting === "warning" || setting === "info" ? setting : fallback;
  };
  return {
    document: report,
    index,
    options,
    validated,
    findings,
    total: report.units.find((u) => u.kind === "total"),
    get roles() {
      return (roles ??= observationRoles(index));
    },
    unitName: (id) => names.get(id) ?? id,
    isOn: (code) => settings[code] !== "off",
    report(code, path, figures, subject) {
      if (settings[code] === "off") return;
      const finding = {
        code,
        severity: severityOf(code, defaults[code] ?? "error"),
        path,
        figures,
        message: { en: en[code](figures, subject), lt: lt[code](figures, subject) },
      };
      findings.push(finding as ReportFinding);
    },
    add(finding) {
      if (settings[finding.code] === "off") return;
      findings.push({ ...finding, severity: severityOf(finding.code, finding.severity) } as ReportFinding);
    },
  };
}

/** A unit of the lexicon (`UNITS`) as the messages name it: its symbol and its names. */
export function unitWords(id: UnitId): { symbol: string; en: string; lt: string } {
  const unit = UNITS.find((u) => u.id === id);
  return { symbol: unit?.symbol ?? id, en: unit?.nameEn ?? id, lt: unit?.nameLt ?? id };
}

/** An indicator's name in English and Lithuanian (its id when the catalogue does not know it). */
export function indicatorNames(id: string): { en: string; lt: string } {
  const indicator = getIndicator(id);
  return { en: indicator?.nameEn ?? id, lt: indicator?.nameLt ?? id };
}
