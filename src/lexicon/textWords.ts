/**
 * The words a dated chronicle heading is read by (`bibliotekos/texts` `readChronicle`): the date
 * words it ends with (`2022 m. vasario 15 d.`, `2022 metai`, `2023 m. II ketv.`; `d.`, `m.` and
 * `mėn.` also without their period, as headings drop it) and the abbreviations whose period does
 * not break it into sentences (`2022 M. VASARIO 1 D.`, `sav.`). As written; the reader folds them.
 * Every one but `sav.` (savaitė) is a word of `DATE_WORDS`.
 *
 * @example
 * ```ts
 * import { HEADING_WORDS } from "bibliotekos/lexicon";
 * HEADING_WORDS.ends.slice(0, 4);
 * //=> ["d.", "d", "mėn.", "mėn"]
 * ```
 */
export const HEADING_WORDS = {
  /** The words a heading ends with. */
  ends: ["d.", "d", "mėn.", "mėn", "m.", "m", "metai", "metų", "diena", "dienos", "ketv.", "ketvirtis", "pusmetis", "a."],
  /** The abbreviations whose period does not end a sentence in a heading. */
  abbreviations: ["m.", "d.", "mėn.", "a.", "ketv.", "pusm.", "sav."],
} as const;

/**
 * The words `readAgreements` (`bibliotekos/texts`) reads an agreement by, beyond the chronicle's
 * (`CHRONICLE_WORDS`): the stem that names the project it is signed for (`projekto „…“`, folded),
 * the word its record's `note` gives an agreement without an end date, and the words every public
 * library's name has (`… viešoji biblioteka`), which do not tell which library a partner is.
 *
 * @example
 * ```ts
 * import { AGREEMENT_WORDS } from "bibliotekos/lexicon";
 * AGREEMENT_WORDS.noEndDate;
 * //=> { word: "neterminuota", meaning: "no end date" }
 * ```
 */
export const AGREEMENT_WORDS = {
  /** The stem of the project word (`projektas`, `projekto`), folded. */
  project: "projekt",
  /** An agreement without an end date: the word and its English gloss, as the record's note writes them. */
  noEndDate: {
    /** The word. */
    word: "neterminuota",
    /** What it means, in English. */
    meaning: "no end date",
  },
  /** The words of every public library's name. */
  libraryNameWords: ["viešoji", "biblioteka"],
  /** What a report calls its own library (`toliau – Biblioteka`): the default name of the library's party. */
  ownLibrary: "Biblioteka",
} as const;
