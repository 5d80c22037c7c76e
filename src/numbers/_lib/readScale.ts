// Reads a scale word (tūkst., mln., mlrd., or written out) at a position of a text.
import { lookupScaleWord } from "../../lexicon/units";
import { isLetter, isNumberHorizontalSpace } from "./chars";
import { readNumber, type DotReading, type NumberFailure, type NumberRead } from "./readNumber";

export interface ScaleRead {
  exponent: number;
  end: number;
}

/** A scale word starting at `i` (letters, then an optional dot), or undefined. */
export function readScale(text: string, i: number): ScaleRead | undefined {
  let j = i;
  while (j < text.length && j - i < 24 && isLetter(text.charCodeAt(j))) j++;
  if (j === i || (j < text.length && isLetter(text.charCodeAt(j)))) return undefined;
  const withDot = text[j] === ".";
  const scale = lookupScaleWord(text.slice(i, withDot ? j + 1 : j));
  if (scale === undefined) return undefined;
  // The dot belongs to an abbreviation ("tūkst."), not to a written-out word ("tūkstančių.").
  const abbreviated = scale.forms.some((form) => form.endsWith(".") && form.length - 1 === j - i);
  return { exponent: scale.exponent, end: withDot && abbreviated ? j + 1 : j };
}

/** A number read with the scale word after it, if any. */
export interface ScaledNumberRead {
  /** The number as read. */
  read: NumberRead;
  /** The power of ten of the scale word, 0 without one. */
  exponent: number;
  /** Where reading stopped: after the scale word, or after the spaces that follow the number. */
  end: number;
}

/**
 * Reads a number at `start` and the scale word after it (`1,2 mln.`): the one sequence that
 * `parseNumber` and `parseQuantity` share. A number that cannot be read is returned as the
 * reader's failure, for the caller to throw with its own input.
 */
export function readScaledNumber(text: string, start: number, dot: DotReading): ScaledNumberRead | NumberFailure {
  const read = readNumber(text, start, dot);
  if (!read.ok) return read;
  let end = read.end;
  while (end < text.length && isNumberHorizontalSpace(text.charCodeAt(end))) end++;
  const scale = readScale(text, end);
  return scale === undefined ? { read, exponent: 0, end } : { read, exponent: scale.exponent, end: scale.end };
}
