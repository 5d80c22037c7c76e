// A day number and its marker: `1 d.`, `1 dieną`, `1-ąją`, `1-ąją dieną`, `23 dienomis` (plural:
// only after a month or as a range's end, `balandžio 23–29 dienomis`, or `dienomis` ending a list of days), `1 d` typed without the
// period after a month name, or bare (`24` of `vasario 24–27 d.`).
import { namesListedDays } from "../../../lexicon/dateWords";
import type { Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { abbreviationAt, dateWord, glued, marker, suffix, tokenAt } from "./tokens";

/** The day at token i (a number of one or two digits) added to `point`, with its marker or bare. */
export function readDay(reader: Reader, i: number, point: Point, afterRangeWord: boolean, rangeEnd = false): Point {
  const day = tokenAt(reader, i) as Token;
  point.d = day.value;
  point.dAt = day.start;
  const monthOrRangeEnd = point.m !== undefined || rangeEnd;
  let to = marker(reader, i + 1, "day");
  // `Gruodžio 10, 16, 30 dienomis`: a list's last day with `dienomis`, not `dienas` (a duration)
  const listed = reader.inList && namesListedDays(dateWord(reader, i + 1));
  if (to < 0 && (monthOrRangeEnd || listed)) {
    to = marker(reader, i + 1, "days");
    point.pluralDay = to > 0 && !listed;
  }
  // vasario 1 d: the day marker typed without its period, after a month name
  if (to < 0 && monthOrRangeEnd && abbreviationAt(reader, i + 1, "day") && glued(reader, i + 2)?.kind !== Kind.DOT) to = i + 2;
  if (to < 0) {
    // 1-ąją, 1-ąją dieną
    to = suffix(reader, i + 1, "day_suffix");
    if (to > 0) to = Math.max(to, marker(reader, to, "day"));
  }
  if (to < 0) {
    point.to = i + 1;
    point.bare = true;
    return point;
  }
  point.to = to;
  // A day with its marker stands alone after a month, a range word, or in a list after a date.
  point.marked = point.m !== undefined || (afterRangeWord && !point.pluralDay) || (reader.inList && !point.pluralDay);
  point.bare = false;
  return point;
}
