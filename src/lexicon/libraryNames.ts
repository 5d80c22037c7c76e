import type { GrammaticalCase } from "./months";

/**
 * The last words of a library's name (its head: `viešoji biblioteka`) in every case texts write
 * them, and the abbreviation that stands for them undeclined (`VB`). The words before the head
 * are genitives (`Kelmės rajono savivaldybės Žemaitės`) and do not change with the case.
 *
 * @example
 * ```ts
 * import { LIBRARY_NAME_HEADS, type LibraryNameHead } from "bibliotekos/lexicon";
 * const head: LibraryNameHead | undefined = LIBRARY_NAME_HEADS[0];
 * [head?.forms.instrumental, head?.abbreviation];
 * //=> ["viešąja biblioteka", "VB"]
 * ```
 */
export interface LibraryNameHead {
  /** The head in each case, singular, lower case. */
  readonly forms: Readonly<Record<GrammaticalCase, string>>;
  /** The abbreviation written for the head in every case, where there is one. */
  readonly abbreviation?: string;
}

/**
 * The heads of library names, longest first: a name's head is the first row whose nominative
 * ends the name. `viešoji biblioteka` (municipal and county public libraries), `centrinė
 * biblioteka` (Vilnius), `audiosensorinė biblioteka`, and plain `biblioteka` for every other
 * name (the national library: `Lietuvos nacionalinė Martyno Mažvydo biblioteka`). Note that
 * folded, the accusative `viešąją` and the instrumental `viešąja` are one spelling.
 *
 * @example
 * ```ts
 * import { LIBRARY_NAME_HEADS } from "bibliotekos/lexicon";
 * LIBRARY_NAME_HEADS.map((head) => head.forms.nominative);
 * //=> ["viešoji biblioteka", "centrinė biblioteka", "audiosensorinė biblioteka", "biblioteka"]
 * LIBRARY_NAME_HEADS[0]?.forms.genitive;
 * //=> "viešosios bibliotekos"
 * ```
 */
export const LIBRARY_NAME_HEADS: readonly LibraryNameHead[] = [
  {
    forms: {
      nominative: "viešoji biblioteka",
      genitive: "viešosios bibliotekos",
      dative: "viešajai bibliotekai",
      accusative: "viešąją biblioteką",
      instrumental: "viešąja biblioteka",
      locative: "viešojoje bibliotekoje",
    },
    abbreviation: "VB",
  },
  {
    forms: {
      nominative: "centrinė biblioteka",
      genitive: "centrinės bibliotekos",
      dative: "centrinei bibliotekai",
      accusative: "centrinę biblioteką",
      instrumental: "centrine biblioteka",
      locative: "centrinėje bibliotekoje",
    },
  },
  {
    forms: {
      nominative: "audiosensorinė biblioteka",
      genitive: "audiosensorinės bibliotekos",
      dative: "audiosensorinei bibliotekai",
      accusative: "audiosensorinę biblioteką",
      instrumental: "audiosensorine biblioteka",
      locative: "audiosensorinėje bibliotekoje",
    },
  },
  {
    forms: {
      nominative: "biblioteka",
      genitive: "bibliotekos",
      dative: "bibliotekai",
      accusative: "biblioteką",
      instrumental: "biblioteka",
      locative: "bibliotekoje",
    },
  },
];
