import { BibliotekosError } from "../errors/BibliotekosError";
import { toDayRange } from "./_lib/days";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * The number of days in a period or a partial date, both ends included: a day is 1, February
 * 2024 is 29, the year 2023 is 365.
 *
 * @param value - a closed {@link DatePeriod} or an {@link IsoPartialDate}.
 * @returns the number of days.
 * @throws {@link BibliotekosError} `invalid_argument` (also for an open period, which has no
 *   length), `reversed_range`.
 *
 * @example
 * ```ts
 * import { periodLength } from "bibliotekos/dates";
 * periodLength({ start: "2022-09-30", end: "2022-10-01" });
 * //=> 2
 * [periodLength("2024-02"), periodLength("2023"), periodLength("2024")];
 * //=> [29, 365, 366]
 * periodLength({ start: "1990", end: null });
 * //=> throws invalid_argument
 * ```
 */
export function periodLength(value: DatePeriod | IsoPartialDate): number {
  const range = toDayRange(value, value, "value");
  if (!Number.isFinite(range.first) || !Number.isFinite(range.last)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "An open period has no length",
      messageLt: "Neuždaras laikotarpis neturi trukmės",
      input: value,
      path: [range.first === -Infinity ? "start" : "end"],
    });
  }
  return range.last - range.first + 1;
}
