import { Dec } from "../../../_lib/decimal";
import { decimalsOf } from "../../../_lib/patterns";
import { divideRounded, quotientRoundsHalfUpTo } from "../../../_lib/quotient";
import { DecimalSum } from "../../../_lib/sum";
import type { IndicatorFormula } from "../../../indicators/catalogue";
import type { AnnualReport } from "../../../models/AnnualReport";
import { DEFAULT_ROUNDING_RULE } from "../../../numbers/roundDecimal";
import { periodKey } from "../../../_lib/periodKey";
import type { ReportRule, RuleContext } from "../rule";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** Drops a leading plus sign: the quotient takes plain decimals. */
const unsigned = (value: string): string => (value.charCodeAt(0) === 43 ? value.slice(1) : value); // "+"

/** What a wrong derived figure is computed from: the formula's value at the printed precision and its two inputs. */
interface Computed {
  expected: string;
  numerator: string;
  denominator: string;
}

/** The formula's value at the precision `printed` is written with, and its inputs, or `undefined` when it is right or cannot be computed. */
function expectedIfWrong(context: RuleContext, observation: ObservationRecord, formula: IndicatorFormula): Computed | undefined {
  const { index } = context;
  const period = periodKey(observation.period);
  const top = index.at(observation.unitId, formula.numerator, period);
  const bottom = index.at(observation.unitId, formula.denominator, period);
  if (top === undefined || bottom === undefined) return undefined;
  const numeratorAsWritten = (index.observations[top] as ObservationRecord).value;
  const denominatorAsWritten = (index.observations[bottom] as ObservationRecord).value;
  const numerator = unsigned(numeratorAsWritten);
  const denominator = unsigned(denominatorAsWritten);
  // Most figures are right: a few integer comparisons say so without writing the quotient.
  if (
    DEFAULT_ROUNDING_RULE === "half_up" &&
    quotientRoundsHalfUpTo(numerator, denominator, formula.multiplier, observation.value) === true
  ) {
    return undefined;
  }
  if (!/[1-9]/.test(denominator)) return undefined;
  // The inputs are decimal strings (validated): the formula's quotient at the printed precision.
  const expected = divideRounded(numerator, denominator, formula.multiplier, decimalsOf(observation.value), DEFAULT_ROUNDING_RULE);
  // Equal strings are equal values; other strings may still be ("-0.0" and "0.0").
  if (expected === observation.value || new Dec(expected).equals(observation.value)) return undefined;
  return { expected, numerator: numeratorAsWritten, denominator: denominatorAsWritten };
}

/**
 * Derived indicators against their inputs: reach, per user, the catalogue's shares, each
 * against its formula's numerator and denominator at the same unit and period, at the printed
 * precision. A finding names both inputs' values (`numerator`, `denominator`).
 */
export const derived: ReportRule = {
  name: "derived",
  codes: {
    derived_mismatch: {
      severity: "error",
      figures: ["expected", "actual", "difference", "numerator", "denominator"],
      description: "a derived indicator differs from its inputs (reach, per user, shares of the catalogue)",
      example: "staff who trained: 36 of 48 is 75 %, the report says 77 %",
    },
  },
  check(context) {
    for (const { at, formula } of context.roles.derived) {
      const observation = context.index.observations[at] as ObservationRecord;
      const computed = expectedIfWrong(context, observation, formula);
      if (computed === undefined) continue;
      const { expected, numerator, denominator } = computed;
      context.report(
        "derived_mismatch",
        ["observations", at, "value"],
        {
          expected,
          actual: observation.value,
          difference: DecimalSum.of(observation.value).minus(DecimalSum.of(expected)).toString(),
          numerator,
          denominator,
        },
        { indicator: observation.indicator, unit: context.unitName(observation.unitId), formula },
      );
    }
  },
};
