/**
 * The words Word names its heading styles with, followed by the level: the built-in name, which
 * `styles.xml` stores in English whatever the language of Word (`heading 1`), and the name a
 * Lithuanian Word shows (`Antraštė 1`; its style id is that name without its non-ASCII letters,
 * `Antrat1`). `bibliotekos/docx` knows a heading by them when a style says no outline level.
 *
 * @example
 * ```ts
 * import { HEADING_STYLE_WORDS } from "bibliotekos/lexicon";
 * HEADING_STYLE_WORDS.map((word) => `${word} 1`);
 * //=> ["heading 1", "antraštė 1"]
 * ```
 */
export const HEADING_STYLE_WORDS: readonly string[] = ["heading", "antraštė"];
