import { describeValue, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { foldForSearch } from "../lexicon/fold";
import { fromIso, type Partial } from "./_lib/calendar";
import { readRef } from "./_lib/options";
import { DateFail } from "./_lib/points";
import { clockTime } from "./_lib/grammar/time";
import { Reader, type Expression } from "./_lib/reader";
import { canStart, endsSentence, onTitleLine } from "./_lib/scan";
import { Kind, tokenize, type TokenList } from "./_lib/tokenize";
import type { DateMatch, IsoPartialDate } from "./types";

/**
 * Options of {@link findDates}.
 *
 * @example
 * ```ts
 * import { findDates, type FindDatesOptions } from "bibliotekos/dates";
 * const options: FindDatesOptions = { ref: "2022" };
 * findDates("Spalio 13 d. biblioteka pasirašė sutartį.", options).map((m) => m.period);
 * //=> [{ start: "2022-10-13", end: "2022-10-13" }]
 * ```
 */
export interface FindDatesOptions {
  /**
   * The reference date for what the text leaves out (the year of `Spalio 13 d.`, the month of
   * `1-30 d.`, the present of `iki šių dienų`), when no date before it in the same sentence
   * gives it (`Gimė 1885 m. sausio 4 d. (kitur – sausio 3 d.)` is 1885 twice). Without it, such
   * expressions are skipped (`nuo 1990 m. iki šių dienų` gives `nuo 1990 m.`).
   * @default undefined
   */
  ref?: IsoPartialDate | undefined;
  /**
   * The earliest year read in free text: a number below it with `m.` is not a year.
   * @default 1000
   */
  minYear?: number | undefined;
  /**
   * The latest year read in free text (`2189 m.` of shelving is metres, not a year).
   * @default 2100
   */
  maxYear?: number | undefined;
}

function readYearOption(value: unknown, fallback: number, name: string, input: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1000 || value > 9999) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `options.${name} must be an integer year from 1000 to 9999, got ${describeValue(value)}`,
      input,
      path: ["options", name],
      expected: "integer from 1000 to 9999",
      received: receivedOf(value),
    });
  }
  return value;
}

/**
 * Finds every Lithuanian date expression in free text, in order: dates, months, years,
 * ranges, open ranges, quarters, half-years, seasons, school years and centuries, as
 * {@link parseDate} reads them. What only looks like a date is skipped: ages
 * (`7–11 metų vaikai`), grades, pages, codes (`Nr. 08-001-04-01`), opening hours
 * (`15.30-18.30`), section numbers, floors (`II a.`), the name `Liepa`. Impossible dates
 * (`vasario 30 d.`) and expressions that need a reference date not given are not matches.
 * Real web text is read too: days of a monthly plan (`■ 8 d. –`), with the clock time after a day
 * as the match's `time` (`8 d. 15 val.` gives `time: "15:00"`, never a date of its own), months
 * named alone as headings or at a sentence start (`Vasarį vyks …`), bare years in parentheses
 * (`(1889–1951)`), and site stamps (`Vas 28, 2018`).
 * Never throws on any string; `text === input.slice(index, end)` for every match. Linear
 * in the length of the text.
 *
 * @param text - free text.
 * @param options - {@link FindDatesOptions}.
 * @returns the matches, in order, not overlapping.
 * @throws {@link BibliotekosError} `invalid_argument` only for bad options (a `ref` that is not an
 *   existing {@link IsoPartialDate}, a `minYear` or `maxYear` that is not a year from 1000 to 9999).
 *
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * const text = "Ataskaitinis laikotarpis: 2023 m. sausio 1 d. – gruodžio 31 d. Stovykloje dalyvavo 7–11 metų vaikai (2022 m. – 2,68 Eur).";
 * findDates(text).map((m) => [m.text, m.period.start, m.period.end]);
 * //=> [["2023 m. sausio 1 d. – gruodžio 31 d.", "2023-01-01", "2023-12-31"], ["2022 m.", "2022", "2022"]]
 * ```
 */
