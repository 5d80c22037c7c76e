// Reads a counted noun after a number (`312 lankytojų`, `87 nauji skaitytojai`): the lexicon's
// COUNTED_NOUNS, with at most one adjective between (COUNTED_NOUN_GAP) on the same line; the noun
// itself may start the next line of a wrapped sentence (numberToken.ts: wordsStartAfter).
import { CASE_ENDINGS } from "../../lexicon/caseEndings";
import { COUNTED_NOUN_GAP, COUNTED_NOUNS, lookupCountedNoun, type CountedNoun } from "../../lexicon/countedNouns";
import { foldForSearch } from "../../lexicon/fold";
import { matchUnit } from "./matchWord";
import { lettersEnd, wordAfter, wordBefore } from "./words";
import { isNumberHorizontalSpace } from "./chars";

const NOT_BETWEEN = new Set(COUNTED_NOUN_GAP.notBetween.map((w) => foldForSearch(w)));
const ENDINGS = [
  [COUNTED_NOUN_GAP.endings, true],
  [COUNTED_NOUN_GAP.notEndings, false],
] as const;
const GENITIVE_BEFORE = new Set(COUNTED_NOUN_GAP.genitiveBefore.map((w) => foldForSearch(w)));
const HEADS_AFTER = new Set(COUNTED_NOUN_GAP.headsAfter.map((w) => foldForSearch(w)));
const PLURAL_ONLY = new Set(COUNTED_NOUN_GAP.agreement.pluralOnly);
// The genitive plural's ending (one for every declension), folded.
const GENITIVE_PLURAL = CASE_ENDINGS.filter((e) => e.case === "genitive" && e.number === "plural").map((e) => foldForSearch(e.ending));

function isGenitivePlural(foldedWord: string): boolean {
  return GENITIVE_PLURAL.some((e) => foldedWord.endsWith(e));
}

/** Each counted noun's singular forms, folded, less those that fold like one of its plural forms (`vaiku`, `vaikų`). */
const SINGULAR: ReadonlyMap<CountedNoun, ReadonlySet<string>> = new Map(
  COUNTED_NOUNS.map((noun) => {
    const singular = new Set(noun.singular);
    const plural = new Set(noun.forms.filter((f) => !singular.has(f)).map((f) => foldForSearch(f)));
    return [noun, new Set(noun.singular.map((f) => foldForSearch(f)).filter((f) => !plural.has(f)))];
  }),
);

/**
 * Whether a number from 1 to 9 (`digits`, one digit) does not count the noun ending at
 * `nounEnd`: 1 takes its noun in the singular and 2 to 9 in the plural, in the case of the
 * sentence (`1 knyga`, `4 vaikai`, `5 vaikams`), so after it
 * - a genitive plural qualifies a noun further on, unless a word of
 *   `COUNTED_NOUN_GAP.genitiveBefore` stands before the number (`wordBeforeNumber`):
 *   `8 paauglių Knygos bičiulių susitikimai` counts meetings, `1 knygų skaityklėlė` an e-book
 *   reader, `iki 8 dalyvių` participants; but days stay days (`4 dienų stovykla` lasts 4 days);
 * - after 2 to 9, a singular names one thing by its number: `3 tomas` is volume 3.
 *
 * Larger numbers are left alone: real text writes `6162 skaitytojų` and `2112 skaitytojas`
 * whatever the last digit. Days are not: `diena` in the singular after a number that does not
 * end in 1 is a day of the month (`perkeltas į 18 dieną`; see takesSingular).
 */
export function countsNot(folded: string, digits: string, wordBeforeNumber: string, noun: CountedNoun, nounEnd: number): boolean {
  const word = wordBefore(folded, nounEnd);
  if (noun.kind === "days" && SINGULAR.get(noun)?.has(word) === true && !takesSingular(digits)) return true;
  if (digits.length !== 1 || digits === "0") return false;
  if (digits !== "1" && SINGULAR.get(noun)?.has(word) === true) return true;
  // 4 dienų stovykla, 5 dienų trukmės: a count of days qualifying a noun is still that many days
  return noun.kind !== "days" && !GENITIVE_BEFORE.has(wordBeforeNumber) && isGenitivePlural(word);
}

/**
 * Whether a whole number (`digits`) takes its noun in the singular: one that ends in 1 but not in
 * 11 (`21 diena`, `1 diena`). After any other (`18 dieną`, `25 dieną`), `diena` in the singular is
 * a day of the month by its number, not a count of days (`18 dienų`).
 */
