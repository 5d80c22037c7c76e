import { invalidArgument } from "../../_lib/arguments";
import { assertDecimal } from "../../_lib/sum";
import { BibliotekosError } from "../../errors/BibliotekosError";
import { convertLtlToEur } from "../../money/convertLtlToEur";
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
  /**
   * The amounts the checks compare, by figure: as written when all of the line's amounts are in
   * one currency (a litas line is checked in litas: 0,50 of 1,00 Lt is 50 %, where the cents of
   * their conversions, 0,14 and 0,29 Eur, give 48 %), else in euros.
   */
  readonly own: Readonly<Partial<Record<AmountField, string>>>;
  /** A figure computed from `own`, in euros: litas are converted only to be presented. */
  readonly present: (value: string) => string;
  /** Whether `own` is in litas (every amount of the line is). */
  readonly inLitas: boolean;
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
  const currency = amounts[0]?.money.currency;
  if (currency !== "LTL" || amounts.some((amount) => amount.money.currency !== currency))
    return { line, index, amounts, eur, own: eur, present: inEuros, inLitas: false };
  const own: Partial<Record<AmountField, string>> = {};
  for (const amount of amounts) own[amount.field] = amount.money.amount;
  return { line, index, amounts, eur, own, present: litasInEuros, inLitas: true };
}

/** A figure already in euros. */
const inEuros = (value: string): string => value;

/** A figure in litas, in euros as `convertLtlToEur` writes it (to the cent, half up). */
const litasInEuros = (value: string): string => convertLtlToEur({ amount: value, currency: "LTL" }).amount;

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

/**
 * Throws `invalid_argument` (with its path) for a line that is not an object with a source and a
 * year from 1000 to 9999, or whose article, purpose or name is not a string. (Amounts are checked
 * where they are read.)
 */
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
  const { year } = line;
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw invalidArgument(`lines.${index}.year`, "a year from 1000 to 9999", year, ["lines", index, "year"]);
  }
  for (const field of TEXT_FIELDS) {
    const value = line[field];
    if (value !== undefined && typeof value !== "string")
      throw invalidArgument(`lines.${index}.${field}`, "a string", value, ["lines", index, field]);
  }
}

/** The line's fields that are text, when given. */
const TEXT_FIELDS = ["articleCode", "article", "purpose", "note"] as const;
