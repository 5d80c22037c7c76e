import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";
import { MAX_YEAR, MIN_YEAR } from "./_lib/calendar";
import { readRef } from "./_lib/options";
import { DateFail } from "./_lib/points";
import { toDateError } from "./_lib/errors";
import { Reader, type Expression } from "./_lib/reader";
import { Kind, tokenize } from "./_lib/tokenize";
import type { DatePeriod, IsoPartialDate } from "./types";

/**
 * Options of {@link parseDate} and {@link safeParseDate}.
 *
 * @example
 * ```ts
 * import { parseDate, type ParseDateOptions } from "bibliotekos/dates";
 * const options: ParseDateOptions = { ref: "2022-09" };
 * parseDate("1-30 d.", options);
 * //=> { start: "2022-09-01", end: "2022-09-30" }
 * ```
 */
export interface ParseDateOptions {
  /**
   * The reference date for what the text leaves out: the year of `Spalio 13 d.`, the month
   * and year of `1-30 d.`, the present of `iki šių dienų`. Nothing reads the clock.
   * @default undefined (a text that needs it is a `needs_reference` error)
   */
  ref?: IsoPartialDate | undefined;
}

/**
 * Reads one Lithuanian date expression: the whole string (surrounding whitespace and a
 * trailing period aside) must be one date, month, year, range, open range, quarter,
 * half-year, season, school year or century, as the guide (docs/dates.md) lists. A single
 * date is a period whose start and end are equal; precision is never invented.
 *
 * @param text - one date expression, e.g. `2022 m. vasario 1 d.` or `2021–2027 metų`.
 * @param options - {@link ParseDateOptions}.
 * @returns the period it names, inclusive at both ends (`null` for an open end).
 * @throws {@link BibliotekosError} `invalid_date` (no such date, or not a date expression;
 *   `offset` says where), `reversed_range`, `needs_reference`, `invalid_argument` (not a
 *   string, or a bad `options.ref`).
 *
 * @example
 * ```ts
 * import { parseDate } from "bibliotekos/dates";
 * parseDate("2022 m. vasario 1 d.");
 * //=> { start: "2022-02-01", end: "2022-02-01" }
 * parseDate("2022 m. rugsėjo 30 – spalio 1 d.");
 * //=> { start: "2022-09-30", end: "2022-10-01" }
 * parseDate("nuo 1990 m.");
 * //=> { start: "1990", end: null }
 * parseDate("2023 m. II ketv.");
 * //=> { start: "2023-04", end: "2023-06" }
 * parseDate("2023 m. vasario 29 d.");
 * //=> throws invalid_date
 * parseDate("Spalio 13 d.");
 * //=> throws needs_reference
 * ```
 */
export function parseDate(text: string, options?: ParseDateOptions): DatePeriod {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a string, got ${typeof text}`,
      messageLt: "Tikėtasi teksto",
      input: text,
      expected: "string",
      received: typeof text,
    });
  }
  const ref = readRef(options, text);
  const tokens = tokenize(text);
  const last = tokens.length;
  let found: Expression | null = null;
  try {
    const read = (count: number) =>
      new Reader(text, tokens.head(count), { mode: "parse", ref, minYear: MIN_YEAR, maxYear: MAX_YEAR }).expression(0);
    found = last === 0 ? null : read(last);
    // A trailing period ends the sentence, unless it belongs to the date (`2022 m.`).
    if ((found === null || found.to < last) && last > 1 && tokens.at(last - 1)?.kind === Kind.DOT) {
      const without = read(last - 1);
      if (without !== null && without.to === last - 1) found = { ...without, to: last };
    }
  } catch (error) {
    if (error instanceof DateFail) throw toDateError(error, text);
    throw error;
  }
  if (found === null || found.to < last) {
    const where = found === null ? (tokens.at(0)?.start ?? 0) : (tokens.at(found.to)?.start ?? text.length);
    throw new BibliotekosError({
      code: "invalid_date",
      message:
        found === null
          ? `Not a date expression: ${JSON.stringify(text)}`
          : `Unexpected text after the date at ${where}: ${JSON.stringify(text.slice(where, where + 20))}`,
      messageLt: found === null ? "Tai ne datos išraiška" : "Po datos yra nereikalingo teksto",
      input: text,
      offset: where,
    });
  }
  return found.period;
}

/**
 * Like {@link parseDate}, but returns the error instead of throwing it.
 *
 * @param text - one date expression.
 * @param options - {@link ParseDateOptions}.
 * @returns `{ success: true, data }` with the period, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseDate } from "bibliotekos/dates";
 * const result = safeParseDate("2022 m. balandžio 31 d.");
 * result.success ? result.data : [result.error.code, result.error.offset];
 * //=> ["invalid_date", 18]
 * safeParseDate("2023 m. sausio 1 d. – gruodžio 31 d.");
 * //=> { success: true, data: { start: "2023-01-01", end: "2023-12-31" } }
 * ```
 */
export function safeParseDate(text: string, options?: ParseDateOptions): SafeResult<DatePeriod> {
  return toSafeResult(() => parseDate(text, options));
}
