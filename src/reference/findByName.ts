import { CHARACTER_CLASSES } from "../lexicon/characters";
import { foldText } from "../lexicon/fold";
import type { ReferenceEntry } from "./ReferenceEntry";

// The lexicon's one table of spaces (SPACES).
const SPACES = new RegExp(`${CHARACTER_CLASSES.space}+`, "g");
const QUOTES = /[„“”"«»]/g;

function key(text: string): string {
  return foldText(text).replace(QUOTES, "").replace(SPACES, " ").trim();
}

interface NameIndex {
  /** The table's length when the index was built: a table that grew or shrank is re-indexed. */
  size: number;
  byKey: Map<string, ReferenceEntry>;
}

// Name indexes of the tables seen, built on first look-up. Reference tables are treated as
// immutable data; a table whose length changed is indexed again.
const indexes = new WeakMap<readonly ReferenceEntry[], NameIndex>();

function indexOf(table: readonly ReferenceEntry[]): Map<string, ReferenceEntry> {
  const known = indexes.get(table);
  if (known !== undefined && known.size === table.length) return known.byKey;
  const byKey = new Map<string, ReferenceEntry>();
  for (const entry of table) {
    const short = (entry as { shortNameLt?: unknown }).shortNameLt;
    const names = [entry.nameLt, entry.nameEn, ...(typeof short === "string" ? [short] : []), ...(entry.aliases ?? [])];
    for (const name of names) {
      const k = key(name);
      if (k !== "" && !byKey.has(k)) byKey.set(k, entry);
    }
  }
  indexes.set(table, { size: table.length, byKey });
  return byKey;
}

/**
 * The entry of a reference table with this id, or `undefined`. Ids are exact (they are ASCII and
 * lower case already).
 *
 * @param table - a reference table (`COUNTIES`, `MUNICIPALITIES`, `PUBLIC_LIBRARIES`, …).
 * @param id - the entry's `id`.
 * @returns the entry, or `undefined` if the table has no such id.
 *
 * @example
 * ```ts
 * import { findById, MUNICIPALITIES } from "bibliotekos/reference";
 * findById(MUNICIPALITIES, "ignalina_district")?.code;
 * //=> "LT-09"
 * findById(MUNICIPALITIES, "atlantis");
 * //=> undefined
 * ```
 */
export function findById<T extends ReferenceEntry>(table: readonly T[], id: string): T | undefined {
  return table.find((entry) => entry.id === id);
}

/**
 * The entry of a reference table whose Lithuanian name, English name or one of its `aliases`
 * (or, for municipalities, short name) matches `name` with diacritics, case, quotes and spacing
 * ignored: `"IGNALINOS RAJONO SAVIVALDYBE"` finds `Ignalinos rajono savivaldybė`.
 *
 * @param table - a reference table.
 * @param name - a name as written anywhere.
 * @returns the first matching entry, or `undefined`.
 *
 * @example
 * ```ts
 * import { findByName, MUNICIPALITIES, PUBLIC_LIBRARIES } from "bibliotekos/reference";
 * findByName(MUNICIPALITIES, "IGNALINOS RAJONO SAVIVALDYBE")?.id;
 * //=> "ignalina_district"
 * findByName(MUNICIPALITIES, "Ignalinos r.")?.id;
 * //=> "ignalina_district"
 * findByName(PUBLIC_LIBRARIES, "panevezio apskrities gabrieles petkevicaites-bites viesoji biblioteka")?.id;
 * //=> "panevezys_county_library"
 * ```
 */
export function findByName<T extends ReferenceEntry>(table: readonly T[], name: string): T | undefined {
  const wanted = key(name);
  if (wanted === "") return undefined;
  return indexOf(table).get(wanted) as T | undefined;
}

/**
 * The entry of a reference table with this official code, compared without case and spacing
 * (`"lt-09"` finds `LT-09`). Economic classification codes have their own look-up that also
 * reads the Ministry's two-digit variant: {@link lookupEconomicClassification}.
 *
 * @param table - a reference table.
 * @param code - an official code.
 * @returns the entry, or `undefined`.
 *
 * @example
 * ```ts
 * import { findByCode, COUNTIES, MUNICIPALITIES } from "bibliotekos/reference";
 * findByCode(MUNICIPALITIES, "lt-09")?.nameLt;
 * //=> "Ignalinos rajono savivaldybė"
 * findByCode(COUNTIES, "LT-PN")?.nameEn;
 * //=> "Panevėžys County"
 * ```
 */
export function findByCode<T extends ReferenceEntry>(table: readonly T[], code: string): T | undefined {
  const wanted = code.replace(SPACES, "").toUpperCase();
  return table.find((entry) => entry.code !== undefined && entry.code.toUpperCase() === wanted);
}
