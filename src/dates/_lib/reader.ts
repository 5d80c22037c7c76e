// The grammar of Lithuanian date expressions, read over tokens by recursive descent with a
// bounded look-ahead: each attempt reads at most a few dozen tokens, so reading a text is
// linear in its length whatever it holds.
import { isConnector } from "../../lexicon/connectors";
import {
  isFoldedHourWord,
  lookupFoldedDateWord,
  lookupFoldedSecondMeaning,
  presentNounAfter,
  type DateWord,
  type DateWordKind,
} from "../../lexicon/dateWords";
import { isMonthSpelling, lookupMonth, type MonthWord } from "../../lexicon/months";
import { romanNumeralValue } from "../../lexicon/roman";
import type { DatePeriod } from "../types";
import { MAX_YEAR, MIN_YEAR, predecessor, successor, toIso, type Partial } from "./calendar";
import { DateFail, newPoint, type Point, type Span, type SpanKind } from "./points";
import { resolveRange } from "./resolve";
import { Kind, type Token, type TokenList } from "./tokenize";

// lookupMonth, remembered for the words texts repeat (`vasario` in every heading).
const MONTH_MEMO = new Map<string, MonthWord | undefined>();
function monthOf(word: string): MonthWord | undefined {
  if (MONTH_MEMO.has(word)) return MONTH_MEMO.get(word);
  const found = lookupMonth(word);
  if (MONTH_MEMO.size < 2048) MONTH_MEMO.set(word, found);
  return found;
}

export interface ReaderOptions {
  /** "parse": the text is one expression, bare forms allowed; "find": free text. */
  mode: "parse" | "find";
  ref: Partial | undefined;
  minYear: number;
  maxYear: number;
}

export interface Expression {
  /** The token after the expression (it starts at the token it was read at). */
  to: number;
  period: DatePeriod;
}

interface Range {
  a: Point;
  b: Point | null;
  to: number;
}

/**
 * A reader over the tokens of one text. Its grammar is the module's functions below, each
 * taking the reader first, rather than methods: a minifier shortens their names (method names
 * survive minification), and a reader costs one small object, not a closure per rule.
 */
export class Reader {
  /** The end of the furthest point read. */
  lastPointTo = 0;
  /**
   * What an expression later in the same sentence as a date takes in place of `options.ref`:
   * the year of that date (`2023 m. II ketv. …, o I pusmetį`), and in a list right after it
   * (`2023 m. kovo 3 d. ir balandžio 5 d.`, `kovo 10 ir 16 d.`) its month too.
   */
  contextRef: Partial | undefined = undefined;
  /** The expression is an item of a list right after a date: a day with `d.` stands alone. */
  inList = false;
  /** The first token of the expression being read (it may start a line). */
  first = 0;

  constructor(
    readonly text: string,
    readonly toks: TokenList,
    readonly o: ReaderOptions,
  ) {}

  /** An expression at token i, or null. Throws DateFail when it is one but cannot be. */
  expression(i: number): Expression | null {
    return expression(this, i);
  }

  /** A bare year in a list whose last item carries the marker: `2018` of `(2018, 2019 metų)`. */
  listedYear(i: number): Expression | null {
    return listedYear(this, i);
  }

  /** A list connector (`,`, `ir`, `bei`, `arba`) at i, on the same line: the index after it, or -1. */
  listConnector(i: number): number {
    return listConnector(this, i);
  }
}

// ---- token helpers ----

function tok(reader: Reader, i: number): Token | undefined {
  return reader.toks.at(i);
}

/** Token i, if it follows token i-1 on the same line. */
function next(reader: Reader, i: number): Token | undefined {
  const t = tok(reader, i);
  return t === undefined || (t.breakBefore && i !== reader.first) ? undefined : t;
}

function tight(reader: Reader, i: number): Token | undefined {
  const t = next(reader, i);
  return t === undefined || t.spaceBefore ? undefined : t;
}

function dateWord(reader: Reader, i: number): DateWord | undefined {
  const t = next(reader, i);
  return t === undefined || t.kind !== Kind.WORD ? undefined : lookupFoldedDateWord(t.word);
}

/** A date word of `kind` at i, with its period if it is an abbreviation: the index after it, or -1. */
function marker(reader: Reader, i: number, kind: DateWordKind): number {
  const w = dateWord(reader, i);
  if (w === undefined || w.kind !== kind) return -1;
  if (!w.abbreviation) return i + 1;
  return tight(reader, i + 1)?.kind === Kind.DOT ? i + 2 : -1;
}

