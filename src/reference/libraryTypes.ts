import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A kind of library or service unit of the public library network (DOMAIN.md §5).
 *
 * @example
 * ```ts
 * import { findById, LIBRARY_TYPES, type LibraryType } from "bibliotekos/reference";
 * const type: LibraryType | undefined = findById(LIBRARY_TYPES, "rural_branch");
 * type?.nameLt;
 * //=> "kaimo filialas"
 * ```
 */
export interface LibraryType extends ReferenceEntry {
  /** True for units without legal-person status (branches, service points, mobile libraries). */
  readonly structuralUnit: boolean;
  /**
   * For the types added from REFERENCE-CHECK.md: `"unconfirmed"` while the type's name is seen in
   * use but not read in a published list of library types. Absent on the types of DOMAIN.md §5.
   */
  readonly status?: "confirmed" | "unconfirmed";
  /** Where the type (or its name) was seen, for the entries that carry a `status`. */
  readonly source?: string;
}

/**
 * The library types: national, county public, municipal public; branches (city, rural); service
 * points (regular: at set hours in set premises; on demand: items brought when residents ask);
 * reader service points; mobile libraries. The 2023 Ignalina report shows both kinds of service
 * point. The reader service point and the name „mobilioji biblioteka“ come from REFERENCE-CHECK.md
 * (2026-12: in use, not in the reference) and are `status: "unconfirmed"`.
 *
 * @example
 * ```ts
 * import { LIBRARY_TYPES } from "bibliotekos/reference";
 * LIBRARY_TYPES.map((t) => t.id);
 * //=> ["national", "county_public", "municipal_public", "city_branch", "rural_branch", "service_point_regular", "service_point_on_demand", "reader_service_point", "mobile_library"]
 * ```
 */
export const LIBRARY_TYPES: readonly LibraryType[] = [
  { id: "national", nameLt: "nacionalinė biblioteka", nameEn: "national library", structuralUnit: false },
  {
    id: "county_public",
    nameLt: "apskrities viešoji biblioteka",
    nameEn: "county public library",
    structuralUnit: false,
    aliases: ["AVB"],
  },
  {
    id: "municipal_public",
    nameLt: "savivaldybės viešoji biblioteka",
    nameEn: "municipal public library",
    structuralUnit: false,
    aliases: ["SVB", "centrinė biblioteka"],
  },
  { id: "city_branch", nameLt: "miesto filialas", nameEn: "city (town) branch", structuralUnit: true },
  { id: "rural_branch", nameLt: "kaimo filialas", nameEn: "rural branch", structuralUnit: true },
  {
    id: "service_point_regular",
    nameLt: "bibliotekinio aptarnavimo punktas (veikiantis reguliariai)",
    nameEn: "service point (regular hours)",
    structuralUnit: true,
    aliases: ["paslaugų punktas", "bibliotekinio aptarnavimo punktas"],
  },
  {
    id: "service_point_on_demand",
    nameLt: "bibliotekinio aptarnavimo punktas (veikiantis pagal gyventojų pageidavimus)",
    nameEn: "service point (on demand)",
    structuralUnit: true,
  },
  {
    id: "reader_service_point",
    nameLt: "skaitytojų aptarnavimo punktas",
    nameEn: "reader service point",
    structuralUnit: true,
    status: "unconfirmed",
    source: "REFERENCE-CHECK.md (2026-12): a library type in use that the reference lacked; not read in a published list",
  },
  {
    id: "mobile_library",
    nameLt: "mobili biblioteka",
    nameEn: "mobile library",
    structuralUnit: true,
    aliases: ["mobilioji biblioteka"],
    status: "unconfirmed",
    source: 'DOMAIN.md §5 ("mobili biblioteka"); REFERENCE-CHECK.md (2026-12): "mobilioji biblioteka" in use; not read in a published list',
  },
];
