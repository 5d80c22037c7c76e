/** Where a period does not end a sentence: after the abbreviations of the lexicon (`tūkst.`, `fiz. vnt.`, `mėn.`, `Nr.`) or an initial. */
import { ABBREVIATIONS } from "../../lexicon/abbreviations";
import { DATE_WORDS } from "../../lexicon/dateWords";
import { SCALE_WORDS, UNITS, type UnitId } from "../../lexicon/units";

// The units whose abbreviation may stand before a capital inside a sentence (`5 fiz. vnt. Knygų …`).
const CLAUSE_UNITS: readonly UnitId[] = ["physical_units", "items", "percent", "hours", "titles", "copies"];

/** The words of some abbreviations without their period, as written and in lower case (`Nr`, `nr`). */
function abbreviationWords(written: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const form of written) {
    for (const word of form.split(" ")) {
      if (!word.endsWith(".")) continue;
      out.add(word.slice(0, -1));
      out.add(word.slice(0, -1).toLowerCase());
    }
  }
  return out;
}

// The words after which a period does not end a clause: the abbreviations of those units, the
// scale words (`tūkst.`), the month word (`mėn.`) and ABBREVIATIONS (`Nr.`, `t. y.`).
const NOT_SENTENCE_ENDS = abbreviationWords([
  ...UNITS.filter((unit) => CLAUSE_UNITS.includes(unit.id)).map((unit) => unit.forms.find((form) => form.endsWith(".")) ?? ""),
  ...SCALE_WORDS.map((scale) => scale.abbreviation),
  ...DATE_WORDS.month.filter((word) => word.endsWith(".")),
  ...ABBREVIATIONS.map((abbreviation) => abbreviation.written),
]);

/** Whether the period at `i` closes an abbreviation of that list (or an initial: `J. Basanavičius`), not a sentence. */
export function isAbbreviationEnd(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /\p{L}/u.test(text[k - 1] as string)) k--;
  const word = text.slice(k, i);
  return NOT_SENTENCE_ENDS.has(word) || (word.length === 1 && /\p{Lu}/u.test(word));
}

// The abbreviations that never end a sentence: a scale word stands before its unit (`tūkst. Eur`),
// `Nr.` before its number. (A unit's `fiz. vnt.` may end one: `… 202 672 fiz. vnt. Rodiklis …`.)
const NEVER_SENTENCE_ENDS = abbreviationWords([
  ...SCALE_WORDS.map((scale) => scale.abbreviation),
  ...ABBREVIATIONS.map((abbreviation) => abbreviation.written),
]);

/** Whether the period at `i` closes a scale word or one of `ABBREVIATIONS` (`tūkst.`, `Nr.`), which end no sentence. */
export function isNeverSentenceEnd(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && /\p{L}/u.test(text[k - 1] as string)) k--;
  return NEVER_SENTENCE_ENDS.has(text.slice(k, i));
}
