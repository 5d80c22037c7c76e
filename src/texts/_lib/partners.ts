import { isHorizontalSpace, isLineBreak } from "../../lexicon/characters";
import { CONNECTORS } from "../../lexicon/connectors";
import { CHRONICLE_WORDS } from "../../lexicon/entryRules";
import { foldForSearch, foldText } from "../../lexicon/fold";
import { LEGAL_FORMS } from "../../reference/legalForms";
import { endingPattern } from "./endings";
import { isSpaceAt, SPACE_RUN, trimSpaces } from "./spaces";

/** A partner phrase found in a text: where it stands (offsets into that text) and the names. */
export interface PartnerPhrase {
  index: number;
  end: number;
  names: string[];
}

const STOPS: ReadonlySet<string> = new Set(CHRONICLE_WORDS.partnerStops);
const OPEN_QUOTES = new Set(["„", "«", "\u201e"]);
const CLOSE_QUOTES = new Set(["“", "”", "»", "\u201c"]);

/** Whether a period at `i` ends a sentence (not `A.` of an initial, not `t. y.`). */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "." && c !== "!" && c !== "?") return false;
  let j = i + 1;
  while (j < text.length && isHorizontalSpace(text.charCodeAt(j))) j++;
  if (j >= text.length || isLineBreak(text.charCodeAt(j))) return true;
  if (j === i + 1) return false;
  const next = text[j] as string;
  if (!/[\p{Lu}„"«]/u.test(next)) return false;
  if (c === ".") {
    // An initial (A. ir M. Miškinių) or an abbreviation (vyr., VšĮ) is not a sentence end.
    let k = i;
    while (k > 0 && /\p{L}/u.test(text[k - 1] as string)) k--;
    const word = text.slice(k, i);
    if (word.length === 1 && /\p{Lu}/u.test(word)) return false;
  }
  return true;
}

/** The end of the sentence that contains `from` (exclusive, after its period), bounded by `limit`. */
export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    if (text[i] === "\n") return i;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return limit;
}

const WORD = /[\p{L}\p{N}]+/gu;
const SIGN_STEMS = CHRONICLE_WORDS.signs;
const AGREEMENT_STEMS = CHRONICLE_WORDS.agreement;

/** Where a signing clause starts in a folded text, from `from`: the index of the sign word, or -1. */
export function findSigning(folded: string, from: number): { sign: number; agreement: number; agreementEnd: number } | undefined {
  WORD.lastIndex = from;
  let sign = -1;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    const w = m[0];
    if (sign === -1) {
      if (SIGN_STEMS.some((s) => w.startsWith(s))) sign = m.index;
    } else if (AGREEMENT_STEMS.some((s) => w.startsWith(s))) {
      return { sign, agreement: m.index, agreementEnd: m.index + w.length };
    } else if (m.index - sign > 200) {
      sign = -1;
      if (SIGN_STEMS.some((s) => w.startsWith(s))) sign = m.index;
    }
  }
  return undefined;
}

/**
 * The partner phrase after `agreementEnd` (the end of `sutartį`/`sutartis`): `su` and the names
 * up to the end of the sentence or a stop word (`dėl`, `siekiant`, …), split into one name per
 * body. Undefined if no `su` follows within a few words.
 */
export function readPartners(text: string, folded: string, agreementEnd: number, limit: number): PartnerPhrase | undefined {
  const sentenceStop = sentenceEnd(text, agreementEnd, limit);
  WORD.lastIndex = agreementEnd;
  let start = -1;
  let words = 0;
  for (let m = WORD.exec(folded); m !== null && m.index < sentenceStop; m = WORD.exec(folded)) {
    if (m[0] === CHRONICLE_WORDS.partnerWord) {
      start = m.index + m[0].length;
      break;
    }
    if (++words > 4) break;
  }
  if (start === -1) return undefined;
  let end = sentenceStop;
  WORD.lastIndex = start;
  let depth = 0;
  for (let i = start; i < sentenceStop; i++) {
    const ch = text[i] as string;
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (i === start || !/[\p{L}\p{N}]/u.test(text[i - 1] as string)) && /\p{L}/u.test(ch)) {
      let j = i;
      while (j < sentenceStop && /[\p{L}\p{N}]/u.test(text[j] as string)) j++;
      if (STOPS.has(folded.slice(i, j))) {
        end = i;
        break;
      }
      i = j - 1;
    }
  }
  let a = start;
  while (a < end && (text[a] === "," || isSpaceAt(text, a))) a++;
  let b = end;
  while (b > a && (/[,.;:]/.test(text[b - 1] as string) || isSpaceAt(text, b - 1))) b--;
  if (b <= a) return undefined;
  const phrase = text.slice(a, b);
  const names = splitNames(phrase);
  if (names.length === 0) return undefined;
  return { index: a, end: b, names };
}

