import { DecimalSum } from "../../../_lib/sum";
import { getIndicator } from "../../../indicators/catalogue";
import type { ReportRule, RuleContext } from "../rule";

/** The groups (and the total) whose every member has a value somewhere: unit numbers of the index. */
function completeGroups(context: RuleContext): Array<{ id: string; number: number; members: number[] }> {
  const { index } = context;
  return context.document.units.flatMap((unit) => {
    const members = (unit.members ?? []).map((member) => index.unit(member));
    // (A member with no number has no values: the group cannot be complete.)
    if (members.length === 0 || members.includes(undefined)) return [];
    return [{ id: unit.id, number: index.unit(unit.id) as number, members: members as number[] }];
  });
}

/**
 * Totals and groups against their members: for an additive indicator (the catalogue's
 * `additive`; titles never are), a total or group unit with `members` must be the sum of its
 * members' values in the same period.
 */
export const totals: ReportRule = {
  name: "totals",
  codes: {
    parts_do_not_add_up: {
      severity: "error",
      figures: ["expected", "actual", "difference"],
      description: "a total or group unit (with `members`) differs from the sum of its members, for an **additive** indicator",
      example: "none: acquisitions, events and stock add up; titles (829 + 133 + 782 ≠ 971) are not additive and are never checked",
    },
  },
  check(context) {
    const groups = completeGroups(context);
    const observations = context.index.observations;
    for (const { indicator, period, column } of context.index.columns()) {
      const definition = getIndicator(indicator);
      if (definition === undefined || !definition.additive || definition.kind === "derived") continue;
      for (const group of groups) {
        const statedAt = column[group.number];
        if (statedAt === undefined) continue;
        const sum = new DecimalSum();
        let complete = true;
        for (const member of group.members) {
          const partAt = column[member];
          if (partAt === undefined) {
            complete = false;
            break;
          }
          const value = (observations[partAt] as { value: string }).value;
          if (context.validated) sum.addValid(value);
          else sum.add(value);
        }
        const stated = (observations[statedAt] as { value: string }).value;
        // Equal strings are equal values; other strings may still be ("12.5" and "12.50").
        if (!complete || sum.toString() === stated) continue;
        const difference = DecimalSum.of(stated).minus(sum);
        if (difference.isZero()) continue;
        context.report(
          "parts_do_not_add_up",
          ["observations", statedAt, "value"],
          { expected: sum.toString(), actual: stated, difference: difference.toString() },
          { indicator, unit: context.unitName(group.id), period: period.split("..")[0] as string },
        );
      }
    }
  },
};
