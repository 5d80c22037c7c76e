// Fills in what a date expression leaves out: each side of a range from the other (`vasario
// 24–27 d.`: the end takes the month and year of the start), then from the reference date.
import { firstDay, lastDay, MAX_YEAR, MIN_YEAR, toIso, type Partial } from "./calendar";
import { DateFail, pointBounds, type Point } from "./points";

/**
 * The first and last partial dates of `a` (or of `a`–`b`), everything filled in: a year or month
 * left out from `ref` (the reference date, or the date before it in the sentence, or a dated
 * heading above), a year counted from today (`pernai`) from `relativeRef` (the reference date
 * under a heading, which names another year).
 *
 * @internal Reader part, not in any entry of the package; what the two references make findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * const text = "2000 m. kovo 1 d.\n\nAtidarymas įvyko spalio 27 d.\n\nPernai vyko mokymai.";
 * findDates(text, { ref: "2024" }).map((m) => [m.text, m.period.start]);
 * //=> [["2000 m. kovo 1 d.", "2000-03-01"], ["spalio 27 d.", "2000-10-27"], ["Pernai", "2023"]]
 * ```
 */
export function resolveRange(
  a: Point,
  b: Point | null,
  ref: Partial | undefined,
  at: (token: number) => number,
  relativeRef: Partial | undefined,
): [Partial, Partial] {
  // The points were built for this attempt only: filling them in place is safe.
  if (b !== null) {
    if (b.school) {
      if (a.y === undefined || a.m !== undefined || b.m !== undefined)
        throw new DateFail("invalid_date", at(a.from), "A school year runs between two years");
      const start = { y: a.y, m: 9 };
      const end = { y: b.y as number, m: 8 };
      if (end.y <= start.y) throw new DateFail("reversed_range", at(b.from), "The school year ends before it starts");
      return [start, end];
    }
    const noSpans = a.span === undefined && b.span === undefined;
    if (b.y === undefined && a.y !== undefined) {
      b.y = a.y;
      if (b.m === undefined && b.d !== undefined) b.m = a.m;
      // gruodžio 28 – sausio 5 d.: the end is in the next year
      else if (b.m !== undefined && a.m !== undefined && b.m < a.m && noSpans) b.y = a.y + 1;
    } else if (b.y === undefined && b.m === undefined && b.d !== undefined) b.m = a.m;
    if (a.y === undefined && b.y !== undefined) {
      a.y = a.m !== undefined && b.m !== undefined && a.m > b.m ? b.y - 1 : b.y;
      if (a.m === undefined && a.d !== undefined) a.m = b.m;
    }
    if (a.m === undefined && a.d !== undefined && b.m !== undefined) a.m = b.m;
    if (b.y === undefined && a.m !== undefined && b.m !== undefined && b.m < a.m) {
      fillFromRef(a, ref, relativeRef, at);
      b.y = (a.y as number) + 1;
    }
  } else if (a.school && a.y !== undefined) {
    return [
      { y: a.y, m: 9 },
      { y: a.y + 1, m: 8 },
    ];
  }
  fillFromRef(a, ref, relativeRef, at);
  const [start, aEnd] = bounds(a, at);
  if (b === null) return [start, aEnd];
  fillFromRef(b, ref, relativeRef, at);
  const [, end] = bounds(b, at);
  if (firstDay(start) > lastDay(end)) {
    throw new DateFail("reversed_range", at(b.from), `The period ends (${toIso(end)}) before it starts (${toIso(start)})`);
  }
  return [start, end];
}

function bounds(p: Point, at: (token: number) => number): [Partial, Partial] {
  const [start, end] = pointBounds(p);
  if (start.y < MIN_YEAR || end.y > MAX_YEAR)
    throw new DateFail("invalid_date", at(p.from), `The years ${start.y}–${end.y} are out of range`);
  return [start, end];
}

/** Takes the year (and the month of a bare day) from the reference date, a year counted from today from `relativeRef`. */
function fillFromRef(p: Point, ref: Partial | undefined, relativeRef: Partial | undefined, at: (token: number) => number): void {
  if (p.yearOffset !== undefined && p.y === undefined) {
    if (relativeRef === undefined)
      throw new DateFail(
        "needs_reference",
        at(p.from),
        "A year counted from today (šių metų, pernai) needs a reference date; pass options.ref",
      );
    p.y = relativeRef.y + p.yearOffset;
  }
  const needsYear = p.y === undefined && (p.span === undefined || !p.span.kind.startsWith("century"));
  const needsMonth = p.m === undefined && p.d !== undefined;
  if (!needsYear && !needsMonth) return;
  if (ref === undefined) throw new DateFail("needs_reference", at(p.from), "The text leaves out the year; pass options.ref");
  if (needsMonth && ref.m === undefined)
    throw new DateFail("needs_reference", at(p.from), "The text leaves out the month; pass options.ref with a month");
  if (needsYear) p.y = ref.y;
  if (needsMonth) p.m = ref.m;
}
