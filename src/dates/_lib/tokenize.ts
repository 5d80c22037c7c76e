// Splits text into the tokens the date reader works on, in one linear pass over the folded
// text (same length as the input, so token offsets are offsets in the input).
import { foldForSearch } from "../../lexicon/fold";

// Token kinds (reader.ts and findDates.ts keep local copies of these numbers).
export const NUM = 0;
export const WORD = 1;
export const DASH = 2;
export const DOT = 3;
export const SLASH = 4;
export const OTHER = 5;

export interface Token {
  /** NUM, WORD, DASH, DOT, SLASH or OTHER. */
  k: number;
  /** Start offset in the input. */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** Folded text (lower case, no diacritics) of a word; "" otherwise. */
  t: string;
  /** The value of a number of at most 4 digits; -1 otherwise. */
  n: number;
  /** Whitespace before it. */
  sp: boolean;
  /** A line break before it. */
  br: boolean;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
const LETTER = /\p{L}|\p{M}/u;
const isDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0xfe63 || c === 0xff0d;
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function isLetterAt(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(folded[i] as string);
}

/** Tokenizes `text`; `folded` is `foldForSearch(text)` when the caller has it already. */
export function tokenize(text: string, folded: string = foldForSearch(text)): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let sp = false;
  let br = false;
  let i = 0;
  while (i < length) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      sp = true;
      i++;
      continue;
    }
    if (isBreak(c)) {
      sp = true;
      br = true;
      i++;
      continue;
    }
    const s = i;
    let k: number;
    if (isDigit(c)) {
      while (i < length && isDigit(folded.charCodeAt(i))) i++;
      k = NUM;
    } else if (isLetterAt(folded, i)) {
      while (i < length && isLetterAt(folded, i)) i++;
      k = WORD;
    } else {
      i++;
      k = isDash(c) ? DASH : c === 46 ? DOT : c === 47 ? SLASH : OTHER;
    }
    const t = k === WORD ? folded.slice(s, i) : "";
    let n = -1;
    if (k === NUM && i - s <= 4) {
      n = 0;
      for (let j = s; j < i; j++) n = n * 10 + folded.charCodeAt(j) - 48;
    }
    tokens.push({ k, s, e: i, t, n, sp, br });
    sp = false;
    br = false;
  }
  return tokens;
}
