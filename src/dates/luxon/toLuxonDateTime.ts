import { describeValue, receivedOf } from "../../_lib/arguments";
import { DateTime } from "luxon";
import { BibliotekosError } from "../../errors/BibliotekosError";
import { firstDay, fromDayNumber, lastDay, readDateArgument } from "../_lib/calendar";
import type { IsoPartialDate } from "../types";

/**
 * Options of {@link toLuxonDateTime} and {@link toLuxonInterval}.
 *
 * @example
 * ```ts
 * import { toLuxonDateTime, type LuxonOptions } from "bibliotekos/dates/luxon";
 * const options: LuxonOptions = { zone: "Europe/Vilnius" };
 * toLuxonDateTime("2022-02-01", "start", options).offset;
 * //=> 120
 * ```
 */
export interface LuxonOptions {
  /**
   * The IANA zone of the result. Always explicit: luxon's default is the system's zone.
   * @default "UTC"
   */
  zone?: string | undefined;
}

/** @internal */
export function checkZone(zone: string, input: unknown): void {
  if (!DateTime.utc().setZone(zone).isValid) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Unknown time zone ${describeValue(zone)}`,
      messageLt: `Nežinoma laiko juosta ${describeValue(zone)}`,
      input,
      path: ["options", "zone"],
      received: zone,
    });
  }
}

/**
 * A luxon `DateTime` at the start (00:00:00.000) of the first day, or the end (23:59:59.999)
 * of the last day, of a partial date: `"2024-02"` ends on 29 February. An explicit conversion
 * point at the edge of an app; bibliotekos itself keeps dates as ISO strings.
 *
 * @param date - an {@link IsoPartialDate}.
 * @param edge - `"start"` or `"end"`.
 * @param options - {@link LuxonOptions}.
 * @returns a valid `DateTime` in the zone.
 * @throws {@link BibliotekosError} `invalid_argument` (not an existing partial date, an
 *   unknown edge or zone).
 *
 * @example
 * ```ts
 * import { toLuxonDateTime } from "bibliotekos/dates/luxon";
 * toLuxonDateTime("2024-02", "end").toISO();
 * //=> "2024-02-29T23:59:59.999Z"
 * toLuxonDateTime("2022", "start", { zone: "Europe/Vilnius" }).toISO();
 * //=> "2022-01-01T00:00:00.000+02:00"
 * ```
 */
export function toLuxonDateTime(date: IsoPartialDate, edge: "start" | "end", options?: LuxonOptions): DateTime<true> {
  const p = readDateArgument(date, date, ["date"]);
  if (edge !== "start" && edge !== "end") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected "start" or "end", got ${describeValue(edge)}`,
      input: date,
      path: ["edge"],
      received: receivedOf(edge),
    });
  }
  const zone = options?.zone ?? "UTC";
  checkZone(zone, date);
  const day = fromDayNumber(edge === "start" ? firstDay(p) : lastDay(p));
  const start = DateTime.fromObject({ year: day.y, month: day.m, day: day.d }, { zone }) as DateTime<true>;
  return edge === "start" ? start : (start.endOf("day") as DateTime<true>);
}
