import type { FindingSeverity } from "../findings/Finding";
import type { ReportFindingCode } from "./ReportFinding";
import { RULES } from "./_lib/rules/index";

/**
 * One check of {@link checkReport}, as its rule's metadata says: the code it gives, the rule
 * (file) that gives it, its default severity, the names of its figures, when it is found, and the
 * real case it exists for.
 *
 * @example
 * ```ts
 * import { REPORT_CHECKS, type ReportCheck } from "bibliotekos/checks";
 * const check: ReportCheck | undefined = REPORT_CHECKS.find((c) => c.code === "derived_mismatch");
 * [check?.rule, check?.severity, check?.figures];
 * //=> ["derived", "error", ["expected", "actual", "difference", "numerator", "denominator"]]
 * ```
 */
export interface ReportCheck {
  /** The finding code. */
  code: Exclude<ReportFindingCode, "invalid_report">;
  /** The rule that gives it: `totals`, `breakdowns`, `differences`, `shares`, `derived`, `targets`, `claims`, `budget`. */
  rule: string;
  /** Its severity unless `CheckReportOptions.rules` says otherwise. */
  severity: FindingSeverity;
  /** The names of its findings' figures (`ReportFindingFigures`, or `BudgetFindingFigures` for the budget's codes), in order. */
  figures: readonly string[];
  /** When it is found, in one line (Markdown). */
  description: string;
  /** The real case it exists for (the 2023 Ignalina report), or `none: …` when that report has none. */
  example: string;
}

/**
 * Every check of {@link checkReport}, in the order its findings are listed: the rules'
 * metadata as plain data, for a settings screen or the docs (docs/checks.md is written from it).
 *
 * @example
 * ```ts
 * import { REPORT_CHECKS } from "bibliotekos/checks";
 * REPORT_CHECKS.slice(0, 3).map((c) => c.code);
 * //=> ["parts_do_not_add_up", "breakdown_does_not_add_up", "difference_mismatch"]
 * ```
 */
export const REPORT_CHECKS: readonly ReportCheck[] = RULES.flatMap((rule) =>
  Object.entries(rule.codes).map(([code, meta]) => ({
    code: code as ReportCheck["code"],
    rule: rule.name,
    severity: meta.severity,
    figures: meta.figures,
    description: meta.description,
    example: meta.example,
  })),
);
