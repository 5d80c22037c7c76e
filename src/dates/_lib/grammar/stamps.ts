// The date stamps of web pages, with no marker but a day, a month word and a year: the month
// abbreviated first (`Vas 28, 2018`, `Kov 12, 2019`), the day first (`7 Bir 2022`,
// `4 spalio, 2019`, `18 lapkričio 2020`), or the year first and the day before the month
// (`2020 15 gegužės`, `2020 m. 2 lapkričio d.`), or the year, the month abbreviated and the day (`2022 Lie 06`). The stamp abbreviations are the lexicon's (`stampMonth`); a full month
// name must be in the genitive, as a day's month is, or in the nominative as some sites print it (`30 Kovas 2015`).
import { stampMonth } from "../../../lexicon/months";
import { newPoint, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind } from "../tokenize";
import { monthAt } from "./months";
import { closesAt, freeEnd, glued, marker, offsetOf, sameLine, yearInRange } from "./tokens";

/** A stamp's abbreviated month at token i, its period optional (`Vas`, `Bir.`): the month and the token after it. */
function abbreviatedMonth(reader: Reader, i: number): { month: number; to: number } | undefined {
  const word = sameLine(reader, i);
  const month = word?.kind === Kind.WORD ? stampMonth(word.word) : 0;
  return month > 0 ? { month, to: glued(reader, i + 1)?.kind === Kind.DOT ? i + 2 : i + 1 } : undefined;
}

/** A month of a stamp at token i, after a space: a stamp abbreviation or a genitive or nominative name. */
function stampMonthAt(reader: Reader, i: number): { month: number; to: number } | undefined {
  if (sameLine(reader, i)?.spaceBefore !== true) return undefined;
  const abbreviated = abbreviatedMonth(reader, i);
  if (abbreviated !== undefined) return abbreviated;
  const named = monthAt(reader, i);
  // 30 Kovas 2015: some sites' stamps name the month in the nominative
  return named?.form === "genitive" || named?.form === "nominative" ? named : undefined;
}

/** A day (1–31) at token i, written apart: its value, or 0. */
function dayAt(reader: Reader, i: number): number {
  const day = sameLine(reader, i);
  return day?.kind === Kind.NUM && day.length <= 2 && day.spaceBefore && day.value >= 1 && day.value <= 31 ? day.value : 0;
}

/** A year of a stamp at token i, after an optional comma: the index after it, or -1. */
function stampYear(reader: Reader, i: number, point: Point): number {
  const comma = glued(reader, i);
  const at = comma?.kind === Kind.OTHER && reader.text[comma.start] === "," ? i + 1 : i;
  const year = sameLine(reader, at);
  if (year?.kind !== Kind.NUM || year.length !== 4 || !year.spaceBefore || !yearInRange(reader, year.value) || !freeEnd(reader, at + 1))
    return -1;
  point.y = year.value;
  // 4 spalio 2019 m.
  return Math.max(at + 1, marker(reader, at + 1, "year"));
}

function stampPoint(
  reader: Reader,
  point: Point,
  to: number,
  month: number,
  day: number,
  monthAt: number,
  dayAt: number,
): Point | undefined {
  if (to < 0) return undefined;
  point.m = month;
  point.d = day;
  point.mAt = offsetOf(reader, monthAt);
  point.dAt = offsetOf(reader, dayAt);
  point.to = to;
  point.marked = true;
  return point;
}

/** `Vas 28, 2018`: a stamp that starts with its month at token i. */
export function monthFirstStamp(reader: Reader, i: number): Point | undefined {
  const month = abbreviatedMonth(reader, i);
  const day = month === undefined ? 0 : dayAt(reader, month.to);
  if (month === undefined || day === 0) return undefined;
  const point = newPoint(i, offsetOf(reader, i));
  return stampPoint(reader, point, stampYear(reader, month.to + 1, point), month.month, day, i, month.to);
}

/** `7 Bir 2022`, `4 spalio, 2019`: a stamp that starts with its day at token i. */
export function dayFirstStamp(reader: Reader, i: number): Point | undefined {
  const day = sameLine(reader, i);
  if (day?.kind !== Kind.NUM || day.value < 1 || day.value > 31) return undefined;
  const month = stampMonthAt(reader, i + 1);
  if (month === undefined) return undefined;
  const point = newPoint(i, day.start);
  return stampPoint(reader, point, stampYear(reader, month.to, point), month.month, day.value, i + 1, i);
}

/**
 * `2022 Lie 06`: a stamp's abbreviated month at token i and its day, after the year (in `point`),
 * closing the stamp (the line ends or a mark follows).
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Data\n2022 Lie 06\nKodas 2022 Lie 06 12", { ref: "2022" }).map((m) => [m.text, m.period.start]);
 * //=> [["2022 Lie 06", "2022-07-06"]]
 * ```
 */
export function yearMonthStamp(reader: Reader, i: number, point: Point): Point | undefined {
  const month = sameLine(reader, i)?.spaceBefore === true ? abbreviatedMonth(reader, i) : undefined;
  const day = month === undefined ? 0 : dayAt(reader, month.to);
  if (month === undefined || day === 0 || !closesAt(reader, month.to + 1)) return undefined;
  return stampPoint(reader, point, month.to + 1, month.month, day, i, month.to);
}

/**
 * `2020 15 gegužės`, `2020 m. 2 lapkričio d.`: the day at token i and the month's genitive after
 * it, after the year (in `point`); the day's marker may follow.
 */
export function yearDayMonth(reader: Reader, i: number, point: Point): Point | undefined {
  const day = dayAt(reader, i);
  const month = day === 0 ? undefined : monthAt(reader, i + 1);
  if (month?.form !== "genitive" || !(sameLine(reader, i + 1) as { spaceBefore: boolean }).spaceBefore) return undefined;
  return stampPoint(reader, point, Math.max(month.to, marker(reader, month.to, "day")), month.month, day, i + 1, i);
}
