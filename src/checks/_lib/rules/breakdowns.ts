import { DecimalSum } from "../../../_lib/sum";
import type { AnnualReport } from "../../../models/AnnualReport";
import { periodKey } from "../../../_lib/periodKey";
import type { ReportRule, RuleContext } from "../rule";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** The parts given at the observation's unit and period, or `undefined` when the breakdown is not checked. */
function givenParts(context: RuleContext, observation: ObservationRecord, parts: readonly string[]): ObservationRecord[] | undefined {
  const period = periodKey(observation.period);
  const given: ObservationRecord[] = [];
  for (const part of parts) {
    const partAt = context.index.at(observation.unitId, part, period);
    if (partAt !== undefined) given.push(context.index.observations[partAt] as ObservationRecord);
  }
  // A breakdown is checked only when it is complete for additive parts that partition the whole:
  // two parts at least; stock by type only when every type is given (fiction, non-fiction and
  // periodicals need not cover everything).
  if (given.length < 2 || (observation.indicator === "stock" && given.length < parts.length)) return undefined;
  return given;
}

/**
 * Breakdowns against their totals: the parts of an indicator (`partOf` in the catalogue: loans
 * by document type, events by kind, stock by type) must add up to its value at the same unit
 * and period.
 */
export const breakdowns: ReportRule = {
  name: "breakdowns",
  codes: {
    breakdown_does_not_add_up: {
      severity: "error",
      figures: ["expected", "actual", "difference", "parts"],
      description:
        "the parts of an indicator (`partOf` in the catalogue: loans by document type, events by kind, stock by type) differ from its total",
      example: "loans: 37 510 + 35 057 + 690 + 160 = 73 417, the total is 73 341",
    },
  },
  check(context) {
    for (const { at, parts } of context.roles.breakdowns) {
      const observation = context.index.observations[at] as ObservationRecord;
      const given = givenParts(context, observation, parts);
      if (given === undefined) continue;
      const sum = new DecimalSum();
      for (const part of given) sum.add(part.value);
      if (sum.toString() === observation.value) continue;
      const difference = DecimalSum.of(observation.value).minus(sum);
      if (difference.isZero()) continue;
      context.report(
        "breakdown_does_not_add_up",
        ["observations", at, "value"],
        {
          expected: sum.toString(),
          actual: observation.value,
          difference: difference.toString(),
          parts: given.map((p) => p.indicator).join(","),
        },
        { indicator: observation.indicator, unit: context.unitName(observation.unitId), count: given.length },
      );
    }
  },
};
