// The characters of numbers that are neither spaces nor dashes, by char code (no regexes: the
// readers are linear). Spaces and dashes are the lexicon's one table: src/lexicon/characters.ts.
import {
  isDigitGroupSeparator,
  isHorizontalSpace,
  isLineBreak,
  isMinusSign,
  isRangeDash,
  isSpaceCharacter,
} from "../../lexicon/characters";

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A letter of any script (cheap check for ASCII, Unicode property otherwise). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

const LETTER = /^\p{L}$/u;

/** A letter or a digit. */
export function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/** A superscript digit (¹ ² ³ and U+2070–U+2079): a power after a unit, as in `km²`. */
export function isSuperscriptDigit(code: number): boolean {
  return code === 0xb9 || code === 0xb2 || code === 0xb3 || (code >= 0x2070 && code <= 0x2079);
}

/** Any dash of the lexicon's DASHES: one that joins a range or stands for a minus. */
export function isDash(code: number): boolean {
  return isRangeDash(code) || isMinusSign(code);
}

/**
 * The spaces of the lexicon's table that the number readers take around and between a number and
 * its words: ASCII whitespace, the spaces that group digits (no-break, narrow no-break, thin,
 * figure) and line breaks. Not the typographic spaces of fixed widths or of other scripts (em
 * space, ideographic space U+3000, …) nor zero-width spaces, which the numbers of these documents
 * never stand beside: `1　234` is an error at its space, not the number 1 and then `234`
 * (parseNumber's tests hold this).
 */
export function isNumberSpace(code: number): boolean {
  return code < 0x80 ? isSpaceCharacter(code) : isDigitGroupSeparator(code) || isLineBreak(code);
}

/** {@link isNumberSpace} within a line: what may stand between a number and its scale word or unit. */
export function isNumberHorizontalSpace(code: number): boolean {
  return isHorizontalSpace(code) && isNumberSpace(code);
}

/** The middle dot that stands where a converter lost a minus or plus sign (`· 2,0 %`). */
export const LOST_SIGN = 0xb7;
