// Numbers written in more than one piece: a chain of scale words (`2 mln. 350 tūkst. eurų` is
// 2 350 000) and a decimal comma with a space after it (`12 345, 67 Eur`, malformed).
import { DecimalSum } from "../../_lib/sum";
import { isDigit, isNumberHorizontalSpace } from "./chars";
import { matchScale, matchUnit } from "./matchWord";
import type { DotRule } from "../parseNumber";
import type { Token } from "./numberToken";
import { readNumber, toDecimalString, type NumberRead } from "./readNumber";

/** A chain's value and where its last scale word ends. */
export interface Chain {
  value: string;
  end: number;
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
  return sum === undefined ? undefined : { value: sum.toString(), end };
}

/**
 * A number whose decimal comma has a space after it, before a money unit (`12 345, 67 Eur`): its
 * value as meant (`12345.67`) and where the unit ends; the `67 Eur` inside it is never read alone.
 */
export function readMalformed(
  text: string,
  folded: string,
  token: Token,
  read: NumberRead,
): { value: string; end: number; unit: "EUR" | "LTL" } | undefined {
  if (token.next !== 0x2c || read.frac !== "" || !isNumberHorizontalSpace(token.afterNext)) return undefined;
  let j = token.end + 1;
  while (isNumberHorizontalSpace(text.charCodeAt(j))) j++;
  if (j !== token.end + 2 || !isDigit(text.charCodeAt(j)) || !isDigit(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 2)))
    return undefined;
  let k = j + 2;
  while (isNumberHorizontalSpace(text.charCodeAt(k))) k++;
  const unit = k > j + 2 ? matchUnit(folded, k) : undefined;
  if (unit === undefined || (unit.value !== "EUR" && unit.value !== "LTL")) return undefined;
  return { value: toDecimalString({ ...read, frac: text.slice(j, j + 2) }), end: unit.end, unit: unit.value };
}