export function findDates(text: string, options?: FindDatesOptions): DateMatch[] {
  if (typeof text !== "string") return [];
  const ref = readRef(options, text);
  const folded = foldForSearch(text);
  const tokens = tokenize(text, folded);
  const minYear = readYearOption(options?.minYear, 1000, "minYear", text);
  const maxYear = readYearOption(options?.maxYear, 2100, "maxYear", text);
  const reader = new Reader(text, tokens, { mode: "find", ref, minYear, maxYear });
  const matches: DateMatch[] = [];
  // The end of the last match, and what a list after it shares (its year, and month).
  let lastTo = -1;
  let shared: Partial | undefined;
  let scan = 0;
  let sameSentence = false;
  // The first match of the list the next match may join (its days share a time of day).
  let listStart = 0;
  // What the last heading above gives the paragraphs under it (see Heading).
  const heading: Heading = {};
  // The first year of a school year (September to August) matched in the sentence so far.
  let schoolStart: number | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!canStart(text, tokens, i)) {
      i++;
      continue;
    }
    reader.furthestPointEnd = i;
    // Is this in the sentence of the last match, or an item of a list right after it?
    while (scan < i) {
      if (tokens.breakBefore(scan) || endsSentence(text, tokens, scan)) sameSentence = false;
      scan++;
    }
    if (tokens.breakBefore(i)) sameSentence = false;
    reader.inList = shared !== undefined && sameSentence && reader.listConnector(lastTo) === i;
    if (!reader.inList) listStart = matches.length;
    reader.contextFromHeading = shared === undefined || !sameSentence;
    reader.schoolYearStart = reader.contextFromHeading ? heading.school : schoolStart;
    reader.contextRef =
      shared === undefined || !sameSentence
        ? headingContext(heading, ref, i)
        : reader.inList
          ? { y: shared.y, m: shared.m ?? ref?.m }
          : { y: shared.y, m: ref?.m };
    try {
      const found = reader.expression(i) ?? reader.listedYear(i);
      if (found === null) {
        i++;
        continue;
      }
      const index = tokens.starts[i] as number;
      const end = tokens.ends[found.to - 1] as number;
      const match: DateMatch = { text: text.slice(index, end), index, end, period: found.period };
      matches.push(match);
      const last = found.period.end ?? found.period.start;
      shared = last === null ? undefined : fromIso(last);
      // a school year holds for the rest of its sentence
      schoolStart = schoolYearStart(found.period) ?? reader.schoolYearStart;
      if (shared !== undefined) readHeading(heading, tokens, i, found, shared);
      lastTo = found.to;
      scan = found.to;
      sameSentence = true;
      i = found.to;
      // 8 d. 15 val.: the time of day of a day (and of the days listed before it, `12 ir 19 d. 12.30 val.`)
      // The next token's kind is read from the array first: calling clockTime (a token object) after
      // every match left findDates 6–8 % slower than before #18 on the bench's 50 sentences
      // (bundled, fastest of 2000 iterations, alternating with the old code); with it, 1–4 %.
      const nextKind = tokens.kinds[found.to];
      const clock =
        last?.length === 10 && found.to < tokens.length && (nextKind === Kind.NUM || nextKind === Kind.OTHER)
          ? clockTime(reader, found.to)
          : undefined;
      if (clock !== undefined) {
        for (let k = matches.length - 1; k >= listStart; k--) (matches[k] as DateMatch).time = clock.time;
        i = clock.to;
      }
    } catch (error) {
      if (!(error instanceof DateFail)) throw error;
      i = Math.max(i + 1, reader.furthestPointEnd);
    }
  }
  return matches;
}