/** The abbreviation of a date word of `kind` at i, with or without its period (`m`, `d` typed without it). */
function abbreviationAt(reader: Reader, i: number, kind: DateWordKind): boolean {
  const w = dateWord(reader, i);
  return w !== undefined && w.kind === kind && w.abbreviation;
}

/** A suffix written after a hyphen with no spaces (`2022-aisiais`, `1-ąją`). */
function suffix(reader: Reader, i: number, kind: DateWordKind): number {
  if (tight(reader, i)?.kind !== Kind.DASH) return -1;
  const w = tight(reader, i + 1);
  if (w === undefined || w.kind !== Kind.WORD || lookupFoldedDateWord(w.word)?.kind !== kind) return -1;
  return i + 2;
}

function readRoman(reader: Reader, i: number): number {
  const t = next(reader, i);
  if (t === undefined || t.kind !== Kind.WORD) return -1;
  return romanNumeralValue(reader.text.slice(t.start, t.start + t.length));
}

function readMonth(reader: Reader, i: number): { m: number; to: number } | undefined {
  const t = next(reader, i);
  if (t === undefined || t.kind !== Kind.WORD || t.word.length < 3 || !isMonthSpelling(t.word)) return undefined;
  const found = monthOf(reader.text.slice(t.start, t.start + t.length));
  if (found === undefined) return undefined;
  if (found.form === "abbreviation") return tight(reader, i + 1)?.kind === Kind.DOT ? { m: found.month, to: i + 2 } : undefined;
  return { m: found.month, to: i + 1 };
}

/** Where token i starts in the text (its end, past the last token). */
function offsetOf(reader: Reader, i: number): number {
  return tok(reader, i)?.start ?? reader.text.length;
}

function yearOk(reader: Reader, y: number): boolean {
  return reader.o.mode === "parse" ? y >= MIN_YEAR && y <= MAX_YEAR : y >= reader.o.minYear && y <= reader.o.maxYear;
}

/** Not glued to a neighbouring number, word or code (`e3K-3-361-611/2018`, `04-01` in `08-001-04-01`). */
function freeStart(reader: Reader, i: number): boolean {
  const t = tok(reader, i) as Token;
  const prev = tok(reader, i - 1);
  if (prev === undefined) return true;
  // `Nr. 08-001-04- 01-01`: a code broken by a space is still a code.
  const beforePrev = tok(reader, i - 2);
  if ((prev.kind === Kind.DASH || prev.kind === Kind.SLASH) && !prev.spaceBefore && beforePrev?.kind === Kind.NUM) return false;
  return (
    t.spaceBefore ||
    (prev.kind !== Kind.NUM && prev.kind !== Kind.WORD && prev.kind !== Kind.DASH && prev.kind !== Kind.DOT && prev.kind !== Kind.SLASH)
  );
}

/** Not continued by `.5`, `/7` or digits: the end of a numeric chunk. */
function freeEnd(reader: Reader, i: number): boolean {
  const t = tight(reader, i);
  if (t === undefined) return true;
  if (t.kind === Kind.NUM || t.kind === Kind.WORD) return false;
  if (t.kind === Kind.DOT || t.kind === Kind.SLASH) return tight(reader, i + 1)?.kind !== Kind.NUM;
  return true;
}

// ---- points ----

function point(reader: Reader, i: number, afterRangeWord: boolean, rangeEnd = false): Point | null {
  const p = readPoint(reader, i, afterRangeWord, rangeEnd);
  if (p !== null && p.to > reader.lastPointTo) reader.lastPointTo = p.to;
  return p;
}

function readPoint(reader: Reader, i: number, afterRangeWord: boolean, rangeEnd: boolean): Point | null {
  const t = next(reader, i);
  if (t === undefined) return null;
  if (t.kind === Kind.NUM) {
    if (!rangeEnd && !freeStart(reader, i)) return null;
    const numeric = readNumeric(reader, i, afterRangeWord);
    if (numeric !== undefined) return numeric;
    if (t.length === 4) return readYear(reader, i);
    if (t.length <= 2) return readDay(reader, i, newPoint(i, t.start), afterRangeWord, rangeEnd);
    return null;
  }
  if (t.kind !== Kind.WORD) return null;
  const month = readMonth(reader, i);
  if (month !== undefined) return monthTail(reader, month.to, newPoint(i, t.start), month.m, t.start);
  const r = readRoman(reader, i);
  if (r > 0) return romanTail(reader, i, r);
  const w = lookupFoldedDateWord(t.word);
  if (w?.kind === "ordinal") return ordinalTail(reader, i, newPoint(i, t.start), w.value);
  if (w?.kind === "relative_year" || w?.kind === "relative_year_alone") return relativeYear(reader, i, w);
  // šių metų: `šių` is also the present of `iki šių dienų`
  const second = lookupFoldedSecondMeaning(t.word);
  if (second?.kind === "relative_year") return relativeYear(reader, i, second);
  return null;
}

