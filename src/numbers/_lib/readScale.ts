// Reads a scale word (tūkst., mln., mlrd., or written out) at a position of a text.
import { lookupScaleWord } from "../../lexicon/units";
import { isLetter } from "./chars";

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