/**
 * What the last heading above gives the paragraphs under it: the year (and month) of a dated
 * heading, a date alone on its line (`2000 m. kovo 1 d.`, `2022 m. kovo mėn.`), or of a report's
 * title (`2007 metų veiklos ataskaita`); the first year of a school year's heading
 * (`2021-2022 mokslo metai`), whose table's days take its years.
 */
interface Heading {
  year?: number | undefined;
  month?: number | undefined;
  school?: number | undefined;
  /** A chronicle's entry: a year opening its line (`1918 m. Krašto apsauga. …`), for the dates on the line up to token `lineEnd`. */
  lineYear?: number | undefined;
  lineEnd?: number | undefined;
}

/** Updates `heading` after the match `found` read at token i, whose last date is `date`. */
function readHeading(heading: Heading, tokens: TokenList, i: number, found: Expression, date: Partial): void {
  const { start, end } = found.period;
  const last = (end ?? start) as string;
  const lineStart = i === 0 || tokens.breakBefore(i);
  const lineEnd = found.to === tokens.length || tokens.breakBefore(found.to);
  // A date with its month alone on its line (a year alone may be a table's column), or a title's year or month
  const alone = last.length >= 7 && lineStart && lineEnd;
  const title = !alone && start === last && last.length < 10 && onTitleLine(tokens, i, found.to);
  const school = schoolYearStart(found.period);
  if (lineStart && !lineEnd && start === last && last.length === 4) {
    let k = found.to;
    while (k < tokens.length && !tokens.breakBefore(k)) k++;
    heading.lineYear = date.y;
    heading.lineEnd = k;
  }
  if (alone || title) {
    // 2019 m. birželio mėn. kraštotyros kalendorius: a month's heading or title, its days under
    // it; a day of that month alone on its line (`SAUSIS` / `4 d.` / … / `6 d.`) keeps it
    const month = last.length === 7 || (date.y === heading.year && date.m === heading.month);
    heading.year = date.y;
    heading.month = start === last && month ? date.m : undefined;
    // a term's days alone on their line (`01-31 – 06-09`) stay in the school year above them
    heading.school = school ?? (inSchoolYear(heading.school, start, last) ? heading.school : undefined);
  } else if (school !== undefined && (lineStart || lineEnd)) {
    // 2020 – 2021 m.m. atostogų grafikas, UGDYMO PROCESO ORGANIZAVIMAS 2022-2023 MOKSLO METAIS: a
    // school year opening or ending a line heads what follows
    heading.school = school;
  }
}

/**
 * The context a dated heading gives the lines under it: its year, and its month if it names one
 * (else the reference date's, in the same year); on a chronicle entry's line (token i before
 * `lineEnd`), the entry's year.
 */
function headingContext(heading: Heading, ref: Partial | undefined, i: number): Partial | undefined {
  if (i < (heading.lineEnd ?? 0)) return { y: heading.lineYear as number };
  const { year, month } = heading;
  if (year === undefined) return undefined;
  return { y: year, m: month ?? (ref?.y === year ? ref.m : undefined) };
}

/**
 * The first year of a school year (`2018-09` to `2019-08`), or of its days (`2025-09-01` to
 * `2026-06-12`: from a September to a May, June, July or August of the next year), else undefined.
 */
function schoolYearStart(period: { start: string | null; end: string | null }): number | undefined {
  const { start, end } = period;
  if (start === null || end === null || start.length !== end.length || start.slice(4, 7) !== "-09") return undefined;
  const endMonth = end.slice(5, 7);
  if (start.length === 7 ? endMonth !== "08" : start.length !== 10 || endMonth < "05" || endMonth > "08") return undefined;
  const year = Number(start.slice(0, 4));
  return Number(end.slice(0, 4)) === year + 1 ? year : undefined;
}

/** Whether the dates from `start` to `end` (ISO) fall in the school year that starts in September of `first`. */
function inSchoolYear(first: number | undefined, start: string | null, end: string): boolean {
  return first !== undefined && start !== null && start >= `${first}-09` && end <= `${first + 1}-08-31`;
}
