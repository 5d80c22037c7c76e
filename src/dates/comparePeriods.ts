import { toDayRange } from "./_lib/days";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * Orders periods (or partial dates) for sorting: by first day (an open start first), then by
 * last day (an open end last). Use it with `Array.prototype.sort`.
 *
 * @param a - a period or partial date.
 * @param b - another.
 * @returns -1 if `a` sorts first, 1 if `b` does, 0 if they cover the same days.
 * @throws {@link BibliotekosError} `invalid_argument`, `reversed_range`.
 *
 * @example
 * ```ts
 * import { comparePeriods } from "bibliotekos/dates";
 * ["2023", "2022-02", "2022-02-01"].sort(comparePeriods);
 * //=> ["2022-02-01", "2022-02", "2023"]
 * comparePeriods({ start: "2022", end: "2022" }, { start: "2022-01-01", end: "2022-12-31" });
 * //=> 0
 * ```
 */
export function comparePeriods(a: DatePeriod | IsoPartialDate, b: DatePeriod | IsoPartialDate): -1 | 0 | 1 {
  const x = toDayRange(a, a, "a");
  const y = toDayRange(b, b, "b");
  if (x.first !== y.first) return x.first < y.first ? -1 : 1;
  if (x.last !== y.last) return x.last < y.last ? -1 : 1;
  return 0;
}