const GENITIVE = endingPattern((e) => e.case === "genitive");
const PLURAL_INSTRUMENTAL = endingPattern((e) => e.case === "instrumental" && e.number === "plural");
// The list words that join partners (`ir`, `bei`); not `arba`: partners are not alternatives.
const AND_WORDS = CONNECTORS.filter((c) => c.meaning === "and").map((c) => c.word);

/** The length of an `and` word between spaces at `i` of a folded text (` ir `), or 0. */
function andWordAt(folded: string, i: number): number {
  if (!isHorizontalSpace(folded.charCodeAt(i))) return 0;
  const word = AND_WORDS.find((w) => folded.startsWith(w, i + 1) && isHorizontalSpace(folded.charCodeAt(i + 1 + w.length)));
  return word === undefined ? 0 : word.length + 2;
}

function hasHead(item: string): boolean {
  const words = item
    .replace(/[„“”"«»]/g, "")
    .split(SPACE_RUN)
    .filter((w) => w !== "");
  return words.some((w) => !GENITIVE.test(w.toLowerCase()));
}

/**
 * Splits a partner phrase into one name per body at top-level `,`, `;` and the `and` words of
 * `CONNECTORS` (`ir`, `bei`; not inside
 * quotes). Items that are only genitives (`Pasvalio, Molėtų … viešosiomis bibliotekomis`) share the
 * head of the last item when that head is plural; with a singular head such an item joins the next one
 * (`Lietuvos kultūros ir meno centru`).
 */
export function splitNames(phrase: string): string[] {
  // Items with the separator written before each (for joining back).
  const items: string[] = [];
  const seps: string[] = [""];
  let depth = 0;
  let from = 0;
  const folded = foldForSearch(phrase);
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] as string;
    if (OPEN_QUOTES.has(ch)) depth++;
    else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (ch === "," || ch === ";") {
      items.push(phrase.slice(from, i));
      seps.push(`${ch} `);
      from = i + 1;
    } else {
      const skip = andWordAt(folded, i);
      if (skip === 0) continue;
      items.push(phrase.slice(from, i));
      seps.push(phrase.slice(i, i + skip));
      from = i + skip;
      i += skip - 1;
    }
  }
  items.push(phrase.slice(from));
  const parts = items.map((s, k) => ({ text: trimSpaces(s), sep: seps[k] as string })).filter((p) => p.text !== "");
  if (parts.length <= 1) return parts.map((p) => p.text);
  const last = (parts[parts.length - 1] as { text: string }).text;
  const lastWords = last.split(SPACE_RUN);
  let h = lastWords.length;
  while (h > 0 && !GENITIVE.test((lastWords[h - 1] as string).toLowerCase())) h--;
  const head = lastWords.slice(h).join(" ");
  const plural = head !== "" && PLURAL_INSTRUMENTAL.test((lastWords[lastWords.length - 1] as string).toLowerCase());
  if (plural) return parts.map((p, k) => (k === parts.length - 1 || hasHead(p.text) ? p.text : `${p.text} ${head}`));
  // A singular head: an item of genitives only belongs to the next item
  // (Rasų kultūros ir meno centru is one name).
  const out: string[] = [];
  let carry = "";
  for (const [k, part] of parts.entries()) {
    const next = parts[k + 1];
    const textWithCarry = carry === "" ? part.text : `${carry}${part.sep}${part.text}`;
    if (!hasHead(part.text) && next !== undefined) {
      carry = textWithCarry;
      continue;
    }
    out.push(textWithCarry);
    carry = "";
  }
  return out;
}

// Legal forms (VšĮ, UAB) say nothing about who a partner is.
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(
  LEGAL_FORMS.flatMap((form) => (form.abbreviation === undefined ? [] : [foldText(form.abbreviation)])),
);

/** Stems (first four letters of the folded words of three letters or more, legal forms aside) of some names. */
export function nameStems(names: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    for (const m of foldText(name).matchAll(/[a-z0-9]{3,}/g)) {
      if (LEGAL_FORM_WORDS.has(m[0])) continue;
      out.add(m[0].slice(0, 4));
    }
  }
  return out;
}

/** The kind of body a name names, by `CHRONICLE_WORDS.partyKinds`; `other` if none. */
export function partyKind(name: string): string {
  const folded = foldText(name);
  for (const [stem, kind] of CHRONICLE_WORDS.partyKinds) {
    if (new RegExp(`(?<![a-z])${stem}`).test(folded)) return kind;
  }
  return "other";
}
