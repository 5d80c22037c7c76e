import { assertText } from "../_lib/arguments";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { toDec } from "../_lib/decimal";
import { isClosingQuote, isOpeningQuote } from "../lexicon/characters";
import { foldForSearch } from "../lexicon/fold";
import { isDash, isDigit } from "./_lib/chars";
import { readChain, readMalformed, readRemainder, readWronglyGrouped } from "./_lib/compound";
import { matchScale } from "./_lib/matchWord";
import { digitsAt, wordsStartAfter, type Token } from "./_lib/numberToken";
import { readNumber, toDecimalString, type NumberRead } from "./_lib/readNumber";
import { applySkipRules } from "./_lib/skipRules";
import { isListedYear, SPACED_RANGE, sticky } from "./_lib/textRules";
import { notAQuantity, unitAt, type UnitRead } from "./_lib/unitRead";
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
  /**
   * Present (and `true`) when the number is written wrongly but its meaning is plain: a space
   * after the decimal comma before a money unit (`12 345, 67 Eur` is 12345.67 EUR, never 67 EUR).
   * Check such a figure against its source.
   */
  malformed?: true;
}

/** Options of {@link findQuantities}.
 *
 * @example
 * ```ts
 * import { findQuantities, type FindQuantitiesOptions } from "bibliotekos/numbers";
 * const options: FindQuantitiesOptions = { bareNumbers: true, countedNouns: false };
 * findQuantities("dirbo 48 darbuotojai", options).map((m) => [m.value, m.unit]);
 * //=> [["48", null]]
 * findQuantities("dirbo 48 darbuotojai").map((m) => [m.value, m.unit, m.noun]);
 * //=> [["48", "persons", "darbuotojas"]]
 * ```
 */
export interface FindQuantitiesOptions {
  /**
   * Also return numbers written without a unit (`20 filialų`, table cells), with
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
  /**
   * Read a number followed by a noun it counts (`312 lankytojų`, `87 nauji skaitytojai`,
   * `2,4 apsilankymo`, `6000 tomų`) as a quantity in that noun's unit (`persons`, `visits`,
   * `items`, `volumes`, `days`, `physical_units`), with the noun's lemma in `noun`. The nouns are
   * the lexicon's `COUNTED_NOUNS`; one adjective may stand between. `false` for unit words only.
   * @default true
   */
  countedNouns?: boolean;
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
  assertText(text);
  const scan: Scan = {
    text,
    folded: foldForSearch(text),
    dot: checkDotOption(options),
    bare: options?.bareNumbers === true,
    counted: options?.countedNouns !== false,
    out: [],
  };
  for (let i = 0; i < text.length;) i = isDigit(text.charCodeAt(i)) ? quantityAt(scan, i) : i + 1;
  return scan.out;
}

/** One reading of a text: its options, the matches so far, and the first number of a range waiting for its unit. */
interface Scan {
  readonly text: string;
  readonly folded: string;
  readonly dot: DotRule;
  readonly bare: boolean;
  readonly counted: boolean;
  readonly out: QuantityMatch[];
  /** The first number of a range (`15–20 %`), and where its second starts. */
  pending?: { number: NumberAt; secondAt: number } | undefined;
  /** Where the last hour of the clock ends (`15 val.`), for its minutes (`15 val. 45 min.`). */
  clockEnd?: number;
}

/** A number read from a token. */
interface NumberAt {
  token: Token;
  read: NumberRead;
}

/**
 * Reads what stands at a run of digits (the skip rules, then the number, its scale word and
 * unit); returns where to go on.
 */
function quantityAt(scan: Scan, start: number): number {
  const range = scan.pending?.secondAt === start ? scan.pending.number : undefined;
  scan.pending = undefined;
  const skipped = applySkipRules(digitsAt(scan.text, scan.folded, start, range !== undefined));
  if (typeof skipped === "number") return skipped;
  const number = readAt(scan, skipped);
  return number === undefined ? skipped.end : unitOf(scan, number, range);
}

/** The number of a token, when it reads as exactly one (`1.1.1.` does not, nor `1.500` under `dot: "auto"`). */
function readAt(scan: Scan, token: Token): NumberAt | undefined {
  const read = readNumber(scan.text.slice(0, token.end), token.signUnknown ? token.start : token.index, scan.dot);
  if (!read.ok || read.end !== token.end) return undefined;
  if (token.signUnknown) read.negative = false;
  return { token, read };
}

