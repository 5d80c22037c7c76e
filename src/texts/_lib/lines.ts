import { CHARACTER_CLASSES, isRangeDash, isSpaceCharacter } from "../../lexicon/characters";
import { lookupDateWord } from "../../lexicon/dateWords";
import { CHRONICLE_WORDS } from "../../lexicon/entryRules";
import { foldText } from "../../lexicon/fold";
import { lookupMonth } from "../../lexicon/months";
import { HEADING_WORDS } from "../../lexicon/textWords";
import type { TextSpan } from "../types";
import { SPACE_RUN, squeezeSpaces } from "./spaces";

/** The lines of a text, each trimmed of surrounding whitespace, with offsets; blank lines kept as empty spans. */
export function splitLines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let stop = text.indexOf("\n", start);
    if (stop === -1) stop = n;
    let a = start;
    let b = stop;
    while (a < b && isSpaceCharacter(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCharacter(text.charCodeAt(b - 1))) b--;
    out.push({ text: text.slice(a, b), index: a, end: b });
    start = stop + 1;
  }
  return out;
}

const CAPTIONS: ReadonlySet<string> = new Set(CHRONICLE_WORDS.captions);

export function isCaption(line: string): boolean {
  return line.length <= 40 && CAPTIONS.has(squeezeSpaces(foldText(line)).replace(/[.:]$/, ""));
}

/** Longest line that is tried as a heading. */
export const MAX_HEADING = 100;

// Folded, as the last word of a line is.
const HEADING_ENDS: ReadonlySet<string> = new Set(HEADING_WORDS.ends.map((word) => foldText(word)));

const FIRST_WORD = new RegExp(`^(\\p{L}+)${CHARACTER_CLASSES.space}+`, "u");

/** Whether a word opens a range: `nuo`, `iki`, `po`, `prieš` (`DATE_WORDS`). */
function isRangeWord(word: string): boolean {
  const kind = lookupDateWord(word)?.kind;
  return kind === "from" || kind === "until" || kind === "after" || kind === "before";
}

/** Where the first word of a line ends: at a space, a digit, `.`, `,`, `;`, `:` or a dash (`vasario–kovo`). */
function firstWordEnd(line: string): number {
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (isSpaceCharacter(c) || isRangeDash(c) || (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 59 || c === 58) break;
    i++;
  }
  return i;
}

/** Whether a (trimmed) line starts like a date: a 4-digit year or a month word, after `nuo`, `iki`, `po` or `prieš` if any. */
export function startsLikeDate(text: string): boolean {
  // An open range starts with nuo, iki, po or prieš (Nuo 2022 m. kovo 1 d.).
  const lead = FIRST_WORD.exec(text);
  const line = lead === null || !isRangeWord(lead[1] as string) ? text : text.slice(lead[0].length);
  if (line.length === 0) return false;
  const c = line.charCodeAt(0);
  if (c >= 48 && c <= 57) return /^\d{4}(?!\d)/.test(line);
  return lookupMonth(line.slice(0, firstWordEnd(line))) !== undefined;
}

// Folded, without their period, as the word before a period is.
const HEADING_ABBREVIATIONS: ReadonlySet<string> = new Set(HEADING_WORDS.abbreviations.map((word) => foldText(word).replace(/\.$/, "")));
// The word before the period starts after a non-word character: a match never starts inside a
// word, so a long word is read once, not once per letter.
const BREAK = new RegExp(`(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]*)[.!?]${CHARACTER_CLASSES.space}+\\p{Lu}`, "gu");

/** Whether a line holds a sentence break: `.`, `!` or `?`, a space and a capital, not after `m.`, `d.`, `mėn.` (`2022 M. VASARIO 1 D.`). */
function hasSentenceBreak(line: string): boolean {
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(line); m !== null; m = BREAK.exec(line)) {
    if (!HEADING_ABBREVIATIONS.has(foldText(m[1] as string))) return true;
    BREAK.lastIndex = m.index + (m[1] as string).length + 1;
  }
  return false;
}

/**
 * A short line that starts like a date and reads like a heading, not a sentence: at most twelve
 * words, no sentence break inside, and its last word a date word or a number.
 */
export function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING || !startsLikeDate(line)) return false;
  const words = line.split(SPACE_RUN);
  if (words.length > 12) return false;
  if (hasSentenceBreak(line)) return false;
  const last = foldText(words[words.length - 1] as string);
  return HEADING_ENDS.has(last) || /^\d+\.?$/.test(last);
}

/** Whether a line that starts like a date is the agreements section heading. */
export function isSectionHeading(line: string): boolean {
  if (line.length > MAX_HEADING || !startsLikeDate(line)) return false;
  const words = line.split(SPACE_RUN);
  if (words.length > 12 || hasSentenceBreak(line) || /[.!?]$/.test(line)) return false;
  const folded = foldText(line);
  return CHRONICLE_WORDS.section.some((stem) => new RegExp(`(?:^|[^a-z])${stem}`).test(folded));
}
