import { Dec } from "../../../_lib/decimal";
import { decimalsOf } from "../../../_lib/patterns";
import { DecimalSum } from "../../../_lib/sum";
import { getIndicator } from "../../../indicators/catalogue";
import type { AnnualReport } from "../../../models/AnnualReport";
import { safeParseQuantity } from "../../../numbers/parseQuantity";
import { roundDec } from "../../../numbers/roundDecimal";
import { periodKey } from "../../../_lib/periodKey";
import type { ReportRule, RuleContext } from "../rule";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** The difference's value against the two years it compares, at its printed precision. */
function checkValue(context: RuleContext, observation: ObservationRecord, at: number): void {
  const { index } = context;
  const later = index.get(observation.unitId, observation.indicator, periodKey(observation.period));
  const earlier = index.get(
    observation.unitId,
    observation.indicator,
    periodKey(observation.differenceFrom as ObservationRecord["period"]),
  );
  if (!later || !earlier) return;
  const expected = DecimalSum.of(later.observation.value).minus(DecimalSum.of(earlier.observation.value));
  if (new Dec(observation.value).equals(roundDec(expected.toDec(), decimalsOf(observation.value)))) return;
  context.report(
    "difference_mismatch",
    ["observations", at, "value"],
    { expected: expected.toString(), actual: observation.value, difference: DecimalSum.of(observation.value).minus(expected).toString() },
    {
      indicator: observation.indicator,
      unit: context.unitName(observation.unitId),
      later: later.observation.value,
      earlier: earlier.observation.value,
    },
  );
}

/** The difference as written: a sign lost in conversion (`· 2,0 %`), `%` for a difference of percentages. */
function checkWritten(context: RuleContext, observation: ObservationRecord, at: number): void {
  if (observation.asWritten === undefined) return;
  const written = safeParseQuantity(observation.asWritten);
  if (!written.success) return;
  const figures = { written: observation.asWritten, value: observation.value };
  const subject = { indicator: observation.indicator, unit: context.unitName(observation.unitId) };
  if (written.data.signUnknown === true) context.report("sign_lost", ["observations", at, "asWritten"], figures, subject);
  const isPercentIndicator = getIndicator(observation.indicator)?.unit === "percent" || observation.unit === "percentage_points";
  if (isPercentIndicator && written.data.unit === "percent") {
    // The two percentages it is the difference of, when the report gives both.
    const { later, earlier } = years(context, observation);
    const both = later !== undefined && earlier !== undefined ? { earlier, later } : {};
    context.report("percent_for_percentage_points", ["observations", at, "asWritten"], { ...figures, ...both }, subject);
  }
}

/** The values of the two periods a difference compares (its own and `differenceFrom`), where the report gives them. */
function years(context: RuleContext, observation: ObservationRecord): { later?: string; earlier?: string } {
  const { index } = context;
  const from = observation.differenceFrom as ObservationRecord["period"];
  const later = index.get(observation.unitId, observation.indicator, periodKey(observation.period))?.observation.value;
  const earlier = index.get(observation.unitId, observation.indicator, periodKey(from))?.observation.value;
  return { ...(later === undefined ? {} : { later }), ...(earlier === undefined ? {} : { earlier }) };
}

/**
 * Difference columns (observations with `differenceFrom`): the value against this year minus
 * last year, and the written form (`asWritten`, read with `parseQuantity`): a lost sign is
 * `signUnknown`, a `%` unit on a percentage indicator is the percent-for-points confusion.
 */
export const differences: ReportRule = {
  name: "differences",
  codes: {
    difference_mismatch: {
      severity: "error",
      figures: ["expected", "actual", "difference"],
      description: "a difference column differs from this year minus last year",
      example: "none: −718, −217, −72, −429 are right",
    },
    sign_lost: {
      severity: "warning",
      figures: ["written", "value"],
      description: "a difference is written without its sign (the converted table's `·`)",
      example: "reach: `· 2,0 %` (−2,0), `· 8,4 %` (−8,4), `· 1,1 %` (+1,1)",
    },
    percent_for_percentage_points: {
      severity: "warning",
      figures: ["written", "value", "earlier", "later"],
      description: "a difference of two percentages is written in `%`",
      example: "reach: all four differences (24,3 % → 22,3 % is −2,0 percentage points, a −8,2 % change)",
    },
  },
  check(context) {
    const checksValue = context.isOn("difference_mismatch");
    const checksWritten = context.isOn("sign_lost") || context.isOn("percent_for_percentage_points");
    for (const at of context.index.differences) {
      const observation = context.index.observations[at] as ObservationRecord;
      if (checksValue) checkValue(context, observation, at);
      if (checksWritten) checkWritten(context, observation, at);
    }
  },
};
