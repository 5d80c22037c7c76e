import { describeValue, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { MONTHS, type Month } from "../lexicon/months";
import { precisionOf, readPeriodArgument, toIso, type Partial } from "./_lib/calendar";
import type { DatePeriod } from "./types";

/**
 * Options of {@link formatDate}.
 *
 * @example
 * ```ts
 * import { formatDate, type FormatDateOptions } from "bibliotekos/dates";
 * const options: FormatDateOptions = { style: "numeric" };
 * formatDate({ start: "2022-02-01", end: "2022-02-01" }, options);
 * //=> "2022-02-01"
 * ```
 */
export interface FormatDateOptions {
  /**
   * `"long"`: the mixed official style (`2022 m. vasario 1 d.`); `"numeric"`: digit groups
   * (`2022-02-01`, LST EN 28601 / ISO 8601).
   * @default "long"
   */
  style?: "long" | "numeric" | undefined;
}

const DASH = "–";

/** A month's name in the genitive (`vasario`); the month is known to be valid here. */
const genitive = (m: number): string => (MONTHS[m - 1] as Month).forms.genitive;

function longPoint(p: Partial, withYear: boolean): string {
  const year = withYear ? `${p.y} m.` : "";
  if (p.m === undefined) return year;
  const month = genitive(p.m);
  const rest = p.d === undefined ? `${month} mėn.` : `${month} ${p.d} d.`;
  return withYear ? `${year} ${rest}` : rest;
}

function longRange(start: Partial, end: Partial): string {
  const precision = precisionOf(start);
  if (precision === precisionOf(end) && start.y === end.y) {
    if (precision === 1) return `${start.y} m. ${genitive(start.m as number)}${DASH}${genitive(end.m as number)} mėn.`;
    if (precision === 2 && start.m === end.m) return `${start.y} m. ${genitive(start.m as number)} ${start.d}${DASH}${end.d} d.`;
    if (precision === 2) return `${longPoint(start, true)} ${DASH} ${longPoint(end, false)}`;
  }
  if (precision === 0 && precisionOf(end) === 0) return `${start.y}${DASH}${end.y} m.`;
  return `${longPoint(start, true)} ${DASH} ${longPoint(end, true)}`;
}

/**
 * Writes a period in the official Lithuanian style (the mixed form of the document rules:
 * `2022 m. vasario 1 d.`, no leading zeros, spaces before `m.` and `d.`), or with
 * `style: "numeric"` in digit groups (`2022-02-01`). Ranges share what they can
 * (`2022 m. vasario 24–27 d.`, `2022 m. rugsėjo 30 d. – spalio 1 d.`); open ends are written
 * `nuo …` and `iki …`. {@link parseDate} reads every result back to the same period.
 *
 * @param period - a valid period; at least one end must be given.
 * @param options - {@link FormatDateOptions}.
 * @returns the text.
 * @throws {@link BibliotekosError} `invalid_argument` (not a period, an end that is not an
 *   existing {@link IsoPartialDate}, both ends open), `reversed_range`.
 *
 * @example
 * ```ts
 * import { formatDate } from "bibliotekos/dates";
 * formatDate({ start: "2022-02-01", end: "2022-02-01" });
 * //=> "2022 m. vasario 1 d."
 * formatDate({ start: "2022-02", end: "2022-02" });
 * //=> "2022 m. vasario mėn."
 * formatDate({ start: "2022-09-30", end: "2022-10-01" });
 * //=> "2022 m. rugsėjo 30 d. – spalio 1 d."
 * formatDate({ start: "1990", end: null });
 * //=> "nuo 1990 m."
 * formatDate({ start: null, end: "2024-12-31" });
 * //=> "iki 2024 m. gruodžio 31 d."
 * formatDate({ start: "2021", end: "2027" }, { style: "numeric" });
 * //=> "2021 – 2027"
 * ```
 */
export function formatDate(period: DatePeriod, options?: FormatDateOptions): string {
  const { start, end } = readPeriodArgument(period);
  const style = options?.style === undefined ? "long" : options.style;
  if (style !== "long" && style !== "numeric") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Unknown style ${describeValue(style)}`,
      input: period,
      path: ["options", "style"],
      expected: '"long" or "numeric"',
      received: receivedOf(style),
    });
  }
  if (start === null && end === null) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "A period open at both ends has no date to write",
      messageLt: "Laikotarpis be pradžios ir pabaigos neturi datos",
      input: period,
    });
  }
  const one = (p: Partial): string => (style === "numeric" ? toIso(p) : longPoint(p, true));
  if (start === null) return `iki ${one(end as Partial)}`;
  if (end === null) return `nuo ${one(start)}`;
  const same = toIso(start) === toIso(end);
  if (same) return one(start);
  return style === "numeric" ? `${toIso(start)} ${DASH} ${toIso(end)}` : longRange(start, end);
}
