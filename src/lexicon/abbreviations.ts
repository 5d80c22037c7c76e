/**
 * One abbreviation of Lithuanian text written with a period, and what it stands for.
 *
 * @example
 * ```ts
 * import { ABBREVIATIONS, type Abbreviation } from "bibliotekos/lexicon";
 * const number: Abbreviation | undefined = ABBREVIATIONS.find((a) => a.meaning === "numeris");
 * number?.written;
 * //=> "Nr."
 * ```
 */
export interface Abbreviation {
  /** As written, with its period(s): `Nr.`, `t. y.`. */
  readonly written: string;
  /** What it stands for (`numeris`, `tai yra`). */
  readonly meaning: string;
}

/**
 * The abbreviations of library reports whose period ends no sentence (`Nr. 5`, `t. y.`,
 * `el. paštas`), beyond those the other tables carry: units (`UNITS`: `fiz. vnt.`, `proc.`),
 * scale words (`SCALE_WORDS`: `tūkst.`) and date words (`DATE_WORDS`: `mėn.`). `readClaims`
 * (`bibliotekos/texts`) builds from them the words after which a period does not end a clause.
 *
 * @example
 * ```ts
 * import { ABBREVIATIONS } from "bibliotekos/lexicon";
 * ABBREVIATIONS.map((a) => a.written);
 * //=> ["Nr.", "kt.", "t. y.", "vyr.", "el.", "p."]
 * ```
 */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  { written: "Nr.", meaning: "numeris" },
  { written: "kt.", meaning: "kita, kiti" },
  { written: "t. y.", meaning: "tai yra" },
  { written: "vyr.", meaning: "vyresnysis, vyriausiasis" },
  { written: "el.", meaning: "elektroninis (el. paštas)" },
  { written: "p.", meaning: "ponas, ponia; puslapis" },
];
