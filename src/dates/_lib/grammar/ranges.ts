// Ranges: two points joined by a dash (`2021–2027 metų`, `vasario 24–27 d.`,
// `2022 m. rugsėjo 30 – spalio 1 d.`, `09.18–20`), by `iki` after `nuo`
// (`nuo 2022 m. sausio 1 d. iki 2023 m. gruodžio 31 d.`) or by `/` in a school year
// (`2022/2023 m. m.`); and the present as a range's end (`iki šių dienų`, `iki šiol`).
import { isClosingQuote } from "../../../lexicon/characters";
import { presentNounAfter } from "../../../lexicon/dateWords";
import { isBareMonth, newPoint, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { readPoint } from "./point";
import {
  abbreviationAt,
  afterAside,
  closesAt,
  dateWord,
  glued,
  inParentheses,
  marker,
  meaningOf,
  opensParentheses,
  sameLine,
  startsLine,
  tokenAt,
} from "./tokens";

/** A point and, when one joins it, the point that ends the range; `to` is the token after both. */
export interface Range {
  start: Point;
  end: Point | null;
  to: number;
}

/**
 * A point at token i, or two joined by a dash (or by `iki` when `untilJoins`, after `nuo`; or by
 * `/` in school years). Null when there is none, or it is no date (`09.30–18.00`).
 */
export function readRange(reader: Reader, i: number, afterRangeWord: boolean, untilJoins: boolean): Range | null {
  const start = readPoint(reader, i, afterRangeWord);
  if (start === null) return null;
  // 2016-10-31 iki 2016-11-04, 09-01 iki 01-21: after a whole date, or a month and day in digits,
  // `iki` joins its end without `nuo`
  untilJoins ||= (start.y !== undefined || start.numeric) && start.m !== undefined && start.d !== undefined;
  // nuo 1944 m. – iki 1989 m.: a dash before `iki` joins nothing more; nuo rugsėjo 7 (pirmadienio)
  // iki 15: a word in parentheses before `iki` neither
  const joinAt = untilJoins ? dashBeforeUntil(reader, untilAfterAside(reader, start.to)) : start.to;
  const alone: Range = { start, end: null, to: start.to };
  const joiner = sameLine(reader, joinAt);
  if (joiner === undefined || !joinsRange(reader, start, joiner, untilJoins)) return alone;
  const isUntil = joiner.kind === Kind.WORD;
  if (isUntil && presentEnd(reader, joinAt + 1) > 0) return alone;
  const short = joiner.kind === Kind.DASH ? shortEndYear(reader, start, joinAt + 1) : null;
  if (short !== null) return { start, end: short, to: short.to };
  // 2022.09.01-⏎2023.01.20: a table's cell broken after the dash, the end a whole date on the next line
  const broken = joiner.kind === Kind.DASH && start.numeric && start.d !== undefined && start.y !== undefined && !joiner.spaceBefore;
  const end = broken ? readOnNextLine(reader, joinAt + 1, afterRangeWord) : readPoint(reader, joinAt + 1, isUntil || afterRangeWord, true);
  if (end === null || !(monthsUntil(start, end, isUntil) || canEnd(reader, start, end))) {
    // `(2022 m. – 2,68 Eur)` is 2022; but `09.30–18.00` is opening hours, not 30 September.
    if (start.numeric && start.y === undefined && !isUntil) return null;
    return alone;
  }
  if (joiner.kind === Kind.SLASH && !end.school) return alone;
  return { start, end, to: end.to };
}

/** A range's end at token i, which may start the next line (the expression's first token, for sameLine). */
function readOnNextLine(reader: Reader, i: number, afterRangeWord: boolean): Point | null {
  const firstToken = reader.firstToken;
  if (tokenAt(reader, i)?.breakBefore === true) reader.firstToken = i;
  try {
    return readPoint(reader, i, afterRangeWord, true);
  } finally {
    reader.firstToken = firstToken;
  }
}

/**
 * `1945-46 m.`, `2020–21 m. m.`: a range's end year written with its last two digits at token i,
 * after a bare year (`start`), with the year's marker; null when it is not one.
 */
function shortEndYear(reader: Reader, start: Point, i: number): Point | null {
  const digits = sameLine(reader, i);
  if (start.y === undefined || start.m !== undefined || !start.bare || digits?.kind !== Kind.NUM || digits.length !== 2) return null;
  const y = start.y - (start.y % 100) + digits.value;
  let to = marker(reader, i + 1, "year");
  if (to < 0 || y <= start.y) return null;
  const end = newPoint(i, digits.start);
  // 2020–21 m. m.: a school year
  if (abbreviationAt(reader, to, "year") && marker(reader, to, "year") > 0) {
    end.school = true;
    to = marker(reader, to, "year");
  }
  end.y = y;
  end.to = to;
  end.marked = true;
  return end;
}

/** The `iki` after one word in parentheses at token i (`nuo rugsėjo 7 (pirmadienio) iki 15`): its index, else i. */
function untilAfterAside(reader: Reader, i: number): number {
  const after = afterAside(reader, i);
  return after > i && dateWord(reader, after)?.kind === "until" ? after : i;
}

/** The `iki` after a dash at token i (`nuo 1944 m. – iki 1989 m.`): its index, else i. */
export function dashBeforeUntil(reader: Reader, i: number): number {
  if (sameLine(reader, i)?.kind !== Kind.DASH) return i;
  return dateWord(reader, i + 1)?.kind === "until" ? i + 1 : i;
}

/** Whether the token `joiner` after `start` may join it to a range's end. */
function joinsRange(reader: Reader, start: Point, joiner: Token, untilJoins: boolean): boolean {
  // `09.18 -` with a space before the dash is no range of numeric dates; `09-01 – 01-28` (written
  // with hyphens, a school's table) is
  if (joiner.kind === Kind.DASH)
    return !(start.numeric && start.y === undefined && joiner.spaceBefore && reader.text[(start.dAt as number) - 1] !== "-");
  // 2022/2023 (a school year, read only with its marker)
  if (joiner.kind === Kind.SLASH) return start.bare && start.y !== undefined;
  return untilJoins && meaningOf(joiner)?.kind === "until";
}

/** Whether `start` and `end` are months alone joined by `iki` after `nuo`, in their order (`Nuo sausio iki kovo`). */
function monthsUntil(start: Point, end: Point, isUntil: boolean): boolean {
  return isUntil && isBareMonth(start) && isBareMonth(end) && (end.m as number) > (start.m as number);
}

/** Whether `end` can end a range that `start` starts. */
function canEnd(reader: Reader, start: Point, end: Point): boolean {
  const yearsOnly = end.y !== undefined && end.m === undefined;
  if (yearsOnly && start.bare && start.y !== undefined && start.m === undefined && enclosed(reader, start.from, end.to)) {
    // (1889–1951), „Lietuva 1918–1940“: two bare years a life span, period or title encloses
    end.marked = true;
    return true;
  }
  if (unmarkedRange(reader, start, end)) {
    end.marked = true;
    return true;
  }
  const bareYears = reader.options.mode === "parse" && yearsOnly && (start.numeric || (start.bare && start.m === undefined));
  if (end.bare && !bareYears && !(start.numeric && start.d !== undefined && end.d !== undefined && end.m === undefined)) {
    // `vasario–balandžio mėn.` has a bare start; a bare end only after a numeric day (`09.18–20`).
    return false;
  }
  if (end.bareDay && end.y === undefined) return false;
  if (start.bare || start.bareDay) {
    if (start.span === undefined && start.d !== undefined && end.d === undefined) return false;
    if (start.d === undefined && start.m !== undefined && start.y === undefined && end.m === undefined) return false;
    if (start.m === undefined && start.d === undefined && start.y !== undefined && end.y === undefined) return false;
  }
  if (end.school && start.y === undefined) return false;
  return true;
}

/**
 * Whether `start`–`end` is a range of days without their marker: after a month (`Kovo 1-31`,
 * `Balandis 19 - 25`, `(vasario 21-22)`), or in a list after a date (`(balandžio 22, 24–25)`), the
 * range closed by the line's end or a closing mark; a month's day to a later month's day (`Vasario
 * 13 – Kovo 14`); or two months alone on a plan's heading line
 * (`Sausis- vasaris`) or in parentheses (`Vaikų teatrų festivalis (vasaris – kovas)`). The end comes after the start; the year is the reference date's.
 */
function unmarkedRange(reader: Reader, start: Point, end: Point): boolean {
  if (start.y !== undefined || end.y !== undefined || start.span !== undefined || end.span !== undefined) return false;
  if (end.bare && end.m === undefined && end.d !== undefined && end.d > (start.d ?? 32) && closesAt(reader, end.to)) {
    if (start.bareDay) return true;
    // in a list, not before a comma: `nuo birželio 6 d., 5–8, I–II klasės` counts grades
    const closer = sameLine(reader, end.to);
    const beforeComma = closer !== undefined && reader.text[closer.start] === ",";
    return reader.inList && start.bare && start.m === undefined && !beforeComma;
  }
  if (start.m === undefined) return false;
  // Vasario 13 – Kovo 14: a month's day to another month's day, each written with its month
  if (start.bareDay && end.bareDay && end.m !== undefined && end.m > start.m) return true;
  const heading = startsLine(reader, start.from) && sameLine(reader, end.to) === undefined;
  if (!heading && !inParentheses(reader, start.from, end.to)) return false;
  return start.bare && start.d === undefined && end.bare && end.d === undefined && end.m !== undefined && end.m > start.m;
}

/**
 * Whether tokens from…to-1 stand in parentheses of their own (`(1889–1951)`, or, a life span, open
 * them before `;` or `,`: `(1841–1892; palaidotas …)`), or end a quoted
 * title after its words (`„Lietuva 1918–1940“`; a quote of the years alone, `„1940-1990“`, is
 * no title).
 */
function enclosed(reader: Reader, from: number, to: number): boolean {
  const before = tokenAt(reader, from - 1);
  const after = glued(reader, to);
  if (before === undefined || after === undefined || after.kind !== Kind.OTHER || (tokenAt(reader, from) as Token).breakBefore)
    return false;
  const mark = reader.text[after.start] as string;
  if (opensParentheses(reader, from)) {
    if (mark === ")") return true;
    // (1841–1892; palaidotas …), (1889–1951, rašytojas): a life span (of at most 120 years:
    // `(1000–1500, iš jų 300)` counts) opening its parentheses
    return (mark === ";" || mark === ",") && (tokenAt(reader, to - 1) as Token).value - (tokenAt(reader, from) as Token).value <= 120;
  }
  return before.kind === Kind.WORD && isClosingQuote(mark);
}

/** `šių dienų`, `šių laikų`, `šios dienos`, `šiol`, `dabar` at token i (after `iki`): the index after, or -1. */
export function presentEnd(reader: Reader, i: number): number {
  if (dateWord(reader, i)?.kind !== "present") return -1;
  const noun = presentNounAfter((tokenAt(reader, i) as Token).word);
  if (noun === undefined) return i + 1;
  return noun.includes(sameLine(reader, i + 1)?.word ?? "") ? i + 2 : -1;
}
