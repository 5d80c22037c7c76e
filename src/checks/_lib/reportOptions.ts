// The options of checkReport, checked before any rule runs: a typo in a rule's name or setting is
// an error, not a setting silently ignored.
import { invalidArgument, optionsObject } from "../../_lib/arguments";
import { assertDecimal } from "../../_lib/sum";
import type { CheckReportOptions } from "../ReportFinding";
import { RULES } from "./rules/index";

const CODES: ReadonlySet<string> = new Set(RULES.flatMap((rule) => Object.keys(rule.codes)));
const SETTINGS: ReadonlySet<unknown> = new Set(["off", "error", "warning", "info"]);

/** The options, checked: `invalid_argument` (or `invalid_decimal` for the tolerance) with the option's path. */
export function readReportOptions(options: unknown): CheckReportOptions {
  const read = optionsObject(options) as CheckReportOptions & Record<string, unknown>;
  if (read.assumeValid !== undefined && typeof read.assumeValid !== "boolean") {
    throw invalidArgument("options.assumeValid", "true or false", read.assumeValid, ["options", "assumeValid"]);
  }
  if (read.tolerancePercent !== undefined) assertDecimal(read.tolerancePercent, ["options", "tolerancePercent"]);
  const rules: unknown = read.rules;
  if (rules === undefined) return read;
  if (rules === null || typeof rules !== "object" || Array.isArray(rules))
    throw invalidArgument("options.rules", "an object", rules, ["options", "rules"]);
  for (const [code, setting] of Object.entries(rules)) {
    if (!CODES.has(code))
      throw invalidArgument(`options.rules`, "finding codes of checkReport (REPORT_CHECKS)", code, ["options", "rules", code]);
    if (!SETTINGS.has(setting))
      throw invalidArgument(`options.rules.${code}`, '"off", "error", "warning" or "info"', setting, ["options", "rules", code]);
  }
  return read;
}
