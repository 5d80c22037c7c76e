import type { GrammaticalCase } from "../lexicon/months";
import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * Which of an entry's names a look-up matched: `official` (`nameLt`), `english` (`nameEn`),
 * `former`, `short` or `variant` (a library's `otherNames`; a municipality's short name is
 * `short`; any other alias `variant`).
 *
 * @example
 * ```ts
 * import type { NameKind } from "bibliotekos/reference";
 * const kind: NameKind = "former";
 * kind;
 * //=> "former"
 * ```
 */
export type NameKind = "official" | "english" | "former" | "short" | "variant";

/**
 * What {@link findByNameMatch} found: the entry, and the name it matched as the entry lists it
 * (in the nominative), its kind, and the case the text wrote it in: a {@link GrammaticalCase},
 * or `"abbreviation"` when the head was written as its undeclined abbreviation (`… VB`).
 *
 * @example
 * ```ts
 * import { findByNameMatch, PUBLIC_LIBRARIES, type NameMatch } from "bibliotekos/reference";
 * const match: NameMatch | undefined = findByNameMatch(PUBLIC_LIBRARIES, "Skuodo rajono savivaldybės VB");
 * [match?.entry.id, match?.matched.kind, match?.matched.case];
 * //=> ["skuodas_district_library", "former", "abbreviation"]
 * ```
 */
export interface NameMatch<T extends ReferenceEntry = ReferenceEntry> {
  /** The entry found. */
  readonly entry: T;
  /** The name that matched. */
  readonly matched: {
    /** The name as the entry lists it, in the nominative. */
    readonly name: string;
    /** Which of the entry's names it is. */
    readonly kind: NameKind;
    /** The case the name was written in, or `"abbreviation"` for the undeclined `VB` form. */
    readonly case: GrammaticalCase | "abbreviation";
  };
}
