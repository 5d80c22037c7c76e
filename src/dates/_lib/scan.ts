// What findDates asks of every token before it tries the grammar: whether an expression can
// start there (a quick look at the token arrays, most tokens start nothing), and whether a
// sentence ends there (a later expression takes the year of a date only in its sentence); and
// whether a year names a report's title, whose year the months under it take.
import { isConnector } from "../../lexicon/connectors";
import {
  FOLDED_DATE_WORDS,
  lookupFoldedDateWord,
  lookupFoldedSecondMeaning,
  namesListedDays,
  type DateWordKind,
} from "../../lexicon/dateWords";
import { isMonthSpelling, MONTH_SPELLINGS, STAMP_SPELLINGS, stampMonth } from "../../lexicon/months";
import { romanNumeralValue } from "../../lexicon/roman";
import { Kind, type TokenList } from "./tokenize";

// `16 d.`, and `30 dienomis` ending a list of days
const isDayWord = (tokens: TokenList, i: number): boolean => {
  const word = i < tokens.length && tokens.kinds[i] === Kind.WORD ? lookupFoldedDateWord(tokens.text(i)) : undefined;
  return word?.kind === "day" || namesListedDays(word);
};

/** The kinds of date word that start an expression only before one: `nuo`, `iki`, `po`, `prieš`. */
const RANGE_KINDS: ReadonlySet<string> = new Set<DateWordKind>(["from", "until", "after", "before"]);

/**
 * What a folded word starts, if it can start an expression by itself or with what follows it:
 * a month (or a stamp's month), a range word, an ordinal, a year counted from the reference.
 */
function startKind(word: string): DateWordKind | "month" | undefined {
  if (isMonthSpelling(word) || stampMonth(word) > 0) return "month";
  const kind = lookupFoldedDateWord(word)?.kind;
  if (kind !== undefined && (RANGE_KINDS.has(kind) || kind === "ordinal" || kind === "relative_year" || kind === "relative_year_alone"))
    return kind;
  // `šių metų`: `šių` is first the present of `iki šių dienų`
  return lookupFoldedSecondMeaning(word)?.kind === "relative_year" ? "relative_year" : undefined;
}

// The words of startKind with what they start, in one map: canStart looks a word up once, where
// the three tables took three look-ups for every word of the text, most of which start nothing:
// about 2 % less time on the dates bench's 50 sentences (bundled, fastest of 300 runs,
// alternating builds).
const START_WORDS: ReadonlyMap<string, DateWordKind | "month"> = /* @__PURE__ */ (() => {
  const words = new Map<string, DateWordKind | "month">();
  for (const word of [...MONTH_SPELLINGS, ...STAMP_SPELLINGS, ...FOLDED_DATE_WORDS]) {
    const kind = startKind(word);
    if (kind !== undefined) words.set(word, kind);
  }
  return words;
})();

/**
 * Whether an expression can start at token i: a year, a numeric date, a day range (`1-30 d.`),
 * a month, a Roman numeral, a range word or an ordinal. A cheap filter before the reader, on the
 * token arrays (no token objects are made for text that holds no date).
 *
 * @internal Reader part, not in any entry of the package; what it lets findDates pass over (a
 * phone number, a count) and read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Tel. 8 612 34567, 15 vaikų; sutartis 2022 m. vasario 1 d.").map((m) => m.text);
 * //=> ["2022 m. vasario 1 d."]
 * ```
 */
