import { describeValue, optionsObject, receivedOf } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";
import { CHARACTER_CLASSES } from "../lexicon/characters";
import { isNumberSpace } from "./_lib/chars";
import { MAX_DIGITS, toDecimalString } from "./_lib/readNumber";
import { readScaledNumber } from "./_lib/readScale";

/**
 * How a dot between digits is read. Lithuanian writes a decimal comma and groups thousands with
 * spaces, so a dot is always someone else's convention:
 *
 * | `dot` | `1.5` | `1.234` | `1.234.567` | `1.234,5` | `1 234.5` |
 * | --- | --- | --- | --- | --- | --- |
 * | `"auto"` (default) | `1.5` | `ambiguous_number` | `1234567` | `1234.5` | `1234.5` |
 * | `"decimal"` | `1.5` | `1.234` | `invalid_number` | `invalid_number` | `1234.5` |
 * | `"thousands"` | `invalid_number` | `1234` | `1234567` | `1234.5` | `invalid_number` |
 *
 * Under `"auto"` a dot is a thousands separator only where it cannot be a decimal point (it
 * repeats, or a decimal comma follows), and a decimal point where it cannot separate thousands
 * (the group after it is not three digits, or the digits before it are more than three or
 * start with 0). One dot followed by exactly three digits is ambiguous.
 *
 * @example
 * ```ts
 * import { parseNumber, type DotRule } from "bibliotekos/numbers";
 * const rules: DotRule[] = ["decimal", "thousands"];
 * rules.map((dot) => parseNumber("1.234", { dot }));
 * //=> ["1.234", "1234"]
 * ```
 */
export type DotRule = "auto" | "decimal" | "thousands";

/** Options of {@link parseNumber} and {@link safeParseNumber}.
 *
 * @example
 * ```ts
 * import { parseNumber, type ParseNumberOptions } from "bibliotekos/numbers";
 * const options: ParseNumberOptions = { dot: "thousands" };
 * parseNumber("12.500", options);
 * //=> "12500"
 * ```
 */
export interface ParseNumberOptions {
  /**
   * How a dot between digits is read; see {@link DotRule}.
   * @default "auto"
   */
  dot?: DotRule;
}

const SIMPLE = /^-?(?:0|[1-9]\d*)(?:,\d+)?$/;
const NONZERO = /[1-9]/;
const GROUPED = new RegExp(`^-?[1-9]\\d{0,2}(?:${CHARACTER_CLASSES.digitGroupSeparator}\\d{3})+(?:,\\d+)?$`);
const GROUP_SEPARATORS = new RegExp(CHARACTER_CLASSES.digitGroupSeparator, "g");

function invalidArgument(what: string, value: unknown): BibliotekosError {
  return new BibliotekosError({
    code: "invalid_argument",
    message: `Expected ${what}, got ${typeof value}`,
    input: value,
    expected: what,
    received: typeof value,
  });
}

