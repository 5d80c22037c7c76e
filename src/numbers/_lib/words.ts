// The words around a number in running text: the word that starts at a position and the word just
// before one, within a line (letters only; a trailing period is left to the caller).
import { isLetter, isNumberHorizontalSpace } from "./chars";

/** Where the letters from `i` end (`i` itself when no letter stands there). */
export function lettersEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isLetter(text.charCodeAt(j))) j++;
  return j;
}

/** The word (letters) that ends just before `i`, skipping horizontal spaces and one period: `žr. ` → `žr`. */
export function wordBefore(folded: string, i: number): string {
  let j = i;
  while (j > 0 && isNumberHorizontalSpace(folded.charCodeAt(j - 1))) j--;
  if (folded[j - 1] === ".") j--;
  let k = j;
  while (k > 0 && isLetter(folded.charCodeAt(k - 1))) k--;
  return folded.slice(k, j);
}

/** The word that starts at `i` after horizontal spaces, or "". */
export function wordAfter(folded: string, i: number): string {
  let j = i;
  while (j < folded.length && isNumberHorizontalSpace(folded.charCodeAt(j))) j++;
  return folded.slice(j, lettersEnd(folded, j));
}
