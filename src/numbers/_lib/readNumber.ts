// The strict reader of one Lithuanian number, shared by parseNumber, parseQuantity and
// findQuantities. It reads from `start` and stops where number syntax ends; it never throws.
import { isDigitGroupSeparator, isMinusSign } from "../../lexicon/characters";
import { isDigit } from "./chars";

/** How a dot between digits is read (see ParseNumberOptions.dot). */
export type DotReading = "auto" | "decimal" | "thousands";

/** At most this many digits in a number: the precision of the library's decimal calculator. */
export const MAX_DIGITS = 64;

export interface NumberRead {
  ok: true;
  negative: boolean;
  /** Integer digits without separators (may start with zeros). */
  int: string;
  /** Fraction digits as written ("" when none). */
  frac: string;
  /** Where the number ends. */
  end: number;
}

export interface NumberFailure {
  ok: false;
  code: "invalid_number" | "ambiguous_number";
  offset: number;
  message: string;
}

function fail(offset: number, message: string, code: NumberFailure["code"] = "invalid_number"): NumberFailure {
  return { ok: false, code, offset, message };
}

function describeAt(text: string, i: number): string {
  if (i >= text.length) return "the end of the text";
  const ch = text[i] as string;
  if (ch === "O" || ch === "o") return `the letter ${JSON.stringify(ch)} (a digit 0 was expected)`;
  return JSON.stringify(ch);
}

/** Reads a run of digits from i; returns its end. */
function digitsEnd(text: string, i: number): number {
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  return i;
}

/** A number being read: where reading is, and the digits read so far. */
interface Reading {
  readonly text: string;
  /** Where reading is. */
  at: number;
  /** Where the first digit is. */
  readonly digitsStart: number;
  int: string;
  frac: string;
  /** Whether spaces grouped the integer digits ("73 341"). */
  spaceGrouped: boolean;
  /** Whether a dot was read as the decimal point. */
  dotDecimal: boolean;
}

/** A step of {@link readNumber}: reads on, or says why the number is not one. */
type Step = (reading: Reading, dot: DotReading) => NumberFailure | undefined;

/** Groups after spaces: "73 341", "1 234 567". */
const readSpaceGroups: Step = (r) => {
  const { text } = r;
  while (r.at < text.length && isDigitGroupSeparator(text.charCodeAt(r.at)) && isDigit(text.charCodeAt(r.at + 1))) {
    const i = r.at;
    const groupEnd = digitsEnd(text, i + 1);
    const length = groupEnd - (i + 1);
    if (!r.spaceGrouped && r.int.length > 3) {
      return fail(i, `A space at offset ${i} separates digit groups, but ${JSON.stringify(r.int)} before it has more than three digits`);
    }
    if (length !== 3) {
      return fail(
        i + 1,
        `The digit group at offset ${i + 1} has ${length} digit${length === 1 ? "" : "s"}; groups after a space have three`,
      );
    }
    r.int += text.slice(i + 1, groupEnd);
    r.spaceGrouped = true;
    r.at = groupEnd;
  }
  return undefined;
};

/** A dot after space-grouped digits: only a decimal point ("1 234.5"). */
function readDotAfterSpaceGroups(r: Reading, dot: DotReading): NumberFailure | undefined {
  const i = r.at;
  if (dot === "thousands")
    return fail(i, `A dot at offset ${i} after space-grouped digits can only be a decimal point, and the dot option says "thousands"`);
  const fracEnd = digitsEnd(r.text, i + 1);
  r.frac = r.text.slice(i + 1, fracEnd);
  r.dotDecimal = true;
  r.at = fracEnd;
  return undefined;
}

/** Dots between digits: thousands separators or a decimal point, by the rule of DotRule. */
function readDots(r: Reading, dot: DotReading): NumberFailure | undefined {
  const { text } = r;
  const groups: Array<{ at: number; digits: string }> = [];
  let j = r.at;
  while (text[j] === "." && isDigit(text.charCodeAt(j + 1))) {
    const groupEnd = digitsEnd(text, j + 1);
    groups.push({ at: j, digits: text.slice(j + 1, groupEnd) });
    j = groupEnd;
  }
  const commaFollows = text[j] === "," && isDigit(text.charCodeAt(j + 1));
  const first = groups[0] as { at: number; digits: string };
  const int = r.int;
  const leadOk = int.length <= 3 && !(int.length > 1 && int[0] === "0") && int !== "0";
  if (groups.length > 1 || commaFollows) {
    // Only thousands separators can repeat or stand before a decimal comma: "1.234.567", "1.234,5".
    if (dot === "decimal") {
      const at = groups.length > 1 ? (groups[1] as { at: number }).at : j;
      return fail(at, `A second decimal separator at offset ${at} (the dot option says a dot is a decimal point)`);
    }
    if (!leadOk) return fail(first.at, `A dot at offset ${first.at} cannot separate thousands after ${JSON.stringify(int)}`);
    const bad = groups.find((g) => g.digits.length !== 3);
    if (bad)
      return fail(
        bad.at + 1,
        `The digit group at offset ${bad.at + 1} has ${bad.digits.length} digits; groups after a thousands dot have three`,
      );
    for (const g of groups) r.int += g.digits;
  } else if (first.digits.length === 3 && leadOk) {
    // "1.234": 1234 or 1,234? Lithuanian writes neither; only an option decides.
    if (dot === "auto") {
      return fail(
        first.at,
        `${JSON.stringify(text.slice(r.digitsStart, j))} can be read as ${int}${first.digits} (dot as thousands separator) or ${int}.${first.digits} (decimal dot); pass the dot option to decide`,
        "ambiguous_number",
      );
    }
    if (dot === "thousands") r.int += first.digits;
    else {
      r.frac = first.digits;
      r.dotDecimal = true;
    }
  } else {
    if (dot === "thousands")
      return fail(
        first.at + 1,
        `The digit group at offset ${first.at + 1} has ${first.digits.length} digits; groups after a thousands dot have three`,
      );
    r.frac = first.digits;
    r.dotDecimal = true;
  }
  r.at = j;
  return undefined;
}

