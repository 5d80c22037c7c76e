import type { GrammaticalCase } from "./months";

/**
 * One case ending of Lithuanian nouns and adjectives: the case, the number, and the declensions
 * (linksniuotės, I–V written 1–5) that write it.
 *
 * @example
 * ```ts
 * import { CASE_ENDINGS, type CaseEnding } from "bibliotekos/lexicon";
 * const ending: CaseEnding | undefined = CASE_ENDINGS.find((e) => e.ending === "aus");
 * [ending?.case, ending?.number, ending?.declensions];
 * //=> ["genitive", "singular", [4]]
 * ```
 */
export interface CaseEnding {
  /** The ending, lower case (`os`, `omis`). */
  readonly ending: string;
  /** The case it marks. */
  readonly case: GrammaticalCase;
  /** Singular or plural. */
  readonly number: "singular" | "plural";
  /** The declensions that write it (1–5). */
  readonly declensions: readonly number[];
}

/**
 * The case endings the texts readers tell names by: the genitive, which a name's modifiers
 * stand in (`Panevėžio`, `Lietuvos`, `Marijampolės`, `Mariaus`, `savivaldybių`), and the
 * plural instrumental of a partner list's shared head (`viešosiomis bibliotekomis`). A word
 * ends in one of them when its last letters are one (`ijos` ends in `os`).
 *
 * @example
 * ```ts
 * import { CASE_ENDINGS } from "bibliotekos/lexicon";
 * CASE_ENDINGS.filter((e) => e.case === "instrumental").map((e) => e.ending);
 * //=> ["ais", "iais", "omis", "ėmis", "imis", "umis"]
 * ```
 */
export const CASE_ENDINGS: readonly CaseEnding[] = [
  { ending: "o", case: "genitive", number: "singular", declensions: [1] },
  { ending: "io", case: "genitive", number: "singular", declensions: [1] },
  { ending: "os", case: "genitive", number: "singular", declensions: [2] },
  { ending: "ios", case: "genitive", number: "singular", declensions: [2] },
  { ending: "ės", case: "genitive", number: "singular", declensions: [2] },
  { ending: "ies", case: "genitive", number: "singular", declensions: [3] },
  { ending: "aus", case: "genitive", number: "singular", declensions: [4] },
  { ending: "iaus", case: "genitive", number: "singular", declensions: [4] },
  { ending: "ų", case: "genitive", number: "plural", declensions: [1, 2, 3, 4, 5] },
  { ending: "ais", case: "instrumental", number: "plural", declensions: [1] },
  { ending: "iais", case: "instrumental", number: "plural", declensions: [1] },
  { ending: "omis", case: "instrumental", number: "plural", declensions: [2] },
  { ending: "ėmis", case: "instrumental", number: "plural", declensions: [2] },
  { ending: "imis", case: "instrumental", number: "plural", declensions: [3, 5] },
  { ending: "umis", case: "instrumental", number: "plural", declensions: [4] },
];
