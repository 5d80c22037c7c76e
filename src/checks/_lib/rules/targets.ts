import { evaluateTarget, type TargetEvaluation } from "../../../indicators/evaluateTarget";
import type { ReportRule } from "../rule";

/** Which evaluations each verdict of the report allows (without a tolerance, "almost" is taken at the report's word). */
const VERDICT_ALLOWS: Readonly<Record<string, ReadonlyArray<TargetEvaluation["status"]>>> = {
  achieved: ["met"],
  almost_achieved: ["almost_met", "not_met"],
  partly_achieved: ["almost_met", "not_met"],
  not_achieved: ["not_met", "almost_met"],
};

/**
 * Targets: the report's verdict (`outcome`) against its planned and actual values. *Achieved*
 * must be met; *not achieved*, *partly* and *almost achieved* must not be (with
 * `tolerancePercent`, *almost achieved* must be within it).
 */
export const targets: ReportRule = {
  name: "targets",
  codes: {
    target_outcome_mismatch: {
      severity: "warning",
      figures: ["planned", "actual", "shortfall", "status"],
      description: "the report's verdict on a target contradicts its planned and actual values",
      example:
        'none: reach 22,3 % against at least 24,0 % is "not achieved", as the report says; loans 73 341 against 75 000 "almost achieved" is accepted (pass `tolerancePercent` to check "almost" strictly)',
    },
  },
  check(context) {
    const { tolerancePercent } = context.options;
    (context.document.targets ?? []).forEach((target, at) => {
      const planned = target.planned;
      if (!planned || planned.comparison === "qualitative" || planned.value === undefined) return;
      if (target.actual === undefined || target.outcome === undefined) return;
      const evaluation = evaluateTarget(
        { comparison: planned.comparison, value: planned.value },
        target.actual,
        tolerancePercent === undefined ? {} : { tolerancePercent },
      );
      const allowed =
        target.outcome === "almost_achieved" && tolerancePercent !== undefined ? ["almost_met"] : (VERDICT_ALLOWS[target.outcome] ?? []);
      if (allowed.includes(evaluation.status)) return;
      context.report(
        "target_outcome_mismatch",
        ["targets", at, "outcome"],
        { planned: planned.value, actual: target.actual, shortfall: evaluation.shortfall, status: evaluation.status },
        { ref: String(target.ref ?? at), description: target.description, outcome: target.outcome, comparison: planned.comparison },
      );
    });
  },
};