/** `2022-02-01`, `2022.02.01`, `2023-6-5`, `2024 12 31`, `2022-02`, `09.18`, `03-07`. */
function readNumeric(reader: Reader, i: number, afterRangeWord: boolean): Point | null | undefined {
  const t = tok(reader, i) as Token;
  const len = t.length;
  const sep = tight(reader, i + 1);
  const second = tight(reader, i + 2);
  if (len === 4) {
    if (sep !== undefined && (sep.kind === Kind.DASH || sep.kind === Kind.DOT) && second?.kind === Kind.NUM && second.length <= 2) {
      const sep2 = tight(reader, i + 3);
      const third = tight(reader, i + 4);
      if (
        sep2?.kind === sep.kind &&
        third?.kind === Kind.NUM &&
        third.length <= 2 &&
        (sep.kind !== Kind.DASH || tight(reader, i + 5)?.kind !== Kind.NUM)
      ) {
        if (!freeEnd(reader, i + 5)) return null;
        return numericPoint(reader, i, i + 5, t.value, second, third);
      }
      if (sep.kind === Kind.DASH && second.length === 2 && freeEnd(reader, i + 3) && tight(reader, i + 3)?.kind !== Kind.DASH) {
        return numericPoint(reader, i, i + 3, t.value, second, undefined);
      }
      if (sep.kind === Kind.DOT) return null;
      return undefined;
    }
    // 2024 12 31: digit groups separated by spaces (VLKK allows it outside documents).
    const m = next(reader, i + 1);
    const d = next(reader, i + 2);
    if (
      m?.kind === Kind.NUM &&
      m.spaceBefore &&
      m.length === 2 &&
      d?.kind === Kind.NUM &&
      d.spaceBefore &&
      d.length === 2 &&
      freeEnd(reader, i + 3)
    ) {
      const after = next(reader, i + 3);
      if (after?.kind !== Kind.NUM && m.value >= 1 && m.value <= 12 && d.value >= 1) return numericPoint(reader, i, i + 3, t.value, m, d);
    }
    return undefined;
  }
  if (len <= 2 && sep?.kind === Kind.DOT && second?.kind === Kind.NUM && second.length <= 2 && tight(reader, i + 3)?.kind === Kind.DOT) {
    // 15.03.2023: day reader.first, as Europe writes it; unambiguous with the year last.
    const year = tight(reader, i + 4);
    if (year?.kind === Kind.NUM && year.length === 4 && freeEnd(reader, i + 5)) {
      return numericPoint(reader, i, i + 5, year.value, second, t);
    }
  }
  if (
    len === 2 &&
    sep !== undefined &&
    (sep.kind === Kind.DASH || sep.kind === Kind.DOT) &&
    second?.kind === Kind.NUM &&
    second.length === 2
  ) {
    // `10-15 d.` is a range of days, not 15 October.
    if (sep.kind === Kind.DASH && marker(reader, i + 3, "day") > 0) return undefined;
    const afterDay = tight(reader, i + 3);
    if (afterDay !== undefined && (afterDay.kind === Kind.DOT || afterDay.kind === Kind.SLASH) && tight(reader, i + 4)?.kind === Kind.NUM)
      return null;
    if (afterDay?.kind === Kind.DASH && tight(reader, i + 4)?.kind === Kind.NUM && tight(reader, i + 5)?.kind === sep.kind) {
      // 09.18-09.20 is a range of two such dates; 08-001-04-01 is a code.
    } else if (afterDay?.kind === Kind.DASH && sep.kind === Kind.DASH) return null;
    const valWord = next(reader, i + 3);
    if (valWord?.kind === Kind.WORD && isFoldedHourWord(valWord.word)) return null;
    if (afterDay !== undefined && reader.text[afterDay.start] === ":") return null;
    if (reader.o.mode === "find") {
      if (!(reader.text[t.start] === "0" || afterRangeWord) || t.value > 12 || t.value < 1) return null;
    }
    const p = newPoint(i, t.start);
    p.to = i + 3;
    p.m = t.value;
    p.d = second.value;
    p.dAt = second.start;
    p.numeric = true;
    p.marked = true;
    return dayMarker(reader, p);
  }
  return undefined;
}

