import { BibliotekosError } from "../errors/BibliotekosError";
import { foldForSearch } from "../lexicon/fold";
import { lookupMonth } from "../lexicon/months";
import type { UnitId } from "../lexicon/units";
import { isDigitGroupSeparator, isLineBreak, isMinusSign, isPunctuationDash } from "../lexicon/characters";
import { isDash, isDigit, isLetter, isNumberHorizontalSpace, isNumberSpace, isWordChar, LOST_SIGN } from "./_lib/chars";
import {
  CLOCK,
  CLOCK_HOURS,
  CODE_PREFIX,
  CODE_PREFIX_WINDOW,
  DATE,
  isDateNumber,
  onlySpaceSinceLineStart,
  skipCode,
  SPACED_RANGE,
  sticky,
  TIME,
  YEAR_MONTH,
  YEAR_RANGE,
} from "./_lib/textRules";
import { matchScale, matchUnit } from "./_lib/matchWord";
import { readNumber, toDecimalString, type NumberRead } from "./_lib/readNumber";
import { checkDotOption, type DotRule } from "./parseNumber";
import type { Quantity } from "./parseQuantity";

/**
 * A quantity found in free text: the {@link Quantity}, the text it was read from, and where
 * (`index` inclusive, `end` exclusive, UTF-16 offsets into the text given).
 *
 * @example
 * ```ts
 * import { findQuantities, type QuantityMatch } from "bibliotekos/numbers";
 * const [match]: QuantityMatch[] = findQuantities("Įsigyta 6690 fiz. vnt. dokumentų");
 * match;
 * //=> { text: "6690 fiz. vnt.", index: 8, end: 22, value: "6690", unit: "physical_units" }
 * ```
 */
export interface QuantityMatch extends Quantity {
  /** The matched text, from the sign (or lost-sign dot) to the end of the unit. */
  text: string;
  /** Where the match starts. */
  index: number;
  /** Where the match ends (exclusive). */
  end: number;
}

/** Options of {@link findQuantities}.
 *
 * @example
 * ```ts
 * import { findQuantities, type FindQuantitiesOptions } from "bibliotekos/numbers";
 * const options: FindQuantitiesOptions = { bareNumbers: true };
 * findQuantities("dirbo 48 darbuotojai", options).map((m) => [m.value, m.unit]);
 * //=> [["48", null]]
 * ```
 */
export interface FindQuantitiesOptions {
  /**
   * Also return numbers written without a unit (`48 darbuotojai`, table cells), with
   * `unit: null`. Numbers with a dot and no unit (`1.1 uždavinys`) are never returned.
   * @default false
   */
  bareNumbers?: boolean;
  /**
   * How a dot between digits is read, as in {@link parseNumber}; under `"auto"` an ambiguous
   * number (`1.500 Eur`) is left out rather than guessed.
   * @default "auto"
   */
  dot?: DotRule;
}

interface Candidate {
  index: number;
  numberStart: number;
  tokenEnd: number;
  read: NumberRead;
  signUnknown: boolean;
}

/**
 * Finds every number with a unit in free text (`6690 fiz. vnt.`, `24,0 %`, `774795,00 eurų`,
 * `100 tūkst. Lt`, `-718`), with where it was found. Numbers that are part of something else are
 * left out:
 *
 * - dates and years: `2022 m.`, `2023 metais`, `gruodžio 31 d.`, `2024 12 31`, `2022-02-01`,
 *   `2018–2024 metų`, `10:30`;
 * - section and list numbers: `1.1.1.`, `1.1 uždavinys`, `1. Užtikrinti`;
 * - codes and compounds: `Nr. 08-001-04-01 01`, `ĮV-274`, `COVID-19`, `A4`, `1/2`;
 * - ordinals and compounds with a suffix: `22-ojoje`, `3-čią`, `35-mečio`.
 *
 * Numbers are read as {@link parseNumber} reads them, with two rules for running text: a space
 * groups digits only before exactly three digits (`73 341` is one number, `1 2 3` three), and
 * an en dash glued to a number after a word (`planas –57000,00 eurų`) is the Lithuanian dash,
 * not a minus; a minus is `-`, `−`, `˗`, or an en dash that starts a line or table cell.
 * A range `15–20 %` gives two quantities, both in the unit written after the second.
 * A middle dot before a number (`· 2,0 %`) marks a lost sign ({@link Quantity.signUnknown}).
 *
 * @param text - any text; tables flattened one cell a line are fine.
 * @param options - {@link FindQuantitiesOptions}: `bareNumbers` to also get numbers without a unit.
 * @returns the matches in text order; findings, never errors.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string or an option is bad.
 *
 * @example
 * ```ts
 * import { findQuantities } from "bibliotekos/numbers";
 * const text = "2023 m. panaudota 10499,35 Eur ir įsigyta 3527 fiz. vnt. (sutelktumas 24,0 %).";
 * findQuantities(text).map((m) => [m.value, m.unit]);
 * //=> [["10499.35", "EUR"], ["3527", "physical_units"], ["24.0", "percent"]]
 * findQuantities("Nr. 08-001-04-01 01, 2024 12 31, 1.1.1. skyrius, 22-ojoje").length;
 * //=> 0
 * findQuantities("\t· 2,0 %")[0];
 * //=> { text: "· 2,0 %", index: 1, end: 8, value: "2.0", unit: "percent", signUnknown: true }
 * ```
 */
