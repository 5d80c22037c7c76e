/**
 * Consistency checks of an annual report: totals against their parts, difference columns,
 * shares, derived indicators, targets and the budget chapter. Findings are data, never
 * exceptions.
 *
 * @module checks
 */
export { checkReport } from "./checkReport";
export {
  type CheckReportOptions,
  type ReportFinding,
  type ReportFindingCode,
  type ReportFindingFigures,
  type RuleSetting,
} from "./ReportFinding";
export { REPORT_CHECKS, type ReportCheck } from "./reportChecks";
export {
  indicatorTable,
  renderTableHtml,
  renderTableMarkdown,
  type IndicatorTable,
  type IndicatorTableCell,
  type IndicatorTableColumn,
  type IndicatorTableOptions,
} from "./indicatorTable";
export { type Finding, type FindingSeverity } from "../findings/Finding";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
export { locateFindings, type LocatedFinding } from "./locateFindings";