function numericPoint(reader: Reader, i: number, to: number, y: number, m: Token, d: Token | undefined): Point | null {
  if (!yearOk(reader, y)) {
    if (reader.o.mode === "find") return null;
    throw new DateFail("invalid_date", offsetOf(reader, i), `The year ${y} is out of range`);
  }
  const p = newPoint(i, offsetOf(reader, i));
  p.to = to;
  p.y = y;
  p.m = m.value;
  p.mAt = m.start;
  if (d !== undefined) {
    p.d = d.value;
    p.dAt = d.start;
  }
  p.numeric = true;
  p.marked = true;
  return d === undefined ? p : dayMarker(reader, p);
}

/** An optional ` d.` after a numeric date. */
function dayMarker(reader: Reader, p: Point): Point {
  const after = marker(reader, p.to, "day");
  if (after > 0) p.to = after;
  return p;
}

function readYear(reader: Reader, i: number): Point | null {
  const t = tok(reader, i) as Token;
  const p = newPoint(i, t.start);
  p.y = t.value;
  let j = marker(reader, i + 1, "year");
  // 2022 m vasario 1 d: typed without the periods, before a month name
  if (j < 0 && abbreviationAt(reader, i + 1, "year") && readMonth(reader, i + 2) !== undefined) j = i + 2;
  if (j < 0) {
    j = suffix(reader, i + 1, "year_suffix");
    if (j > 0) j = Math.max(j, marker(reader, j, "year"));
  }
  if (j < 0) {
    // 2022–2023 mokslo metai
    const school = dateWord(reader, i + 1)?.kind === "school" ? marker(reader, i + 2, "year") : -1;
    if (school > 0) {
      p.school = true;
      j = school;
    }
  } else if (abbreviationAt(reader, j, "year") && marker(reader, j, "year") > 0 && next(reader, j)?.spaceBefore === true) {
    // 2022–2023 m. m. (mokslo metai)
    p.school = true;
    j = marker(reader, j, "year");
  }
  if (!yearOk(reader, t.value)) {
    if (reader.o.mode === "find" || j < 0) return null;
    throw new DateFail("invalid_date", t.start, `The year ${t.value} is out of range`);
  }
  if (j < 0) {
    p.to = i + 1;
    p.bare = true;
    // 2023 sausio 1 d., 2023 sausio mėn.: a year written without `m.`, then a month with a marker
    const month = readMonth(reader, i + 1);
    if (month !== undefined && next(reader, i + 1)?.spaceBefore === true) {
      const full = monthTail(reader, month.to, { ...p, bare: false }, month.m, offsetOf(reader, i + 1));
      if (!full.bareDay && !full.bare && full.to > month.to) {
        full.marked = true;
        return full;
      }
    }
    return p;
  }
  p.to = j;
  p.marked = true;
  if (p.school) return p;
  return yearTail(reader, j, p);
}

/** `šių metų`, `praėjusiais metais`, `pernai`: a year counted from the reference date. */
function relativeYear(reader: Reader, i: number, w: DateWord): Point | null {
  const t = tok(reader, i) as Token;
  const p = newPoint(i, t.start);
  p.yearOffset = w.value;
  // With a reference date, the year is known at once and the rest reads as after `2023 m.`.
  if (reader.o.ref !== undefined) p.y = reader.o.ref.y + w.value;
  if (w.kind === "relative_year_alone") {
    p.to = i + 1;
    p.marked = true;
    return yearTail(reader, i + 1, p);
  }
  const j = marker(reader, i + 1, "year");
  if (j < 0 || abbreviationAt(reader, i + 1, "year")) return null;
  p.to = j;
  p.marked = true;
  return yearTail(reader, j, p);
}

