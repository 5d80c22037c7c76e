// The patterns that tell a quantity from a date, a code, a section number or an ordinal in
// running text (see the table in docs/numbers.md), built from the lexicon: its spaces and
// dashes (CHARACTER_CLASSES), date words, list connectors, code labels and units. Sticky
// regexes, each tried once per number: linear.
import { CHARACTER_CLASSES, isLineBreak } from "../../lexicon/characters";
import { CODE_LABELS } from "../../lexicon/codeLabels";
import { CONNECTORS } from "../../lexicon/connectors";
import { DATE_WORDS } from "../../lexicon/dateWords";
import { foldForSearch } from "../../lexicon/fold";
import { UNITS } from "../../lexicon/units";
import { isDash, isDigit, isLetter, isNumberHorizontalSpace, isNumberSpace, isWordChar } from "./chars";
import { matchScale, matchUnit } from "./matchWord";

const { space: SPACE, rangeDash: RANGE_DASH } = CHARACTER_CLASSES;
// The spaces within a line other than the tab: a tab separates table cells, where a lone "–" is
// an empty cell, not the dash of a range.
const INLINE_SPACE = CHARACTER_CLASSES.digitGroupSeparator;
// A year 1800–2099, as the year rules read it.
const YEAR = "(?:1[89]|20)\\d\\d";
// After a word: neither a letter nor a digit.
const WORD_END = "(?![\\p{L}\\d])";

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Folded words as alternatives: an abbreviation's period optional (`m.` matches `m.` and `m`). */
function alternatives(words: readonly string[]): string {
  return `(?:${words.map((w) => (w.endsWith(".") ? `${escape(foldForSearch(w.slice(0, -1)))}\\.?` : escape(foldForSearch(w)))).join("|")})`;
}

/** The abbreviations of a kind of date word, as written with their period (`d.`, `a.`). */
function abbreviations(words: readonly string[]): string {
  return `(?:${words
    .filter((w) => w.endsWith("."))
    .map((w) => escape(foldForSearch(w)))
    .join("|")})`;
}

const YEAR_WORDS = alternatives(DATE_WORDS.year);
const HOURS = UNITS.find((u) => u.id === "hours")?.symbol ?? "";

// A date as digits: "2024 12 31", "2022.02.01", "2022-02-01" (ISO's hyphen-minus), one
// separator throughout.
export const DATE = new RegExp(`(?:19|20)\\d\\d([-./]|${INLINE_SPACE})(?:0?[1-9]|1[0-2])\\1(?:0?[1-9]|[12]\\d|3[01])(?!\\d)`, "y");
export const YEAR_MONTH = /(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d-])/y;
export const YEAR_RANGE = new RegExp(`${YEAR}${SPACE}?${RANGE_DASH}${SPACE}?${YEAR}(?!\\d)`, "y");
export const TIME = /\d{1,2}:\d{2}(?!\d)/y;
export const CLOCK = /(?:[01]?\d|2[0-4])\.[0-5]\d/y;
// The hours abbreviation after a clock time ("10.30 val."), on folded text.
export const CLOCK_HOURS = new RegExp(`${escape(foldForSearch(HOURS.replace(/\.$/, "")))}\\b`, "y");
// "15 – 20 %", "nuo 5 iki 10 proc.": a spaced dash or "iki" between two numbers.
export const SPACED_RANGE = new RegExp(
  `${INLINE_SPACE}+(?:${RANGE_DASH}${INLINE_SPACE}*|(?:${DATE_WORDS.until.map(escape).join("|")})${INLINE_SPACE}+)(?=\\d)`,
  "y",
);
// "Nr.", "tel.:", "faks" at the end of the folded text before a number.
export const CODE_PREFIX = new RegExp(`(?:^|\\P{L})${alternatives(CODE_LABELS.map((l) => l.word))}:?$`, "u");
/** How many characters before a number CODE_PREFIX looks at: the longest label with its period, and a colon. */
export const CODE_PREFIX_WINDOW = Math.max(...CODE_LABELS.map((l) => l.word.length)) + 1;
// After a number: years (m., metų, metais, …), days (d.), centuries (a.) make it part of a date.
export const YEAR_WORD = new RegExp(`${YEAR_WORDS}${WORD_END}`, "uy");
export const YEAR_LIST = new RegExp(
  `(?:,${SPACE}?|${SPACE}${alternatives(CONNECTORS.map((c) => c.word))}${SPACE})${YEAR}${SPACE}${YEAR_WORDS}${WORD_END}`,
  "uy",
);
export const DAY_WORD = new RegExp(`${abbreviations(DATE_WORDS.day)}${WORD_END}`, "uy");
export const CENTURY_WORD = new RegExp(`${abbreviations(DATE_WORDS.century)}${WORD_END}`, "uy");

/**
 * A year before a year word (1800–2099: "2022 m.", not "100 metų" nor the shelf metres of
 * "2189 m"), a day (1–31) before "d.", a century (1–21) before "a.".
 */
