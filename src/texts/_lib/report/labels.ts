/** Labels of a report's tables and paragraphs as the readers compare them: spaces squeezed, folded, hyphenated words joined. */
import { foldText } from "../../../lexicon/fold";
import { REPORT_TABLE_WORDS } from "../../../lexicon/reportWords";
import { isNeverSentenceEnd } from "../abbreviationEnds";
import { isSpaceAt, SPACE_RUN } from "../spaces";

// A hyphen between two letters, as a table header breaks a word (`Gyven-tojui`, `Varto-tojui`).
const WORD_HYPHEN = /(?<=\p{L})[-\u00ad\u2010\u2011](?=\p{L})/gu;

/** The text with every run of spaces and line breaks as one space, trimmed. */
export function squeezed(text: string): string {
  return text.replace(SPACE_RUN, " ").trim();
}

/** The text squeezed, folded (`foldText`: lower case, no diacritics) and with hyphenated words joined. */
export function folded(text: string): string {
  return foldText(squeezed(text)).replace(WORD_HYPHEN, "");
}

/**
 * The index in `text` of a position in `folded(text)`. Folding trims, squeezes each run of spaces
 * to one and joins hyphenated words, so the mapping walks the text and steps over what folding
 * drops. (Folding a letter keeps it one code unit; a text where it does not, with U+0130 or
 * surrogate pairs, maps to the nearest position it can.)
 */
export function originalIndex(text: string, foldedIndex: number): number {
  let i = 0;
  while (i < text.length && isSpaceAt(text, i)) i++;
  for (let j = 0; j < foldedIndex && i < text.length; j++) {
    if (isSpaceAt(text, i)) {
      while (i < text.length && isSpaceAt(text, i)) i++;
      continue;
    }
    i++;
    // A joined hyphen is not in the folded text: step over it with the letter before it.
    if (i < text.length && isJoinedHyphen(text, i)) i++;
  }
  return Math.min(i, text.length);
}

/** Whether `WORD_HYPHEN` matches at `i`: a hyphen between two letters. */
function isJoinedHyphen(text: string, i: number): boolean {
  return HYPHENS.includes(text[i] as string) && LETTER.test(text[i - 1] ?? "") && LETTER.test(text[i + 1] ?? "");
}
const HYPHENS = "-\u00ad\u2010\u2011";
const LETTER = /^\p{L}$/u;

/** The label after the words that start a row of parts (`iš jų:` → `darbo užmokestis`), or undefined if it has none. */
export function withoutPartsLead(label: string): string | undefined {
  const lead = PARTS_LEAD.first(folded(label));
  if (lead?.index !== 0) return undefined;
  return stripStart(squeezed(label).split(" ").slice(lead.phrase.split(" ").length).join(" "), " :–-");
}

/** A lookup of folded phrases: `has` for a whole label, `within` for the longest phrase the label contains. */
export class PhraseTable<T> {
  private readonly entries: Array<{ phrase: string; value: T }> = [];
  private readonly exact = new Map<string, T>();

  constructor(groups: Iterable<readonly [T, Iterable<string>]>) {
    for (const [value, phrases] of groups) {
      for (const phrase of phrases) {
        const key = folded(phrase);
        if (!this.exact.has(key)) this.exact.set(key, value);
        this.entries.push({ phrase: key, value });
      }
    }
    this.entries.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The value of a label that is one of the phrases (folded). */
  has(label: string): T | undefined {
    return this.exact.get(folded(label));
  }

  /** The value of the longest phrase found in a folded text at word boundaries, with where it is. */
  within(foldedText: string): { value: T; index: number; phrase: string } | undefined {
    for (const { phrase, value } of this.entries) {
      let index = foldedText.indexOf(phrase);
      while (index !== -1) {
        if (isBoundary(foldedText, index - 1) && isBoundary(foldedText, index + phrase.length)) return { value, index, phrase };
        index = foldedText.indexOf(phrase, index + 1);
      }
    }
    return undefined;
  }

  /** The first phrase found in a folded text at word boundaries (the longest where two start there), with where it is. */
  first(foldedText: string): { value: T; index: number; phrase: string } | undefined {
    let best: { value: T; index: number; phrase: string } | undefined;
    for (const { phrase, value } of this.entries) {
      let index = foldedText.indexOf(phrase);
      while (index !== -1 && (best === undefined || index < best.index)) {
        if (isBoundary(foldedText, index - 1) && isBoundary(foldedText, index + phrase.length)) {
          best = { value, index, phrase };
          break;
        }
        index = foldedText.indexOf(phrase, index + 1);
      }
    }
    return best;
  }
}

function isBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return !/[\p{L}\p{N}]/u.test(text[i] as string);
}

/** The text without the characters of `set` at its end (a loop: linear where a `[…]+$` pattern is not). */
export function stripEnd(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

/** The text without the characters of `set` at its start. */
export function stripStart(text: string, set: string): string {
  let start = 0;
  while (start < text.length && set.includes(text[start] as string)) start++;
  return text.slice(start);
}

/** A year of these reports: four digits from 1900 to 2099 standing alone. Global: for `match`, `matchAll` and `split`. */
export const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

// A sentence ends at `.`, `!` or `?` before spaces and a capital letter, an opening quote or a
// figure (`… ne mažesnis kaip 24,0 %. 2023 m. rodiklis – 22,3 %.`).
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}„"«\d])/gu;

/** The sentences of a text, each with where it starts. */
export function sentencesOf(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    // `1 084,6 tūkst. Eur`, `Nr. 5`: the period of an abbreviation ends no sentence.
    if (text[m.index - 1] === "." && isNeverSentenceEnd(text, m.index - 1)) continue;
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

const PARTS_LEAD = new PhraseTable([[true, REPORT_TABLE_WORDS.partsLead]] as const);
