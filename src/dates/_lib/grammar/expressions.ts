// The top level: a date expression is a range (ranges.ts), or an open range after a range word
// from the lexicon: `nuo 1990 m.` (from), `iki 2024 m. vasario 10 d.` (until), `po 2020 m.`
// (after), `prieš 1990 m.` (before), `iki šių dienų` and `nuo 1990 m. iki šių dienų` (the
// reference date's present). What free text may hold alone is decided here (`2022 m.` yes,
// a bare `24` no; `Vasario 16-osios g.` is a street name).
import { mayCountDays } from "../../../lexicon/dateWords";
import { firstDay, lastDay, MAX_YEAR, MIN_YEAR, predecessor, successor, toIso, type Partial } from "../calendar";
import { DateFail, isBareMonth, type Point } from "../points";
import type { Expression, Reader } from "../reader";
import { resolveRange } from "../resolve";
import { listConnector, listFollows } from "./lists";
import { monthAlone, monthAt } from "./months";
import { dashBeforeUntil, presentEnd, readRange, type Range } from "./ranges";
import { clockTime } from "./time";
import { Kind } from "../tokenize";
import {
  abbreviationAt,
  closesAt,
  dateWord,
  fileExtensionAt,
  glued,
  marker,
  offsetOf,
  romanValueAt,
  sameLine,
  startsLine,
  tokenAt,
} from "./tokens";

type RangeWordKind = "from" | "until" | "after" | "before";

/** An expression at token i, or null. Throws DateFail when it is one but cannot be. */
export function expression(reader: Reader, i: number): Expression | null {
  reader.firstToken = i;
  if (sameLine(reader, i) === undefined) return null;
  const kind = dateWord(reader, i)?.kind;
  if (kind === "from" || kind === "until" || kind === "after" || kind === "before") return openRange(reader, i, kind);
  const range = readRange(reader, i, false, false);
  if (range === null || !acceptable(reader, range)) return null;
  // Vasario 16-osios g., Sausio 13-osios gimnazija: names, not dates. A day with its marker is a
  // date (`Balandžio 2 d. mokyklos bibliotekoje`): names are written with the ordinal.
  if (
    range.start.y === undefined &&
    range.end === null &&
    dateWord(reader, range.to)?.kind === "name_noun" &&
    !endsWithDay(reader, range.to)
  )
    return null;
  if (termLabel(reader, range) || fileExtensionAt(reader, range.to)) return null;
  const [start, end] = resolve(reader, range);
  return { to: range.to, period: { start: toIso(start), end: toIso(end) } };
}

/**
 * Whether `range` is a half-year without its year right before dates in digits (`I pusmetis
 * 2021-09-01 – 2022-01-31`, `I pusmetis⏎09-01 iki 01-21`, or with the next label between,
 * `I pusmetis II pusmetis⏎2021-09-01`), before a colon and a month (`pirmas pusmetis: rugsėjo 2
 * d. – sausio 31 d.`), joined by a dash to a day (`I pusmetis - rugsėjo 1 d. - sausio 13 d.`), or
 * opening its line with a date in the next few words or cells on it (`I pusmetis rugsėjo 1 d. –
 * …`, `Pirmas pusmetis | PUG, 1-10 | 2022-09-01 |`), or beside the next label in a table's heading
 * (`Klasė I pusmetis II pusmetis`): the label of a school's term, whose dates
 * follow, not a half of the calendar year.
 */
function termLabel(reader: Reader, range: Range): boolean {
  const { start, end } = range;
  if (start.span?.kind !== "half_year" || start.y !== undefined || start.yearOffset !== undefined) return false;
  if (end !== null) return end.d !== undefined;
  // pirmas pusmetis: rugsėjo 2 d. – sausio 31 d.
  const colon = sameLine(reader, range.to);
  if (colon !== undefined && reader.text[colon.start] === ":" && monthAt(reader, range.to + 1) !== undefined) return true;
  // Klasė I pusmetis II pusmetis: a table's heading, the two labels side by side
  const halfWord = (k: number): boolean => sameLine(reader, k)?.kind === Kind.WORD && dateWord(reader, k)?.kind === "half_year";
  if (halfWord(start.from - 1) || (romanValueAt(reader, range.to) > 0 && halfWord(range.to + 1))) return true;
  let onLine = startsLine(reader, start.from);
  for (let k = range.to; k < range.to + 12; k++) {
    onLine &&= sameLine(reader, k) !== undefined;
    // a table's row: `II pusmetis 1, 2, 3 gim. klasės sausio 26 d. – …`; else the next line's first date
    if ((onLine || k < range.to + 4) && digitDateAt(reader, k)) return true;
    if (onLine && monthAt(reader, k) !== undefined) return true;
  }
  return false;
}

