// A period as a pair of day numbers; open ends are infinities.
import { firstDay, lastDay, readDateArgument, readPeriodArgument } from "./calendar";
import type { DatePeriod, IsoPartialDate } from "../types";

export interface DayRange {
  first: number;
  last: number;
}

/**
 * A period, or a single partial date, as its first and last day (±Infinity when open). `path`
 * names the argument in errors about a single date (none when it is the only argument).
 */
export function toDayRange(value: DatePeriod | IsoPartialDate, input: unknown, path?: string): DayRange {
  if (typeof value === "string") {
    const p = readDateArgument(value, input, path === undefined ? [] : [path]);
    return { first: firstDay(p), last: lastDay(p) };
  }
  const { start, end } = readPeriodArgument(value, input);
  return { first: start === null ? -Infinity : firstDay(start), last: end === null ? Infinity : lastDay(end) };
}
