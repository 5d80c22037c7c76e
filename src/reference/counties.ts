import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A county (apskritis): one of the 10 counties of Lithuania, with its ISO 3166-2:LT code.
 * Counties have had no administration since 2010 but remain statistical and library regions.
 *
 * @example
 * ```ts
 * import { COUNTIES, type County } from "bibliotekos/reference";
 * const first: County | undefined = COUNTIES[0];
 * first?.code;
 * //=> "LT-AL"
 * ```
 */
export interface County extends ReferenceEntry {
  /** ISO 3166-2:LT code (`"LT-UT"`). */
  readonly code: string;
}

/**
 * The 10 counties of Lithuania, in the order of their ISO 3166-2:LT codes' names (DOMAIN.md §5,
 * source: the ISO 3166-2:LT table).
 *
 * @example
 * ```ts
 * import { COUNTIES } from "bibliotekos/reference";
 * [COUNTIES.length, COUNTIES.map((c) => c.code).includes("LT-UT")];
 * //=> [10, true]
 * ```
 */
export const COUNTIES: readonly County[] = [
  { id: "alytus", nameLt: "Alytaus apskritis", nameEn: "Alytus County", code: "LT-AL" },
  { id: "kaunas", nameLt: "Kauno apskritis", nameEn: "Kaunas County", code: "LT-KU" },
  { id: "klaipeda", nameLt: "Klaipėdos apskritis", nameEn: "Klaipėda County", code: "LT-KL" },
  { id: "marijampole", nameLt: "Marijampolės apskritis", nameEn: "Marijampolė County", code: "LT-MR" },
  { id: "panevezys", nameLt: "Panevėžio apskritis", nameEn: "Panevėžys County", code: "LT-PN" },
  { id: "siauliai", nameLt: "Šiaulių apskritis", nameEn: "Šiauliai County", code: "LT-SA" },
  { id: "taurage", nameLt: "Tauragės apskritis", nameEn: "Tauragė County", code: "LT-TA" },
  { id: "telsiai", nameLt: "Telšių apskritis", nameEn: "Telšiai County", code: "LT-TE" },
  { id: "utena", nameLt: "Utenos apskritis", nameEn: "Utena County", code: "LT-UT" },
  { id: "vilnius", nameLt: "Vilniaus apskritis", nameEn: "Vilnius County", code: "LT-VL" },
];
