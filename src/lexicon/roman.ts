import { assertInteger, assertText } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
const CANONICAL = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/**
 * The largest Roman numeral the lexicon reads: XXI (the 21st century).
 *
 * @example
 * ```ts
 * import { formatRomanNumeral, MAX_ROMAN_NUMERAL } from "bibliotekos/lexicon";
 * formatRomanNumeral(MAX_ROMAN_NUMERAL);
 * //=> "XXI"
 * ```
 */
export const MAX_ROMAN_NUMERAL = 21;

/**
 * Reads a Roman numeral from I to XXI, as texts write centuries (`XX a.`), quarters
 * (`II ketv.`), half-years and floors (`II a.`). Only the canonical form is read (`IV`, not
 * `IIII`); upper and lower case are both accepted; surrounding whitespace is ignored.
 *
 * @param text - the numeral.
 * @returns its value, 1 … 21.
 * @throws {@link BibliotekosError} `invalid_roman_numeral`, with `offset` at the first character
 *   that cannot be part of the numeral (or 0 when the whole is malformed).
 *
 * @example
 * ```ts
 * import { parseRomanNumeral } from "bibliotekos/lexicon";
 * parseRomanNumeral("XIX");
 * //=> 19
 * parseRomanNumeral("iv");
 * //=> 4
 * parseRomanNumeral("XXII");
 * //=> throws invalid_roman_numeral
 * ```
 */
export function parseRomanNumeral(text: string): number {
  assertText(text);
  const start = text.length - text.trimStart().length;
  const numeral = text.trim().toUpperCase();
  for (let i = 0; i < numeral.length; i++) {
    if (ROMAN_DIGITS[numeral[i] as string] === undefined) {
      throw new BibliotekosError({
        code: "invalid_roman_numeral",
        message: `Unexpected ${JSON.stringify(text[start + i])} at offset ${start + i}: a Roman numeral from I to XXI uses only I, V and X`,
        input: text,
        offset: start + i,
        expected: "I, V or X",
        received: text[start + i] ?? "",
      });
    }
  }
  if (numeral.length === 0 || !CANONICAL.test(numeral)) {
    throw new BibliotekosError({
      code: "invalid_roman_numeral",
      message: `${JSON.stringify(text)} is not a canonical Roman numeral from I to XXI`,
      input: text,
      offset: start,
      expected: "I … XXI",
      received: text,
    });
  }
  const value = sumOfDigits(numeral);
  if (value > MAX_ROMAN_NUMERAL) {
    throw new BibliotekosError({
      code: "invalid_roman_numeral",
      message: `${JSON.stringify(text)} is ${value}; the lexicon reads Roman numerals from I to XXI only`,
      input: text,
      offset: start,
      expected: "I … XXI",
      received: text,
    });
  }
  return value;
}

/**
 * Like {@link parseRomanNumeral}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseRomanNumeral } from "bibliotekos/lexicon";
 * safeParseRomanNumeral("XX");
 * //=> { success: true, data: 20 }
 * const failed = safeParseRomanNumeral("XL");
 * failed.success ? null : [failed.error.code, failed.error.offset];
 * //=> ["invalid_roman_numeral", 1]
 * ```
 */
export function safeParseRomanNumeral(text: string): SafeResult<number> {
  return toSafeResult(() => parseRomanNumeral(text));
}

/**
 * Writes 1 … 21 as an upper-case Roman numeral.
 *
 * @param value - an integer from 1 to 21.
 * @returns the numeral.
 * @throws {@link BibliotekosError} `invalid_argument` for anything else.
 *
 * @example
 * ```ts
 * import { formatRomanNumeral } from "bibliotekos/lexicon";
 * formatRomanNumeral(20);
 * //=> "XX"
 * formatRomanNumeral(4);
 * //=> "IV"
 * ```
 */
export function formatRomanNumeral(value: number): string {
  assertInteger(value, "the value", 1, MAX_ROMAN_NUMERAL);
  const ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
  return "X".repeat(Math.floor(value / 10)) + (ones[value % 10] as string);
}

/** The value of a numeral of I, V and X digits, each subtracted when a larger one follows. */
function sumOfDigits(numeral: string): number {
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const digit = ROMAN_DIGITS[numeral[i] as string] as number;
    const next = ROMAN_DIGITS[numeral[i + 1] as string] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value;
}

/**
 * The value of a canonical upper-case Roman numeral from I to XXI (`"XIV"` is 14), or -1 for
 * anything else: what {@link parseRomanNumeral} accepts once trimmed and upper-cased, without
 * building an error. The date reader's hot path.
 *
 * @internal
 */
export function romanNumeralValue(numeral: string): number {
  if (numeral.length === 0 || !CANONICAL.test(numeral)) return -1;
  const value = sumOfDigits(numeral);
  return value > MAX_ROMAN_NUMERAL ? -1 : value;
}
