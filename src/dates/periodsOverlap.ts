import { toDayRange } from "./_lib/days";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * True if two periods (or partial dates) share at least one day.
 *
 * @param a - a period or partial date.
 * @param b - another.
 * @returns whether some day belongs to both.
 * @throws {@link BibliotekosError} `invalid_argument`, `reversed_range`.
 *
 * @example
 * ```ts
 * import { periodsOverlap } from "bibliotekos/dates";
 * periodsOverlap({ start: "2022-12-28", end: "2023-01-05" }, "2023");
 * //=> true
 * periodsOverlap({ start: null, end: "1989" }, { start: "1990", end: null });
 * //=> false
 * ```
 */
export function periodsOverlap(a: DatePeriod | IsoPartialDate, b: DatePeriod | IsoPartialDate): boolean {
  const x = toDayRange(a, a, "a");
  const y = toDayRange(b, b, "b");
  return x.first <= y.last && y.first <= x.last;
}
