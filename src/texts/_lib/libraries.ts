import { foldText } from "../../lexicon/fold";
import { AGREEMENT_WORDS } from "../../lexicon/textWords";
import { PUBLIC_LIBRARIES, type PublicLibrary } from "../../reference/publicLibraries";

// Words every library name has (their stems): they say nothing about which library it is.
const GENERIC: ReadonlySet<string> = new Set(AGREEMENT_WORDS.libraryNameWords.map((word) => foldText(word).slice(0, 4)));

function stems(name: string): string[] {
  return [...foldText(name).matchAll(/[a-z]{3,}/g)].map((m) => m[0].slice(0, 4)).filter((s) => !GENERIC.has(s));
}

let index: { library: PublicLibrary; stems: Set<string> }[] | undefined;

/**
 * The public library of the network (`PUBLIC_LIBRARIES`) a partner name as written points to:
 * the one library whose name (or an alias) holds every word stem of the partner name, generic
 * words aside (`Pasvalio viešosiomis bibliotekomis` → Pasvalio Mariaus Katiliškio viešoji
 * biblioteka); failing that, the one library whose name holds its first stem. Undefined when
 * none or several match: a name is never guessed.
 */
export function resolveLibrary(name: string): PublicLibrary | undefined {
  index ??= PUBLIC_LIBRARIES.map((library) => ({ library, stems: new Set([library.nameLt, ...(library.aliases ?? [])].flatMap(stems)) }));
  const wanted = stems(name);
  if (wanted.length === 0) return undefined;
  const all = index.filter((entry) => wanted.every((s) => entry.stems.has(s)));
  if (all.length === 1) return all[0]?.library;
  if (all.length > 1) return undefined;
  const first = index.filter((entry) => entry.stems.has(wanted[0] as string));
  return first.length === 1 ? first[0]?.library : undefined;
}