/** What may follow a year: a month, a quarter, a half-year, a season, a part. */
function yearTail(reader: Reader, j: number, p: Point): Point {
  const month = readMonth(reader, j);
  if (month !== undefined) return monthTail(reader, month.to, p, month.m, offsetOf(reader, j));
  const r = readRoman(reader, j);
  if (r > 0) return quarterTail(reader, j + 1, p, r, offsetOf(reader, j)) ?? yearHalf(reader, j, p, r) ?? p;
  const byNumber = next(reader, j);
  if (byNumber?.kind === Kind.NUM && byNumber.length <= 2) {
    // 2022 m. 02 mėn. 01 d.
    const monthMark = marker(reader, j + 1, "month");
    if (monthMark > 0) {
      p.m = byNumber.value;
      p.mAt = byNumber.start;
      p.to = monthMark;
      const dayTok = next(reader, monthMark);
      if (dayTok?.kind === Kind.NUM && dayTok.length <= 2) {
        const withDay = readDay(reader, monthMark, { ...p }, false);
        if (withDay !== null && !withDay.bare) return withDay;
      }
      return p;
    }
    if (byNumber.length === 1) return quarterTail(reader, j + 1, p, byNumber.value, byNumber.start) ?? p;
  }
  const w = dateWord(reader, j);
  if (w === undefined) return p;
  if (w.kind === "ordinal") return ordinalTail(reader, j, p, w.value) ?? yearHalf(reader, j, p, w.value) ?? p;
  if (w.kind === "season") return withSpan(p, j + 1, "season", w.value, offsetOf(reader, j));
  if (w.kind === "part") return withSpan(p, j + 1, "year_part", w.value, offsetOf(reader, j));
  return p;
}

/** After a month name: a day, `mėn.`, or a part (`lapkričio viduryje`). */
function monthTail(reader: Reader, j: number, p: Point, m: number, mAt: number): Point {
  p.m = m;
  p.mAt = mAt;
  p.to = j;
  const hasYear = p.y !== undefined || p.yearOffset !== undefined;
  const dayTok = next(reader, j);
  if (
    dayTok?.kind === Kind.NUM &&
    dayTok.length <= 2 &&
    (freeEnd(reader, j + 1) || marker(reader, j + 1, "day") > 0 || abbreviationAt(reader, j + 1, "day"))
  ) {
    const withDay = readDay(reader, j, p, false);
    if (withDay !== null) {
      if (!withDay.bare) return withDay;
      if (dayTok.value >= 1 && dayTok.value <= 31) {
        withDay.bare = false;
        withDay.marked = hasYear;
        // a bare day after a month: only a range start, or with a year
        withDay.bareDay = true;
        return withDay;
      }
    }
    p.d = undefined;
    p.to = j;
  }
  const mark = marker(reader, j, "month");
  if (mark > 0) {
    p.to = mark;
    p.marked = true;
    // 2022 m. vasario mėn. 1 d.: the month word, then the day
    const after = next(reader, mark);
    if (after?.kind === Kind.NUM && after.length <= 2) {
      const withDay = readDay(reader, mark, { ...p }, false);
      if (withDay !== null && !withDay.bare) return withDay;
      // 2022 m. sausio mėn. 1–5 d.: the start of a range of days
      if (withDay !== null && after.value >= 1 && after.value <= 31 && tight(reader, mark + 1)?.kind === Kind.DASH) {
        withDay.bare = false;
        withDay.bareDay = true;
        withDay.marked = hasYear;
        return withDay;
      }
    }
    // 2022 m. spalio mėn. pabaigoje
    const part = dateWord(reader, mark);
    if (part?.kind === "part") return withSpan(p, mark + 1, "month_part", part.value, offsetOf(reader, mark));
    return p;
  }
  const w = dateWord(reader, j);
  if (w?.kind === "part") return withSpan(p, j + 1, "month_part", w.value, offsetOf(reader, j));
  p.marked = hasYear;
  p.bare = !hasYear;
  return p;
}

/** A day number with `d.`, `dieną` or `-ąją`, or bare. */
function readDay(reader: Reader, j: number, p: Point, afterRangeWord: boolean, rangeEnd = false): Point | null {
  const t = tok(reader, j) as Token;
  p.d = t.value;
  p.dAt = t.start;
  let to = marker(reader, j + 1, "day");
  if (to < 0 && (p.m !== undefined || rangeEnd)) {
    to = marker(reader, j + 1, "days");
    p.pluralDay = to > 0;
  }
  // vasario 1 d: the day marker typed without its period, after a month name
  if (to < 0 && (p.m !== undefined || rangeEnd) && abbreviationAt(reader, j + 1, "day") && tight(reader, j + 2)?.kind !== Kind.DOT)
    to = j + 2;
  if (to < 0) {
    // 1-ąją, 1-ąją dieną
    to = suffix(reader, j + 1, "day_suffix");
    if (to > 0) to = Math.max(to, marker(reader, to, "day"));
  }
  if (to < 0) {
    p.to = j + 1;
    p.bare = true;
    return p;
  }
  p.to = to;
  p.marked = p.m !== undefined || (afterRangeWord && !p.pluralDay) || (reader.inList && !p.pluralDay);
  p.bare = false;
  return p;
}

