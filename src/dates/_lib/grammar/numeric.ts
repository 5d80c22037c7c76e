// Dates written in digits: year first (`2022-02-01`, `2022.02.01`, `2022/11/05`, `2023-6-5`, `2022-02`, `1875.I.26`, and
// the digit groups of `2024 12 31`), day first with the year last (`15.03.2023`), and month and
// day without a year (`09.18`, `03-07`), each with an optional ` d.` after it. What only looks
// like one is not: a code (`08-001-04-01`), a time (`09.30 val.`, `09.30:`), a range of days
// (`10-15 d.`).
import { isFoldedHourWord } from "../../../lexicon/dateWords";
import { DateFail, newPoint, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { freeEnd, glued, marker, offsetOf, romanValueAt, sameLine, startsLine, tokenAt, yearInRange } from "./tokens";

/**
 * A date in digits at token i (a number): the point, null when it is a number that must not be
 * read as anything else (`2022.02.`, a code), or undefined when it is no numeric date (read on).
 */
export function readNumeric(reader: Reader, i: number, afterRangeWord: boolean): Point | null | undefined {
  const first = tokenAt(reader, i) as Token;
  if (first.length === 4) return readYearFirst(reader, i, first);
  if (first.length > 2) return undefined;
  const dayFirst = readDayFirst(reader, i, first);
  if (dayFirst !== undefined) return dayFirst;
  return first.length === 2 ? readMonthDay(reader, i, first, afterRangeWord) : undefined;
}

/** `2022-02-01`, `2022.02.01`, `2023-6-5`, `2022-02`, `2024 12 31`: `year` is token i. */
function readYearFirst(reader: Reader, i: number, year: Token): Point | null | undefined {
  const separator = glued(reader, i + 1);
  const month = glued(reader, i + 2);
  if (separator?.kind === Kind.SLASH) return readSlashed(reader, i, year, month);
  // 1875.I.26, 1954.IX.15: the month in Roman numerals (the older way)
  const roman = separator?.kind === Kind.DOT ? romanValueAt(reader, i + 2) : -1;
  if (roman >= 1 && roman <= 12) {
    const day = glued(reader, i + 4);
    if (glued(reader, i + 3)?.kind !== Kind.DOT || day?.kind !== Kind.NUM || day.length > 2 || !freeEnd(reader, i + 5)) return null;
    return numericPoint(reader, i, i + 5, year.value, { value: roman, start: (month as Token).start }, day);
  }
  if (
    separator !== undefined &&
    (separator.kind === Kind.DASH || separator.kind === Kind.DOT) &&
    month?.kind === Kind.NUM &&
    month.length <= 2
  ) {
    const secondSeparator = glued(reader, i + 3);
    const day = glued(reader, i + 4);
    if (
      secondSeparator?.kind === separator.kind &&
      day?.kind === Kind.NUM &&
      day.length <= 2 &&
      (separator.kind !== Kind.DASH || glued(reader, i + 5)?.kind !== Kind.NUM)
    ) {
      if (!freeEnd(reader, i + 5)) return null;
      return numericPoint(reader, i, i + 5, year.value, month, day);
    }
    // 2022-02: a year and a month (written with a hyphen only; `1945-46 m.`, `2010-11 m.` are years)
    if (
      separator.kind === Kind.DASH &&
      month.length === 2 &&
      freeEnd(reader, i + 3) &&
      glued(reader, i + 3)?.kind !== Kind.DASH &&
      marker(reader, i + 3, "year") < 0
    ) {
      return numericPoint(reader, i, i + 3, year.value, month, undefined);
    }
    if (separator.kind === Kind.DOT) return null;
    return undefined;
  }
  return readDigitGroups(reader, i, year);
}

/** 2022/11/05: year, month and day, all three (`Nr. 2022/11` is an act number, not a month). */
function readSlashed(reader: Reader, i: number, year: Token, month: Token | undefined): Point | undefined {
  const day = glued(reader, i + 4);
  if (
    month?.kind !== Kind.NUM ||
    month.length !== 2 ||
    glued(reader, i + 3)?.kind !== Kind.SLASH ||
    day?.kind !== Kind.NUM ||
    day.length !== 2
  ) {
    return undefined;
  }
  if (!freeEnd(reader, i + 5)) return undefined;
  return numericPoint(reader, i, i + 5, year.value, month, day) ?? undefined;
}

/** 2024 12 31: digit groups separated by spaces (VLKK allows it outside documents). */
function readDigitGroups(reader: Reader, i: number, year: Token): Point | null | undefined {
  const month = sameLine(reader, i + 1);
  const day = sameLine(reader, i + 2);
  if (
    month?.kind === Kind.NUM &&
    month.spaceBefore &&
    month.length === 2 &&
    day?.kind === Kind.NUM &&
    day.spaceBefore &&
    day.length === 2 &&
    freeEnd(reader, i + 3)
  ) {
    const after = sameLine(reader, i + 3);
    if (after?.kind !== Kind.NUM && month.value >= 1 && month.value <= 12 && day.value >= 1) {
      return numericPoint(reader, i, i + 3, year.value, month, day);
    }
  }
  // 1919 01 – …: a year and a padded month opening a line of a chronicle, a dash or the line's end after
  if (
    month?.kind === Kind.NUM &&
    month.spaceBefore &&
    month.length === 2 &&
    reader.text[month.start] === "0" &&
    month.value >= 1 &&
    startsLine(reader, i) &&
    (day === undefined || day.kind === Kind.DASH) &&
    freeEnd(reader, i + 2)
  )
    return numericPoint(reader, i, i + 2, year.value, month, undefined);
  return undefined;
}

/** 15.03.2023: the day first, as Europe writes it; unambiguous with the year last. `day` is token i. */
function readDayFirst(reader: Reader, i: number, day: Token): Point | null | undefined {
  const month = glued(reader, i + 2);
  if (glued(reader, i + 1)?.kind !== Kind.DOT || month?.kind !== Kind.NUM || month.length > 2) return undefined;
  if (glued(reader, i + 3)?.kind !== Kind.DOT) return undefined;
  const year = glued(reader, i + 4);
  if (year?.kind === Kind.NUM && year.length === 4 && freeEnd(reader, i + 5)) return numericPoint(reader, i, i + 5, year.value, month, day);
  return undefined;
}

/** `09.18`, `03-07`: a month and a day, two digits each; `month` is token i. */
function readMonthDay(reader: Reader, i: number, month: Token, afterRangeWord: boolean): Point | null | undefined {
  const separator = glued(reader, i + 1);
  const day = glued(reader, i + 2);
  if (separator === undefined || (separator.kind !== Kind.DASH && separator.kind !== Kind.DOT)) return undefined;
  if (day?.kind !== Kind.NUM || day.length !== 2) return undefined;
  // `10-15 d.` is a range of days, not 15 October.
  if (separator.kind === Kind.DASH && marker(reader, i + 3, "day") > 0) return undefined;
  const afterDay = glued(reader, i + 3);
  if (afterDay !== undefined && (afterDay.kind === Kind.DOT || afterDay.kind === Kind.SLASH) && glued(reader, i + 4)?.kind === Kind.NUM) {
    return null;
  }
  // 09.18-09.20 is a range of two such dates; 08-001-04-01 is a code.
  const rangeOfTwo =
    afterDay?.kind === Kind.DASH && glued(reader, i + 4)?.kind === Kind.NUM && glued(reader, i + 5)?.kind === separator.kind;
  if (afterDay?.kind === Kind.DASH && separator.kind === Kind.DASH && !rangeOfTwo) return null;
  // 09.30 val., 09.30: a time of day
  const hourWord = sameLine(reader, i + 3);
  if (hourWord?.kind === Kind.WORD && isFoldedHourWord(hourWord.word)) return null;
  if (afterDay !== undefined && reader.text[afterDay.start] === ":") return null;
  // In free text, only a padded month (`09.18`) or one after a range word is a date; in a list
  // after a date, `24–25` is a range of its month's days (`balandžio 22, 24–25`).
  if (reader.options.mode === "find") {
    if (reader.inList && separator.kind === Kind.DASH && reader.text[month.start] !== "0") return undefined;
    if (!(reader.text[month.start] === "0" || afterRangeWord) || month.value > 12 || month.value < 1) return null;
  }
  const point = newPoint(i, month.start);
  point.to = i + 3;
  point.m = month.value;
  point.d = day.value;
  point.dAt = day.start;
  point.numeric = true;
  point.marked = true;
  return dayMarker(reader, point);
}

/** The point of a numeric date read from token i up to token `to`; null for a year out of range in free text. */
function numericPoint(
  reader: Reader,
  i: number,
  to: number,
  year: number,
  month: Pick<Token, "value" | "start">,
  day: Token | undefined,
): Point | null {
  if (!yearInRange(reader, year)) {
    if (reader.options.mode === "find") return null;
    throw new DateFail("invalid_date", offsetOf(reader, i), `The year ${year} is out of range`);
  }
  const point = newPoint(i, offsetOf(reader, i));
  point.to = to;
  point.y = year;
  point.m = month.value;
  point.mAt = month.start;
  if (day !== undefined) {
    point.d = day.value;
    point.dAt = day.start;
  }
  point.numeric = true;
  point.marked = true;
  return day === undefined ? point : dayMarker(reader, point);
}

/** An optional ` d.` after a numeric date (`2022-02-01 d.`). */
function dayMarker(reader: Reader, point: Point): Point {
  const after = marker(reader, point.to, "day");
  if (after > 0) point.to = after;
  return point;
}
