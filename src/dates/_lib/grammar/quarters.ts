// Quarters and half-years after their number: a Roman numeral (`II ketv.`, `I–III ketv.`,
// `I pusmetis`), a digit (`2023 m. 2 ketv.`) or an ordinal word (`antrajame pusmetyje`,
// `pirmąjį ketvirtį`), and the halves of a year (`2023 m. antroje pusėje`, `2023 m. II pusėje`).
import type { Point, Span } from "../points";
import type { Reader } from "../reader";
import { Kind } from "../tokenize";
import { dateWord, marker, offsetOf, romanValueAt, sameLine } from "./tokens";

/**
 * `II ketv.`, `I–III ketv.`, `I pusmetis` once the number `n` (written at offset `at`) is read;
 * i is the token after it. Null when no quarter or half-year word follows.
 */
export function quarterTail(reader: Reader, i: number, point: Point, n: number, at: number): Point | null {
  let last = n;
  let markerAt = i;
  // I–III ketv., I - II pusm.: the last of a range of quarters or half-years
  if (sameLine(reader, i)?.kind === Kind.DASH) {
    const roman = romanValueAt(reader, i + 1);
    const digit = sameLine(reader, i + 1);
    const value = roman > 0 ? roman : digit?.kind === Kind.NUM && digit.length === 1 ? digit.value : -1;
    if (value > 0) {
      last = value;
      markerAt = i + 2;
    }
  }
  const quarter = marker(reader, markerAt, "quarter");
  const half = quarter > 0 ? -1 : marker(reader, markerAt, "half_year");
  if (quarter < 0 && half < 0) return null;
  const span: Span = { kind: quarter > 0 ? "quarter" : "half_year", n, n2: last, part: 0, at };
  point.span = span;
  point.to = quarter > 0 ? quarter : half;
  point.marked = true;
  point.bare = false;
  return point;
}

/** `antrajame pusmetyje`, `pirmąjį ketvirtį`: the ordinal `n` at token i, then the quarter or half-year word. */
export function ordinalTail(reader: Reader, i: number, point: Point, n: number): Point | null {
  return quarterTail(reader, i + 1, point, n, offsetOf(reader, i));
}

/** `2023 m. antroje pusėje`, `2023 m. II pusėje`: the half `n` of the year, its number at token i. */
export function yearHalf(reader: Reader, i: number, point: Point, n: number): Point | null {
  if (dateWord(reader, i + 1)?.kind !== "half") return null;
  const at = offsetOf(reader, i);
  point.span = { kind: "half_year", n, n2: n, part: 0, at };
  point.to = i + 2;
  point.marked = true;
  return point;
}