export function isDateNumber(text: string, p: number, tokenEnd: number, folded: string, k: number): boolean {
  const digits = tokenEnd - p;
  for (let m = p; m < tokenEnd; m++) if (!isDigit(text.charCodeAt(m))) return false;
  if (digits === 4 && /^(?:1[89]|20)/.test(text.slice(p, p + 2))) {
    // "2023 m.", and the first of a list of years: "2018, 2019 metų", "2018 ir 2019 m.".
    if (sticky(YEAR_WORD, folded, k) >= 0 || sticky(YEAR_LIST, folded, tokenEnd) >= 0) return true;
  }
  const value = digits <= 2 ? Number(text.slice(p, tokenEnd)) : 0;
  if (value >= 1 && value <= 31 && sticky(DAY_WORD, folded, k) >= 0) return true;
  return value >= 1 && value <= 21 && sticky(CENTURY_WORD, folded, k) >= 0;
}

// A year named with its word ("1945 m.", "1945 metais"), on folded text.
const NAMED_YEAR = new RegExp(`(?<![\\p{L}\\d])${YEAR}${SPACE}?${YEAR_WORDS}${WORD_END}`, "u");
const BARE_YEAR = new RegExp(`^${YEAR}$`);
/** How far back on its line a year–count list's named year may stand, in characters. */
const YEAR_LIST_WINDOW = 120;

// The pair of the list before the comma: a bare year, a spaced dash and a count, perhaps with its
// unit (`1893 – 980`, `1950 – 5103 egz.`).
const LISTED_PAIR = new RegExp(
  `(?<![\\p{L}\\d])${YEAR}${INLINE_SPACE}+${RANGE_DASH}${INLINE_SPACE}*\\d+(?:${INLINE_SPACE}+[\\p{L}.]+)?$`,
  "u",
);

/**
 * Whether the number at `[p, end)` is a year in a list of years and counts
 * (`1945 m. jis siekė 180 egz., 1950 – 5103 egz.`, `1893 – 980, 1923 – 2000 tomų`): a bare year
 * 1800–2099 right after a comma, a spaced dash after it (the count starts at `next`), and before
 * it on its line, at most YEAR_LIST_WINDOW characters back, a year named with its word, or the
 * list's pair right before the comma. A bounded look-back: linear.
 */
export function isListedYear(text: string, folded: string, p: number, end: number, next: number): boolean {
  if (!BARE_YEAR.test(text.slice(p, end)) || !isNumberHorizontalSpace(text.charCodeAt(end))) return false;
  if (!isNumberHorizontalSpace(text.charCodeAt(next - 1))) return false;
  let k = p - 1;
  while (k >= 0 && isNumberHorizontalSpace(text.charCodeAt(k))) k--;
  if (text[k] !== ",") return false;
  let from = k;
  while (from > 0 && k - from < YEAR_LIST_WINDOW && !isLineBreak(text.charCodeAt(from - 1))) from--;
  const before = folded.slice(from, k);
  return NAMED_YEAR.test(before) || LISTED_PAIR.test(before);
}

/** How far back the word before a full stop is read, in letters. */
const SENTENCE_WORD_WINDOW = 40;

/**
 * Whether the number at `[p, end)` is a bare year 1800–2099 that starts a sentence: at the
 * text's start, or after `!`, `?` or a full stop that ends a word of four letters or more
 * (`kalba. 2008 bibliotekininkės suskaitmenino …`), not after an abbreviation (`2019 m. 1850
 * skaitytojų`, `12 proc. 2000 lankytojų`). Chronicles and encyclopedias open sentences with such
 * years, while a count rarely opens one. A bounded look-back: linear.
 *
 * @internal
 */
export function isSentenceYear(text: string, folded: string, p: number, end: number): boolean {
  if (!BARE_YEAR.test(text.slice(p, end))) return false;
  let k = p - 1;
  while (k >= 0 && isNumberSpace(text.charCodeAt(k))) k--;
  if (k < 0 || text[k] === "!" || text[k] === "?") return true;
  if (text[k] !== ".") return false;
  let w = k;
  while (w > 0 && k - w < SENTENCE_WORD_WINDOW && isLetter(text.charCodeAt(w - 1))) w--;
  if (k - w < 4) return false;
  // An abbreviation's period is part of its unit or scale word (`proc.`, `tūkst.`); a word
  // written out (`vienetų.`) ends its sentence.
  return matchUnit(folded, w)?.end !== k + 1 && matchScale(folded, w)?.end !== k + 1;
}

export function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Skips a code-like run (letters, digits, dashes, /, and . or spaces followed by digits). */
export function skipCode(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || isDash(c) || c === 0x2f) i++;
    else if ((c === 0x2e || isNumberHorizontalSpace(c)) && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

export function onlySpaceSinceLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (isLineBreak(c)) return true;
    if (!isNumberHorizontalSpace(c)) return false;
  }
  return true;
}
