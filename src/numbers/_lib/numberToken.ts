// What findQuantities knows about a run of digits in running text: first where it stands (the
// characters around it), then the token read there (sign, digits, separators, what follows).
import { isDigitGroupSeparator, isMinusSign, isPunctuationDash } from "../../lexicon/characters";
import { isDigit, isNumberHorizontalSpace, isNumberSpace, LOST_SIGN } from "./chars";
import { onlySpaceSinceLineStart } from "./textRules";

/** A run of digits in running text, before its token is read. */
export interface DigitsAt {
  readonly text: string;
  /** The text folded by foldForSearch (same offsets), where words are matched. */
  readonly folded: string;
  /** Where the digits start. */
  readonly start: number;
  /** The character before the digits, and the one before that (a space before the text's start). */
  readonly prev: number;
  readonly before: number;
  /** Whether the digits are the second number of a range read just before (`15–20 %`). */
  readonly inRange: boolean;
  /** Where the horizontal spaces before the digits start. */
  readonly spacesStart: number;
}

/** The token read at a run of digits: the number as written, and what stands after it. */
export interface Token extends DigitsAt {
  /** Where the number starts: its sign, the dot of a lost sign, or its first digit. */
  readonly index: number;
  /** Whether a middle dot stands for a lost sign (`· 2,0 %`). */
  readonly signUnknown: boolean;
  /** Where the digits, their groups of three and their fractions end. */
  readonly end: number;
  /** Whether a dot stands between its digits (`1.5`, `1.1.1`). */
  readonly dotted: boolean;
  /** The character after the token, and the one after that. */
  readonly next: number;
  readonly afterNext: number;
  /** Where a scale word or a unit may start: after the horizontal spaces that follow the token. */
  readonly wordsStart: number;
}

/** Where the number spaces before `i` start. */
export function spacesBefore(text: string, i: number): number {
  while (i > 0 && isNumberHorizontalSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the number spaces from `i` end. */
export function spacesAfter(text: string, i: number): number {
  while (i < text.length && isNumberHorizontalSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the words after a number start (a scale word, a unit, a counted noun): after the number
 * spaces from `i`, and past one line break when the next line starts with a lower-case letter,
 * as a line wrapped inside a sentence does (`apsilankė 178 163⏎lankytojų`). A line that starts
 * with a capital, a digit or a mark, or a blank line, starts something else; so does the line
 * after a number alone on its line (from `numberStart`), a table's cell of its own (`1,50⏎vaikams`).
 *
 * @internal Reader part, not in any entry of the package; what it makes findQuantities read:
 * @example
 * ```ts
 * import { findQuantities } from "bibliotekos/numbers";
 * findQuantities("apsilankė 178 163\nlankytojų.\nsuaugusiesiems\n1,50\nvaikams").map((m) => [m.text, m.value, m.unit]);
 * //=> [["178 163\nlankytojų", "178163", "persons"]]
 * ```
 */
export function wordsStartAfter(text: string, i: number, numberStart: number): number {
  const j = spacesAfter(text, i);
  let k = j;
  if (text[k] === "\r") k++;
  if (text[k] !== "\n" || startsItsLine(text, numberStart)) return j;
  k = spacesAfter(text, k + 1);
  const first = text[k] ?? "";
  return first !== first.toUpperCase() ? k : j;
}

/** Whether only number spaces stand between the line's start and `i`. */
function startsItsLine(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && isNumberHorizontalSpace(text.charCodeAt(k - 1))) k--;
  return k === 0 || text[k - 1] === "\n" || text[k - 1] === "\r";
}

/** Where a run of digits from `i` ends. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** The digits at `start`, as they stand in the text. */
export function digitsAt(text: string, folded: string, start: number, inRange: boolean): DigitsAt {
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const before = start > 1 ? text.charCodeAt(start - 2) : 0x20;
  return { text, folded, start, prev, before, inRange, spacesStart: spacesBefore(text, start) };
}

/**
 * Where the number starts and whether its sign was lost. A minus (or plus) counts after a space,
 * `(`, `[` or `=`; an en dash glued to the number after a word is the Lithuanian dash
 * (`planas –57000,00 eurų`), so a punctuation dash counts only where a line or cell starts, or
 * after `(`. A middle dot before the number's spaces marks a lost sign.
 */
function signOf(at: DigitsAt): { index: number; signUnknown: boolean } {
  const { text, start: p, prev, before, spacesStart: q } = at;
  if (at.inRange) return { index: p, signUnknown: false };
  if (isMinusSign(prev) || prev === 0x2b) {
    const opens = p < 2 || isNumberSpace(before) || before === 0x28 || before === 0x5b || before === 0x3d;
    const signs = opens && (!isPunctuationDash(prev) || onlySpaceSinceLineStart(text, p - 1) || before === 0x28);
    return { index: signs ? p - 1 : p, signUnknown: false };
  }
  if (q > 0 && text.charCodeAt(q - 1) === LOST_SIGN && (q < 2 || isNumberSpace(text.charCodeAt(q - 2)))) {
    return { index: q - 1, signUnknown: true };
  }
  return { index: p, signUnknown: false };
}

/**
 * Where the token ends: its digits; groups of three after single digit-group spaces when the
 * first run has at most three digits (`73 341`; `1 2 3` is three tokens); then `.` or `,` and
 * digits, any number of times.
 */
function tokenEnd(text: string, start: number): { end: number; dotted: boolean } {
  let j = digitsEnd(text, start);
  if (j - start <= 3) {
    while (isDigitGroupSeparator(text.charCodeAt(j))) {
      const groupEnd = digitsEnd(text, j + 1);
      if (groupEnd - (j + 1) !== 3) break;
      j = groupEnd;
    }
  }
  let dotted = false;
  while ((text[j] === "." || text[j] === ",") && isDigit(text.charCodeAt(j + 1))) {
    if (text[j] === ".") dotted = true;
    j = digitsEnd(text, j + 1);
  }
  return { end: j, dotted };
}

/** Reads the token at a run of digits. */
export function readToken(at: DigitsAt): Token {
  const { index, signUnknown } = signOf(at);
  const { end, dotted } = tokenEnd(at.text, at.start);
  const next = at.text.charCodeAt(end);
  const afterNext = at.text.charCodeAt(end + 1);
  // Every field written out: with `{ ...at, … }` findQuantities took 903 ms on the adversarial
  // "1 " × 30 000 of its test (every digit a token), and 64 ms so (Node 20; the old single
  // function took 44 ms).
  const { text, folded, start, prev, before, inRange, spacesStart } = at;
  const wordsStart = wordsStartAfter(text, end, index);
  return { text, folded, start, prev, before, inRange, spacesStart, index, signUnknown, end, dotted, next, afterNext, wordsStart };
}
