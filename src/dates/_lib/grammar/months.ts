// A month name and what follows it: a day (`vasario 1 d.`, `vasario 1-ąją`), the month word
// (`vasario mėn.`, `vasario mėn. 1 d.`), a part of the month (`lapkričio viduryje`,
// `spalio mėn. pabaigoje`), or nothing (`vasarį`, `2022 m. vasario`). Month names in every case
// and their abbreviations (`vas.`) are the lexicon's (`lookupMonth`).
import {
  isMonthAlsoFirstName,
  isMonthAlsoNoun,
  isMonthSpelling,
  isMonthTopicWord,
  lookupMonth,
  type MonthWord,
} from "../../../lexicon/months";
import { withSpan, type Point } from "../points";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { readDay } from "./days";
import {
  abbreviationAt,
  closesAt,
  dateWord,
  freeEnd,
  glued,
  inParentheses,
  isCapital,
  marker,
  offsetOf,
  partEnd,
  sameLine,
  startsLine,
  tokenAt,
  yearInRange,
} from "./tokens";

// lookupMonth, remembered for the words texts repeat (`vasario` in every heading).
const MONTH_MEMO = new Map<string, MonthWord | undefined>();
function lookupMonthMemo(word: string): MonthWord | undefined {
  if (MONTH_MEMO.has(word)) return MONTH_MEMO.get(word);
  const found = lookupMonth(word);
  if (MONTH_MEMO.size < 2048) MONTH_MEMO.set(word, found);
  return found;
}

/** A month name at token i (an abbreviation with its period): the month 1–12, its form and the index after it. */
export function monthAt(reader: Reader, i: number): { month: number; to: number; form: MonthWord["form"] } | undefined {
  const token = sameLine(reader, i);
  if (token === undefined || token.kind !== Kind.WORD || token.word.length < 3 || !isMonthSpelling(token.word)) return undefined;
  const found = lookupMonthMemo(reader.text.slice(token.start, token.start + token.length));
  if (found === undefined) return undefined;
  if (found.form === "abbreviation")
    return glued(reader, i + 1)?.kind === Kind.DOT ? { month: found.month, to: i + 2, form: found.form } : undefined;
  return { month: found.month, to: i + 1, form: found.form };
}

/** What follows the month `month` (written at offset `monthStart`) of `point`; i is the token after the month name. */
export function monthTail(reader: Reader, i: number, point: Point, month: number, monthStart: number): Point {
  point.m = month;
  point.mAt = monthStart;
  point.to = i;
  const hasYear = point.y !== undefined || point.yearOffset !== undefined;
  const day = sameLine(reader, i);
  // Mėnuo: balandžio 2019: the year after the month, closed by the line's end or a mark
  if (!hasYear && day?.kind === Kind.NUM && day.length === 4 && yearInRange(reader, day.value) && closesAt(reader, i + 1)) {
    point.y = day.value;
    point.to = i + 1;
    point.marked = true;
    return point;
  }
  if (
    day?.kind === Kind.NUM &&
    day.length <= 2 &&
    (freeEnd(reader, i + 1) || marker(reader, i + 1, "day") > 0 || abbreviationAt(reader, i + 1, "day"))
  ) {
    const withDay = readDay(reader, i, point, false);
    if (!withDay.bare) return withDay;
    if (day.value >= 1 && day.value <= 31) {
      withDay.bare = false;
      withDay.marked = hasYear;
      // a bare day after a month: only a range start, or with a year
      withDay.bareDay = true;
      return withDay;
    }
    point.d = undefined;
    point.to = i;
  }
  const monthWordEnd = marker(reader, i, "month");
  if (monthWordEnd > 0) return monthWordTail(reader, monthWordEnd, point, hasYear);
  const part = dateWord(reader, i);
  if (part?.kind === "part") return withSpan(point, partEnd(reader, i), "month_part", part.value, offsetOf(reader, i));
  point.marked = hasYear;
  point.bare = !hasYear;
  return point;
}

