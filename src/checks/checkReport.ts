import type { BibliotekosError } from "../errors/BibliotekosError";
import type { FindingSeverity } from "../findings/Finding";
import type { AnnualReport } from "../models/AnnualReport";
import { validateAnnualReport } from "../models/validateAnnualReport";
import type { CheckReportOptions, ReportFinding, ReportFindingCode } from "./ReportFinding";
import { ObservationIndex } from "./_lib/index";
import { readReportOptions } from "./_lib/reportOptions";
import { createContext } from "./_lib/rule";
import { RULES } from "./_lib/rules/index";

export type { CheckReportOptions, ReportFinding, ReportFindingCode } from "./ReportFinding";

/** Every rule code's default severity, from the rules' metadata. */
const DEFAULT_SEVERITIES: Readonly<Partial<Record<ReportFindingCode, FindingSeverity>>> = Object.fromEntries(
  RULES.flatMap((rule) => Object.entries(rule.codes).map(([code, meta]) => [code, meta.severity])),
);

/** One finding per schema problem of a report that does not match `AnnualReport`. */
function invalidReport(invalid: NonNullable<ReturnType<typeof validateAnnualReport>>): ReportFinding[] {
  const issues = invalid.issues ?? [];
  const problems =
    issues.length > 0 ? issues : [{ path: invalid.path ?? [], code: "invalid", message: invalid.message, messageLt: invalid.messageLt }];
  return problems.map((issue) => ({
    code: "invalid_report" as const,
    severity: "error" as const,
    path: [...issue.path],
    figures: {},
    message: { en: issue.message, lt: issue.messageLt },
  }));
}

/**
 * Checks an annual report (the `AnnualReport` model) and returns what does not add up, as
 * findings: never an exception, also for a report that does not match the schema (each of its
 * problems is a finding). Each finding has a stable `code`, a `severity`, a `path` into the
 * report, the figures (`expected`, `actual`, `difference`), and a message in English and
 * Lithuanian.
 *
 * What it checks: totals and groups against their members (additive indicators only: titles
 * never), breakdowns against their totals (loans by document type, events by kind), difference
 * columns against the two years (and differences written without a sign or in `%` instead of
 * percentage points), shares of the total, derived indicators against their inputs, targets
 * against the report's verdict, numbers of the narrative against the table figure they restate
 * (`readClaims`, tied to an indicator by its narrative stems), and the budget chapter
 * (`checkBudget`). Printed figures are
 * compared at their printed precision, so rounding the report explains never raises a finding.
 *
 * Each check is a rule with its codes, default severity and description (`REPORT_CHECKS`);
 * `options.rules` switches one off or changes its severity. Findings are listed in the order of
 * the rules (as `REPORT_CHECKS` lists them), and in document order within a rule.
 *
 * @param report - the report (not mutated).
 * @param options - {@link CheckReportOptions}.
 * @returns the findings.
 * @throws {@link BibliotekosError} only for bad options: `invalid_argument` for a rule code or
 *   setting that is not one, `invalid_decimal` for a `tolerancePercent` that is not a decimal string.
 *
 * @example
 * ```ts
 * import { checkReport } from "bibliotekos/checks";
 * const year = { start: "2023", end: "2023" };
 * const findings = checkReport({
 *   institutionId: "library", year: 2023, reportingPeriod: { start: "2023-01-01", end: "2023-12-31" },
 *   units: [{ id: "total", name: "Iš viso", kind: "total", members: ["town", "rural"] }, { id: "town", name: "Miesto filialas", kind: "branch" }, { id: "rural", name: "Kaimo filialai", kind: "branch_group" }],
 *   observations: [
 *     { unitId: "total", indicator: "events", period: year, value: "764" },
 *     { unitId: "town", indicator: "events", period: year, value: "237" },
 *     { unitId: "rural", indicator: "events", period: year, value: "525" },
 *   ],
 * });
 * findings.map((f) => [f.code, f.figures.expected, f.figures.actual]);
 * //=> [["parts_do_not_add_up", "762", "764"]]
 * ```
 */
export function checkReport(report: AnnualReport, options?: CheckReportOptions): ReportFinding[] {
  const settings = readReportOptions(options);
  const validated = settings.assumeValid !== true;
  const invalid = validated ? validateAnnualReport(report) : undefined;
  if (invalid !== undefined) return invalidReport(invalid);
  const context = createContext(report, new ObservationIndex(report), settings, validated, DEFAULT_SEVERITIES);
  for (const rule of RULES) {
    if (Object.keys(rule.codes).some((code) => context.isOn(code as ReportFindingCode))) rule.check(context);
  }
  return context.findings;
}
