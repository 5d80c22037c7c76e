import { foldText } from "./fold";

/**
 * A word that says a figure is a change against another (`717 … mažiau nei 2022 metais`,
 * `lankytojų padaugėjo 153`): `less` or `more`.
 *
 * @example
 * ```ts
 * import { COMPARISON_WORDS, type ComparisonWord } from "bibliotekos/lexicon";
 * const fewer: ComparisonWord | undefined = COMPARISON_WORDS.find((w) => w.word === "mažiau");
 * fewer?.direction;
 * //=> "less"
 * ```
 */
export interface ComparisonWord {
  /** The word as written. */
  word: string;
  /** Which way the change goes. */
  direction: "less" | "more";
}

/**
 * The words that make a number of a report's narrative a year-on-year difference rather than a
 * total: `mažiau`, `daugiau`, `sumažėjo`, `padidėjo`, `padaugėjo`.
 *
 * @example
 * ```ts
 * import { COMPARISON_WORDS } from "bibliotekos/lexicon";
 * COMPARISON_WORDS.filter((w) => w.direction === "more").map((w) => w.word);
 * //=> ["daugiau", "padidėjo", "padaugėjo"]
 * ```
 */
export const COMPARISON_WORDS: readonly ComparisonWord[] = [
  { word: "mažiau", direction: "less" },
  { word: "daugiau", direction: "more" },
  { word: "sumažėjo", direction: "less" },
  { word: "padidėjo", direction: "more" },
  { word: "padaugėjo", direction: "more" },
];

const FOLDED: ReadonlyMap<string, ComparisonWord> = new Map(COMPARISON_WORDS.map((w) => [foldText(w.word), w]));

/**
 * The comparison word of {@link COMPARISON_WORDS} that a text has as a whole word (in any case,
 * with or without diacritics), or `undefined`.
 *
 * @param text - a clause or a phrase.
 * @returns the first such word found.
 *
 * @example
 * ```ts
 * import { findComparisonWord } from "bibliotekos/lexicon";
 * findComparisonWord("įsigijo 717 fiz. vnt. dokumentų mažiau nei 2022 metais")?.direction;
 * //=> "less"
 * findComparisonWord("įsigijo 717 fiz. vnt. dokumentų");
 * //=> undefined
 * ```
 */
export function findComparisonWord(text: string): ComparisonWord | undefined {
  if (typeof text !== "string") return undefined;
  for (const word of foldText(text).split(/\P{L}+/u)) {
    const found = FOLDED.get(word);
    if (found !== undefined) return found;
  }
  return undefined;
}
