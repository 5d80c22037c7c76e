import { Dec } from "../../../_lib/decimal";
import { decimalsOf } from "../../../_lib/patterns";
import { DecimalSum } from "../../../_lib/sum";
import type { AnnualReport } from "../../../models/AnnualReport";
import { roundDec } from "../../../numbers/roundDecimal";
import { periodKey } from "../../../_lib/periodKey";
import type { ReportRule } from "../rule";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/**
 * Shares of the total: an `x_share_of_total` must be the unit's `x` over the total unit's `x`,
 * in percent, at the printed precision (`34,5` against the exact share rounded half-up to one
 * decimal). A finding names the two values it divided (`numerator`, `denominator`).
 */
export const shares: ReportRule = {
  name: "shares",
  codes: {
    share_mismatch: {
      severity: "error",
      figures: ["expected", "actual", "difference", "numerator", "denominator"],
      description: "a `…_share_of_total` differs from the unit's value over the total unit's",
      example: "none: 34,5 / 6,3 / 59,2 % are right at one decimal",
    },
  },
  check(context) {
    const { index, total } = context;
    if (total === undefined) return;
    for (const { at, shareOf } of context.roles.shares) {
      const observation = index.observations[at] as ObservationRecord;
      const period = periodKey(observation.period);
      const part = index.get(observation.unitId, shareOf, period);
      const whole = index.get(total.id, shareOf, period);
      if (!part || !whole || new Dec(whole.observation.value).isZero()) continue;
      const expected = roundDec(new Dec(part.observation.value).times(100).div(whole.observation.value), decimalsOf(observation.value));
      // Equal strings are equal values; other strings may still be ("-0.0" and "0.0").
      if (expected === observation.value || new Dec(expected).equals(observation.value)) continue;
      context.report(
        "share_mismatch",
        ["observations", at, "value"],
        {
          expected,
          actual: observation.value,
          difference: DecimalSum.of(observation.value).minus(DecimalSum.of(expected)).toString(),
          numerator: part.observation.value,
          denominator: whole.observation.value,
        },
        { indicator: observation.indicator, unit: context.unitName(observation.unitId), total: context.unitName(total.id) },
      );
    }
  },
};
