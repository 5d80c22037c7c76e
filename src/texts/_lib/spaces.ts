import { CHARACTER_CLASSES, isSpaceCharacter } from "../../lexicon/characters";

export { squeezeSpaces, trimSpaces } from "../../lexicon/characters";

/**
 * A run of spaces of the lexicon's table (`SPACES`, line breaks included), for `split` and
 * `replace`. Global: never use it with `test` or `exec`.
 */
export const SPACE_RUN = new RegExp(`${CHARACTER_CLASSES.space}+`, "g");

/** Whether the character at `i` is a space of the lexicon's table. */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCharacter(text.charCodeAt(i));
}