/** After the month word (`vasario mėn.`): a day, a part of the month, or nothing; i is the token after it. */
function monthWordTail(reader: Reader, i: number, point: Point, hasYear: boolean): Point {
  point.to = i;
  point.marked = true;
  // 2022 m. vasario mėn. 1 d.: the month word, then the day
  const day = sameLine(reader, i);
  if (day?.kind === Kind.NUM && day.length <= 2) {
    const withDay = readDay(reader, i, { ...point }, false);
    if (!withDay.bare) return withDay;
    // 2022 m. sausio mėn. 1–5 d.: the start of a range of days
    if (day.value >= 1 && day.value <= 31 && glued(reader, i + 1)?.kind === Kind.DASH) {
      withDay.bare = false;
      withDay.bareDay = true;
      withDay.marked = hasYear;
      return withDay;
    }
  }
  // 2022 m. spalio mėn. pabaigoje
  const part = dateWord(reader, i);
  if (part?.kind === "part") return withSpan(point, partEnd(reader, i), "month_part", part.value, offsetOf(reader, i));
  return point;
}

/**
 * Whether a month named alone at `point` is a date (its year from the reference date): a heading,
 * the month alone on its line (`BALANDIS`, `Spalis`); the accusative, locative or dative of a
 * month that is no other word, anywhere in a sentence but after `apie` (`spalį vyks …`,
 * `rugsėjyje`, `pasiruošimas spaliui`; `knyga apie vasarį` is a topic); the accusative or the
 * locative of the others at a sentence start (`Kovą vyks …`, `Balandyje …`); the nominative alone
 * in parentheses (`Motinos dienos koncertas (gegužė)`). Never the nominative elsewhere in a
 * sentence, nor a month that is also a noun in a sentence (`kovą su liga`, `balandį`), nor one
 * that is also a first name before a capitalised word (`Liepą Kazlauskienę`).
 */
export function monthAlone(reader: Reader, point: Point): boolean {
  const form = monthAt(reader, point.from)?.form;
  if (form === undefined || form === "abbreviation") return false;
  const name = isMonthAlsoFirstName(point.m as number);
  // RENGINIAIS DOSNUS SPALIS, KOVO RENGINIAI: a heading in capitals
  if (!name && capitalsHeading(reader, point.from, point.to)) return true;
  // Chorų šventė (gegužė): the nominative alone in parentheses; a first name is written in capitals
  if (form === "nominative" && inParentheses(reader, point.from, point.to))
    return !name || !isCapital(reader.text[(tokenAt(reader, point.from) as Token).start] as string);
  // spalį vyks, planai spaliui: in a sentence, the accusative, locative or dative of a month that
  // is no other word (not after `apie`: `knyga apie vasarį`)
  if ((form === "accusative" || form === "locative" || form === "dative") && !isMonthAlsoNoun(point.m as number))
    return !isMonthTopicWord(sameLine(reader, point.from - 1)?.word ?? "");
  const lineStart = startsLine(reader, point.from);
  if (!lineStart && !afterSentenceEnd(reader, point.from)) return false;
  const next = sameLine(reader, point.to);
  const alone = next === undefined || (next.kind !== Kind.WORD && next.kind !== Kind.NUM && sameLine(reader, point.to + 1) === undefined);
  if (alone && lineStart) return true;
  const nextCapital = next?.kind === Kind.WORD && isCapital(reader.text[next.start] as string);
  // Vasaris Ylakių … paroda: a plan's month before its entry
  if (lineStart && form === "nominative" && nextCapital && !name) return true;
  if (form !== "accusative" && form !== "locative") return false;
  return !(next?.kind === Kind.WORD && name && nextCapital);
}

/** Whether `token` is a word in capitals (`SPALIS`), of two letters or more. */
function inCapitals(reader: Reader, token: Token | undefined): boolean {
  if (token === undefined || token.kind !== Kind.WORD || token.length < 2) return false;
  const word = reader.text.slice(token.start, token.start + token.length);
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Whether the month at token i (its words up to `to`) stands in a heading in capitals: it and a word beside it on its line. */
function capitalsHeading(reader: Reader, i: number, to: number): boolean {
  const month = tokenAt(reader, i) as Token;
  if (!inCapitals(reader, month)) return false;
  return (!month.breakBefore && inCapitals(reader, tokenAt(reader, i - 1))) || inCapitals(reader, sameLine(reader, to));
}

/** Whether token i follows the end of a sentence (`.`, `!`, `?` and a space) on its line. */
function afterSentenceEnd(reader: Reader, i: number): boolean {
  const previous = tokenAt(reader, i - 1);
  if (previous === undefined || !(tokenAt(reader, i) as { spaceBefore: boolean }).spaceBefore) return false;
  const c = reader.text[previous.start];
  return c === "." || c === "!" || c === "?";
}
