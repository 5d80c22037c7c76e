import { toDayRange } from "./_lib/days";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * True if `inner` (a period or a partial date) lies wholly within `outer`, compared day by day:
 * the month `2023-07` lies within `2023`; `2023` does not lie within `2023-07`. Open ends
 * reach forever.
 *
 * @param outer - the containing period or partial date.
 * @param inner - the contained period or partial date.
 * @returns whether every day of `inner` is a day of `outer`.
 * @throws {@link BibliotekosError} `invalid_argument`, `reversed_range`.
 *
 * @example
 * ```ts
 * import { periodContains } from "bibliotekos/dates";
 * periodContains({ start: "2023-01-01", end: "2023-12-31" }, "2023-07");
 * //=> true
 * periodContains({ start: "1990", end: null }, { start: "2022-09-30", end: "2022-10-01" });
 * //=> true
 * periodContains("2023-07", "2023");
 * //=> false
 * ```
 */
export function periodContains(outer: DatePeriod | IsoPartialDate, inner: DatePeriod | IsoPartialDate): boolean {
  const a = toDayRange(outer, outer, "outer");
  const b = toDayRange(inner, inner, "inner");
  return a.first <= b.first && b.last <= a.last;
}