export function canStart(text: string, tokens: TokenList, i: number): boolean {
  const k = tokens.kinds[i];
  const start = tokens.starts[i] as number;
  const len = (tokens.ends[i] as number) - start;
  if (k === Kind.NUM) {
    if (len === 4) return true;
    if (len > 2) return false;
    const sep = i + 1;
    if (sep >= tokens.length || tokens.breakBefore(sep)) return false;
    const sepKind = tokens.kinds[sep];
    // 16 d. and 2 ir … in a list of days after a date (kovo 10 ir 16 d.)
    if (
      isDayWord(tokens, sep) ||
      // 7 Bir 2022, 4 spalio, 2019 (a web stamp)
      (sepKind === Kind.WORD && tokens.spaceBefore(sep) && (isMonthSpelling(tokens.text(sep)) || stampMonth(tokens.text(sep)) > 0)) ||
      (sepKind === Kind.WORD && isConnector(tokens.text(sep))) ||
      text.charCodeAt(tokens.starts[sep] as number) === 44
    )
      return true;
    const next = i + 2;
    if (
      tokens.spaceBefore(sep) ||
      (sepKind !== Kind.DASH && sepKind !== Kind.DOT) ||
      next >= tokens.length ||
      tokens.spaceBefore(next) ||
      tokens.kinds[next] !== Kind.NUM
    )
      return false;
    // 15.03.2023 (day first, year last)
    const dot = i + 3;
    const year = i + 4;
    if (
      sepKind === Kind.DOT &&
      year < tokens.length &&
      tokens.kinds[dot] === Kind.DOT &&
      !tokens.spaceBefore(dot) &&
      tokens.kinds[year] === Kind.NUM &&
      !tokens.spaceBefore(year) &&
      (tokens.ends[year] as number) - (tokens.starts[year] as number) === 4
    )
      return true;
    // 09.18, 03-07 (a padded month with a leading zero), or a day range: 1-30 d., or closed by a
    // mark in a list after a date (`balandžio 22, 24–25)`)
    return (
      (len === 2 && text.charCodeAt(start) === 48) || (sepKind === Kind.DASH && (isDayWord(tokens, i + 3) || closes(text, tokens, i + 3)))
    );
  }
  if (k !== Kind.WORD) return false;
  const c = text.charCodeAt(start);
  // Roman numerals are read in capitals only (`XX a.`, `II ketv.`)
  if ((c === 73 || c === 86 || c === 88) && len <= 6 && romanNumeralValue(text.slice(start, start + len)) > 0) return true;
  const kind = START_WORDS.get(tokens.text(i));
  if (kind === undefined) return false;
  if (RANGE_KINDS.has(kind)) {
    // nuo, iki, po, prieš start an expression only before one (or before šiol, dabar, šių dienų)
    const next = i + 1;
    if (next >= tokens.length || tokens.breakBefore(next)) return false;
    if (kind === "until" && tokens.kinds[next] === Kind.WORD && lookupFoldedDateWord(tokens.text(next))?.kind === "present") return true;
    const nextKind = tokens.kinds[next];
    return (nextKind === Kind.NUM || nextKind === Kind.WORD) && tokens.kinds[i] === Kind.WORD && canStartAfterRangeWord(text, tokens, next);
  }
  return true;
}

/**
 * Whether token i ends a line or is a closing mark (`)`, `,`, `;`, `.`) or an opening parenthesis:
 * canStart's quick look on the token arrays; the grammar decides with `closesAt` (tokens.ts).
 */
function closes(text: string, tokens: TokenList, i: number): boolean {
  if (i >= tokens.length || tokens.breakBefore(i)) return true;
  const c = text.charCodeAt(tokens.starts[i] as number);
  return c === 41 || c === 44 || c === 59 || c === 46 || c === 40;
}

/** What may follow `nuo`, `iki`, `po`, `prieš`: a number or a word that can start a date (not another range word). */
function canStartAfterRangeWord(text: string, tokens: TokenList, i: number): boolean {
  if (tokens.kinds[i] === Kind.NUM) return true;
  const kind = lookupFoldedDateWord(tokens.text(i))?.kind;
  if (kind !== undefined && RANGE_KINDS.has(kind)) return false;
  return canStart(text, tokens, i);
}

/**
 * `.`, `!` or `?` at token i, followed by a capital or a digit: the end of a sentence. A date
 * without its year takes the year of a date before it only in its sentence.
 *
 * @internal Reader part, not in any entry of the package; what it makes findDates read (without
 * `ref`, `Spalio 5 d.` after the sentence's end has no year, and is left out):
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Gimė 1885 m. sausio 4 d. (kitur – sausio 3 d.). Spalio 5 d. mirė.").map((m) => [m.text, m.period.start]);
 * //=> [["1885 m. sausio 4 d.", "1885-01-04"], ["sausio 3 d.", "1885-01-03"]]
 * ```
 */
export function endsSentence(text: string, tokens: TokenList, i: number): boolean {
  const k = tokens.kinds[i];
  if (k === Kind.NUM || k === Kind.WORD) return false;
  const c = text.charCodeAt(tokens.starts[i] as number);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  const after = i + 1;
  if (after >= tokens.length || !tokens.spaceBefore(after)) return false;
  if (tokens.kinds[after] === Kind.NUM) return true;
  const ch = text[tokens.starts[after] as number] as string;
  return tokens.kinds[after] === Kind.WORD && ch !== ch.toLowerCase();
}

/**
 * Whether the year at tokens from…to-1 is on a report's or plan's title line: a short line (at most
 * 12 tokens) with a title word of the lexicon (`Vilniaus kupiškėnų klubo 2007 metų veiklos
 * ataskaita`, `Veiklos planas 2024 m.`). Reads at most 12 tokens.
 *
 * @internal Reader part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Klubo 2007 metų veiklos ataskaita\n\nSausio mėnesį susirinkome.", { ref: "2008-02-04" }).map((m) => [m.text, m.period.start]);
 * //=> [["2007 metų", "2007"], ["Sausio mėnesį", "2007-01"]]
 * ```
 */
export function onTitleLine(tokens: TokenList, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !tokens.breakBefore(start)) if (from - --start > 12) return false;
  let end = to;
  while (end < tokens.length && !tokens.breakBefore(end)) if (++end - start > 12) return false;
  for (let k = start; k < end; k++)
    if (tokens.kinds[k] === Kind.WORD && lookupFoldedDateWord(tokens.text(k))?.kind === "title") return true;
  return false;
}
