import { Dec } from "../_lib/decimal";
import { quotientRoundsHalfUpTo } from "../_lib/quotient";
import { DecimalSum } from "../_lib/sum";
import { checkBudget, type BudgetFindingCode } from "../budget/checkBudget";
import type { Finding } from "../findings/Finding";
import { getIndicator, INDICATORS, type IndicatorFormula } from "../indicators/catalogue";
import { deriveRounded } from "../indicators/_lib/derive";
import { evaluateTarget } from "../indicators/evaluateTarget";
import type { AnnualReport } from "../models/AnnualReport";
import { validateAnnualReport } from "../models/_lib/validateAnnualReport";
import { formatNumber } from "../numbers/formatNumber";
import { safeParseQuantity } from "../numbers/parseQuantity";
import { DEFAULT_ROUNDING_RULE, roundDec } from "../numbers/roundDecimal";
import { readClaims } from "../texts/readClaims";
import { claimIndicator, nearButDifferent } from "./_lib/claims";
import { decimalsOf } from "../_lib/patterns";
import { ObservationIndex, periodKey } from "./_lib/index";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/**
 * The codes {@link checkReport} gives: the budget's (see `BudgetFindingCode`) and these.
 *
 * | code | severity | found when |
 * | --- | --- | --- |
 * | `invalid_report` | error | the report does not match the `AnnualReport` schema (one finding per problem) |
 * | `parts_do_not_add_up` | error | a total or group unit's value of an additive indicator differs from the sum of its members' |
 * | `breakdown_does_not_add_up` | error | the parts of an indicator (loans by document type, events by kind) differ from its total at the same unit |
 * | `difference_mismatch` | error | a difference column differs from this year's value minus last year's |
 * | `sign_lost` | warning | a difference is written without its sign (`· 2,0 %`) |
 * | `percent_for_percentage_points` | warning | a difference of percentages is written in `%`, not percentage points |
 * | `share_mismatch` | error | a share of the total (`…_share_of_total`) differs from the unit's value over the total's, at the printed precision |
 * | `derived_mismatch` | error | a derived indicator (reach, a share, per user) differs from its inputs, at the printed precision |
 * | `target_outcome_mismatch` | warning | the report's verdict on a target (achieved, not achieved) contradicts its planned and actual values |
 * | `claim_differs_from_table` | warning | a number in the narrative restates a table's figure (same indicator, the total unit, the report's year) but differs from it by 2 % or less |
 *
 * @example
 * ```ts
 * import type { ReportFindingCode } from "bibliotekos/checks";
 * const code: ReportFindingCode = "sign_lost";
 * code;
 * //=> "sign_lost"
 * ```
 */
export type ReportFindingCode =
  | BudgetFindingCode
  | "invalid_report"
  | "parts_do_not_add_up"
  | "breakdown_does_not_add_up"
  | "difference_mismatch"
  | "sign_lost"
  | "percent_for_percentage_points"
  | "share_mismatch"
  | "derived_mismatch"
  | "target_outcome_mismatch"
  | "claim_differs_from_table";

/**
 * A finding of {@link checkReport}.
 *
 * @example
 * ```ts
 * import { checkReport, type ReportFinding } from "bibliotekos/checks";
 * const findings: ReportFinding[] = checkReport({ institutionId: "x", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [] });
 * findings;
 * //=> []
 * ```
 */
export type ReportFinding = Finding<ReportFindingCode>;

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
}

