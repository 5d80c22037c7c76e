import type { BudgetFindingCode } from "../budget/checkBudget";
import type { Finding, FindingSeverity } from "../findings/Finding";

/**
 * The figures each report finding code gives, as decimal strings (`offset` and `text` of a
 * claim: where the narrative says it). The budget codes give `expected`, `actual` and
 * `difference` or the figures their `checkBudget` finding names.
 *
 * @example
 * ```ts
 * import type { ReportFindingFigures } from "bibliotekos/checks";
 * const figures: ReportFindingFigures["derived_mismatch"] = { expected: "75", actual: "77", difference: "2", numerator: "36", denominator: "48" };
 * figures.expected;
 * //=> "75"
 * ```
 */
export interface ReportFindingFigures {
  /** The report does not match the schema: no figures. */
  invalid_report: Record<string, never>;
  /** The members' sum (`expected`), the total as written (`actual`), actual − expected. */
  parts_do_not_add_up: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
  };
  /** As `parts_do_not_add_up`, and the part indicators summed (`parts`, comma-separated ids). */
  breakdown_does_not_add_up: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** The part indicators summed, comma-separated ids. */
    parts: string;
  };
  /** This year − last year (`expected`), the difference as written (`actual`), actual − expected. */
  difference_mismatch: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
  };
  /** The difference as written (`written`) and its value with the sign (`value`). */
  sign_lost: {
    /** The difference as written. */
    written: string;
    /** Its value, with the sign. */
    value: string;
  };
  /**
   * The difference as written (`written`), its value in percentage points (`value`), and the two
   * percentages it is the difference of (`earlier`, `later`), when the report gives them.
   */
  percent_for_percentage_points: {
    /** The difference as written. */
    written: string;
    /** Its value, with the sign. */
    value: string;
    /** The percentage of the earlier period (`differenceFrom`), when the report gives it. */
    earlier?: string;
    /** The percentage of the later period (the difference's own), when the report gives it. */
    later?: string;
  };
  /**
   * The share at the printed precision (`expected`), as written (`actual`), actual − expected,
   * and what it is computed from: the unit's value (`numerator`) over the total unit's
   * (`denominator`), × 100.
   */
  share_mismatch: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** The unit's value of the indicator it is a share of. */
    numerator: string;
    /** The total unit's value of that indicator. */
    denominator: string;
  };
  /**
   * The formula's value at the printed precision (`expected`), as written (`actual`), actual −
   * expected, and the formula's inputs at the same unit and period: its `numerator` and
   * `denominator` (the catalogue's `formula` says which indicators, and the multiplier).
   */
  derived_mismatch: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** The value of the formula's numerator (`staff_trained`: 36). */
    numerator: string;
    /** The value of the formula's denominator (`staff`: 48). */
    denominator: string;
  };
  /** The target's planned and actual values, the shortfall and what they make it (`met`, `almost_met`, `not_met`). */
  target_outcome_mismatch: {
    /** The planned value. */
    planned: string;
    /** The figure as the report writes it. */
    actual: string;
    /** How far the actual value is from the planned (0 when met). */
    shortfall: string;
    /** What the values make it: `met`, `almost_met` or `not_met`. */
    status: string;
  };
  /** The table's figure (`expected`), the text's (`actual`), actual − expected, where the text says it (`offset`, `text`). */
  claim_differs_from_table: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** Where in the section's text the claim starts (a UTF-16 offset, as a digit string). */
    offset: string;
    /** The claim as the text writes it. */
    text: string;
  };
}

/**
 * The codes {@link checkReport} gives: the budget's (see `BudgetFindingCode`) and those of
 * {@link ReportFindingFigures}. `REPORT_CHECKS` lists each with its severity and description.
 *
 * @example
 * ```ts
 * import type { ReportFindingCode } from "bibliotekos/checks";
 * const code: ReportFindingCode = "sign_lost";
 * code;
 * //=> "sign_lost"
 * ```
 */
export type ReportFindingCode = BudgetFindingCode | keyof ReportFindingFigures;

/**
 * A finding of {@link checkReport}: its `figures` typed by its `code` (narrow on `code` to read
 * them), and still a `Record<string, string>` for code that reads any finding.
 *
 * @example
 * ```ts
 * import { checkReport, type ReportFinding } from "bibliotekos/checks";
 * const findings: ReportFinding[] = checkReport({ institutionId: "x", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [] });
 * findings;
 * //=> []
 * ```
 */
export type ReportFinding =
  | {
      [Code in keyof ReportFindingFigures]: Finding<Code> & {
        /** The figures of its code. */
        figures: ReportFindingFigures[Code] & Record<string, string>;
      };
    }[keyof ReportFindingFigures]
  | Finding<BudgetFindingCode>;

/**
 * What a check is set to in `CheckReportOptions.rules`: `"off"`, or the severity its findings
 * get instead of their default.
 *
 * @example
 * ```ts
 * import type { RuleSetting } from "bibliotekos/checks";
 * const settings: RuleSetting[] = ["off", "error", "warning", "info"];
 * settings.length;
 * //=> 4
 * ```
 */
export type RuleSetting = "off" | FindingSeverity;

/**
 * Options of {@link checkReport}.
 *
 * @example
 * ```ts
 * import { checkReport, type CheckReportOptions } from "bibliotekos/checks";
 * const options: CheckReportOptions = { tolerancePercent: "1" };
 * const report = {
 *   institutionId: "library", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [],
 *   targets: [{ description: "Išduoti ne mažiau kaip 75 000 fiz. vnt.", planned: { comparison: "at_least" as const, value: "75000" }, actual: "73341", outcome: "almost_achieved" as const }],
 * };
 * checkReport(report, options).map((f) => [f.code, f.figures.status]);
 * //=> [["target_outcome_mismatch", "not_met"]]
 * checkReport(report, { ...options, rules: { target_outcome_mismatch: "off" } });
 * //=> []
 * ```
 */
export interface CheckReportOptions {
  /**
   * A tolerance, in percent of the target, within which a missed target counts as almost met
   * (the reports' "beveik pasiektas"); without it, "almost achieved" is taken at the report's word.
   * @default undefined
   */
  tolerancePercent?: string;
  /**
   * Skip the schema validation, for a report that `parseAnnualReport` has already returned (the
   * validation is about 40 % of the time `checkReport` takes on a national report of half a
   * million observations). With a report that does not match the schema, the result is
   * undefined: wrong findings, or an exception.
   * @default false
   */
  assumeValid?: boolean;
  /**
   * Checks switched off (`"off"`) or given another severity, by finding code, as a linter's
   * rules are: `{ sign_lost: "off", claim_differs_from_table: "info" }`. A check that is off is
   * not run. `invalid_report` cannot be switched off (pass `assumeValid` to skip validation).
   * @default {} (every check on, at its default severity: see `REPORT_CHECKS`)
   */
  rules?: Partial<Record<Exclude<ReportFindingCode, "invalid_report">, RuleSetting>>;
}
