import { assertInteger, invalidArgument } from "../_lib/arguments";
import type { BibliotekosError } from "../errors/BibliotekosError";

/**
 * A calendar date written with the precision the text gave: a year (`"2022"`), a month
 * (`"2022-02"`) or a day (`"2022-02-01"`). Precision is never invented: a month stays a month.
 * Years run from 1000 to 9999.
 *
 * @example
 * ```ts
 * import { isIsoPartialDate, type IsoPartialDate } from "bibliotekos/dates";
 * const month: IsoPartialDate = "2022-02";
 * isIsoPartialDate(month);
 * //=> true
 * ```
 */
export type IsoPartialDate = string;

/**
 * A period of time, inclusive at both ends, each end an {@link IsoPartialDate} of any precision;
 * `null` is an open end. A single date is a period whose start and end are equal:
 * `2022 m. vasario mėn.` is `{ start: "2022-02", end: "2022-02" }`; `nuo 1990 m.` is
 * `{ start: "1990", end: null }`.
 *
 * @example
 * ```ts
 * import type { DatePeriod } from "bibliotekos/dates";
 * const reportingPeriod: DatePeriod = { start: "2023-01-01", end: "2023-12-31" };
 * reportingPeriod.end;
 * //=> "2023-12-31"
 * ```
 */
export interface DatePeriod {
  /** The first day, month or year (inclusive); `null` if the period has no start. */
  start: IsoPartialDate | null;
  /** The last day, month or year (inclusive); `null` if the period has no end. */
  end: IsoPartialDate | null;
}

/**
 * A date expression found in free text: the text as written, where it stands
 * (`text === input.slice(index, end)`), and the period it names.
 *
 * @example
 * ```ts
 * import type { DateMatch } from "bibliotekos/dates";
 * const input = "Biblioteka 2022 m. vasario 1 d. pasirašė sutartį.";
 * const match: DateMatch = { text: "2022 m. vasario 1 d.", index: 11, end: 31, period: { start: "2022-02-01", end: "2022-02-01" } };
 * input.slice(match.index, match.end) === match.text;
 * //=> true
 * ```
 */
export interface DateMatch {
  /** The expression as written in the input. */
  text: string;
  /** Where it starts in the input (UTF-16 offset). */
  index: number;
  /** Where it ends in the input (exclusive). */
  end: number;
  /** The period it names. */
  period: DatePeriod;
  /**
   * The time of day written right after a day, as `HH:MM` (`8 d. 15 val.`, `7 d. 12.00 val.`,
   * `18 lapkričio 2020 12:27`): not part of `text`, and never a date of its own. Absent when
   * no single clock time follows (a range of hours, `10–19 val.`, is opening hours).
   */
  time?: string;
}

const ISO_PARTIAL_DATE = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * True if `year` is a leap year of the Gregorian calendar (1900 is not, 2000 is).
 *
 * @throws {@link BibliotekosError} `invalid_argument` if `year` is not an integer.
 *
 * @example
 * ```ts
 * import { isLeapYear } from "bibliotekos/dates";
 * [isLeapYear(2024), isLeapYear(2023), isLeapYear(1900), isLeapYear(2000)];
 * //=> [true, false, false, true]
 * ```
 */
export function isLeapYear(year: number): boolean {
  if (!Number.isInteger(year)) throw invalidArgument("the year", "an integer", year);
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month of a year, leap years right.
 *
 * @param year - the year.
 * @param month - 1 … 12.
 * @returns 28, 29, 30 or 31.
 * @throws {@link BibliotekosError} `invalid_argument` if `year` is not an integer or `month` not one from 1 to 12.
 *
 * @example
 * ```ts
 * import { daysInMonth } from "bibliotekos/dates";
 * [daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2023, 4)];
 * //=> [29, 28, 30]
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  assertInteger(month, "the month", 1, 12);
  const leap = isLeapYear(year);
  if (month === 2) return leap ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True if `value` is an {@link IsoPartialDate} that exists: `"2024-02-29"` is, `"2023-02-29"`,
 * `"2022-13"`, `"2022-2-1"` and `"22"` are not.
 *
 * @param value - anything.
 * @returns whether it is a valid partial date string.
 *
 * @example
 * ```ts
 * import { isIsoPartialDate } from "bibliotekos/dates";
 * ["2022", "2022-02", "2024-02-29", "2023-02-29", "2022-2-1", 2022].map(isIsoPartialDate);
 * //=> [true, true, true, false, false, false]
 * ```
 */
export function isIsoPartialDate(value: unknown): value is IsoPartialDate {
  if (typeof value !== "string") return false;
  const match = ISO_PARTIAL_DATE.exec(value);
  if (match === null) return false;
  if (match[3] === undefined) return true;
  return Number(match[3]) <= daysInMonth(Number(match[1]), Number(match[2]));
}