/** After a Roman numeral: a century, a quarter or a half-year. */
function romanTail(reader: Reader, i: number, r: number): Point | null {
  const at = offsetOf(reader, i);
  const p = newPoint(i, at);
  let century = marker(reader, i + 1, "century");
  let r2 = r;
  if (century < 0 && next(reader, i + 1)?.kind === Kind.DASH) {
    // XIX–XX a.
    const second = readRoman(reader, i + 2);
    const after = second > 0 ? marker(reader, i + 3, "century") : -1;
    if (after > 0) {
      century = after;
      r2 = second;
    }
  }
  if (century > 0) {
    if (reader.o.mode === "find" && ((r - 1) * 100 + 1 < reader.o.minYear || r2 * 100 > reader.o.maxYear || r2 < r)) return null;
    p.marked = true;
    withSpan(p, century, "century", r, at);
    (p.span as Span).n2 = r2;
    if (r2 !== r) return p;
    const w = dateWord(reader, century);
    if (w?.kind === "part") return withPart(p, century + 1, "century_part", w.value);
    // XX a. ketvirtajame dešimtmetyje, XX a. 4-ajame dešimtmetyje, XX a. 4 deš.
    if (w?.kind === "ordinal") {
      const decade = marker(reader, century + 1, "decade");
      if (decade > 0) return withPart(p, decade, "century_decade", w.value);
    }
    const number = next(reader, century);
    if (number?.kind === Kind.NUM && number.length <= 2) {
      let k = century + 1;
      if (tight(reader, k)?.kind === Kind.DASH && tight(reader, k + 1)?.kind === Kind.WORD) k += 2;
      const decade = marker(reader, k, "decade");
      if (decade > 0) return withPart(p, decade, "century_decade", number.value);
    }
    if (w?.kind === "ordinal" && w.value <= 2 && dateWord(reader, century + 1)?.kind === "half") {
      return withPart(p, century + 2, "century_half", w.value);
    }
    const half = readRoman(reader, century);
    if ((half === 1 || half === 2) && dateWord(reader, century + 1)?.kind === "half") return withPart(p, century + 2, "century_half", half);
    // XX a. 2-oje pusėje
    const digit = next(reader, century);
    if (
      digit?.kind === Kind.NUM &&
      (digit.value === 1 || digit.value === 2) &&
      digit.length === 1 &&
      tight(reader, century + 1)?.kind === Kind.DASH &&
      tight(reader, century + 2)?.kind === Kind.WORD &&
      dateWord(reader, century + 3)?.kind === "half"
    ) {
      return withPart(p, century + 4, "century_half", digit.value);
    }
    return p;
  }
  return quarterTail(reader, i + 1, p, r, at);
}

/** `II ketv.`, `I–III ketv.`, `I pusmetis` once the numeral is read; j is after it. */
function quarterTail(reader: Reader, j: number, p: Point, n: number, at: number): Point | null {
  let n2 = n;
  let k = j;
  if (tight(reader, j)?.kind === Kind.DASH || next(reader, j)?.kind === Kind.DASH) {
    const second = readRoman(reader, j + 1);
    const digits = next(reader, j + 1);
    const v = second > 0 ? second : digits?.kind === Kind.NUM && digits.length === 1 ? digits.value : -1;
    if (v > 0) {
      n2 = v;
      k = j + 2;
    }
  }
  const quarter = marker(reader, k, "quarter");
  const half = quarter > 0 ? -1 : marker(reader, k, "half_year");
  if (quarter < 0 && half < 0) return null;
  const span: Span = { kind: quarter > 0 ? "quarter" : "half_year", n, n2, part: 0, at };
  p.span = span;
  p.to = quarter > 0 ? quarter : half;
  p.marked = true;
  p.bare = false;
  return p;
}

/** `antrajame pusmetyje`, `pirmąjį ketvirtį`. */
/** `2023 m. antroje pusėje`, `2023 m. II pusėje`: a half of the year. */
function yearHalf(reader: Reader, j: number, p: Point, n: number): Point | null {
  if (dateWord(reader, j + 1)?.kind !== "half") return null;
  const at = offsetOf(reader, j);
  p.span = { kind: "half_year", n, n2: n, part: 0, at };
  p.to = j + 2;
  p.marked = true;
  return p;
}

function ordinalTail(reader: Reader, i: number, p: Point, n: number): Point | null {
  return quarterTail(reader, i + 1, p, n, offsetOf(reader, i));
}

// ---- ranges and expressions ----