/** A date in digits at token i: `2021-09-01`, or a month and day (`09-01`). */
function digitDateAt(reader: Reader, i: number): boolean {
  const token = tokenAt(reader, i);
  return (
    token?.kind === Kind.NUM &&
    (token.length === 4 || token.length === 2) &&
    glued(reader, i + 1)?.kind === Kind.DASH &&
    glued(reader, i + 2)?.kind === Kind.NUM
  );
}

/** Whether the tokens before `to` are the day's marker (`d.`, `dieną`, or `d` typed without its period). */
function endsWithDay(reader: Reader, to: number): boolean {
  return marker(reader, to - 2, "day") === to || dateWord(reader, to - 1)?.kind === "day";
}

/** `nuo …`, `iki …`, `po …`, `prieš …`: the range word of `kind` at token i, then a range. */
function openRange(reader: Reader, i: number, kind: RangeWordKind): Expression | null {
  if (kind === "until") {
    const present = presentEnd(reader, i + 1);
    if (present > 0) return { to: present, period: { start: null, end: refIso(reader, offsetOf(reader, i + 1)) } };
  }
  const range = readRange(reader, i + 1, kind === "from" || kind === "until", kind === "from");
  if (range === null || !(acceptable(reader, range) || monthAfterRangeWord(reader, range))) return null;
  const [start, end] = resolve(reader, range);
  if (kind === "from") return fromRange(reader, range, start, end);
  if (kind === "until") return { to: range.to, period: { start: null, end: toIso(end) } };
  if (kind === "after") return { to: range.to, period: { start: bounded(reader, successor(end), i), end: null } };
  return { to: range.to, period: { start: null, end: bounded(reader, predecessor(start), i) } };
}

/** `nuo kovo`, `iki gegužės`, `nuo sausio iki kovo`: months' genitives alone after a range word, months of `ref`'s year. */
function monthAfterRangeWord(reader: Reader, range: Range): boolean {
  const { start, end } = range;
  if (!isBareMonth(start)) return false;
  return monthAt(reader, start.from)?.form === "genitive" && (end === null || monthAt(reader, end.from)?.form === "genitive");
}

/** `nuo 1990 m.`, `nuo 2022 m. sausio 1 d. iki 2023 m. gruodžio 31 d.`, `nuo 1990 m. iki šių dienų`. */
function fromRange(reader: Reader, range: Range, startDate: Partial, endDate: Partial): Expression {
  const start = toIso(startDate);
  if (range.end !== null) return { to: range.to, period: { start, end: toIso(endDate) } };
  const until = dashBeforeUntil(reader, range.to);
  const present = dateWord(reader, until)?.kind === "until" ? presentEnd(reader, until + 1) : -1;
  // Without a reference date, `nuo 1990 m. iki šių dienų` in free text is `nuo 1990 m.`.
  if (present > 0 && (reader.options.ref !== undefined || reader.options.mode === "parse")) {
    const at = offsetOf(reader, until + 1);
    const end = refIso(reader, at);
    // nuo 2030 m. iki šiol with a reference date in 2022: the present comes before the start.
    if (firstDay(startDate) > lastDay(reader.options.ref as Partial)) {
      reader.furthestPointEnd = present;
      throw new DateFail("reversed_range", at, `The period ends (${end}, the reference date) before it starts (${start})`);
    }
    return { to: present, period: { start, end } };
  }
  return { to: range.to, period: { start, end: null } };
}

