// Splits text into the tokens the date reader works on, in one linear pass over the folded
// text (same length as the input, so token offsets are offsets in the input). Tokens are kept
// in typed arrays and made into objects only where the reader looks: a megabyte of `1-1-1-…`
// is a million tokens, and a million objects would cost ten times the scan.
import { isHorizontalSpace, isLineBreak, isRangeDash } from "../../lexicon/characters";
import type { DateWord } from "../../lexicon/dateWords";
import { foldForSearch } from "../../lexicon/fold";

/**
 * Token kinds: the one declaration, imported by the reader's grammar, findDates and parseDate.
 * A const enum: every use compiles to the number itself.
 */
export const enum Kind {
  NUM = 0,
  WORD = 1,
  DASH = 2,
  DOT = 3,
  SLASH = 4,
  OTHER = 5,
}

const SPACE_BEFORE = 1;
const BREAK_BEFORE = 2;

export interface Token {
  /** A {@link Kind}: number, word, dash, dot, slash or other. */
  kind: Kind;
  /** Start offset in the input. */
  start: number;
  /** Length in UTF-16 code units (for a number, its digits). */
  length: number;
  /** The folded text (lower case, no diacritics) of a word; "" for other tokens. */
  word: string;
  /** The value of a number of at most 4 digits; -1 otherwise. */
  value: number;
  /** What the word means in a date, once looked up by the grammar's `meaningOf` (`null`: nothing; `undefined`: not yet). */
  meaning: DateWord | null | undefined;
  /** Whitespace before it. */
  spaceBefore: boolean;
  /** A line break before it. */
  breakBefore: boolean;
}

/** The tokens of a text. */
export class TokenList {
  // Declared, not defined: the constructor assigns each of them (as in BibliotekosError).
  /** The folded text. */
  declare readonly folded: string;
  /** How many tokens there are. */
  declare readonly length: number;
  /** Kinds. */
  declare readonly kinds: Uint8Array;
  /** Start offsets. */
  declare readonly starts: Int32Array;
  /** End offsets. */
  declare readonly ends: Int32Array;
  /** Values of numbers of at most 4 digits, -1 otherwise. */
  declare readonly values: Int32Array;
  /** SPACE_BEFORE | BREAK_BEFORE. */
  declare readonly flags: Uint8Array;
  declare private readonly cache: Array<Token | undefined>;

  constructor(
    folded: string,
    length: number,
    kinds: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    values: Int32Array,
    flags: Uint8Array,
    cache?: Array<Token | undefined>,
  ) {
    this.folded = folded;
    this.length = length;
    this.kinds = kinds;
    this.starts = starts;
    this.ends = ends;
    this.values = values;
    this.flags = flags;
    this.cache = cache ?? new Array<Token | undefined>(length);
  }

  /** Token i as an object, or undefined past the end. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let token = this.cache[i];
    if (token === undefined) {
      const kind = this.kinds[i] as Kind;
      const start = this.starts[i] as number;
      const end = this.ends[i] as number;
      const flags = this.flags[i] as number;
      token = {
        kind,
        start,
        length: end - start,
        word: kind === Kind.WORD ? this.folded.slice(start, end) : "",
        value: this.values[i] as number,
        meaning: undefined,
        spaceBefore: (flags & SPACE_BEFORE) !== 0,
        breakBefore: (flags & BREAK_BEFORE) !== 0,
      };
      this.cache[i] = token;
    }
    return token;
  }

  /** The first `length` tokens (for reading a text without its final period). */
  head(length: number): TokenList {
    return new TokenList(
      this.folded,
      Math.min(length, this.length),
      this.kinds,
      this.starts,
      this.ends,
      this.values,
      this.flags,
      this.cache,
    );
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
// Spaces, line breaks and dashes are the lexicon's tables (src/lexicon/characters.ts): a space
// is any `horizontal` entry of SPACES, the zero-width ones (U+200B, U+FEFF, marked `zeroWidth`)
// included, so that `2022\u200bm.` is read as `2022 m.`, as it always was; a line break is a
// `line_break` entry; a dash is a DASHES entry that joins a range (`range`), which leaves out
// U+02D7, a minus sign only.
function isLetterAt(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c);
  return LETTER.test(folded[i] as string);
}

/**
 * The arrays tokens are written to, reused from call to call: one set of typed arrays (the same
 * types every time, so the reader's array reads stay fast), grown as texts grow and shrunk after
 * a long text. A token list lives only within the findDates or parseDate call that made it (no
 * callbacks, no await), so the next call may overwrite it.
 */
let scratch = makeBuffers(256);

function makeBuffers(capacity: number) {
  return {
    kinds: new Uint8Array(capacity),
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    values: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
  };
}

function buffers(size: number): ReturnType<typeof makeBuffers> {
  const capacity = scratch.kinds.length;
  if (size > capacity) scratch = makeBuffers(Math.max(size, capacity * 2));
  else if (capacity > 65536 && size < capacity / 16) scratch = makeBuffers(Math.max(256, size * 2));
  return scratch;
}

/** Tokenizes `text`; `folded` is `foldForSearch(text)` when the caller has it already. */
export function tokenize(text: string, folded: string = foldForSearch(text)): TokenList {
  const size = folded.length;
  const { kinds, starts, ends, values, flags } = buffers(size);
  let count = 0;
  let flag = 0;
  let i = 0;
  while (i < size) {
    const c = folded.charCodeAt(i);
    // The plain space first, before the lexicon's table of spaces: on the dates bench's 50
    // sentences findDates took 6 % less time so (median of 2000 runs, alternating builds).
    if (c === 32) {
      flag |= SPACE_BEFORE;
      i++;
      continue;
    }
    if (isHorizontalSpace(c)) {
      flag |= SPACE_BEFORE;
      i++;
      continue;
    }
    if (isLineBreak(c)) {
      flag |= SPACE_BEFORE | BREAK_BEFORE;
      i++;
      continue;
    }
    const start = i;
    let kind: Kind;
    let value = -1;
    if (isDigit(c)) {
      value = 0;
      while (i < size && isDigit(folded.charCodeAt(i))) {
        if (i - start < 4) value = value * 10 + folded.charCodeAt(i) - 48;
        i++;
      }
      if (i - start > 4) value = -1;
      kind = Kind.NUM;
    } else if (isLetterAt(folded, i)) {
      while (i < size && isLetterAt(folded, i)) i++;
      kind = Kind.WORD;
    } else {
      i++;
      kind = isRangeDash(c) ? Kind.DASH : c === 46 ? Kind.DOT : c === 47 ? Kind.SLASH : Kind.OTHER;
    }
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = i;
    values[count] = value;
    flags[count] = flag;
    count++;
    flag = 0;
  }
  return new TokenList(folded, count, kinds, starts, ends, values, flags);
}
