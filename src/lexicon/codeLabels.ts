/**
 * An abbreviation that labels a code or a phone number: after it, digits are an identifier,
 * not a quantity (`Nr. 08-001-04-01 01`, `tel. 8 386 52 435`).
 *
 * @example
 * ```ts
 * import { CODE_LABELS, type CodeLabel } from "bibliotekos/lexicon";
 * const label: CodeLabel | undefined = CODE_LABELS.find((l) => l.word === "tel.");
 * label?.nameEn;
 * //=> "telephone"
 * ```
 */
export interface CodeLabel {
  /** The abbreviation, lower case, with its period. */
  word: string;
  /** The word it abbreviates. */
  nameLt: string;
  /** What it means. */
  nameEn: string;
}

/**
 * The labels of codes and phone numbers: `Nr.` (numeris), `tel.`, `faks.`, `mob.`, and `g.`
 * (gatvė) before a house number (`Vilniaus g. 1 LT Šeduva` holds no litas). The number reader
 * leaves out the digits after one (written with or without the period, and a colon).
 *
 * @example
 * ```ts
 * import { CODE_LABELS } from "bibliotekos/lexicon";
 * CODE_LABELS.map((l) => l.word);
 * //=> ["nr.", "tel.", "faks.", "mob.", "g."]
 * ```
 */
export const CODE_LABELS: readonly CodeLabel[] = [
  { word: "nr.", nameLt: "numeris", nameEn: "number" },
  { word: "tel.", nameLt: "telefonas", nameEn: "telephone" },
  { word: "faks.", nameLt: "faksas", nameEn: "fax" },
  { word: "mob.", nameLt: "mobilusis telefonas", nameEn: "mobile phone" },
  { word: "g.", nameLt: "gatvė", nameEn: "street (before a house number)" },
];
