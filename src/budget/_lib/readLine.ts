import { assertDecimal } from "../../_lib/sum";
import { BibliotekosError } from "../../errors/BibliotekosError";
import type { Money } from "../../money/types";
import type { BudgetLine } from "../BudgetLine";
import { AMOUNT_FIELDS, amountInEur, type AmountField } from "./figures";

/** One amount of a line: as written and in euros. */
export interface LineAmount {
  readonly field: AmountField;
  readonly money: Money;
  /** In euros (litas converted), a valid decimal string. */
  readonly eur: string;
}

/** A budget line as the checks read it: where it is and its amounts, validated. */
export interface ReadLine {
  readonly line: BudgetLine;
  readonly index: number;
  /** The amounts the line gives, in the order of `AMOUNT_FIELDS`. */
  readonly amounts: readonly LineAmount[];
  /** The same amounts in euros, by figure. */
  readonly eur: Readonly<Partial<Record<AmountField, string>>>;
}

/**
 * Reads a line: each amount in euros, then the printed execution, validated in this order, so that
 * the first malformed value is the one reported (`invalid_argument`, `currency_mismatch` or
 * `invalid_decimal`, with its path).
 */
export function readLine(line: BudgetLine, index: number): ReadLine {
  const amounts: LineAmount[] = [];
  const eur: Partial<Record<AmountField, string>> = {};
  for (const field of AMOUNT_FIELDS) {
    const money = line[field];
    if (money === undefined) continue;
    const path = ["lines", index, field, "amount"];
    const inEur = amountInEur(money, path);
    assertDecimal(inEur, path);
    amounts.push({ field, money, eur: inEur });
    eur[field] = inEur;
  }
  if (line.executionPercent !== undefined) assertDecimal(line.executionPercent, ["lines", index, "executionPercent"]);
  return { line, index, amounts, eur };
}

/** Throws `invalid_argument` unless the lines are an array. */
export function assertLines(lines: unknown): asserts lines is readonly BudgetLine[] {
  if (!Array.isArray(lines)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected an array of budget lines, got ${typeof lines}`,
      input: lines,
      expected: "BudgetLine[]",
      received: typeof lines,
    });
  }
}

/** Throws `invalid_argument` (with its path) for a line that is not an object with a source. */
export function assertLine(line: BudgetLine, index: number): void {
  if (line === null || typeof line !== "object" || typeof line.sourceId !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a budget line with a source at lines.${index}`,
      input: line,
      path: ["lines", index],
      expected: "BudgetLine",
      received: line === null ? "null" : typeof line,
    });
  }
}
