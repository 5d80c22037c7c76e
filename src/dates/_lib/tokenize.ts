// Splits text into the tokens the date reader works on, in one linear pass over the folded
// text (same length as the input, so token offsets are offsets in the input). Tokens are kept
// in arrays of numbers and made into objects only where the reader looks: a megabyte of `1-1-1-…`
// is a million tokens, and a million objects would cost ten times the scan.
import { foldForSearch } from "../../lexicon/fold";

// Token kinds (reader.ts and findDates.ts keep local copies of these numbers).
export const NUM = 0;
export const WORD = 1;
export const DASH = 2;
export const DOT = 3;
export const SLASH = 4;
export const OTHER = 5;

const SPACE_BEFORE = 1;
const BREAK_BEFORE = 2;

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

/** The tokens of a text. */
export class TokenList {
  private readonly cache = new Map<number, Token>();

  constructor(
    /** The folded text. */
    readonly folded: string,
    /** How many tokens there are. */
    readonly length: number,
    /** Kinds. */
    readonly kinds: ArrayLike<number>,
    /** Start offsets. */
    readonly starts: ArrayLike<number>,
    /** End offsets. */
    readonly ends: ArrayLike<number>,
    /** Values of numbers of at most 4 digits, -1 otherwise. */
    readonly values: ArrayLike<number>,
    /** SPACE_BEFORE | BREAK_BEFORE. */
    readonly flags: ArrayLike<number>,
  ) {}

  /** Token i as an object, or undefined past the end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let token = this.cache.get(i);
    if (token === undefined) {
      const k = this.kinds[i] as number;
      const s = this.starts[i] as number;
      const e = this.ends[i] as number;
      const f = this.flags[i] as number;
      token = { k, s, e, t: k === WORD ? this.folded.slice(s, e) : "", n: this.values[i] as number, sp: (f & SPACE_BEFORE) !== 0, br: (f & BREAK_BEFORE) !== 0 };
      this.cache.set(i, token);
    }
    return token;
  }

  /** The first `length` tokens (for reading a text without its final period). */
  head(length: number): TokenList {
    return new TokenList(this.folded, Math.min(length, this.length), this.kinds, this.starts, this.ends, this.values, this.flags);
  }

  /** Whether token i has whitespace before it. */
  spaceBefore(i: number): boolean {
    return ((this.flags[i] as number) & SPACE_BEFORE) !== 0;
  }

  /** Whether token i has a line break before it. */
  breakBefore(i: number): boolean {
    return ((this.flags[i] as number) & BREAK_BEFORE) !== 0;
  }

  /** The folded text of token i. */
  text(i: number): string {
    return this.folded.slice(this.starts[i] as number, this.ends[i] as number);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;
const LETTER = /\p{L}|\p{M}/u;
const isDash = (c: number): boolean =>
  c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0xfe63 || c === 0xff0d;
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007 || c === 0xfeff || c === 0x200b || c === 11 || c === 12;
const isBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

function isLetterAt(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(folded[i] as string);
}

type Writable = { [index: number]: number; readonly length: number };

/** Tokenizes `text`; `folded` is `foldForSearch(text)` when the caller has it already. */
export function tokenize(text: string, folded: string = foldForSearch(text)): TokenList {
  const size = folded.length;
  // Plain arrays for a sentence (cheap to make), typed arrays for long texts (cheap to fill).
  const large = size > 4096;
  const kinds: Writable = large ? new Uint8Array(size) : [];
  const starts: Writable = large ? new Int32Array(size) : [];
  const ends: Writable = large ? new Int32Array(size) : [];
  const values: Writable = large ? new Int32Array(size) : [];
  const flags: Writable = large ? new Uint8Array(size) : [];
  let count = 0;
  let flag = 0;
  let i = 0;
  while (i < size) {
    const c = folded.charCodeAt(i);
    if (isSpace(c)) {
      flag |= SPACE_BEFORE;
      i++;
      continue;
    }
    if (isBreak(c)) {
      flag |= SPACE_BEFORE | BREAK_BEFORE;
      i++;
      continue;
    }
    const s = i;
    let k: number;
    let n = -1;
    if (isDigit(c)) {
      n = 0;
      while (i < size && isDigit(folded.charCodeAt(i))) {
        if (i - s < 4) n = n * 10 + folded.charCodeAt(i) - 48;
        i++;
      }
      if (i - s > 4) n = -1;
      k = NUM;
    } else if (isLetterAt(folded, i)) {
      while (i < size && isLetterAt(folded, i)) i++;
      k = WORD;
    } else {
      i++;
      k = isDash(c) ? DASH : c === 46 ? DOT : c === 47 ? SLASH : OTHER;
    }
    kinds[count] = k;
    starts[count] = s;
    ends[count] = i;
    values[count] = n;
    flags[count] = flag;
    count++;
    flag = 0;
  }
  return new TokenList(folded, count, kinds, starts, ends, values, flags);
}
