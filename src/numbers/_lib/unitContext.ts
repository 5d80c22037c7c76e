// The rules that read a unit by the words around it (docs/numbers.md): an hour of the clock is
// not a duration (`prasidės 17 val.`, `nuo 9 iki 18 val.`), `pav.` of a figure reference is not
// titles (`žr. 3 pav.`), and a bare `m` is metres where the clause speaks of lengths.
import { foldForSearch } from "../../lexicon/fold";
import { FIGURE_WORDS, HOUR_WORDS, LENGTH_STEMS } from "../../lexicon/quantityWords";
import { isDash, isDigit, isLetter, isNumberHorizontalSpace, isSuperscriptDigit } from "./chars";
import type { Token } from "./numberToken";
import { onlySpaceSinceLineStart } from "./textRules";
import { wordAfter, wordBefore } from "./words";

const folded = (words: readonly string[]) => new Set(words.map((w) => foldForSearch(w.endsWith(".") ? w.slice(0, -1) : w)));
const CLOCK_FORMS = folded(HOUR_WORDS.clockForms);
const DURATION_BEFORE = folded(HOUR_WORDS.durationBefore);
const DURATION_AFTER = folded(HOUR_WORDS.durationAfter);
const CLOCK_BEFORE = folded(HOUR_WORDS.clockBefore);
const SEE = folded(FIGURE_WORDS.see);
const FIGURE = foldForSearch(FIGURE_WORDS.figure.slice(0, -1));

/** Whether a token reads as an hour of the clock: a whole number 0–24, or `13.30`, `9:00`. */
function clockShaped(text: string, token: Token): boolean {
  const written = text.slice(token.start, token.end);
  const dot = written.search(/[.:]/);
  const hours = dot < 0 ? written : written.slice(0, dot);
  if (hours.length > 2 || !/^\d+$/.test(hours) || Number(hours) > 24) return false;
  return dot < 0 || (written.length - dot === 3 && Number(written.slice(dot + 1)) < 60);
}

/** The word before a dash or colon before `i` (`trukmė – 6 val.`, `trukmė: 6 val.`), or "". */
function wordBeforeLabel(scanFolded: string, i: number): string {
  let j = i;
  while (j > 0 && isNumberHorizontalSpace(scanFolded.charCodeAt(j - 1))) j--;
  const c = scanFolded.charCodeAt(j - 1);
  return isDash(c) || c === 0x3a ? wordBefore(scanFolded, j - 1) : "";
}

/**
 * Whether an hours quantity is an hour of the clock, not a duration: every number clock-shaped
 * (and not a lone `1` without a word of the clock before it), the unit a form that names an
 * hour (`val.`, `valandą`) or the first number after `nuo`/`iki`,
 * and no duration word before the first number (`skirtos`, `truko`, or a label `trukmė – 6 val.`,
 * also before a bound word: `trukmė iki 3 val.`) or after the unit (`trukmės`).
 */
export function isClockHour(text: string, scanFolded: string, tokens: readonly Token[], unitStart: number, unitEnd: number): boolean {
  const first = tokens[0] as Token;
  if (!tokens.every((t) => clockShaped(text, t))) return false;
  const before = wordBefore(scanFolded, first.index);
  if (DURATION_BEFORE.has(before) || DURATION_BEFORE.has(wordBeforeLabel(scanFolded, first.index))) return false;
  // trukmė iki 3 val., truks apie 2 val.: a duration word before the bound word
  if (CLOCK_BEFORE.has(before)) {
    const bound = scanFolded.lastIndexOf(before, first.index);
    if (DURATION_BEFORE.has(wordBefore(scanFolded, bound)) || DURATION_BEFORE.has(wordBeforeLabel(scanFolded, bound))) return false;
  }
  // `1 val.` is one hour (a price list's `salės nuoma 1 val. 20,00`, `(1 val.)`), not one in the
  // night, unless a word of the clock stands before it (`iki 1 val. nakties`).
  if (tokens.length === 1 && text.slice(first.start, first.end) === "1" && !CLOCK_BEFORE.has(before)) return false;
  let unitWord = scanFolded.slice(unitStart, unitEnd);
  if (unitWord.endsWith(".")) unitWord = unitWord.slice(0, -1);
  if (!CLOCK_FORMS.has(unitWord) && !CLOCK_BEFORE.has(before)) return false;
  return !DURATION_AFTER.has(wordAfter(scanFolded, unitEnd));
}