export function findQuantities(text: string, options?: FindQuantitiesOptions): QuantityMatch[] {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a string, got ${typeof text}`,
      input: text,
      expected: "string",
      received: typeof text,
    });
  }
  const dot = checkDotOption(options);
  const bare = options?.bareNumbers === true;
  const folded = foldForSearch(text);
  const out: QuantityMatch[] = [];
  const n = text.length;
  let pending: (Candidate & { secondAt: number }) | undefined;

  const emit = (candidate: Candidate, unit: UnitId | null, exponent: number, end: number): void => {
    const value = toDecimalString(candidate.read, exponent);
    const match: QuantityMatch = { text: text.slice(candidate.index, end), index: candidate.index, end, value, unit };
    if (candidate.signUnknown) match.signUnknown = true;
    out.push(match);
  };

  let i = 0;
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const p = i;
    const prev = p > 0 ? text.charCodeAt(p - 1) : 0x20;
    const before = p > 1 ? text.charCodeAt(p - 2) : 0x20;
    const range = pending !== undefined && pending.secondAt === p ? pending : undefined;
    pending = undefined;

    // Glued to a word, or the tail of a code or compound: "A4", "COVID-19", "ĮV-274".
    if (
      isLetter(prev) ||
      prev === 0x2e ||
      prev === 0x2c ||
      ((prev === 0x2f || (isMinusSign(prev) && range === undefined)) && isWordChar(before))
    ) {
      i = skipCode(text, p);
      continue;
    }
    // "Nr. 08-001-04-01 01", "tel. 8 386 52 435": a number after Nr., tel., faks. is a code.
    let q = p;
    while (q > 0 && isNumberHorizontalSpace(text.charCodeAt(q - 1))) q--;
    if (CODE_PREFIX.test(folded.slice(Math.max(0, q - CODE_PREFIX_WINDOW), q))) {
      i = skipCode(text, p);
      continue;
    }
    // Dates, year-months and times.
    let skipTo = Math.max(sticky(DATE, text, p), sticky(YEAR_MONTH, text, p), sticky(TIME, text, p));
    if (skipTo < 0) {
      const yearsEnd = sticky(YEAR_RANGE, text, p);
      if (yearsEnd >= 0) {
        let k = yearsEnd;
        while (k < n && isNumberHorizontalSpace(text.charCodeAt(k))) k++;
        if (matchUnit(folded, k) === undefined && matchScale(folded, k) === undefined) skipTo = yearsEnd;
      }
    }
    if (skipTo >= 0) {
      i = skipTo;
      continue;
    }

    // The sign, or a lost sign.
    let index = p;
    let signUnknown = false;
    if (range === undefined && (isMinusSign(prev) || prev === 0x2b)) {
      const dash = isPunctuationDash(prev);
      const opens = p < 2 || isNumberSpace(before) || before === 0x28 || before === 0x5b || before === 0x3d;
      if (opens && (!dash || onlySpaceSinceLineStart(text, p - 1) || before === 0x28)) index = p - 1;
    } else if (range === undefined && q > 0 && text.charCodeAt(q - 1) === LOST_SIGN && (q < 2 || isNumberSpace(text.charCodeAt(q - 2)))) {
      index = q - 1;
      signUnknown = true;
    }

    // The token: digits, groups of three after single spaces, then [.,]digits.
    let j = p;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (j - p <= 3) {
      while (isDigitGroupSeparator(text.charCodeAt(j))) {
        let k = j + 1;
        while (k < n && isDigit(text.charCodeAt(k))) k++;
        if (k - (j + 1) !== 3) break;
        j = k;
      }
    }
    let dotted = false;
    while ((text[j] === "." || text[j] === ",") && isDigit(text.charCodeAt(j + 1))) {
      if (text[j] === ".") dotted = true;
      j++;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
    }
    const tokenEnd = j;
    const next = text.charCodeAt(tokenEnd);
    const afterNext = text.charCodeAt(tokenEnd + 1);

    // Ordinals and compounds: "22-ojoje", "3-čią"; codes: "1/2", "08-001-04"; times.
    if (isDash(next) && isLetter(afterNext)) {
      i = skipCode(text, tokenEnd);
      continue;
    }
    if (next === 0x2f || next === 0x3a) {
      i = skipCode(text, tokenEnd + 1);
      continue;
    }
    let rangeWithNext = false;
    let secondAt = tokenEnd + 1;
    const spacedRangeEnd = sticky(SPACED_RANGE, text, tokenEnd);
    if (spacedRangeEnd >= 0 && !dotted) {
      rangeWithNext = true;
      secondAt = spacedRangeEnd;
    } else if (isDash(next) && isDigit(afterNext)) {
      let k = tokenEnd + 1;
      while (k < n && (isDigit(text.charCodeAt(k)) || ((text[k] === "," || text[k] === ".") && isDigit(text.charCodeAt(k + 1))))) k++;
      const c = text.charCodeAt(k);
      if ((isMinusSign(c) || c === 0x2f) && isDigit(text.charCodeAt(k + 1))) {
        i = skipCode(text, k);
        continue;
      }
      rangeWithNext = true;
    }
    // Clock times: "10.30 val.".
    if (sticky(CLOCK, text, p) === tokenEnd) {
      let v = tokenEnd;
      while (v < n && isNumberHorizontalSpace(text.charCodeAt(v))) v++;
      if (sticky(CLOCK_HOURS, folded, v) >= 0) {
        i = tokenEnd;
        continue;
      }
    }
    // List items: "1. Užtikrinti" at the start of a line or after ":" / ";".
    if (!dotted && tokenEnd - p <= 2 && next === 0x2e && isNumberHorizontalSpace(afterNext)) {
      let k = index;
      while (k > 0 && isNumberHorizontalSpace(text.charCodeAt(k - 1))) k--;
      const lead = k > 0 ? text.charCodeAt(k - 1) : 0x0a;
      if (isLineBreak(lead) || lead === 0x3a || lead === 0x3b) {
        i = tokenEnd + 1;
        continue;
      }
    }
    // Glued letters that are not a unit: "3D", "10a".
    if (isLetter(next) && matchUnit(folded, tokenEnd) === undefined && matchScale(folded, tokenEnd) === undefined) {
      i = skipCode(text, tokenEnd);
      continue;
    }

    // What follows on the same line: date words, a scale word, a unit.
    let k = tokenEnd;
    while (k < n && isNumberHorizontalSpace(text.charCodeAt(k))) k++;
    if (isDateNumber(text, p, tokenEnd, folded, k)) {
      i = tokenEnd;
      continue;
    }
    // A day after a month name: "gruodžio 31".
    let w = index;
    while (w > 0 && isNumberHorizontalSpace(text.charCodeAt(w - 1))) w--;
    let ws = w;
    while (ws > 0 && isLetter(text.charCodeAt(ws - 1))) ws--;
    if (ws < w && lookupMonth(text.slice(ws, w)) !== undefined) {
      i = tokenEnd;
      continue;
    }

    const read = readNumber(text.slice(0, tokenEnd), signUnknown ? p : index, dot);
    i = tokenEnd;
    if (!read.ok || read.end !== tokenEnd) continue;
    if (signUnknown) read.negative = false;
    const candidate: Candidate = { index, numberStart: p, tokenEnd, read, signUnknown };

    let exponent = 0;
    let end = tokenEnd;
    const scale = matchScale(folded, k);
    if (scale !== undefined) {
      exponent = scale.value;
      end = scale.end;
      k = end;
      while (k < n && isNumberHorizontalSpace(text.charCodeAt(k))) k++;
    }
    const unitMatch = matchUnit(folded, k);
    const unit = unitMatch?.value ?? null;
    if (unitMatch !== undefined) end = unitMatch.end;

    if (rangeWithNext && unitMatch === undefined && scale === undefined) {
      pending = { ...candidate, secondAt };
      continue;
    }
    // Without a unit, only when asked, and never a dotted number ("1.1 uždavinys").
    const keep = unit !== null || (bare && (!dotted || scale !== undefined));
    if (keep && range !== undefined) emit(range, unit, exponent, range.tokenEnd);
    if (keep) emit(candidate, unit, exponent, end);
  }
  return out;
}
