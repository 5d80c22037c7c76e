import { assertText } from "../_lib/arguments";
import type { BibliotekosError } from "../errors/BibliotekosError";

/**
 * Diacritic and case folding. Lithuanian letters have a fixed table (so that folding never
 * depends on the platform's Unicode data); any other letter is folded through NFD by dropping
 * its combining marks, but only when that does not make it longer. Lone combining marks are
 * dropped by {@link foldText} and {@link foldDiacritics}.
 */

const LITHUANIAN: Readonly<Record<string, string>> = {
  ą: "a",
  č: "c",
  ę: "e",
  ė: "e",
  į: "i",
  š: "s",
  ų: "u",
  ū: "u",
  ž: "z",
  Ą: "A",
  Č: "C",
  Ę: "E",
  Ė: "E",
  Į: "I",
  Š: "S",
  Ų: "U",
  Ū: "U",
  Ž: "Z",
};

const COMBINING_MARK = /^\p{M}+$/u;
const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const NON_ASCII = /[^\x00-\x7f]/g;
const UNSAFE_FOR_FAST_PATH = /[\u0130\ud800-\udfff]/;

const diacriticCache = new Map<string, string>();
const caseCache = new Map<string, string>();

function foldCharDiacritics(ch: string): string {
  const known = LITHUANIAN[ch];
  if (known !== undefined) return known;
  let folded = diacriticCache.get(ch);
  if (folded === undefined) {
    if (COMBINING_MARK.test(ch)) folded = "";
    else {
      const stripped = ch.normalize("NFD").replace(MARKS, "");
      folded = stripped.length > 0 && stripped.length <= ch.length ? stripped : ch;
    }
    if (diacriticCache.size < 4096) diacriticCache.set(ch, folded);
  }
  return folded;
}

function foldCharToOneUnit(ch: string): string {
  const folded = foldCharDiacritics(ch);
  return folded.length === 1 ? folded : ch;
}

function lowerChar(ch: string): string {
  let lower = caseCache.get(ch);
  if (lower === undefined) {
    const candidate = ch.toLowerCase();
    // "İ".toLowerCase() is two code units ("i" and a combining dot); folding must never make text
    // longer, so such a letter loses its marks first ("İ" → "I" → "i"), or is kept as it is.
    const bare = candidate.length === ch.length ? candidate : foldCharDiacritics(ch).toLowerCase();
    lower = bare.length === ch.length ? bare : ch;
    if (caseCache.size < 4096) caseCache.set(ch, lower);
  }
  return lower;
}

/**
 * Removes diacritics: `ą č ę ė į š ų ū ž` (and their capitals) become `a c e e i s u u z`, other
 * accented letters lose their marks, lone combining marks are dropped. Case is kept.
 * The result is never longer than the input, and folding twice changes nothing.
 *
 * @param text - any string.
 * @returns the text without diacritics.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string.
 *
 * @example
 * ```ts
 * import { foldDiacritics } from "bibliotekos/lexicon";
 * foldDiacritics("Rugsėjo, GRUODŽIO, rugpjūčio");
 * //=> "Rugsejo, GRUODZIO, rugpjucio"
 * ```
 */
export function foldDiacritics(text: string): string {
  assertText(text);
  if (ASCII.test(text)) return text;
  let out = "";
  for (const ch of text) out += ch.charCodeAt(0) < 128 ? ch : foldCharDiacritics(ch);
  return out;
}

/**
 * Folds diacritics and case, for matching words however they were typed: `VASARIO`, `vasario`
 * and `vasario` typed without diacritics all fold to `vasario`. The result is never longer than
 * the input, folding twice changes nothing, and Lithuanian text comes out as ASCII.
 *
 * @param text - any string.
 * @returns the folded text.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string.
 *
 * @example
 * ```ts
 * import { foldText } from "bibliotekos/lexicon";
 * foldText("2023 M. SAUSIO 1 D.");
 * //=> "2023 m. sausio 1 d."
 * foldText("Rugsėjo") === foldText("RUGSEJO");
 * //=> true
 * ```
 */
export function foldText(text: string): string {
  assertText(text);
  if (ASCII.test(text)) return text.toLowerCase();
  // Fast path: one native lower-casing, then a callback only for the few non-ASCII characters.
  // Characters whose lower case changes length (U+0130 "İ") or that are surrogates take the
  // careful path, one code point at a time.
  if (!UNSAFE_FOR_FAST_PATH.test(text)) return text.toLowerCase().replace(NON_ASCII, foldCharDiacritics);
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 128) out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    else out += foldCharDiacritics(lowerChar(ch));
  }
  return out;
}

/**
 * Like {@link foldText}, but the result has exactly the input's length, one UTF-16 code unit for
 * one: an index found in the folded text is the same index in the original. Use it to search
 * free text and report offsets. Characters that cannot fold to a single unit (lone combining
 * marks, surrogate pairs, letters whose lower case is longer) are kept as they are.
 *
 * @param text - any string.
 * @returns the folded text, of the same length.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string.
 *
 * @example
 * ```ts
 * import { foldForSearch } from "bibliotekos/lexicon";
 * const text = "Įvyko 2022 m. RUGSĖJO 30 d.";
 * const folded = foldForSearch(text);
 * [folded, folded.length === text.length, text.slice(folded.indexOf("rugsejo"), folded.indexOf("rugsejo") + 7)];
 * //=> ["ivyko 2022 m. rugsejo 30 d.", true, "RUGSĖJO"]
 * ```
 */
export function foldForSearch(text: string): string {
  assertText(text);
  // One native lower-casing, which keeps the length unless the text holds U+0130 or
  // surrogates, then the non-ASCII characters folded in place, from a table of folded units.
  // The table, in place of a replace() callback, made the dates bench's 50 sentences about 8 %
  // faster (foldForSearch was the costliest function of their profile, 16 %); filled for every
  // code at first sight (it held the Latin blocks only, and the quotes and dashes of these texts
  // went through the caches' Map) and without the ASCII test before it (lower-casing keeps an
  // ASCII text's length, and the loop finds nothing to fold), foldForSearch took 0.0104 ms on
  // the 50 sentences where it took 0.0127 (fastest of 500 runs, alternating builds, Node 20).
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    const folded = foldLowerInPlace(lower);
    if (folded !== undefined) return folded;
  }
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += ch;
    } else {
      const folded = foldCharDiacritics(lowerChar(ch));
      out += folded.length === 1 ? folded : ch;
    }
  }
  return out;
}

/**
 * Each UTF-16 code (below the surrogates and above) folded to one unit, as
 * {@link foldCharToOneUnit} folds it; 0 where not yet asked (no character folds to U+0000 but
 * U+0000). Filled at first sight of each code, so a text's quotes and dashes (`„`, `–`) are
 * folded once, not looked up in the caches at every occurrence.
 */
let foldedUnits: Uint16Array | undefined;

function foldedUnit(code: number): number {
  foldedUnits ??= new Uint16Array(0x10000);
  let folded = foldedUnits[code] as number;
  if (folded === 0) {
    folded = foldCharToOneUnit(String.fromCharCode(code)).charCodeAt(0);
    foldedUnits[code] = folded;
  }
  return folded;
}

/** Folds the non-ASCII characters of lower-cased text one unit for one, or `undefined` at a surrogate. */
function foldLowerInPlace(lower: string): string | undefined {
  let out = "";
  let copied = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 128) continue;
    if (code >= 0xd800 && code <= 0xdfff) return undefined;
    out += lower.slice(copied, i) + String.fromCharCode(foldedUnit(code));
    copied = i + 1;
  }
  return copied === 0 ? lower : out + lower.slice(copied);
}