/** A dot followed by a digit, read by the dot rule; nothing when there is none. */
const readDot: Step = (r, dot) => {
  if (r.text[r.at] !== "." || !isDigit(r.text.charCodeAt(r.at + 1))) return undefined;
  return r.spaceGrouped ? readDotAfterSpaceGroups(r, dot) : readDots(r, dot);
};

/** The decimal comma: "10499,35". */
const readDecimalComma: Step = (r) => {
  const { text, at: i } = r;
  if (text[i] !== ",") return undefined;
  if (!isDigit(text.charCodeAt(i + 1))) return fail(i, `The decimal comma at offset ${i} is not followed by a digit`);
  if (r.dotDecimal) return fail(i, `A second decimal separator at offset ${i}`);
  const fracEnd = digitsEnd(text, i + 1);
  r.frac = text.slice(i + 1, fracEnd);
  r.at = fracEnd;
  return undefined;
};

/** What may not follow a number: a second separator, digits after the fraction, a letter O among digits. */
const checkWhatFollows: Step = (r) => {
  const { text, at: i } = r;
  if ((text[i] === "," || text[i] === ".") && isDigit(text.charCodeAt(i + 1))) {
    return fail(i, `A second decimal separator at offset ${i}`);
  }
  if (r.frac !== "" && isDigitGroupSeparator(text.charCodeAt(i)) && isDigit(text.charCodeAt(i + 1))) {
    return fail(i + 1, `Digits at offset ${i + 1} after the fraction`);
  }
  if (text[i] === "O" || text[i] === "o") {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= text.length || isDigit(next) || next === 0x2c || next === 0x4f || next === 0x6f || isDigitGroupSeparator(next)) {
      return fail(i, `Expected a digit at offset ${i}, found ${describeAt(text, i)}`);
    }
  }
  return undefined;
};

/** At most MAX_DIGITS digits; the failure points at the first digit past the limit. */
const checkDigitCount: Step = (r) => {
  const count = r.int.length + r.frac.length;
  if (count <= MAX_DIGITS) return undefined;
  let seen = 0;
  let k = r.digitsStart;
  for (; k < r.at; k++) if (isDigit(r.text.charCodeAt(k)) && ++seen > MAX_DIGITS) break;
  return fail(k, `The number has ${count} digits; at most ${MAX_DIGITS} are read exactly`);
};

/** The steps after the first digits, in order. */
const STEPS: readonly Step[] = [readSpaceGroups, readDot, readDecimalComma, checkWhatFollows, checkDigitCount];

/**
 * Reads one number at `start`: optional sign, digits grouped by single spaces (groups of three)
 * or by dots, optional decimal comma (or decimal dot by the dot rule).
 */
export function readNumber(text: string, start: number, dot: DotReading = "auto"): NumberRead | NumberFailure {
  let i = start;
  const c0 = text.charCodeAt(i);
  const negative = c0 !== 0x2b && isMinusSign(c0);
  if (c0 === 0x2b || negative) i++;
  if (!isDigit(text.charCodeAt(i))) {
    const what =
      text[i] === "," || text[i] === "."
        ? `${JSON.stringify(text[i])}: a number starts with a digit (write "0,5", not ",5")`
        : describeAt(text, i);
    return fail(i, `Expected a digit at offset ${i}, found ${what}`);
  }
  const firstEnd = digitsEnd(text, i);
  const reading: Reading = {
    text,
    at: firstEnd,
    digitsStart: i,
    int: text.slice(i, firstEnd),
    frac: "",
    spaceGrouped: false,
    dotDecimal: false,
  };
  for (const step of STEPS) {
    const failure = step(reading, dot);
    if (failure !== undefined) return failure;
  }
  return { ok: true, negative, int: reading.int, frac: reading.frac, end: reading.at };
}

/**
 * Writes a read number as a plain decimal string, multiplied by 10^exponent exactly (scale
 * words). Keeps the written decimals that the scale leaves; never "-0".
 */
export function toDecimalString(read: Pick<NumberRead, "negative" | "int" | "frac">, exponent = 0): string {
  let int = read.int;
  let frac = read.frac;
  if (exponent > 0) {
    if (frac.length <= exponent) {
      int = int + frac + "0".repeat(exponent - frac.length);
      frac = "";
    } else {
      int += frac.slice(0, exponent);
      frac = frac.slice(exponent);
    }
  }
  let k = 0;
  while (k < int.length - 1 && int.charCodeAt(k) === 48) k++;
  if (k > 0) int = int.slice(k);
  const body = frac === "" ? int : `${int}.${frac}`;
  if (!read.negative) return body;
  for (let m = 0; m < body.length; m++) {
    const c = body.charCodeAt(m);
    if (c >= 49 && c <= 57) return `-${body}`;
  }
  return body;
}