/** Where the second number of a range starts (`15–20`, `15 – 20`, `5 iki 10`), or -1. */
function secondOfRange({ text, end, dotted, next, afterNext }: Token): number {
  const spaced = sticky(SPACED_RANGE, text, end);
  if (spaced >= 0 && !dotted) return spaced;
  // A dash glued to more digits (a code like "978-9986-21" was left out by the skip rules).
  return isDash(next) && isDigit(afterNext) ? end + 1 : -1;
}

/**
 * The scale words and unit after a number, and the matches they make: the number (and the first
 * of a range, in the same unit), or, with neither after the first of a range, nothing yet.
 * Returns where to go on reading.
 */
function unitOf(scan: Scan, number: NumberAt, range: NumberAt | undefined): number {
  const { text, folded } = scan;
  const { token } = number;
  const malformed = range === undefined ? readMalformed(text, folded, token, number.read) : undefined;
  if (malformed !== undefined) {
    const { value, end, unit } = malformed;
    scan.out.push({ text: text.slice(token.index, end), index: token.index, end, value, unit, malformed: true });
    return end;
  }
  const scale = matchScale(folded, token.wordsStart);
  const exponent = scale?.value ?? 0;
  const scaled = scale && { value: toDecimalString(number.read, exponent), end: scale.end, last: exponent };
  const chained = scaled && readChain(text, folded, scaled.value, exponent, scale.end, scan.dot);
  // `15 tūkst. 204 lankytojai`: the units after the thousands, where a unit or noun follows them.
  const rest =
    range === undefined && number.read.frac === "" ? scaled && readRemainder(text, folded, chained ?? scaled, scan.dot) : undefined;
  const restRead = rest && unitAt(scan, token, wordsStartAfter(text, rest.end, token.index), range?.token);
  const chain = restRead ? rest : chained;
  const scaleEnd = chain?.end ?? scale?.end;
  const read =
    restRead ?? unitAt(scan, token, scaleEnd === undefined ? token.wordsStart : wordsStartAfter(text, scaleEnd, token.index), range?.token);
  const secondAt = secondOfRange(token);
  if (secondAt >= 0 && read === undefined && scale === undefined) {
    scan.pending = { number, secondAt };
    return token.end;
  }
  const end = read?.end ?? scaleEnd ?? token.end;
  if (read !== undefined && notAQuantity(scan, range === undefined ? [token] : [range.token, token], read)) return end;
  const unit = read?.unit ?? null;
  // Without a unit, only when asked, and never a dotted number ("1.1 uždavinys").
  if (unit === null && !(scan.bare && (!token.dotted || scale !== undefined))) return chain?.end ?? token.end;
  const whole =
    range === undefined && scale === undefined && unit !== null && !token.signUnknown ? readWronglyGrouped(text, token, unit) : undefined;
  if (whole !== undefined) {
    // Its head, read alone before it, was a bare number (with bareNumbers): the whole replaces it.
    const last = scan.out[scan.out.length - 1];
    if (last !== undefined && last.end > whole.start) scan.out.pop();
    emit(scan, whole.start, end, whole.value, read, { malformed: true });
    return end;
  }
  // A quantity that is all of a quoted text is a name (`naujienų portalu „15 min.“`).
  if (isOpeningQuote(text[(range?.token ?? token).index - 1] ?? "") && isClosingQuote(text[end] ?? "")) return end;
  const value = chain?.value ?? toDecimalString(number.read, exponent);
  if (range !== undefined) {
    // A range runs upwards, and does not start at a year of a list of years and counts:
    // `1950 – 223 skaitytojai` and `1945 m. jis siekė 180 egz., 1950 – 5103 egz.` are a year and a count.
    const first = toDecimalString(range.read, exponent);
    if (toDec(first).lte(toDec(value)) && !isListedYear(text, folded, range.token.index, range.token.end, token.index))
      emit(scan, range.token.index, range.token.end, first, read, { signUnknown: range.token.signUnknown });
  }
  emit(scan, token.index, end, value, read, { signUnknown: token.signUnknown });
  return end;
}

/** Adds the match of `[index, end)`, with its unit and counted noun, and the marks that are true. */
function emit(
  scan: Scan,
  index: number,
  end: number,
  value: string,
  read: UnitRead | undefined,
  marks: { signUnknown?: boolean; malformed?: boolean },
): void {
  const match: QuantityMatch = { text: scan.text.slice(index, end), index, end, value, unit: read?.unit ?? null };
  if (read?.noun !== undefined) match.noun = read.noun;
  if (marks.signUnknown === true) match.signUnknown = true;
  if (marks.malformed === true) match.malformed = true;
  scan.out.push(match);
}
