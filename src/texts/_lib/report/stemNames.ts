/** A reference entry named inside running text in any case form (`savivaldybės biudžeto lėšų`, `darbo užmokesčiui`), word by word by stem. */
import type { ReferenceEntry } from "../../../reference/ReferenceEntry";
import { folded } from "./labels";

/** An entry's names as folded words, longest name first. */
export interface StemNames<T extends ReferenceEntry> {
  readonly names: ReadonlyArray<{ entry: T; words: readonly string[] }>;
}

/** The names (`nameLt` and `aliases`) of a table's entries, ready for {@link findStemName}. */
export function stemNamesOf<T extends ReferenceEntry>(table: readonly T[]): StemNames<T> {
  const names = table.flatMap((entry) =>
    [entry.nameLt, ...(entry.aliases ?? [])].map((name) => ({ entry, words: wordsOf(name) })).filter((n) => n.words.length > 0),
  );
  names.sort((a, b) => b.words.length - a.words.length);
  return { names };
}

/** The folded words of a text, its punctuation aside (`(specialiųjų` → `specialiuju`). */
export function wordsOf(text: string): string[] {
  return folded(text)
    .split(" ")
    .map(trimmed)
    .filter((w) => w !== "");
}

const KEPT = /[\p{L}\p{N}%]/u;

/** A word without the punctuation around it (a loop: linear). */
function trimmed(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !KEPT.test(word[start] as string)) start++;
  while (end > start && !KEPT.test(word[end - 1] as string)) end--;
  return word.slice(start, end);
}

/**
 * Whether a word of the text is a form of a word of a name: equal when short (`ir`, `%`), else
 * sharing all but the last three letters of the name's word, and at least three
 * (`lesu` ~ `lesos`, `uzmokesciui` ~ `uzmokestis`, `imokoms` ~ `imokos`).
 */
function sameWord(text: string, name: string): boolean {
  if (name.length <= 3 || text.length <= 3) return text === name;
  const need = Math.max(3, name.length - 3);
  if (text.length < need) return false;
  for (let i = 0; i < need; i++) if (text[i] !== name[i]) return false;
  return true;
}

/**
 * The entry whose name the words contain, the longest name first, with where its words start
 * and end; undefined if none. Linear in the words for a table of fixed size.
 */
export function findStemName<T extends ReferenceEntry>(
  words: readonly string[],
  table: StemNames<T>,
): { entry: T; start: number; end: number } | undefined {
  for (const { entry, words: name } of table.names) {
    for (let start = 0; start + name.length <= words.length; start++) {
      if (name.every((word, k) => sameWord(words[start + k] as string, word))) return { entry, start, end: start + name.length };
    }
  }
  return undefined;
}
