// Numbers written in more than one piece: a chain of scale words (`2 mln. 350 tūkst. eurų` is
// 2 350 000; `15 tūkst. 204 lankytojai` 15 204), a decimal comma with a space after it (`12 345, 67 Eur`, malformed) and a wrongly
// grouped number (`2414 070 fiz. vnt.`, `7, 400 skaitytojų`, `1 5 proc.`, malformed).
import { DecimalSum } from "../../_lib/sum";
import { isDigit, isLetter, isNumberHorizontalSpace } from "./chars";
import { matchScale, matchUnit } from "./matchWord";
import type { DotRule } from "../parseNumber";
import type { UnitId } from "../../lexicon/units";
import type { Token } from "./numberToken";
import { readNumber, toDecimalString, type NumberRead } from "./readNumber";

/** A chain's value, where its last scale word ends, and that word's power of ten. */
export interface Chain {
  value: string;
  end: number;
  last: number;
}

/**
 * Adds the pieces that follow a number's scale word with smaller scales (`2 mln. 350 tūkst.`):
 * each a number of up to three integer digits before its scale word. `undefined` when no piece follows.
 */
export function readChain(text: string, folded: string, first: string, exponent: number, from: number, dot: DotRule): Chain | undefined {
  let sum: DecimalSum | undefined;
  let last = exponent;
  let at = from;
  let end = -1;
  for (;;) {
    let j = at;
    while (isNumberHorizontalSpace(text.charCodeAt(j))) j++;
    if (j === at || !isDigit(text.charCodeAt(j))) break;
    const read = readNumber(text, j, dot);
    if (!read.ok || read.frac !== "" || read.negative || read.int.length > 3) break;
    let k = read.end;
    while (isNumberHorizontalSpace(text.charCodeAt(k))) k++;
    const scale = matchScale(folded, k);
    if (scale === undefined || scale.value >= last) break;
    sum ??= DecimalSum.of(first);
    sum.add(toDecimalString(read, scale.value));
    last = scale.value;
    at = end = scale.end;
  }
  return sum === undefined ? undefined : { value: sum.toString(), end, last };
}

/**
 * The units written after a chain that ends in thousands (`15 tūkst. 204 lankytojai` is 15 204,
 * `207 tūkst. 81 lankytojas` 207 081): an integer of up to three digits, with no scale word after
 * it. The caller keeps it only where a unit or counted noun follows it (`66 tūkst. 900, o …`
 * stays 66 thousand and a bare 900). `undefined` when none follows.
 *
 * @internal
 */
export function readRemainder(text: string, folded: string, chain: Chain, dot: DotRule): Chain | undefined {
  if (chain.last !== 3) return undefined;
  let j = chain.end;
  while (isNumberHorizontalSpace(text.charCodeAt(j))) j++;
  if (j === chain.end || !isDigit(text.charCodeAt(j))) return undefined;
  const read = readNumber(text, j, dot);
  if (!read.ok || read.frac !== "" || read.negative || read.int.length > 3) return undefined;
  let k = read.end;
  while (isNumberHorizontalSpace(text.charCodeAt(k))) k++;
  if (matchScale(folded, k) !== undefined) return undefined;
  const sum = DecimalSum.of(chain.value);
  sum.add(read.int);
  return { value: sum.toString(), end: read.end, last: 0 };
}

/**
 * A number whose decimal comma has a space after it, before a money unit (`12 345, 67 Eur`) or a
 * percent sign (`55, 65%`, glued or not): its value as meant (`12345.67`) and where the unit
 * ends; the `67 Eur` inside it is never read alone.
 */