/** @internal Checks the options object shared by the number readers. */
export function checkDotOption(options: ParseNumberOptions | undefined): DotRule {
  const given = optionsObject(options).dot;
  const dot = given === undefined ? "auto" : given;
  if (dot !== "auto" && dot !== "decimal" && dot !== "thousands") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Unknown dot rule ${describeValue(dot)}; expected "auto", "decimal" or "thousands"`,
      input: dot,
      expected: '"auto" | "decimal" | "thousands"',
      received: receivedOf(dot),
    });
  }
  return dot;
}

/** @internal Throws a reader failure as a BibliotekosError. */
export function throwNumberFailure(
  text: string,
  failure: { code: "invalid_number" | "ambiguous_number"; offset: number; message: string },
): never {
  throw new BibliotekosError({
    code: failure.code,
    message: failure.message,
    input: text,
    offset: failure.offset,
    received: failure.offset < text.length ? text.slice(failure.offset, failure.offset + 12) : "end of text",
  });
}

/**
 * Reads one number as Lithuanian texts write it, into a plain decimal string that keeps the
 * written precision: `"24,0"` → `"24.0"`, `"73 341"` → `"73341"`, `"-718"` → `"-718"`.
 *
 * - Thousands grouped by a space, a no-break space (U+00A0), a narrow no-break space (U+202F)
 *   or a thin space (U+2009), in groups of three: `1 234 567`; or not grouped: `774795`.
 * - A decimal comma: `10499,35`. A dot by the rule of {@link DotRule}.
 * - A sign: `-`, `−` (U+2212), `–` (U+2013), `‒` (U+2012), `˗` (U+02D7) or `+`.
 * - A scale word after the number, applied exactly: `1,2 mln.` → `"1200000"`,
 *   `100 tūkst.` → `"100000"`, `2,5 milijardo` → `"2500000000"`.
 * - Whitespace around the number is ignored. At most 64 digits.
 *
 * A unit after the number is an error here; read it with {@link parseQuantity}.
 *
 * @param text - one number, as written.
 * @param options - {@link ParseNumberOptions}.
 * @returns a plain decimal string (`"-12.50"`): no grouping, `.` as decimal point, no leading
 *   zeros, never `"-0"`.
 * @throws {@link BibliotekosError} `invalid_number` (with `offset`) for anything else: `1 2 3`,
 *   `1,2,3`, `,5`, `5,`, `--5`, `1O0`; `ambiguous_number` for `1.234` without a `dot` option;
 *   `invalid_argument` if `text` is not a string.
 *
 * @example
 * ```ts
 * import { parseNumber } from "bibliotekos/numbers";
 * parseNumber("73 341");
 * //=> "73341"
 * parseNumber("24,0");
 * //=> "24.0"
 * parseNumber("1,2 mln.");
 * //=> "1200000"
 * parseNumber("−1 234,50");
 * //=> "-1234.50"
 * parseNumber("1.234");
 * //=> throws ambiguous_number
 * parseNumber("1,2,3");
 * //=> throws invalid_number
 * ```
 */
export function parseNumber(text: string, options?: ParseNumberOptions): string {
  if (typeof text !== "string") throw invalidArgument("a string", text);
  const dot = checkDotOption(options);
  // Fast path for the commonest forms ("774795,00", "-718"): same result as the full reader.
  if (text.length <= MAX_DIGITS && SIMPLE.test(text)) {
    const plain = text.replace(",", ".");
    return plain.charCodeAt(0) === 45 && !NONZERO.test(plain) ? plain.slice(1) : plain;
  }
  if (text.length <= 2 * MAX_DIGITS && GROUPED.test(text)) {
    const plain = text.replace(GROUP_SEPARATORS, "").replace(",", ".");
    if (plain.length <= MAX_DIGITS + 2) return plain;
  }
  let i = 0;
  while (i < text.length && isNumberSpace(text.charCodeAt(i))) i++;
  const scaled = readScaledNumber(text, i, dot);
  if (!("read" in scaled)) throwNumberFailure(text, scaled);
  const { read, exponent } = scaled;
  let j = scaled.end;
  while (j < text.length && isNumberSpace(text.charCodeAt(j))) j++;
  if (j < text.length) {
    const at = j;
    const tail = text.slice(at, at + 12);
    throwNumberFailure(text, {
      code: "invalid_number",
      offset: at,
      message: `Unexpected ${JSON.stringify(tail)} at offset ${at} after the number${/^o/i.test(tail) && at === read.end ? " (the letter O where a digit 0 was expected?)" : "; to read a number with its unit use parseQuantity"}`,
    });
  }
  return toDecimalString(read, exponent);
}

/**
 * {@link parseNumber} that returns its error instead of throwing it.
 *
 * @param text - one number, as written.
 * @param options - {@link ParseNumberOptions}.
 * @returns `{ success: true, data }` with the decimal string, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseNumber } from "bibliotekos/numbers";
 * safeParseNumber("10499,35");
 * //=> { success: true, data: "10499.35" }
 * const result = safeParseNumber("1 2 3");
 * result.success ? result.data : [result.error.code, result.error.offset];
 * //=> ["invalid_number", 2]
 * ```
 */
export function safeParseNumber(text: string, options?: ParseNumberOptions): SafeResult<string> {
  return toSafeResult(() => parseNumber(text, options));
}