function takesSingular(digits: string): boolean {
  const whole = digits.replace(/\s/g, "");
  if (!/^\d+$/.test(whole)) return true;
  return whole.endsWith("1") && !whole.endsWith("11");
}

/** A word's letters as written, lower-cased, and whether its first letter is a capital while the rest is not (a name, a sentence start). */
function isCapitalized(word: string): boolean {
  const first = word[0] ?? "";
  return first !== first.toLowerCase() && word !== word.toUpperCase();
}

/**
 * The ending by which a word (as written) is the one adjective or participle between a number
 * and its noun, or `undefined` when it is none.
 */
function adjectiveEnding(text: string, folded: string, start: number, end: number): string | undefined {
  const word = text.slice(start, end);
  if (isCapitalized(word) || NOT_BETWEEN.has(folded.slice(start, end))) return undefined;
  // The longest ending that fits decides: `masiniai` ends in the adjective's `iniai`, `naujai` in the adverb's `ai`.
  const lower = word.toLowerCase();
  let longest = "";
  let adjective = false;
  for (const [endings, isAdjectiveEnding] of ENDINGS)
    for (const e of endings)
      if (e.length > longest.length && lower.endsWith(e) && lower.length > e.length + 2) {
        longest = e;
        adjective = isAdjectiveEnding;
      }
  return adjective ? longest : undefined;
}

/** Whether an adjective with `ending` agrees with the counted noun written at `[start, end)` (COUNTED_NOUN_GAP.agreement). */
function agrees(ending: string, text: string, folded: string, noun: CountedNoun, start: number, end: number): boolean {
  if (PLURAL_ONLY.has(ending)) return SINGULAR.get(noun)?.has(folded.slice(start, end)) !== true;
  const nounEndings = COUNTED_NOUN_GAP.agreement.nounEndings[ending];
  if (nounEndings === undefined) return true;
  const written = text.slice(start, end).toLowerCase();
  return nounEndings.some((e) => written.endsWith(e));
}

/** The counted noun written at `start`: a lower-case (or all-capitals) form of COUNTED_NOUNS. */
function nounAt(text: string, folded: string, start: number): { noun: CountedNoun; end: number } | undefined {
  const end = lettersEnd(text, start);
  if (end === start || isCapitalized(text.slice(start, end))) return undefined;
  const word = folded.slice(start, end);
  const noun = lookupCountedNoun(word);
  if (noun === undefined) return undefined;
  // `2 knygų išdavimo punktai`: the genitive qualifies the noun after it, which the number counts.
  if (isGenitivePlural(word) && isNumberHorizontalSpace(folded.charCodeAt(end)) && HEADS_AFTER.has(wordAfter(folded, end)))
    return undefined;
  return { noun, end };
}

/** A unit word right after a noun of documents governs the count: `2709 dokumentų egzemplioriai` is copies, `500 knygų fiz. vnt.` physical units. */
function unitOfDocuments(
  folded: string,
  counted: { noun: CountedNoun; end: number },
): { unit: ReturnType<typeof matchUnit>; end: number } | undefined {
  if (counted.noun.kind !== "documents" || !isNumberHorizontalSpace(folded.charCodeAt(counted.end))) return undefined;
  const unit = matchUnit(folded, counted.end + 1);
  return unit === undefined ? undefined : { unit, end: unit.end };
}

/** The unit word or counted noun after one adjective (`50 tūkst. skirtingų pavadinimų`), or the counted noun at `start`. */
export function countedAt(
  text: string,
  folded: string,
  start: number,
): { noun?: CountedNoun; unit?: ReturnType<typeof matchUnit>; end: number } | undefined {
  const direct = nounAt(text, folded, start);
  if (direct !== undefined) return unitOfDocuments(folded, direct) ?? { noun: direct.noun, end: direct.end };
  const wordEnd = lettersEnd(text, start);
  const ending = wordEnd === start ? undefined : adjectiveEnding(text, folded, start, wordEnd);
  if (ending === undefined) return undefined;
  let next = wordEnd;
  if (!isNumberHorizontalSpace(text.charCodeAt(next))) return undefined;
  while (isNumberHorizontalSpace(text.charCodeAt(next))) next++;
  const unit = matchUnit(folded, next);
  if (unit !== undefined) return { unit, end: unit.end };
  const noun = nounAt(text, folded, next);
  return noun === undefined || !agrees(ending, text, folded, noun.noun, next, noun.end) ? undefined : { noun: noun.noun, end: noun.end };
}