/** A point, or two joined by a dash (or `iki` after `nuo`, or `/` in school years). */
function readRange(reader: Reader, i: number, afterRangeWord: boolean, untilJoins: boolean): Range | null {
  const a = point(reader, i, afterRangeWord);
  if (a === null) return null;
  const sep = next(reader, a.to);
  const join =
    sep !== undefined &&
    ((sep.kind === Kind.DASH && !(a.numeric && a.y === undefined && sep.spaceBefore)) ||
      (sep.kind === Kind.SLASH && a.bare && a.y !== undefined) ||
      (untilJoins && sep.kind === Kind.WORD && lookupFoldedDateWord(sep.word)?.kind === "until"));
  if (!join) return { a, b: null, to: a.to };
  const isUntil = sep.kind === Kind.WORD;
  if (isUntil && presentEnd(reader, a.to + 1) > 0) return { a, b: null, to: a.to };
  const b = point(reader, a.to + 1, isUntil || afterRangeWord, true);
  if (b === null || !joins(reader, a, b)) {
    // `(2022 m. – 2,68 Eur)` is 2022; but `09.30–18.00` is opening hours, not 30 September.
    if (a.numeric && a.y === undefined && !isUntil) return null;
    return { a, b: null, to: a.to };
  }
  if (sep.kind === Kind.SLASH && !b.school) return { a, b: null, to: a.to };
  return { a, b, to: b.to };
}

/** Whether `b` can end a range that `a` starts. */
function joins(reader: Reader, a: Point, b: Point): boolean {
  const bareDayA = a.bareDay;
  const bareYears = reader.o.mode === "parse" && b.y !== undefined && b.m === undefined && (a.numeric || (a.bare && a.m === undefined));
  if (b.bare && !bareYears && !(a.numeric && a.d !== undefined && b.d !== undefined && b.m === undefined)) {
    // `vasario–balandžio mėn.` has a bare start; a bare end only after a numeric day (`09.18–20`).
    return false;
  }
  if (b.bareDay && b.y === undefined) return false;
  if (a.bare || bareDayA) {
    if (a.span === undefined && a.d !== undefined && b.d === undefined) return false;
    if (a.d === undefined && a.m !== undefined && a.y === undefined && b.m === undefined) return false;
    if (a.m === undefined && a.d === undefined && a.y !== undefined && b.y === undefined) return false;
  }
  if (b.school && a.y === undefined) return false;
  return true;
}

/** `šių dienų`, `šiol`, `dabar` after `iki`: the index after, or -1. */
function presentEnd(reader: Reader, i: number): number {
  const w = dateWord(reader, i);
  if (w?.kind !== "present") return -1;
  const word = (tok(reader, i) as Token).word;
  const noun = presentNounAfter(word);
  if (noun === undefined) return i + 1;
  return next(reader, i + 1)?.word === noun ? i + 2 : -1;
}

/** An expression at token i, or null. Throws DateFail when it is one but cannot be. */
function expression(reader: Reader, i: number): Expression | null {
  reader.first = i;
  const t = next(reader, i);
  if (t === undefined) return null;
  const w = t.kind === Kind.WORD ? lookupFoldedDateWord(t.word) : undefined;
  const kind = w?.kind;
  if (kind === "from" || kind === "until" || kind === "after" || kind === "before") {
    if (kind === "until") {
      const present = presentEnd(reader, i + 1);
      if (present > 0) return { to: present, period: { start: null, end: refIso(reader, offsetOf(reader, i + 1)) } };
    }
    const r = readRange(reader, i + 1, kind === "from" || kind === "until", kind === "from");
    if (r === null || !acceptable(reader, r)) return null;
    const [start, end] = resolve(reader, r);
    if (kind === "from") {
      let to = r.to;
      let last: string | null = null;
      if (r.b === null) {
        const iki = dateWord(reader, r.to);
        const present = iki?.kind === "until" ? presentEnd(reader, r.to + 1) : -1;
        // Without a reference date, `nuo 1990 m. iki šių dienų` in free text is `nuo 1990 m.`.
        if (present > 0 && (reader.o.ref !== undefined || reader.o.mode === "parse")) {
          to = present;
          last = refIso(reader, offsetOf(reader, r.to + 1));
        }
      } else last = toIso(end);
      return { to, period: { start: toIso(start), end: last } };
    }
    if (kind === "until") return { to: r.to, period: { start: null, end: toIso(end) } };
    if (kind === "after") return { to: r.to, period: { start: bounded(reader, successor(end), i), end: null } };
    return { to: r.to, period: { start: null, end: bounded(reader, predecessor(start), i) } };
  }
  const r = readRange(reader, i, false, false);
  if (r === null || !acceptable(reader, r)) return null;
  // Vasario 16-osios g., Sausio 13-osios gimnazija: names, not dates.
  if (r.a.y === undefined && r.b === null && dateWord(reader, r.to)?.kind === "name_noun") return null;
  const [start, end] = resolve(reader, r);
  return { to: r.to, period: { start: toIso(start), end: toIso(end) } };
}

