import { describeValue, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { foldForSearch } from "../lexicon/fold";
import { isConnector } from "../lexicon/connectors";
import { FOLDED_DATE_WORDS, lookupFoldedDateWord, lookupFoldedSecondMeaning, type DateWordKind } from "../lexicon/dateWords";
import { isMonthSpelling, MONTH_SPELLINGS, STAMP_SPELLINGS, stampMonth } from "../lexicon/months";
import { romanNumeralValue } from "../lexicon/roman";
import { fromIso, type Partial } from "./_lib/calendar";
import { readRef } from "./_lib/options";
import { DateFail } from "./_lib/points";
import { clockTime } from "./_lib/grammar/time";
import { Reader } from "./_lib/reader";
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

const isDayWord = (tokens: TokenList, i: number): boolean =>
  i < tokens.length && tokens.kinds[i] === Kind.WORD && lookupFoldedDateWord(tokens.text(i))?.kind === "day";

/** The kinds of date word that start an expression only before one: `nuo`, `iki`, `po`, `prieš`. */
const RANGE_KINDS: ReadonlySet<string> = new Set<DateWordKind>(["from", "until", "after", "before"]);

/**
 * What a folded word starts, if it can start an expression by itself or with what follows it:
 * a month (or a stamp's month), a range word, an ordinal, a year counted from the reference.
 */
function startKind(word: string): DateWordKind | "month" | undefined {
  if (isMonthSpelling(word) || stampMonth(word) > 0) return "month";
  const kind = lookupFoldedDateWord(word)?.kind;
  if (kind !== undefined && (RANGE_KINDS.has(kind) || kind === "ordinal" || kind === "relative_year" || kind === "relative_year_alone"))
    return kind;
  // `šių metų`: `šių` is first the present of `iki šių dienų`
  return lookupFoldedSecondMeaning(word)?.kind === "relative_year" ? "relative_year" : undefined;
}

// The words of startKind with what they start, in one map: canStart looks a word up once, where
// the three tables took three look-ups for every word of the text, most of which start nothing:
// about 2 % less time on the dates bench's 50 sentences (bundled, fastest of 300 runs,
// alternating builds).
const START_WORDS: ReadonlyMap<string, DateWordKind | "month"> = /* @__PURE__ */ (() => {
  const words = new Map<string, DateWordKind | "month">();
  for (const word of [...MONTH_SPELLINGS, ...STAMP_SPELLINGS, ...FOLDED_DATE_WORDS]) {
    const kind = startKind(word);
    if (kind !== undefined) words.set(word, kind);
  }
  return words;
})();

/**
 * Whether an expression can start at token i: a year, a numeric date, a day range (`1-30 d.`),
 * a month, a Roman numeral, a range word or an ordinal. A cheap filter before the reader, on the
 * token arrays (no token objects are made for text that holds no date).
 */
function canStart(text: string, tokens: TokenList, i: number): boolean {
  const k = tokens.kinds[i];
  const start = tokens.starts[i] as number;
  const len = (tokens.ends[i] as number) - start;
  if (k === Kind.NUM) {
    if (len === 4) return true;
    if (len > 2) return false;
    const sep = i + 1;
    if (sep >= tokens.length || tokens.breakBefore(sep)) return false;
    const sepKind = tokens.kinds[sep];
    // 16 d. and 2 ir … in a list of days after a date (kovo 10 ir 16 d.)
    if (
      isDayWord(tokens, sep) ||
      // 7 Bir 2022, 4 spalio, 2019 (a web stamp)
      (sepKind === Kind.WORD && tokens.spaceBefore(sep) && (isMonthSpelling(tokens.text(sep)) || stampMonth(tokens.text(sep)) > 0)) ||
      (sepKind === Kind.WORD && isConnector(tokens.text(sep))) ||
      text.charCodeAt(tokens.starts[sep] as number) === 44
    )
      return true;
    const next = i + 2;
    if (
      tokens.spaceBefore(sep) ||
      (sepKind !== Kind.DASH && sepKind !== Kind.DOT) ||
      next >= tokens.length ||
      tokens.spaceBefore(next) ||
      tokens.kinds[next] !== Kind.NUM
    )
      return false;
    // 15.03.2023 (day first, year last)
    const dot = i + 3;
    const year = i + 4;
    if (
      sepKind === Kind.DOT &&
      year < tokens.length &&
      tokens.kinds[dot] === Kind.DOT &&
      !tokens.spaceBefore(dot) &&
      tokens.kinds[year] === Kind.NUM &&
      !tokens.spaceBefore(year) &&
      (tokens.ends[year] as number) - (tokens.starts[year] as number) === 4
    )
      return true;
    // 09.18, 03-07 (a padded month with a leading zero), or a day range: 1-30 d., or closed by a
    // mark in a list after a date (`balandžio 22, 24–25)`)
    return (
      (len === 2 && text.charCodeAt(start) === 48) || (sepKind === Kind.DASH && (isDayWord(tokens, i + 3) || closes(text, tokens, i + 3)))
    );
  }
  if (k !== Kind.WORD) return false;
  const c = text.charCodeAt(start);
  // Roman numerals are read in capitals only (`XX a.`, `II ketv.`)
  if ((c === 73 || c === 86 || c === 88) && len <= 6 && romanNumeralValue(text.slice(start, start + len)) > 0) return true;
  const kind = START_WORDS.get(tokens.text(i));
  if (kind === undefined) return false;
  if (RANGE_KINDS.has(kind)) {
    // nuo, iki, po, prieš start an expression only before one (or before šiol, dabar, šių dienų)
    const next = i + 1;
    if (next >= tokens.length || tokens.breakBefore(next)) return false;
    if (kind === "until" && tokens.kinds[next] === Kind.WORD && lookupFoldedDateWord(tokens.text(next))?.kind === "present") return true;
    const nextKind = tokens.kinds[next];
    return (nextKind === Kind.NUM || nextKind === Kind.WORD) && tokens.kinds[i] === Kind.WORD && canStartAfterRangeWord(text, tokens, next);
  }
  return true;
}

/**
 * Whether token i ends a line or is a closing mark (`)`, `,`, `;`, `.`) or an opening parenthesis:
 * canStart's quick look on the token arrays; the grammar decides with `closesAt` (tokens.ts).
 */
function closes(text: string, tokens: TokenList, i: number): boolean {
  if (i >= tokens.length || tokens.breakBefore(i)) return true;
  const c = text.charCodeAt(tokens.starts[i] as number);
  return c === 41 || c === 44 || c === 59 || c === 46 || c === 40;
}

/** What may follow `nuo`, `iki`, `po`, `prieš`: a number or a word that can start a date (not another range word). */
function canStartAfterRangeWord(text: string, tokens: TokenList, i: number): boolean {
  if (tokens.kinds[i] === Kind.NUM) return true;
  const kind = lookupFoldedDateWord(tokens.text(i))?.kind;
  if (kind !== undefined && RANGE_KINDS.has(kind)) return false;
  return canStart(text, tokens, i);
}

/** `.`, `!` or `?` at token i, followed by a capital or a digit: the end of a sentence. */
function endsSentence(text: string, tokens: TokenList, i: number): boolean {
  const k = tokens.kinds[i];
  if (k === Kind.NUM || k === Kind.WORD) return false;
  const c = text.charCodeAt(tokens.starts[i] as number);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const after = i + 1;
  if (after >= tokens.length || !tokens.spaceBefore(after)) return false;
  if (tokens.kinds[after] === Kind.NUM) return true;
  const ch = text[tokens.starts[after] as number] as string;
  return tokens.kinds[after] === Kind.WORD && ch !== ch.toLowerCase();
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
  // The year of the last dated heading (a date with its month alone on its line: `2000 m. kovo 1 d.`),
  // which a day without its year in the paragraphs under it takes (`… įvyko spalio 27 d.`).
  let headingYear: number | undefined;
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
    reader.schoolYearStart = reader.contextFromHeading ? undefined : schoolStart;
    reader.contextRef =
      shared === undefined || !sameSentence
        ? headingContext(headingYear, ref)
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
      // A heading with its month (a year alone on its line may be a table's column)
      const heading =
        shared?.m !== undefined && (i === 0 || tokens.breakBefore(i)) && (found.to === tokens.length || tokens.breakBefore(found.to));
      if (heading) headingYear = (shared as Partial).y;
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

/** The context a dated heading gives the lines under it: its year (and the reference date's month, in the same year). */
function headingContext(year: number | undefined, ref: Partial | undefined): Partial | undefined {
  if (year === undefined) return undefined;
  return { y: year, m: ref?.y === year ? ref.m : undefined };
}

/** The first year of a school year (`2018-09` to `2019-08`), else undefined. */
function schoolYearStart(period: { start: string | null; end: string | null }): number | undefined {
  const { start, end } = period;
  if (start?.length !== 7 || end?.length !== 7 || !start.endsWith("-09") || !end.endsWith("-08")) return undefined;
  const year = Number(start.slice(0, 4));
  return Number(end.slice(0, 4)) === year + 1 ? year : undefined;
}