const OUTCOME_MEETS: Record<string, Array<"met" | "almost_met" | "not_met">> = {
  achieved: ["met"],
  almost_achieved: ["almost_met", "not_met"],
  partly_achieved: ["almost_met", "not_met"],
  not_achieved: ["not_met", "almost_met"],
};

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
 * @param report - the report (not mutated).
 * @param options - {@link CheckReportOptions}.
 * @returns the findings.
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
export function checkReport(report: AnnualReport, options: CheckReportOptions = {}): ReportFinding[] {
  const validated = options.assumeValid !== true;
  const invalid = validated ? validateAnnualReport(report) : undefined;
  if (invalid !== undefined) {
    const issues = invalid.issues ?? [];
    return (
      issues.length > 0 ? issues : [{ path: invalid.path ?? [], code: "invalid", message: invalid.message, messageLt: invalid.messageLt }]
    ).map((issue) => ({
      code: "invalid_report" as const,
      severity: "error" as const,
      path: [...issue.path],
      figures: {},
      message: { en: issue.message, lt: issue.messageLt },
    }));
  }
  const findings: ReportFinding[] = [];
  const index = new ObservationIndex(report);
  const unitName = new Map(report.units.map((u) => [u.id, u.name]));
  const name = (id: string) => unitName.get(id) ?? id;
  const indicatorName = (id: string) => ({ en: getIndicator(id)?.nameEn ?? id, lt: getIndicator(id)?.nameLt ?? id });

  // 1. Totals and groups against their members, additive indicators only.
  const groups = report.units.flatMap((unit) => {
    const members = (unit.members ?? []).map((member) => index.unit(member));
    // (A member with no number has no values: the group cannot be complete.)
    return members.length === 0 || members.includes(undefined)
      ? []
      : [{ unit, number: index.unit(unit.id) as number, members: members as number[] }];
  });
  const observations = index.observations;
  for (const { indicator, period, column } of index.columns()) {
    const definition = getIndicator(indicator);
    if (definition === undefined || !definition.additive || definition.kind === "derived") continue;
    for (const { unit, number, members } of groups) {
      const statedAt = column[number];
      if (statedAt === undefined) continue;
      const sum = new DecimalSum();
      let complete = true;
      for (const member of members) {
        const partAt = column[member];
        if (partAt === undefined) {
          complete = false;
          break;
        }
        const value = (observations[partAt] as ObservationRecord).value;
        if (validated) sum.addValid(value);
        else sum.add(value);
      }
      const stated = { observation: observations[statedAt] as ObservationRecord, index: statedAt };
      // Equal strings are equal values; other strings may still be ("12.5" and "12.50").
      if (!complete || sum.toString() === stated.observation.value) continue;
      const difference = DecimalSum.of(stated.observation.value).minus(sum);
      if (difference.isZero()) continue;
      const names = indicatorName(indicator);
      findings.push({
        code: "parts_do_not_add_up",
        severity: "error",
        path: ["observations", stated.index, "value"],
        figures: { expected: sum.toString(), actual: stated.observation.value, difference: difference.toString() },
        message: {
          en: `${names.en}, ${name(unit.id)} (${period.split("..")[0]}): the members add up to ${sum.toString()}, the report says ${stated.observation.value}.`,
          lt: `${names.lt}, ${name(unit.id)} (${period.split("..")[0]} m.): sudėjus dalis gaunama ${formatNumber(sum.toString())}, ataskaitoje – ${formatNumber(stated.observation.value)}.`,
        },
      });
    }
  }

  const total = report.units.find((u) => u.kind === "total");
  const checkBreakdown = (observation: ObservationRecord, at: number, parts: string[]): ReportFinding | undefined => {
    const period = periodKey(observation.period);
    const given: ObservationRecord[] = [];
    for (const part of parts) {
      const partAt = index.at(observation.unitId, part, period);
      if (partAt !== undefined) given.push(observations[partAt] as ObservationRecord);
    }
    // A breakdown is checked only when it is complete for additive parts that partition the whole.
    if (given.length < 2 || (observation.indicator === "stock" && given.length < parts.length)) return undefined;
    const sum = new DecimalSum();
    for (const part of given) sum.add(part.value);
    if (sum.toString() === observation.value) return undefined;
    const difference = DecimalSum.of(observation.value).minus(sum);
    if (difference.isZero()) return undefined;
    const names = indicatorName(observation.indicator);
    return {
      code: "breakdown_does_not_add_up",
      severity: "error",
      path: ["observations", at, "value"],
      figures: {
        expected: sum.toString(),
        actual: observation.value,
        difference: difference.toString(),
        parts: given.map((p) => p.indicator).join(","),
      },
      message: {
        en: `${names.en}, ${name(observation.unitId)}: its ${given.length} parts add up to ${sum.toString()}, the total is ${observation.value} (difference ${difference.toString()}).`,
        lt: `${names.lt}, ${name(observation.unitId)}: ${given.length} dalių suma ${formatNumber(sum.toString())}, o iš viso nurodyta ${formatNumber(observation.value)} (skirtumas ${formatNumber(difference.toString())}).`,
      },
    };
  };
  const checkDerived = (
    observation: ObservationRecord,
    at: number,
    shareOf: string | undefined,
    formula: IndicatorFormula | undefined,
  ): ReportFinding | undefined => {
    const period = periodKey(observation.period);
    const decimals = decimalsOf(observation.value);
    let expected: string | null = null;
    let code: "share_mismatch" | "derived_mismatch" | undefined;
    if (shareOf !== undefined) {
      const part = total === undefined ? undefined : index.get(observation.unitId, shareOf, period);
      const whole = total === undefined ? undefined : index.get(total.id, shareOf, period);
      if (part && whole && !new Dec(whole.observation.value).isZero()) {
        expected = roundDec(new Dec(part.observation.value).times(100).div(whole.observation.value), decimals);
        code = "share_mismatch";
      }
    } else if (formula !== undefined) {
      const top = index.at(observation.unitId, formula.numerator, period);
      const bottom = index.at(observation.unitId, formula.denominator, period);
      if (top !== undefined && bottom !== undefined) {
        const numerator = (observations[top] as ObservationRecord).value;
        const denominator = (observations[bottom] as ObservationRecord).value;
        // Most figures are right: a few integer comparisons say so without writing the quotient.
        if (
          DEFAULT_ROUNDING_RULE === "half_up" &&
          quotientRoundsHalfUpTo(numerator, denominator, formula.multiplier, observation.value) === true
        )
          return undefined;
        // The inputs are decimal strings (validated above): the formula's quotient at the printed precision.
        expected = deriveRounded(formula, numerator, denominator, decimals, DEFAULT_ROUNDING_RULE);
        code = "derived_mismatch";
      }
    }
    // Equal strings are equal values; other strings may still be ("-0.0" and "0.0").
    if (code === undefined || expected === null || expected === observation.value || new Dec(expected).equals(observation.value))
      return undefined;
    const names = indicatorName(observation.indicator);
    return {
      code,
      severity: "error",
      path: ["observations", at, "value"],
      figures: {
        expected,
        actual: observation.value,
        difference: DecimalSum.of(observation.value).minus(DecimalSum.of(expected)).toString(),
      },
      message: {
        en: `${names.en}, ${name(observation.unitId)}: written as ${observation.value}, but its inputs give ${expected}.`,
        lt: `${names.lt}, ${name(observation.unitId)}: nurodyta ${formatNumber(observation.value)}, bet apskaičiavus gaunama ${formatNumber(expected)}.`,
      },
    };
  };
  // 2. and 4. in one pass over the observations; their findings are listed in that order, around 3.
  // 2. Breakdowns (partOf) against their totals at the same unit and period.
  // 4. Shares of the total and derived indicators, at the printed precision.
  const breakdownFindings: ReportFinding[] = [];
  const derivedFindings: ReportFinding[] = [];
  const breakdowns = new Map<string, string[]>();
  for (const definition of INDICATORS) {
    if (definition.partOf) breakdowns.set(definition.partOf, [...(breakdowns.get(definition.partOf) ?? []), definition.id]);
  }
  // What each indicator is checked against: its parts, the total's value (a share of the total), its formula's inputs; or nothing.
  type Role = { parts: string[] | undefined; shareOf: string | undefined; formula: IndicatorFormula | undefined };
  const roles = new Map<string, Role | null>();
  const roleOf = (indicator: string): Role | null => {
    let role = roles.get(indicator);
    if (role === undefined) {
      const parts = breakdowns.get(indicator);
      const shareOf = indicator.match(/^(.+)_share_of_total$/)?.[1];
      const formula = shareOf === undefined ? getIndicator(indicator)?.formula : undefined;
      role = parts === undefined && shareOf === undefined && formula === undefined ? null : { parts, shareOf, formula };
      roles.set(indicator, role);
    }
    return role;
  };
  for (let at = 0; at < observations.length; at++) {
    const observation = observations[at] as ObservationRecord;
    const role = roleOf(observation.indicator);
    if (role === null || observation.differenceFrom !== undefined) continue;
    if (role.parts !== undefined) {
      const finding = checkBreakdown(observation, at, role.parts);
      if (finding !== undefined) breakdownFindings.push(finding);
    }
    if (role.shareOf !== undefined || role.formula !== undefined) {
      const finding = checkDerived(observation, at, role.shareOf, role.formula);
      if (finding !== undefined) derivedFindings.push(finding);
    }
  }
  findings.push(...breakdownFindings);

  // 3. Difference columns: the value, its sign, its unit.
  for (const at of index.differences) {
    const observation = observations[at] as ObservationRecord;
    const later = index.get(observation.unitId, observation.indicator, periodKey(observation.period));
    const earlier = index.get(
      observation.unitId,
      observation.indicator,
      periodKey(observation.differenceFrom as { start: string | null; end: string | null }),
    );
    const names = indicatorName(observation.indicator);
    const where = `${names.en}, ${name(observation.unitId)}`;
    const whereLt = `${names.lt}, ${name(observation.unitId)}`;
    if (later && earlier) {
      const expected = DecimalSum.of(later.observation.value).minus(DecimalSum.of(earlier.observation.value));
      const printed = new Dec(observation.value);
      const decimals = decimalsOf(observation.value);
      if (!printed.equals(roundDec(expected.toDec(), decimals))) {
        findings.push({
          code: "difference_mismatch",
          severity: "error",
          path: ["observations", at, "value"],
          figures: {
            expected: expected.toString(),
            actual: observation.value,
            difference: DecimalSum.of(observation.value).minus(expected).toString(),
          },
          message: {
            en: `${where}: the difference is written as ${observation.value}, but ${later.observation.value} − ${earlier.observation.value} = ${expected.toString()}.`,
            lt: `${whereLt}: skirtumas nurodytas ${formatNumber(observation.value)}, bet ${formatNumber(later.observation.value)} − ${formatNumber(earlier.observation.value)} = ${formatNumber(expected.toString())}.`,
          },
        });
      }
    }
    if (observation.asWritten === undefined) continue;
    const written = safeParseQuantity(observation.asWritten);
    if (!written.success) continue;
    if (written.data.signUnknown === true) {
      findings.push({
        code: "sign_lost",
        severity: "warning",
        path: ["observations", at, "asWritten"],
        figures: { written: observation.asWritten, value: observation.value },
        message: {
          en: `${where}: the difference "${observation.asWritten}" is written without its sign; it is ${observation.value}.`,
          lt: `${whereLt}: skirtumas „${observation.asWritten}“ parašytas be ženklo; turi būti ${formatNumber(observation.value)}.`,
        },
      });
    }
    const isPercentIndicator = getIndicator(observation.indicator)?.unit === "percent" || observation.unit === "percentage_points";
    if (isPercentIndicator && written.data.unit === "percent") {
      findings.push({
        code: "percent_for_percentage_points",
        severity: "warning",
        path: ["observations", at, "asWritten"],
        figures: { written: observation.asWritten, value: observation.value },
        message: {
          en: `${where}: a difference of two percentages is written in % ("${observation.asWritten}"); write percentage points (p. p.): ${observation.value} p. p.`,
          lt: `${whereLt}: dviejų procentų skirtumas parašytas procentais („${observation.asWritten}“); rašykite procentiniais punktais: ${formatNumber(observation.value)} proc. p.`,
        },
      });
    }
  }

  findings.push(...derivedFindings);

  // 5. Targets: the report's verdict against its planned and actual values.
  (report.targets ?? []).forEach((target, at) => {
    const planned = target.planned;
    if (
      !planned ||
      planned.comparison === "qualitative" ||
      planned.value === undefined ||
      target.actual === undefined ||
      target.outcome === undefined
    )
      return;
    const evaluation = evaluateTarget(
      { comparison: planned.comparison, value: planned.value },
      target.actual,
      options.tolerancePercent === undefined ? {} : { tolerancePercent: options.tolerancePercent },
    );
    // With a tolerance, "almost achieved" must be within it; without one, the report's word is taken.
    const allowed =
      target.outcome === "almost_achieved" && options.tolerancePercent !== undefined
        ? ["almost_met"]
        : (OUTCOME_MEETS[target.outcome] ?? []);
    if (allowed.includes(evaluation.status)) return;
    findings.push({
      code: "target_outcome_mismatch",
      severity: "warning",
      path: ["targets", at, "outcome"],
      figures: { planned: planned.value, actual: target.actual, shortfall: evaluation.shortfall, status: evaluation.status },
      message: {
        en: `Target ${target.ref ?? at} ("${target.description}"): the report says ${target.outcome.replace(/_/g, " ")}, but ${target.actual} against ${planned.comparison.replace("_", " ")} ${planned.value} is ${evaluation.status.replace("_", " ")}.`,
        lt: `Rodiklis ${target.ref ?? at} („${target.description}“): ataskaitoje – ${target.outcome === "achieved" ? "pasiektas" : "nepasiektas"}, bet ${formatNumber(target.actual)} palyginus su ${formatNumber(planned.value)} – ${evaluation.status === "met" ? "pasiektas" : "nepasiektas"}.`,
      },
    });
  });

  // 6. Numbers of the narrative against the tables they restate (the total unit, the report's year).
  if (total !== undefined) {
    const year = String(report.year);
    const previous = String(report.year - 1);
    (report.narrative ?? []).forEach((section, at) => {
      for (const claim of readClaims(section.text).claims) {
        const tied = claimIndicator(claim);
        if (tied === undefined) continue;
        const now = index.get(total.id, tied.indicator.id, year)?.observation.value;
        if (now === undefined) continue;
        let table = now;
        if (tied.difference) {
          const before = index.get(total.id, tied.indicator.id, previous)?.observation.value;
          if (before === undefined) continue;
          const delta = DecimalSum.of(now).minus(DecimalSum.of(before)).toString();
          table = delta.startsWith("-") ? delta.slice(1) : delta;
        }
        if (!nearButDifferent(claim.value, table)) continue;
        const names = indicatorName(tied.indicator.id);
        const what = tied.difference
          ? { en: `the change of ${names.en} from ${previous}`, lt: `${names.lt} pokytis nuo ${previous} m.` }
          : { en: names.en, lt: names.lt };
        findings.push({
          code: "claim_differs_from_table",
          severity: "warning",
          path: ["narrative", at, "text"],
          figures: {
            expected: table,
            actual: claim.value,
            difference: DecimalSum.of(claim.value).minus(DecimalSum.of(table)).toString(),
            offset: String(claim.index),
            text: claim.text,
          },
          message: {
            en: `The text says "${claim.phrase.text}", but the table gives ${what.en} as ${table}.`,
            lt: `Tekste rašoma „${claim.phrase.text}“, o lentelėje – ${what.lt}: ${formatNumber(table)}.`,
          },
        });
      }
    });
  }

  // 7. The budget chapter.
  for (const finding of checkBudget(report.budgetLines ?? [])) {
    findings.push({ ...finding, path: ["budgetLines", ...finding.path.slice(1)] });
  }
  return findings;
}
