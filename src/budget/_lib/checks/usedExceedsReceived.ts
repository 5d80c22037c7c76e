import { Dec } from "../../../_lib/decimal";
import { DecimalSum } from "../../../_lib/sum";
import { subjectOf } from "../subject";
import { findingOf, type LineCheck } from "./BudgetCheck";

/**
 * `used_exceeds_received` (error): more was used than received.
 *
 * @example
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * checkBudget([{ year: 2023, sourceId: "state_budget", received: eur("10.00"), used: eur("12.50") }]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["used_exceeds_received", "lines.0.used", { received: "10.00", used: "12.50", difference: "2.50" }]]
 * ```
 */
export const usedExceedsReceived: LineCheck<"used_exceeds_received"> = {
  code: "used_exceeds_received",
  severity: "error",
  figures: ["received", "used", "difference"],
  description: "more was used than received",
  find({ line, index, own: { received, used }, present, inLitas }) {
    if (received === undefined || used === undefined || !new Dec(used).greaterThan(received)) return undefined;
    const difference = DecimalSum.of(used).minus(DecimalSum.of(received)).toString();
    const litas = { received, used, difference };
    const figures = { received: present(received), used: present(used), difference: present(difference) };
    return findingOf(usedExceedsReceived, ["lines", index, "used"], figures, subjectOf(line, "used", inLitas ? litas : undefined));
  },
};
