import { squeezeSpaces } from "../../lexicon/characters";
import { foldText } from "../../lexicon/fold";
import { LIBRARY_NAME_HEADS } from "../../lexicon/libraryNames";
import type { GrammaticalCase } from "../../lexicon/months";
import type { NameKind, NameMatch } from "../NameMatch";
import type { ReferenceEntry } from "../ReferenceEntry";

const QUOTES = /[„“”"«»]/g;

/** A name as a key with diacritics, case, quotes and spacing ignored. */
export function foldedKey(text: string): string {
  return squeezeSpaces(foldText(text).replace(QUOTES, "")).trim();
}

/** A name as a key with case, quotes and spacing ignored, diacritics kept (`viešąja` is not `viešąją`). */
function exactKey(text: string): string {
  return squeezeSpaces(text.normalize("NFC").toLowerCase().replace(QUOTES, "")).trim();
}

/** A table's names by both keys; the first name to claim a key keeps it. */
export interface NameIndex {
  /** The table's length when the index was built: a table that grew or shrank is re-indexed. */
  readonly size: number;
  readonly exact: Map<string, NameMatch>;
  readonly folded: Map<string, NameMatch>;
}

// The cases a head is declined in after the nominative. Folded, the instrumental and the
// accusative are one spelling (`viesaja`): the instrumental, which partner lists write, goes first.
const CASES: readonly GrammaticalCase[] = ["genitive", "instrumental", "dative", "locative", "accusative"];

const HEADS = LIBRARY_NAME_HEADS.map((head) => ({ head, nominative: foldText(head.forms.nominative) }));

interface Listed {
  name: string;
  kind: NameKind;
}

function listedNames(entry: ReferenceEntry): Listed[] {
  const short = (entry as { shortNameLt?: unknown }).shortNameLt;
  const others = (entry as { otherNames?: readonly { name: string; kind: NameKind }[] }).otherNames ?? [];
  const kindOf = new Map(others.map((other) => [foldedKey(other.name), other.kind]));
  return [
    { name: entry.nameLt, kind: "official" },
    { name: entry.nameEn, kind: "english" },
    ...(typeof short === "string" ? [{ name: short, kind: "short" as const }] : []),
    ...(entry.aliases ?? []).map((alias) => ({ name: alias, kind: kindOf.get(foldedKey(alias)) ?? ("variant" as const) })),
  ];
}

/** The name's declined forms and its abbreviation, from the first head that ends it. */
function caseForms(name: string): { form: string; case: GrammaticalCase | "abbreviation" }[] {
  const folded = foldText(name);
  for (const { head, nominative } of HEADS) {
    const at = folded.length - nominative.length;
    if (at < 0 || !folded.endsWith(nominative) || (at > 0 && folded[at - 1] !== " ")) continue;
    const stem = name.slice(0, at);
    const forms: { form: string; case: GrammaticalCase | "abbreviation" }[] = CASES.map((grammaticalCase) => ({
      form: stem + head.forms[grammaticalCase],
      case: grammaticalCase,
    }));
    if (head.abbreviation !== undefined && at > 0) forms.push({ form: stem + head.abbreviation, case: "abbreviation" });
    return forms;
  }
  return [];
}

function claim(index: NameIndex, form: string, match: NameMatch): void {
  const exact = exactKey(form);
  const folded = foldedKey(form);
  if (exact !== "" && !index.exact.has(exact)) index.exact.set(exact, match);
  if (folded !== "" && !index.folded.has(folded)) index.folded.set(folded, match);
}

/**
 * Indexes a table's names: first every entry's names as listed (the nominative: what a look-up
 * found before names were declined), then their case forms, which never take a key a listed
 * name holds.
 */
export function buildNameIndex(table: readonly ReferenceEntry[]): NameIndex {
  const index: NameIndex = { size: table.length, exact: new Map(), folded: new Map() };
  const listed = table.map((entry) => ({ entry, names: listedNames(entry) }));
  for (const { entry, names } of listed) {
    for (const { name, kind } of names) claim(index, name, { entry, matched: { name, kind, case: "nominative" } });
  }
  for (const { entry, names } of listed) {
    for (const { name, kind } of names) {
      if (kind === "english") continue;
      for (const form of caseForms(name)) claim(index, form.form, { entry, matched: { name, kind, case: form.case } });
    }
  }
  return index;
}

/** The match for a name: written with its diacritics first, then folded. */
export function lookUpName(index: NameIndex, name: string): NameMatch | undefined {
  return index.exact.get(exactKey(name)) ?? index.folded.get(foldedKey(name));
}
