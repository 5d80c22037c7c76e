import { DateTime, Interval } from "luxon";
import { BibliotekosError } from "../../errors/BibliotekosError";
import { firstDay, fromDayNumber, lastDay, readPeriodArgument } from "../_lib/calendar";
import type { DatePeriod } from "../types";
import { checkZone, type LuxonOptions } from "./toLuxonDateTime";

/**
 * A luxon `Interval` covering an inclusive {@link DatePeriod}. luxon intervals are half-open,
 * so the interval ends at the start of the day after the last day: `2022-09-30 – 2022-10-01`
 * ends at `2022-10-02T00:00`.
 *
 * @param period - a closed period (both ends given).
 * @param options - {@link LuxonOptions}.
 * @returns a valid `Interval` in the zone.
 * @throws {@link BibliotekosError} `invalid_argument` (an open end, a bad period or zone),
 *   `reversed_range`.
 *
 * @example
 * ```ts
 * import { toLuxonInterval } from "bibliotekos/dates/luxon";
 * const interval = toLuxonInterval({ start: "2022-09-30", end: "2022-10-01" });
 * [interval.start?.toISODate(), interval.end?.toISODate(), interval.length("days")];
 * //=> ["2022-09-30", "2022-10-02", 2]
 * toLuxonInterval({ start: "1990", end: null });
 * //=> throws invalid_argument
 * ```
 */
export function toLuxonInterval(period: DatePeriod, options?: LuxonOptions): Interval<true> {
  const { start, end } = readPeriodArgument(period);
  if (start === null || end === null) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "A luxon Interval needs both ends; this period is open",
      messageLt: "Luxon intervalui reikia abiejų galų",
      input: period,
      path: [start === null ? "start" : "end"],
    });
  }
  const zone = options?.zone ?? "UTC";
  checkZone(zone, period);
  const first = fromDayNumber(firstDay(start));
  const after = fromDayNumber(lastDay(end) + 1);
  return Interval.fromDateTimes(
    DateTime.fromObject({ year: first.y, month: first.m, day: first.d }, { zone }),
    DateTime.fromObject({ year: after.y, month: after.m, day: after.d }, { zone }),
  ) as Interval<true>;
}
