import { describeValue, receivedOf } from "../../_lib/arguments";
import { fromDec } from "../../_lib/decimal";
import { DECIMAL_INPUT } from "../../_lib/patterns";
import type { BudgetFigures, ExecutionFigure } from "../BudgetFigures";
import { DecimalSum } from "../../_lib/sum";
import { BibliotekosError } from "../../errors/BibliotekosError";
import type { Money } from "../../money/types";
import { convertLtlToEur } from "../../money/convertLtlToEur";
import { roundDec, type RoundingRule } from "../../numbers/roundDecimal";
import type { BudgetLine } from "../BudgetLine";

/** The money figures of a budget line. */
export const AMOUNT_FIELDS = ["planned", "received", "collected", "used", "carriedOver"] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/**
 * A line's amount in euros as a decimal string (EUR amounts are returned as written and
 * validated where they are summed, once). Litas are converted by the money module's
 * `convertLtlToEur`: 3.45280, half-up to the cent, the official rule (DOMAIN.md §6).
 */
export function amountInEur(money: Money, path: Array<string | number>): string {
  if (money === null || typeof money !== "object" || typeof money.amount !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected Money such as { amount: "12.50", currency: "EUR" } at ${path.join(".")}`,
      input: money,
      path,
      expected: "Money",
      received: typeof money,
    });
  }
  if (money.currency === "EUR") return money.amount;
  if (money.currency === "LTL") {
    // Validate before decimal.js reads it, so that a bad amount is reported with its path.
    DecimalSum.of(money.amount, path);
    return convertLtlToEur(money).amount;
  }
  throw new BibliotekosError({
    code: "currency_mismatch",
    message: `Unknown currency ${describeValue(money.currency)} at ${path.join(".")}; expected EUR or LTL`,
    input: money,
    path,
    expected: "EUR | LTL",
    received: receivedOf(money.currency),
  });
}

/** Running sums of the four figures of a group of lines, and which lines lacked which figure. */
export class FigureSums {
  readonly sums: Record<AmountField, DecimalSum> = {
    planned: new DecimalSum(),
    received: new DecimalSum(),
    collected: new DecimalSum(),
    used: new DecimalSum(),
    carriedOver: new DecimalSum(),
  };
  /** The same sums in litas, kept while every amount is in litas (`allLitas`). */
  readonly litas: Record<AmountField, DecimalSum> = {
    planned: new DecimalSum(),
    received: new DecimalSum(),
    collected: new DecimalSum(),
    used: new DecimalSum(),
    carriedOver: new DecimalSum(),
  };
  /** Whether every amount added is in litas: then the execution is computed in litas, as `checkBudget` checks it. */
  allLitas = true;
  lineCount = 0;
  /** Lines that had a plan or appropriations but no `used`: they make execution unknowable. */
  linesWithoutUsed = 0;
  linesWithoutReceived = 0;
  linesWithoutPlanned = 0;

  addLine(line: BudgetLine, index: number): void {
    this.lineCount++;
    // Unrolled over the five figures: this runs once per line of a budget of a million lines.
    if (line.planned !== undefined) this.addMoney(this.sums.planned, line.planned, index, "planned");
    if (line.received !== undefined) this.addMoney(this.sums.received, line.received, index, "received");
    if (line.collected !== undefined) this.addMoney(this.sums.collected, line.collected, index, "collected");
    if (line.used !== undefined) this.addMoney(this.sums.used, line.used, index, "used");
    if (line.carriedOver !== undefined) this.addMoney(this.sums.carriedOver, line.carriedOver, index, "carriedOver");
    if (line.used === undefined) this.linesWithoutUsed++;
    if (line.received === undefined) this.linesWithoutReceived++;
    if (line.planned === undefined) this.linesWithoutPlanned++;
  }

  private addMoney(sum: DecimalSum, money: Money, index: number, field: AmountField): void {
    // The hot path (a euro amount that is a plain decimal) builds no path: only a failure does.
    if (money !== null && money.currency === "EUR" && typeof money.amount === "string" && DECIMAL_INPUT.test(money.amount)) {
      sum.addValid(money.amount);
      this.allLitas = false;
    } else {
      const path = ["lines", index, field, "amount"];
      sum.add(amountInEur(money, path), path);
      if (money.currency === "LTL") this.litas[field].add(money.amount, path);
      else this.allLitas = false;
    }
  }

  addSums(other: FigureSums): void {
    for (const field of AMOUNT_FIELDS) this.sums[field].addSum(other.sums[field]);
    for (const field of AMOUNT_FIELDS) this.litas[field].addSum(other.litas[field]);
    this.allLitas &&= other.allLitas;
    this.lineCount += other.lineCount;
    this.linesWithoutUsed += other.linesWithoutUsed;
    this.linesWithoutReceived += other.linesWithoutReceived;
    this.linesWithoutPlanned += other.linesWithoutPlanned;
  }
}

/** Options that shape how figures are presented. */
export interface PresentOptions {
  percentDecimals: number;
  rule: RoundingRule;
}

function execution(
  used: DecimalSum,
  base: DecimalSum,
  usedComplete: boolean,
  baseComplete: boolean,
  options: PresentOptions,
): ExecutionFigure {
  if (base.count === 0) return { percent: null, reason: "no_base" };
  if (used.count === 0) return { percent: null, reason: "no_used" };
  if (!usedComplete || !baseComplete) return { percent: null, reason: "incomplete" };
  const denominator = base.toDec();
  if (denominator.isZero()) return { percent: null, reason: "zero_base" };
  const ratio = used.toDec().times(100).div(denominator);
  return { percent: roundDec(ratio, options.percentDecimals, options.rule), exact: fromDec(ratio.toDecimalPlaces(20)) };
}

/** Presents running sums as {@link BudgetFigures}. */
export function present(group: FigureSums, options: PresentOptions): BudgetFigures {
  const { planned, received, collected, used, carriedOver } = group.sums;
  // A group all in litas: its execution from the litas, not from their conversions' cents
  // (0,50 of 1,00 Lt is 50 %, where 0,14 of 0,29 Eur is 48,28 %).
  const ratios = group.allLitas && group.lineCount > 0 ? group.litas : group.sums;
  const value = (sum: DecimalSum) => (sum.count === 0 ? null : sum.toString());
  // A line counts as lacking `used` only if it had something to use (a plan or appropriations).
  const usedComplete = used.count === 0 || used.count === group.lineCount;
  const receivedComplete = received.count === 0 || received.count === group.lineCount;
  const plannedComplete = planned.count === 0 || planned.count === group.lineCount;
  const incomplete: BudgetFigures["incomplete"] = [];
  if (!plannedComplete) incomplete.push("planned");
  if (!receivedComplete) incomplete.push("received");
  if (!usedComplete) incomplete.push("used");
  return {
    planned: value(planned),
    received: value(received),
    collected: value(collected),
    used: value(used),
    carriedOver: value(carriedOver),
    balance: received.count > 0 && used.count > 0 && receivedComplete && usedComplete ? received.minus(used).toString() : null,
    execution: {
      ofReceived: execution(ratios.used, ratios.received, usedComplete, receivedComplete, options),
      ofPlanned: execution(ratios.used, ratios.planned, usedComplete, plannedComplete, options),
    },
    incomplete,
    lineCount: group.lineCount,
  };
}