/** Whether a range may stand as an expression: in free text, only what is marked as a date. */
function acceptable(reader: Reader, range: Range): boolean {
  const { start, end } = range;
  if (reader.options.mode === "parse") return !(end === null && start.bare && start.y === undefined && start.m === undefined);
  if (end === null) {
    if (start.marked) return true;
    if (isBareMonth(start)) return monthAlone(reader, start);
    const planDay = planDayAt(reader, start);
    // `■ 8 d. – …`, `13 d. 15.00 val.`: a day of the month of a plan
    if (planDay && !start.bare && (startsLine(reader, start.from) || clockTime(reader, range.to) !== undefined)) return true;
    // `■ 12 ir 19 d. 12.30 val.`: two days of a plan, the marker after the second
    if (planDay && start.bare && startsLine(reader, start.from)) {
      // The next item is a day too (one or two digits): `1, 2022 d.` lists no days.
      const item = listConnector(reader, range.to);
      const next = item > 0 ? sameLine(reader, item) : undefined;
      return next !== undefined && next.kind === Kind.NUM && next.length <= 2 && marker(reader, item + 1, "day") > 0;
    }
    // (birželio 20), rugsėjo 19.: a month's day without its marker, closed by a mark or the line's end
    if (start.bareDay && start.y === undefined && start.m !== undefined && closesAt(reader, range.to)) return true;
    // kovo 10 ir 16 d.; vasario 1, 2 ir 3 d.: a day whose marker comes at the end of the list
    const listDay = start.bareDay || (reader.inList && start.bare && start.d !== undefined && start.m === undefined);
    return listDay && listFollows(reader, range.to);
  }
  if (end.marked || start.marked) return true;
  // gruodžio 24–26 d.: a month and day, then a day with its marker.
  if (start.bareDay && !end.bare && end.d !== undefined) return true;
  // 1–30 d. in a monthly plan, when the reference date gives the month.
  return (
    start.d !== undefined &&
    start.m === undefined &&
    end.d !== undefined &&
    end.m === undefined &&
    !end.bare &&
    !end.pluralDay &&
    reader.options.ref?.m !== undefined
  );
}

/**
 * Whether `point` is a day alone (`8 d.`, or `12` of `12 ir 19 d.`) that the month of the
 * reference date (or of a date before it in the sentence) makes a day of a monthly plan.
 */
function planDayAt(reader: Reader, point: Point): boolean {
  return (
    point.d !== undefined &&
    point.m === undefined &&
    point.y === undefined &&
    !point.pluralDay &&
    // `2 dienos` under no heading or date (the month only the reference date's) counts two days
    (reader.contextRef ?? (mayCountDays(dateWord(reader, point.from + 1)) ? undefined : reader.options.ref))?.m !== undefined
  );
}

/** The ISO form of a date next to a point (`po 2020 m.` starts in 2021), checked against the calendar. */
function bounded(reader: Reader, date: Partial, i: number): string {
  if (date.y < MIN_YEAR || date.y > MAX_YEAR) throw new DateFail("invalid_date", offsetOf(reader, i), `The year ${date.y} is out of range`);
  return toIso(date);
}

/** The reference date as the present (`iki šių dienų`), which needs one. */
function refIso(reader: Reader, at: number): string {
  const ref = reader.options.ref;
  if (ref === undefined) throw new DateFail("needs_reference", at, "The present (iki šių dienų) needs a reference date (options.ref)");
  return toIso(ref);
}

/** Fills in what each side leaves out, from the other side and the reference date. */
function resolve(reader: Reader, range: Range): [Partial, Partial] {
  const { options } = reader;
  const contextRef = schoolYearContext(reader, range.start) ?? reader.contextRef;
  const relativeRef = reader.contextFromHeading ? options.ref : (contextRef ?? options.ref);
  return resolveRange(range.start, range.end, contextRef ?? options.ref, (i) => offsetOf(reader, i), relativeRef);
}

/**
 * After a school year earlier in the sentence (`2018–2019 m. m. pradėsime ne rugsėjo 1-ąją`), the
 * year of a month without one: from September on its first year, before September its second.
 */
function schoolYearContext(reader: Reader, point: Point): Partial | undefined {
  const first = reader.schoolYearStart;
  if (first === undefined || point.y !== undefined || point.yearOffset !== undefined || point.m === undefined) return undefined;
  return { y: point.m >= 9 ? first : first + 1, m: reader.contextRef?.m };
}
