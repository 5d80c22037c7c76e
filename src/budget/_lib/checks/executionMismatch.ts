import { Dec } from "../../../_lib/decimal";
import { decimalsOf } from "../../../_lib/patterns";
import { DecimalSum } from "../../../_lib/sum";
import { roundDec } from "../../../numbers/roundDecimal";
import { subjectOf } from "../subject";
import { findingOf, type LineCheck } from "./BudgetCheck";

/** The bases an execution can be printed against, in the order a mismatch reports them. */
const BASES = ["received", "planned"] as const;

/**
 * `execution_mismatch` (error): a printed execution differs from used / received × 100 and from
 * used / planned × 100, both rounded to the printed precision (`100` to whole percent, `97,87` to
 * two decimals), so that rounding never raises it. The expected figure is against received when it
 * can be computed, else against the plan; the figures name that quotient's inputs (`numerator`,
 * the amount used; `denominator`, the base).
 *
 * @example
 * Wages of 698 795,00 received and used on a plan of 714 000,00 are 100 % of what was received
 * and 97,87 % of the plan; 98,00 % is neither:
 * ```ts
 * import { checkBudget } from "bibliotekos/budget";
 * const eur = (amount: string) => ({ amount, currency: "EUR" as const });
 * const wages = { year: 2023, sourceId: "municipal_budget", planned: eur("714000.00"), received: eur("698795.00"), used: eur("698795.00") };
 * checkBudget([{ ...wages, executionPercent: "97.87" }, { ...wages, executionPercent: "98.00" }]).map((f) => [f.code, f.path.join("."), f.figures]);
 * //=> [["execution_mismatch", "lines.1.executionPercent", { expected: "100.00", actual: "98.00", difference: "-2.00", numerator: "698795.00", denominator: "698795.00" }]]
 * ```
 */
export const executionMismatch: LineCheck<"execution_mismatch"> = {
  code: "execution_mismatch",
  severity: "error",
  figures: ["expected", "actual", "difference", "numerator", "denominator"],
  description: "a printed execution differs from used / received and from used / planned, at the printed precision",
  find({ line, index, own }) {
    const actual = line.executionPercent;
    if (actual === undefined || own.used === undefined) return undefined;
    const used = new Dec(own.used);
    const decimals = decimalsOf(actual);
    const candidates = BASES.flatMap((base) => {
      const amount = own[base];
      return amount === undefined || new Dec(amount).isZero()
        ? []
        : [{ base, amount, value: roundDec(used.times(100).div(amount), decimals) }];
    });
    const printed = new Dec(actual);
    const first = candidates[0];
    if (first === undefined || candidates.some(({ value }) => printed.equals(value))) return undefined;
    const expected = first.value;
    const difference = DecimalSum.of(actual).minus(DecimalSum.of(expected)).toString();
    // The figures and the message name the base the expected execution is computed against.
    const figures = { expected, actual, difference, numerator: own.used, denominator: first.amount };
    return findingOf(executionMismatch, ["lines", index, "executionPercent"], figures, subjectOf(line, first.base));
  },
};
