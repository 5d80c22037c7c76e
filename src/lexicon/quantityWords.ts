/**
 * The words by which `findQuantities` tells a duration from a time of day (`3 val. trukmės`,
 * `skirtos 152 valandos` against `prasidės 17 val.`, `nuo 9 iki 18 val.`): see docs/numbers.md.
 *
 * @example
 * ```ts
 * import { HOUR_WORDS } from "bibliotekos/lexicon";
 * HOUR_WORDS.durationAfter.includes("trukmės");
 * //=> true
 * ```
 */
export const HOUR_WORDS: {
  /** Spellings of the hours unit that also name an hour of the clock (`17 val.`, `13.30 valandą`). */
  readonly clockForms: readonly string[];
  /** Words before the number that make it a duration (`skirtos 152 valandos`, `truko 3 val.`). */
  readonly durationBefore: readonly string[];
  /** Words after the unit that make it a duration (`3 val. trukmės`, `6 val. per dieną`). */
  readonly durationAfter: readonly string[];
  /** Words before the number that make it an hour of the clock whatever the unit's form (`nuo 10 valandos`). */
  readonly clockBefore: readonly string[];
} = {
  clockForms: ["val.", "val", "h", "valandą"],
  durationBefore: [
    "skirta",
    "skirtos",
    "skirti",
    "skirtą",
    "skirtų",
    "truko",
    "trunka",
    "truks",
    "užtruko",
    "užtrunka",
    "trukmė",
    "trukmės",
    "sugaišo",
    "sugaišome",
    "sugaišta",
    "per",
    "viso",
    "vidutiniškai",
  ],
  durationAfter: ["trukmės", "trukmę", "trukmė", "per", "kas", "ilgio", "darbo"],
  clockBefore: ["nuo", "iki", "po", "apie", "pradžia", "pradžios"],
};

/**
 * The words of a figure reference (`žr. 3 pav.`, a caption `2 pav. Lankytojų skaičius`): `pav.`
 * there is *paveikslas* (figure), not *pavadinimai* (titles).
 *
 * @example
 * ```ts
 * import { FIGURE_WORDS } from "bibliotekos/lexicon";
 * FIGURE_WORDS.see;
 * //=> ["žr.", "žiūrėti", "žiūrėkite"]
 * ```
 */
export const FIGURE_WORDS: {
  /** Words that point to a figure (`žr.`). */
  readonly see: readonly string[];
  /** The abbreviation shared by figures and titles. */
  readonly figure: string;
} = {
  see: ["žr.", "žiūrėti", "žiūrėkite"],
  figure: "pav.",
};

/**
 * Stems of the words that say a bare `m` after a number is metres (`lentynų ilgis 1,5 m`), not
 * the year's `m.`: lengths, heights, widths, areas and shelves, folded.
 *
 * @example
 * ```ts
 * import { LENGTH_STEMS } from "bibliotekos/lexicon";
 * LENGTH_STEMS.includes("ilg");
 * //=> true
 * ```
 */
export const LENGTH_STEMS: readonly string[] = [
  "ilg",
  "aukst",
  "plot",
  "ploc",
  "gyl",
  "atstum",
  "lentyn",
  "metr",
  "ekspozic",
  "stend",
  "sien",
];

/**
 * Names written with digits glued to letters that `findQuantities` must not read as a number and
 * its unit: the news portal `15min` (`15min nuotr.`, `15min.lt`, `Gvildys 15min pasakojo`) is not
 * 15 minutes. A listed name counts where it stands whole (no letter or digit after it), except
 * before a sentence's full stop (`truko 15min.`), which stays a unit's abbreviation; a spaced
 * `15 min` is always minutes. Lower case, as `foldForSearch` writes them.
 *
 * @example
 * ```ts
 * import { NAMES_WITH_DIGITS } from "bibliotekos/lexicon";
 * NAMES_WITH_DIGITS.includes("15min");
 * //=> true
 * ```
 */
export const NAMES_WITH_DIGITS: readonly string[] = ["15min"];
