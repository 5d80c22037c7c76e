import { fromDayNumber, toIso } from "./_lib/calendar";
import { toDayRange } from "./_lib/days";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * The first and last day of a partial date, or of a period's ends: `"2024-02"` is
 * 2024-02-01 … 2024-02-29 (leap years right), `"2023"` is 2023-01-01 … 2023-12-31. Open ends
 * stay open.
 *
 * @param value - an {@link IsoPartialDate} or a {@link DatePeriod}.
 * @returns a period whose ends are days.
 * @throws {@link BibliotekosError} `invalid_argument`, `reversed_range`.
 *
 * @example
 * ```ts
 * import { expandToDays } from "bibliotekos/dates";
 * expandToDays("2024-02");
 * //=> { start: "2024-02-01", end: "2024-02-29" }
 * expandToDays({ start: "1990", end: null });
 * //=> { start: "1990-01-01", end: null }
 * ```
 */
export function expandToDays(value: IsoPartialDate | DatePeriod): DatePeriod {
  const { first, last } = toDayRange(value, value);
  return {
    start: first === -Infinity ? null : toIso(fromDayNumber(first)),
    end: last === Infinity ? null : toIso(fromDayNumber(last)),
  };
}