/**
 * A bare year in a list whose last item carries the marker: `2018` of `(2018, 2019 metų)`.
 * Reads at most a dozen items ahead.
 */
function listedYear(reader: Reader, i: number): Expression | null {
  const t = tok(reader, i) as Token;
  if (t.kind !== Kind.NUM || t.length !== 4 || !yearOk(reader, t.value) || !freeStart(reader, i)) return null;
  reader.first = i;
  let j = i + 1;
  for (let items = 0; items < 12; items++) {
    const sep = next(reader, j);
    if (sep === undefined) return null;
    const isComma = sep.kind !== Kind.WORD && reader.text[sep.start] === ",";
    const isAnd = sep.kind === Kind.WORD && isConnector(sep.word);
    if (!isComma && !isAnd) return null;
    const y = next(reader, j + 1);
    if (y === undefined || y.kind !== Kind.NUM || y.length !== 4) return null;
    if (marker(reader, j + 2, "year") > 0) return { to: i + 1, period: { start: String(t.value), end: String(t.value) } };
    j += 2;
  }
  return null;
}

/** A list connector (`,`, `ir`, `bei`, `arba`) at i, on the same line: the index after it, or -1. */
function listConnector(reader: Reader, i: number): number {
  const t = tok(reader, i);
  if (t === undefined || t.breakBefore) return -1;
  if (t.kind === Kind.WORD) return isConnector(t.word) ? i + 1 : -1;
  return reader.text[t.start] === "," ? i + 1 : -1;
}

/** `kovo 10 ir 16 d.`: a list of days continues after i. */
function listFollows(reader: Reader, i: number): boolean {
  const j = listConnector(reader, i);
  const t = j > 0 ? next(reader, j) : undefined;
  return t !== undefined && t.kind === Kind.NUM && t.length <= 2;
}

function acceptable(reader: Reader, r: Range): boolean {
  if (reader.o.mode === "parse") return !(r.b === null && r.a.bare && r.a.y === undefined && r.a.m === undefined);
  if (r.b === null) {
    if (r.a.marked) return true;
    // kovo 10 ir 16 d.; vasario 1, 2 ir 3 d.: a day whose marker comes at the end of the list
    const listDay = r.a.bareDay || (reader.inList && r.a.bare && r.a.d !== undefined && r.a.m === undefined);
    return listDay && listFollows(reader, r.to);
  }
  if (r.b.marked || r.a.marked) return true;
  // gruodžio 24–26 d.: a month and day, then a day with its marker.
  if (r.a.bareDay && !r.b.bare && r.b.d !== undefined) return true;
  // 1–30 d. in a monthly plan, when the reference date gives the month.
  return (
    r.a.d !== undefined &&
    r.a.m === undefined &&
    r.b.d !== undefined &&
    r.b.m === undefined &&
    !r.b.bare &&
    !r.b.pluralDay &&
    reader.o.ref?.m !== undefined
  );
}

function bounded(reader: Reader, p: Partial, i: number): string {
  if (p.y < MIN_YEAR || p.y > MAX_YEAR) throw new DateFail("invalid_date", offsetOf(reader, i), `The year ${p.y} is out of range`);
  return toIso(p);
}

function refIso(reader: Reader, at: number): string {
  const ref = reader.o.ref;
  if (ref === undefined) throw new DateFail("needs_reference", at, "The present (iki šių dienų) needs a reference date (options.ref)");
  return toIso(ref);
}

/** Fills in what each side leaves out, from the other side and the reference date. */
function resolve(reader: Reader, r: Range): [Partial, Partial] {
  return resolveRange(r.a, r.b, reader.contextRef ?? reader.o.ref, (i) => offsetOf(reader, i));
}

function withSpan(p: Point, to: number, kind: SpanKind, n: number, at: number): Point {
  p.span = { kind, n, n2: n, part: 0, at };
  p.to = to;
  p.marked = true;
  p.bare = false;
  return p;
}

function withPart(p: Point, to: number, kind: SpanKind, part: number): Point {
  const span = p.span as Span;
  p.span = { ...span, kind, part };
  p.to = to;
  return p;
}
