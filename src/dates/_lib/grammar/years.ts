// Years and what follows them: `2022 m.`, `2022 metų`, `2022-aisiais`, `2022 m vasario` (typed
// without periods), school years (`2022–2023 mokslo metai`, `2022–2023 m. m.`), a bare year
// (`2021` of `2021–2027 metų`, `2023 sausio 1 d.`), years counted from the reference date
// (`šių metų`, `praėjusiais metais`, `pernai`), then a month (`2022 m. vasario 1 d.`,
// `2022 m. 02 mėn. 01 d.`), a quarter or half-year (`2023 m. II ketv.`), a season
// (`2023 m. vasarą`) or a part of the year (`2017 m. pabaigoje`).
import type { DateWord } from "../../../lexicon/dateWords";
import { DateFail, newPoint, withSpan, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { readDay } from "./days";
import { monthAt, monthTail } from "./months";
import { ordinalTail, quarterTail, yearHalf } from "./quarters";
import { yearDayMonth, yearMonthStamp } from "./stamps";
import { clockTime } from "./time";
import {
  abbreviationAt,
  closesAt,
  dateWord,
  glued,
  isCapital,
  marker,
  offsetOf,
  partEnd,
  romanValueAt,
  sameLine,
  suffix,
  tokenAt,
  yearInRange,
} from "./tokens";

/** A year at token i (a number of four digits), with its marker or bare, and what follows it. */
export function readYear(reader: Reader, i: number): Point | null {
  const year = tokenAt(reader, i) as Token;
  const point = newPoint(i, year.start);
  point.y = year.value;
  let markerEnd = marker(reader, i + 1, "year");
  // 2022 m vasario 1 d: typed without the periods, before a month name
  if (markerEnd < 0 && abbreviationAt(reader, i + 1, "year") && monthAt(reader, i + 2) !== undefined) markerEnd = i + 2;
  if (markerEnd < 0) {
    markerEnd = suffix(reader, i + 1, "year_suffix");
    if (markerEnd > 0) markerEnd = Math.max(markerEnd, marker(reader, markerEnd, "year"));
  }
  if (markerEnd < 0) {
    // 2022–2023 mokslo metai
    const school = dateWord(reader, i + 1)?.kind === "school" ? marker(reader, i + 2, "year") : -1;
    if (school > 0) {
      point.school = true;
      markerEnd = school;
    }
  } else if (
    abbreviationAt(reader, markerEnd, "year") &&
    marker(reader, markerEnd, "year") > 0 &&
    sameLine(reader, markerEnd) !== undefined &&
    !nameInitial(reader, i + 1, markerEnd)
  ) {
    // 2022–2023 m. m., 2020 – 2021 m.m. (mokslo metai)
    point.school = true;
    markerEnd = marker(reader, markerEnd, "year");
  }
  if (!yearInRange(reader, year.value)) {
    if (reader.options.mode === "find" || markerEnd < 0) return null;
    throw new DateFail("invalid_date", year.start, `The year ${year.value} is out of range`);
  }
  if (markerEnd < 0) return bareYear(reader, i, point);
  point.to = markerEnd;
  point.marked = true;
  if (point.school) return point;
  return yearTail(reader, markerEnd, point);
}

/** `1903 m. M. Ramanausko`: the second `m.` in capitals after a lower-case `m.` is a name's initial, not `m. m.` (mokslo metai). */
function nameInitial(reader: Reader, first: number, second: number): boolean {
  const { text } = reader;
  const [a, b] = [text[(tokenAt(reader, first) as Token).start] as string, text[(tokenAt(reader, second) as Token).start] as string];
  return !isCapital(a) && isCapital(b);
}

/** A year written without a marker at token i: bare (`2021` of `2021–2027 metų`), or `2023 sausio 1 d.`, `2023 rugpjūčio 12`. */
function bareYear(reader: Reader, i: number, point: Point): Point {
  point.to = i + 1;
  point.bare = true;
  // 2020 15 gegužės, 2022 Lie 06
  const stamp = yearDayMonth(reader, i + 1, point) ?? yearMonthStamp(reader, i + 1, point);
  if (stamp !== undefined) return stamp;
  // 2023 sausio 1 d., 2023 sausio mėn.: a year written without `m.`, then a month with a marker
  // Švyturys, 1992, rugsėjo 9: a bibliography's date, a comma after its year
  const comma = glued(reader, i + 1);
  const at = comma !== undefined && reader.text[comma.start] === "," ? i + 2 : i + 1;
  const month = monthAt(reader, at);
  if (month !== undefined && sameLine(reader, at)?.spaceBefore === true) {
    const full = monthTail(reader, month.to, { ...point, bare: false }, month.month, offsetOf(reader, at));
    // 2023 rugpjūčio 12 10:06: a site's stamp, its day closed by the line's end, a mark or the time
    const stamp = full.bareDay && (closesAt(reader, full.to) || clockTime(reader, full.to) !== undefined);
    if ((stamp || (!full.bareDay && !full.bare)) && full.to > month.to) {
      full.bareDay = false;
      full.marked = true;
      return full;
    }
  }
  return point;
}

/**
 * `šių metų`, `praėjusiais metais`, `pernai`, `š. m.` at token i: a year counted from the
 * reference date. A second meaning (`secondMeaning`) counted forward is one only before a month:
 * `kitų metų sausio 7 d.` is next year's, `kitų metų duomenys` other years' data.
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Nuo š. m. birželio 1 d. dirbs; pernai ne; iki kitų metų sausio 7 d.; kitų metų duomenys", { ref: "2021" }).map((m) => [m.text, m.period.start, m.period.end]);
 * //=> [["Nuo š. m. birželio 1 d.", "2021-06-01", null], ["pernai", "2020", "2020"], ["iki kitų metų sausio 7 d.", null, "2022-01-07"]]
 * ```
 */
export function relativeYear(reader: Reader, i: number, relative: DateWord, secondMeaning = false): Point | null {
  const first = tokenAt(reader, i) as Token;
  const point = newPoint(i, first.start);
  point.yearOffset = relative.value;
  // With a reference date, the year is known at once and the rest reads as after `2023 m.`.
  const ref = reader.options.ref;
  if (ref !== undefined) point.y = ref.y + relative.value;
  if (relative.kind === "relative_year_alone") {
    point.to = i + 1;
    point.marked = true;
    return yearTail(reader, i + 1, point);
  }
  // šių metų, not šių m.; but š. m. (šių metų abbreviated)
  const wordEnd = relative.abbreviation ? marker(reader, i, relative.kind) : i + 1;
  const markerEnd = wordEnd < 0 ? -1 : marker(reader, wordEnd, "year");
  if (markerEnd < 0 || (abbreviationAt(reader, wordEnd, "year") && !relative.abbreviation)) return null;
  if (secondMeaning && relative.value > 0 && monthAt(reader, markerEnd) === undefined) return null;
  point.to = markerEnd;
  point.marked = true;
  return yearTail(reader, markerEnd, point);
}

/** What may follow a year (i is the token after it): a month, a quarter, a half-year, a season, a part. */
function yearTail(reader: Reader, i: number, point: Point): Point {
  const month = monthAt(reader, i);
  if (month !== undefined) return monthTail(reader, month.to, point, month.month, offsetOf(reader, i));
  const roman = romanValueAt(reader, i);
  if (roman > 0) return quarterTail(reader, i + 1, point, roman, offsetOf(reader, i)) ?? yearHalf(reader, i, point, roman) ?? point;
  const number = sameLine(reader, i);
  if (number?.kind === Kind.NUM && number.length <= 2) {
    // 2020 m. 2 lapkričio d.: a site's stamp, the day before the month
    const stamp = yearDayMonth(reader, i, point);
    if (stamp !== undefined) return stamp;
    // 2022 m. 02 mėn. 01 d.
    const monthWordEnd = marker(reader, i + 1, "month");
    if (monthWordEnd > 0) {
      point.m = number.value;
      point.mAt = number.start;
      point.to = monthWordEnd;
      const day = sameLine(reader, monthWordEnd);
      if (day?.kind === Kind.NUM && day.length <= 2) {
        const withDay = readDay(reader, monthWordEnd, { ...point }, false);
        if (!withDay.bare) return withDay;
      }
      return point;
    }
    // 2023 m. 2 ketv.
    if (number.length === 1) return quarterTail(reader, i + 1, point, number.value, number.start) ?? point;
  }
  const word = dateWord(reader, i);
  if (word === undefined) return point;
  if (word.kind === "ordinal") return ordinalTail(reader, i, point, word.value) ?? yearHalf(reader, i, point, word.value) ?? point;
  if (word.kind === "season") return withSpan(point, i + 1, "season", word.value, offsetOf(reader, i));
  if (word.kind === "part") return withSpan(point, partEnd(reader, i), "year_part", word.value, offsetOf(reader, i));
  return point;
}