/**
 * Whether a minutes quantity is the minutes of the time of day that ends at `clockEnd`
 * (`iki 15 val. 45 min.`, `12val. 45min.`): one whole number 0–59, with only spaces between.
 */
export function isClockMinutes(text: string, tokens: readonly Token[], clockEnd: number): boolean {
  const token = tokens[0] as Token;
  if (tokens.length !== 1 || clockEnd > token.index) return false;
  for (let i = clockEnd; i < token.index; i++) if (!isNumberHorizontalSpace(text.charCodeAt(i))) return false;
  const written = text.slice(token.start, token.end);
  return /^\d{1,2}$/.test(written) && Number(written) < 60;
}

/**
 * Whether `pav.` after a number is a figure (`žr. 3 pav.`, `(žr. 3 pav.)`, a caption `2 pav.
 * Lankytojų skaičius` at a line start: a capital follows on the line), not titles.
 */
export function isFigureReference(text: string, scanFolded: string, token: Token, unitStart: number, unitEnd: number): boolean {
  if (!scanFolded.startsWith(FIGURE, unitStart) || isLetter(scanFolded.charCodeAt(unitStart + FIGURE.length))) return false;
  if (SEE.has(wordBefore(scanFolded, token.index))) return true;
  if (!onlySpaceSinceLineStart(text, token.index) || text[unitEnd - 1] !== ".") return false;
  let j = unitEnd;
  while (isNumberHorizontalSpace(text.charCodeAt(j))) j++;
  const c = text[j] ?? "";
  return j > unitEnd && c !== c.toLowerCase();
}

/** How far back a bare `m` looks for a length word, in characters of its line. */
const LENGTH_WINDOW = 80;

/** Whether an `x` or `×` stands beside a number or a unit (spaces between allowed). */
function timesSign(text: string, i: number, step: 1 | -1): boolean {
  let j = step === 1 ? i : i - 1;
  while (isNumberHorizontalSpace(text.charCodeAt(j))) j += step;
  return text[j] === "x" || text[j] === "×";
}

/**
 * Where a bare `m` (metres) after a number ends, or -1: `m` not glued to letters or digits, with
 * a length word (`LENGTH_STEMS`) earlier on its line, an `x`/`×` beside it (`2 x 1,5 m`) or metres
 * just before (`afterMetres`: `Ignalinoje – 1190 m, filiale – 197 m`). `m.` is the year's unless
 * the number has a fraction (`1,5 m.`) or metres stand just before. Years (`2022 m`) were left out before.
 */
export function bareMetresEnd(text: string, scanFolded: string, token: Token, at: number, afterMetres: boolean): number {
  if (scanFolded[at] !== "m") return -1;
  const c = scanFolded.charCodeAt(at + 1);
  if (isLetter(c) || isDigit(c) || isSuperscriptDigit(c)) return -1;
  const fraction = /[.,]/.test(text.slice(token.start, token.end));
  if (c === 0x2e && !fraction && !afterMetres) return -1;
  if (afterMetres || timesSign(scanFolded, token.index, -1) || timesSign(scanFolded, at + 1, 1)) return at + 1;
  let from = token.index;
  while (from > 0 && token.index - from < LENGTH_WINDOW && text[from - 1] !== "\n") from--;
  const words = scanFolded.slice(from, token.index).split(/\P{L}+/u);
  return words.some((w) => LENGTH_STEMS.some((stem) => w.startsWith(stem))) ? at + 1 : -1;
}
