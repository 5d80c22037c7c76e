import { DecimalSum } from "../../../_lib/sum";
import { subjectOf } from "../subject";
import { findingOf, type LineCheck } from "./BudgetCheck";

/**
 * `balance_mismatch` (error): a balance as written (`carriedOver`, likutis) differs from
 * received − used.
 *
 * @example
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * checkBudget([{ year: 2023, sourceId: "state_budget", received: eur("100.00"), used: eur("90.00"), carriedOver: eur("0.00") }]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["balance_mismatch", "lines.0.carriedOver", { expected: "10.00", actual: "0.00", difference: "-10.00" }]]
 * ```
 */
export const balanceMismatch: LineCheck<"balance_mismatch"> = {
  code: "balance_mismatch",
  severity: "error",
  figures: ["expected", "actual", "difference"],
  description: "a balance as written differs from received − used",
  find({ line, index, own: { received, used, carriedOver }, present, inLitas }) {
    if (carriedOver === undefined || received === undefined || used === undefined) return undefined;
    const expectedSum = DecimalSum.of(received).minus(DecimalSum.of(used));
    const actual = DecimalSum.of(carriedOver, ["lines", index, "carriedOver", "amount"]).toString();
    if (expectedSum.toDec().equals(actual)) return undefined;
    const difference = DecimalSum.of(actual).minus(expectedSum).toString();
    const litas = { expected: expectedSum.toString(), actual, difference };
    const figures = { expected: present(litas.expected), actual: present(actual), difference: present(difference) };
    return findingOf(
      balanceMismatch,
      ["lines", index, "carriedOver"],
      figures,
      subjectOf(line, "carriedOver", inLitas ? litas : undefined),
    );
  },
};
