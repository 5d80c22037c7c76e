import { CHARACTER_CLASSES, isSpaceCharacter } from "../../lexicon/characters";

/**
 * A run of spaces of the lexicon's table (`SPACES`, line breaks included), for `split` and
 * `replace`. Global: never use it with `test` or `exec`.
 */
export const SPACE_RUN = new RegExp(`${CHARACTER_CLASSES.space}+`, "g");

/** Whether the character at `i` is a space of the lexicon's table. */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCharacter(text.charCodeAt(i));
}

/** The text with every run of spaces written as one `" "`. */
export function squeezeSpaces(text: string): string {
  return text.replace(SPACE_RUN, " ");
}

/** The text without the spaces at its ends (the lexicon's spaces: `trim` does not know U+200B). */
export function trimSpaces(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceAt(text, a)) a++;
  while (b > a && isSpaceAt(text, b - 1)) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}