export function readMalformed(
  text: string,
  folded: string,
  token: Token,
  read: NumberRead,
): { value: string; end: number; unit: "EUR" | "LTL" | "percent" } | undefined {
  if (token.next !== 0x2c || read.frac !== "" || !isNumberHorizontalSpace(token.afterNext)) return undefined;
  let j = token.end + 1;
  while (isNumberHorizontalSpace(text.charCodeAt(j))) j++;
  if (j !== token.end + 2 || !isDigit(text.charCodeAt(j)) || !isDigit(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 2)))
    return undefined;
  let k = j + 2;
  while (isNumberHorizontalSpace(text.charCodeAt(k))) k++;
  const unit = matchUnit(folded, k);
  if (unit === undefined) return undefined;
  const id = unit.value;
  // A money unit after a space (`67 Eur`), a percent sign glued or not (`65%`).
  if (!(id === "percent" || ((id === "EUR" || id === "LTL") && k > j + 2))) return undefined;
  return { value: toDecimalString({ ...read, frac: text.slice(j, j + 2) }), end: unit.end, unit: id };
}

/**
 * Where a head of digits ending at `end` starts, when it stands alone: no letter, dot or comma
 * glued before it, and with `apart`, no digit or comma before the space before it either (`1,
 * 2, 300` is a list, `12 345, 678` no head of three), or -1.
 */
function headStart(text: string, end: number, apart: boolean): number {
  let start = end;
  while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
  const before = text.charCodeAt(start - 1);
  if (start === end || before === 0x2e || before === 0x2c || isLetter(before)) return -1;
  const further = text.charCodeAt(start - 2);
  return apart && isNumberHorizontalSpace(before) && (isDigit(further) || further === 0x2c) ? -1 : start;
}

/** The value of the head `[start, at)` and the token's digits after it (its decimal comma a point). */
function wholeValue(text: string, start: number, headEnd: number, token: Token): string {
  let value = text.slice(start, headEnd);
  for (let i = token.index; i < token.end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) value += text[i];
    else if (c === 0x2c) value += ".";
  }
  return value;
}

/**
 * A wrongly grouped number whose tail is the token, in one of three shapes, gives its start and
 * its value as written, or `undefined`; its tail alone would be a confident wrong amount, so the
 * caller reads the whole, marked malformed:
 * - a first group of four digits or more, a space, a group of three: `2414 070 fiz. vnt.` is 2414070;
 * - one to three digits, a comma and a space, a group of three: `7, 400 skaitytojų` is 7400 (a
 *   decimal comma never has three digits after it in these texts' figures);
 * - before a percentage, one or two digits, one space, one or two digits: `1 5 proc.` is 15 %.
 */
export function readWronglyGrouped(text: string, token: Token, unit: UnitId): { start: number; value: string } | undefined {
  const at = token.index;
  let digits = 0;
  while (isDigit(text.charCodeAt(at + digits))) digits++;
  if (!isNumberHorizontalSpace(text.charCodeAt(at - 1)) || !isDigit(text.charCodeAt(at - 2))) {
    if (digits !== 3 || text.charCodeAt(at - 1) !== 0x20 || text.charCodeAt(at - 2) !== 0x2c) return undefined;
    const start = headStart(text, at - 2, true);
    return start >= 0 && at - 2 - start <= 3 && !leadingZero(text, start)
      ? { start, value: wholeValue(text, start, at - 2, token) }
      : undefined;
  }
  if (unit === "percent" && digits <= 2 && token.end === at + digits) {
    const start = headStart(text, at - 1, true);
    return start >= 0 && at - 1 - start <= 2 && !leadingZero(text, start)
      ? { start, value: wholeValue(text, start, at - 1, token) }
      : undefined;
  }
  // A head of one to three digits would have been read as a group (`414 070`); a head that reads
  // as a year of these texts (1900–2099) is a year before an amount, as a table row flattened to
  // text writes it (`2024 150 000 Eur`).
  const start = headStart(text, at - 1, false);
  const head = text.slice(start, at - 1);
  if (start < 0 || digits !== 3 || head.length < 4 || leadingZero(text, start)) return undefined;
  if (head.length === 4 && Number(head) >= 1900 && Number(head) <= 2099) return undefined;
  return { start, value: wholeValue(text, start, at - 1, token) };
}

/** Whether the digits at `start` begin with a zero: no grouped number does (`0 1 proc.` is no 01 %). */
function leadingZero(text: string, start: number): boolean {
  return text.charCodeAt(start) === 0x30;
}
