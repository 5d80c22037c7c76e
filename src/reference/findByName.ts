import { invalidArgument } from "../_lib/arguments";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { CHARACTER_CLASSES } from "../lexicon/characters";
import { buildNameIndex, lookUpName, type NameIndex } from "./_lib/nameIndex";
import type { NameMatch } from "./NameMatch";
import type { ReferenceEntry } from "./ReferenceEntry";

// The lexicon's one table of spaces (SPACES).
const SPACES = new RegExp(`${CHARACTER_CLASSES.space}+`, "g");

// Name indexes of the tables seen, built on first look-up. Reference tables are treated as
// immutable data; a table whose length changed is indexed again.
const indexes = new WeakMap<readonly ReferenceEntry[], NameIndex>();

/** Throws `invalid_argument` unless `table` is an array of entries with a string `id` and `nameLt` (a reference table). */
function assertTable(table: unknown): asserts table is readonly ReferenceEntry[] {
  const isEntry = (entry: unknown) =>
    entry !== null &&
    typeof entry === "object" &&
    typeof (entry as ReferenceEntry).id === "string" &&
    typeof (entry as ReferenceEntry).nameLt === "string";
  if (!Array.isArray(table) || !table.every(isEntry)) {
    throw invalidArgument("the table", "a reference table (COUNTIES, MUNICIPALITIES, PUBLIC_LIBRARIES, …)", table);
  }
}

function indexOf(table: readonly ReferenceEntry[]): NameIndex {
  const known = indexes.get(table);
  if (known !== undefined && known.size === table.length) return known;
  assertTable(table);
  const index = buildNameIndex(table);
  indexes.set(table, index);
  return index;
}

/**
 * The entry of a reference table with this id, or `undefined`. Ids are exact (they are ASCII and
 * lower case already).
 *
 * @param table - a reference table (`COUNTIES`, `MUNICIPALITIES`, `PUBLIC_LIBRARIES`, …).
 * @param id - the entry's `id`.
 * @returns the entry, or `undefined` if the table has no such id.
 * @throws `BibliotekosError` `invalid_argument` if `table` is not a reference table.
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
  assertTable(table);
  return table.find((entry) => entry.id === id);
}

/**
 * The entry of a reference table whose Lithuanian name, English name or one of its `aliases`
 * (or, for municipalities, short name) matches `name` with diacritics, case, quotes and spacing
 * ignored: `"IGNALINOS RAJONO SAVIVALDYBE"` finds `Ignalinos rajono savivaldybė`. A library's
 * names are also found in the cases texts write them (`… viešosios bibliotekos`, `… viešąja
 * biblioteka`) and with `VB` for `viešoji biblioteka`; {@link findByNameMatch} says which name
 * and case matched.
 *
 * @param table - a reference table.
 * @param name - a name as written anywhere.
 * @returns the first matching entry, or `undefined`.
 * @throws `BibliotekosError` `invalid_argument` if `table` is not a reference table.
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
 * findByName(PUBLIC_LIBRARIES, "Kelmės rajono savivaldybės viešąja biblioteka")?.nameLt;
 * //=> "Kelmės rajono savivaldybės Žemaitės viešoji biblioteka"
 * ```
 */
export function findByName<T extends ReferenceEntry>(table: readonly T[], name: string): T | undefined {
  return findByNameMatch(table, name)?.entry;
}

/**
 * Like {@link findByName}, and says which of the entry's names matched: the name as listed, its
 * kind (`official`, `english`, `former`, `short`, `variant`) and the case it was written in. A
 * name written with its diacritics tells the instrumental `viešąja` from the accusative
 * `viešąją`; written without them, it reads as the instrumental. Linear in the name's length.
 *
 * @param table - a reference table.
 * @param name - a name as written anywhere, in any case.
 * @returns the entry and the name it matched, or `undefined`.
 * @throws `BibliotekosError` `invalid_argument` if `table` is not a reference table.
 *
 * @example
 * ```ts
 * import { findByNameMatch, PUBLIC_LIBRARIES } from "bibliotekos/reference";
 * const match = findByNameMatch(PUBLIC_LIBRARIES, "Raseinių rajono savivaldybės viešąja biblioteka");
 * [match?.entry.id, match?.matched.name, match?.matched.kind, match?.matched.case];
 * //=> ["raseiniai_district_library", "Raseinių rajono savivaldybės viešoji biblioteka", "former", "instrumental"]
 * findByNameMatch(PUBLIC_LIBRARIES, "Rokiškio Juozo Keliuočio viešosios bibliotekos")?.matched.case;
 * //=> "genitive"
 * findByNameMatch(PUBLIC_LIBRARIES, "Alytus Jurgis Kunčinas Public Library")?.matched.kind;
 * //=> "english"
 * ```
 */
export function findByNameMatch<T extends ReferenceEntry>(table: readonly T[], name: string): NameMatch<T> | undefined {
  const index = indexOf(table);
  return typeof name === "string" ? (lookUpName(index, name) as NameMatch<T> | undefined) : undefined;
}

/**
 * The entry of a reference table with this official code, compared without case and spacing
 * (`"lt-09"` finds `LT-09`). Economic classification codes have their own look-up that also
 * reads the Ministry's two-digit variant: {@link lookupEconomicClassification}.
 *
 * @param table - a reference table.
 * @param code - an official code.
 * @returns the entry, or `undefined`.
 * @throws `BibliotekosError` `invalid_argument` if `table` is not a reference table.
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
  assertTable(table);
  if (typeof code !== "string") return undefined;
  const wanted = code.replace(SPACES, "").toUpperCase();
  return table.find((entry) => entry.code !== undefined && entry.code.toUpperCase() === wanted);
}
