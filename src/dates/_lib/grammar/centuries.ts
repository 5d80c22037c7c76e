// Centuries, after a Roman numeral: `XX a.`, `XIX–XX a.`, and the parts of one century: a third
// (`XX a. pradžioje`, `XX a. vid.`), a decade (`XX a. ketvirtajame dešimtmetyje`,
// `XX a. 4-ajame dešimtmetyje`, `XX a. 4 deš.`) or a half (`XIX a. antroje pusėje`,
// `XIX a. II pusėje`, `XIX a. 2-oje pusėje`). A numeral without `a.` is a quarter or a half-year
// (quarters.ts).
import { newPoint, withPart, withSpan, type Point, type Span } from "../points";
import type { Reader } from "../reader";
import { isClosingQuote, isOpeningQuote } from "../../../lexicon/characters";
import { Kind } from "../tokenize";
import { quarterTail } from "./quarters";
import { dateWord, glued, isCapital, marker, offsetOf, partEnd, romanValueAt, sameLine } from "./tokens";

/** After the Roman numeral `numeral` at token i: a century, else a quarter or a half-year. */
export function romanTail(reader: Reader, i: number, numeral: number): Point | null {
  const at = offsetOf(reader, i);
  const point = newPoint(i, at);
  let markerEnd = marker(reader, i + 1, "century");
  let last = numeral;
  if (markerEnd < 0 && sameLine(reader, i + 1)?.kind === Kind.DASH) {
    // XIX–XX a.
    const second = romanValueAt(reader, i + 2);
    const after = second > 0 ? marker(reader, i + 3, "century") : -1;
    if (after > 0) {
      markerEnd = after;
      last = second;
    }
  }
  if (markerEnd < 0) return quarterTail(reader, i + 1, point, numeral, at);
  // XXI Amžius, „XXI amžiaus“: a name (a newspaper's) in title case or quoted alone, not the century
  if (titleCase(reader, i + 1) || quotedAlone(reader, at, markerEnd)) return null;
  const { mode, minYear, maxYear } = reader.options;
  if (mode === "find" && ((numeral - 1) * 100 + 1 < minYear || last * 100 > maxYear || last < numeral)) return null;
  point.marked = true;
  withSpan(point, markerEnd, "century", numeral, at);
  (point.span as Span).n2 = last;
  return last === numeral ? centuryPart(reader, markerEnd, point) : point;
}

/** What may follow `XX a.` (i is the token after it): a third, a decade or a half of the century. */
function centuryPart(reader: Reader, i: number, point: Point): Point {
  const word = dateWord(reader, i);
  if (word?.kind === "part") return withPart(point, partEnd(reader, i), "century_part", word.value);
  // XX a. ketvirtajame dešimtmetyje
  if (word?.kind === "ordinal") {
    const decade = marker(reader, i + 1, "decade");
    if (decade > 0) return withPart(point, decade, "century_decade", word.value);
  }
  // XX a. 4-ajame dešimtmetyje, XX a. 4 deš.
  const number = sameLine(reader, i);
  if (number?.kind === Kind.NUM && number.length <= 2) {
    let decadeAt = i + 1;
    if (glued(reader, decadeAt)?.kind === Kind.DASH && glued(reader, decadeAt + 1)?.kind === Kind.WORD) decadeAt += 2;
    const decade = marker(reader, decadeAt, "decade");
    if (decade > 0) return withPart(point, decade, "century_decade", number.value);
  }
  // XIX a. antroje pusėje, XIX a. II pusėje
  if (word?.kind === "ordinal" && word.value <= 2 && dateWord(reader, i + 1)?.kind === "half") {
    return withPart(point, i + 2, "century_half", word.value);
  }
  const half = romanValueAt(reader, i);
  if ((half === 1 || half === 2) && dateWord(reader, i + 1)?.kind === "half") return withPart(point, i + 2, "century_half", half);
  // XIX a. 2-oje pusėje
  if (
    number?.kind === Kind.NUM &&
    (number.value === 1 || number.value === 2) &&
    number.length === 1 &&
    glued(reader, i + 1)?.kind === Kind.DASH &&
    glued(reader, i + 2)?.kind === Kind.WORD &&
    dateWord(reader, i + 3)?.kind === "half"
  ) {
    return withPart(point, i + 4, "century_half", number.value);
  }
  return point;
}

/** Whether the word at token i is written in title case: a capital, then lower case (`Amžius`, not `AMŽIUS`). */
function titleCase(reader: Reader, i: number): boolean {
  const token = sameLine(reader, i);
  if (token === undefined || token.length < 2) return false;
  const first = reader.text[token.start] as string;
  const second = reader.text[token.start + 1] as string;
  return isCapital(first) && second !== second.toUpperCase();
}

/** Whether a century's words from offset `at` to token `to` are all a quotation holds (`„XXI amžiaus“`). */
function quotedAlone(reader: Reader, at: number, to: number): boolean {
  const close = glued(reader, to);
  return isOpeningQuote(reader.text[at - 1] ?? "") && close !== undefined && isClosingQuote(reader.text[close.start] as string);
}
