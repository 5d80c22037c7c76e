// One side of a date expression, chosen by its first token: a number starts a numeric date
// (numeric.ts: `2022-02-01`), a year (years.ts: `2022 m.`) or a day (days.ts: `24` of
// `24–27 d.`); a word starts a month (months.ts: `vasario 1 d.`), a Roman numeral
// (centuries.ts, quarters.ts: `XX a.`, `II ketv.`), an ordinal (`antrajame pusmetyje`) or a year
// counted from the reference date (`šių metų`, `pernai`).
import { lookupFoldedSecondMeaning } from "../../../lexicon/dateWords";
import { newPoint, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { romanTail } from "./centuries";
import { readDay } from "./days";
import { monthAt, monthTail } from "./months";
import { readNumeric } from "./numeric";
import { dayFirstStamp, monthFirstStamp } from "./stamps";
import { ordinalTail, quarterTail } from "./quarters";
import { freeStart, meaningOf, offsetOf, romanValueAt, sameLine } from "./tokens";
import { readYear, relativeYear } from "./years";

/**
 * A point at token i, or null. `afterRangeWord`: it follows `nuo`, `iki`, `po` or `prieš`;
 * `rangeEnd`: it ends a range (after a dash or `iki`). Remembers the furthest token read.
 */
export function readPoint(reader: Reader, i: number, afterRangeWord: boolean, rangeEnd = false): Point | null {
  const first = sameLine(reader, i);
  if (first === undefined) return null;
  let point: Point | null = null;
  if (first.kind === Kind.NUM) point = readNumberPoint(reader, i, first, afterRangeWord, rangeEnd);
  else if (first.kind === Kind.WORD) point = readWordPoint(reader, i, first);
  if (point !== null && point.to > reader.furthestPointEnd) reader.furthestPointEnd = point.to;
  return point;
}

/** A point that starts with the number `first` at token i: a numeric date, a year or a day. */
function readNumberPoint(reader: Reader, i: number, first: Token, afterRangeWord: boolean, rangeEnd: boolean): Point | null {
  if (!rangeEnd && !freeStart(reader, i)) return null;
  const numeric = readNumeric(reader, i, afterRangeWord);
  if (numeric !== undefined) return numeric;
  if (first.length === 4) return readYear(reader, i);
  if (first.length <= 2) return dayFirstStamp(reader, i) ?? readDay(reader, i, newPoint(i, first.start), afterRangeWord, rangeEnd);
  return null;
}

/** A point that starts with the word `first` at token i: a month, a Roman numeral, an ordinal, a relative year. */
function readWordPoint(reader: Reader, i: number, first: Token): Point | null {
  const stamp = monthFirstStamp(reader, i);
  if (stamp !== undefined) return stamp;
  const month = monthAt(reader, i);
  if (month !== undefined) return monthTail(reader, month.to, newPoint(i, first.start), month.month, first.start);
  const numeral = romanValueAt(reader, i);
  if (numeral > 0) return romanTail(reader, i, numeral);
  const meaning = meaningOf(first);
  if (meaning?.kind === "ordinal")
    return ordinalTail(reader, i, newPoint(i, first.start), meaning.value) ?? ordinalYear(reader, i, meaning.value);
  if (meaning?.kind === "relative_year" || meaning?.kind === "relative_year_alone") return relativeYear(reader, i, meaning);
  // šių metų: `šių` is also the present of `iki šių dienų`
  const second = lookupFoldedSecondMeaning(first.word);
  if (second?.kind === "relative_year") return relativeYear(reader, i, second, true);
  return null;
}

/** `pirmąjį šių metų ketvirtį`, `antrajame 2014 m. pusmetyje`: the ordinal `n` at token i, a year, then the quarter or half-year word. */
function ordinalYear(reader: Reader, i: number, n: number): Point | null {
  const year = readPoint(reader, i + 1, false);
  if (year === null || year.bare || year.m !== undefined || year.span !== undefined) return null;
  year.from = i;
  return quarterTail(reader, year.to, year, n, offsetOf(reader, i));
}
