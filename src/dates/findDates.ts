import { BibliotekosError } from "../errors/BibliotekosError";
import { foldForSearch } from "../lexicon/fold";
import { lookupFoldedDateWord } from "../lexicon/dateWords";
import { MONTH_SPELLINGS } from "../lexicon/months";
import { fromIso, type Partial } from "./_lib/calendar";
import { readRef } from "./_lib/options";
import { DateFail } from "./_lib/points";
import { Reader } from "./_lib/reader";
import { tokenize, type Token } from "./_lib/tokenize";

// Token kinds, as in _lib/tokenize.ts.
const NUM = 0;
const WORD = 1;
const DASH = 2;
const DOT = 3;
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

const MONTH_KEYS: ReadonlySet<string> = new Set(MONTH_SPELLINGS);
const IVX = /^[IVX]+$/;

const isDayWord = (t: Token | undefined): boolean => t !== undefined && t.k === WORD && lookupFoldedDateWord(t.t)?.kind === "day";

/**
 * Whether an expression can start at token i: a year, a numeric date, a day range (`1-30 d.`),
 * a month, a Roman numeral, a range word or an ordinal. A cheap filter before the reader.
 */
function canStart(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.k === NUM) {
    const len = t.e - t.s;
    if (len === 4) return true;
    if (len > 2) return false;
    const sep = tokens[i + 1];
    // 16 d. and 2 ir … in a list of days after a date (kovo 10 ir 16 d.)
    if (sep !== undefined && !sep.br && (isDayWord(sep) || (sep.k === WORD && (sep.t === "ir" || sep.t === "bei" || sep.t === "arba")) || text.charCodeAt(sep.s) === 44)) return true;
    const next = tokens[i + 2];
    if (sep === undefined || sep.sp || (sep.k !== DASH && sep.k !== DOT) || next === undefined || next.sp || next.k !== NUM) return false;
    // 15.03.2023 (day first, year last)
    const dot = tokens[i + 3];
    const year = tokens[i + 4];
    if (sep.k === DOT && dot?.k === DOT && !dot.sp && year?.k === NUM && !year.sp && year.e - year.s === 4) return true;
    // 09.18, 03-07 (a padded month with a leading zero), or a day range 1-30 d.
    return (len === 2 && text.charCodeAt(t.s) === 48) || (sep.k === DASH && isDayWord(tokens[i + 3]));
  }
  if (t.k !== WORD) return false;
  if (MONTH_KEYS.has(t.t)) return true;
  const w = lookupFoldedDateWord(t.t);
  if (w !== undefined) {
    const kind = w.kind;
    return kind === "from" || kind === "until" || kind === "after" || kind === "before" || kind === "ordinal" || kind === "relative_year" || kind === "relative_year_alone" || t.t === "siu";
  }
  const c = text.charCodeAt(t.s);
  return (c === 73 || c === 86 || c === 88) && t.e - t.s <= 6 && IVX.test(text.slice(t.s, t.e));
}

/** `.`, `!` or `?`: with a capital after it, the end of a sentence. */
function isSentenceEnd(text: string, t: Token): boolean {
  if (t.k === NUM || t.k === WORD) return false;
  const c = text.charCodeAt(t.s);
  return c === 46 || c === 33 || c === 63;
}

function isCapital(text: string, t: Token): boolean {
  const ch = text[t.s] as string;
  return t.k === WORD ? ch !== ch.toLowerCase() : t.k === NUM;
}

function readYearOption(value: unknown, fallback: number, name: string, input: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1000 || value > 9999) {
    throw new BibliotekosError({ code: "invalid_argument", message: `options.${name} must be an integer year from 1000 to 9999, got ${String(value)}`, input, path: ["options", name], expected: "integer from 1000 to 9999", received: String(value) });
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
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!canStart(text, tokens, i)) {
      i++;
      continue;
    }
    reader.lastPointTo = i;
    // Is this in the sentence of the last match, or an item of a list right after it?
    while (scan < i) {
      const s = tokens[scan] as Token;
      const after = tokens[scan + 1];
      if (s.br || (isSentenceEnd(text, s) && after !== undefined && after.sp && isCapital(text, after))) sameSentence = false;
      scan++;
    }
    if ((tokens[i] as Token).br) sameSentence = false;
    reader.inList = shared !== undefined && sameSentence && reader.listConnector(lastTo) === i;
    reader.contextRef = shared === undefined || !sameSentence ? undefined : reader.inList ? { y: shared.y, m: shared.m ?? ref?.m } : { y: shared.y, m: ref?.m };
    try {
      const found = reader.expression(i) ?? reader.listedYear(i);
      if (found === null) {
        i++;
        continue;
      }
      const index = t.s;
      const end = (tokens[found.to - 1] as Token).e;
      matches.push({ text: text.slice(index, end), index, end, period: found.period });
      const last = found.period.end ?? found.period.start;
      shared = last === null ? undefined : fromIso(last);
      lastTo = found.to;
      scan = found.to;
      sameSentence = true;
      i = found.to;
    } catch (error) {
      if (!(error instanceof DateFail)) throw error;
      i = Math.max(i + 1, reader.lastPointTo);
    }
  }
  return matches;
}
