// What one side of a date expression names before the reference date and the other side of
// a range fill in what it leaves out, and how a part of a year or century becomes a period.
import { daysInMonth } from "../types";
import type { Partial } from "./calendar";

/** A part of a larger unit: quarter, half-year, season, third of a year / month / century, half of a century. */
export type SpanKind =
  "quarter" | "half_year" | "season" | "year_part" | "month_part" | "century" | "century_part" | "century_half" | "century_decade";

export interface Span {
  kind: SpanKind;
  /** Quarter 1–4, half 1–2, season 1–4, part 1–3, century number. */
  n: number;
  /** For a range of quarters or half-years (`I–III ketv.`): the last one. */
  n2: number;
  /** For a part of a century: the part. */
  part: number;
  /** Where the number stands, for errors. */
  at: number;
}

/** One side of an expression, as read. */
export interface Point {
  /** First token. */
  from: number;
  /** Token after the last. */
  to: number;
  y?: number | undefined;
  /** A year counted from the reference date's (`šių metų` 0, `praėjusiais metais` -1). */
  yearOffset?: number | undefined;
  m?: number | undefined;
  d?: number | undefined;
  /** Where the month and the day are written, for errors. */
  mAt: number;
  dAt: number;
  /** No marker of its own: a bare number (`2021` of `2021–2027 metų`, `24` of `vasario 24–27 d.`) or month name. */
  bare: boolean;
  /** It can stand alone in free text. */
  marked: boolean;
  /** Written in digits only (`2022-02-01`, `09.18`). */
  numeric: boolean;
  /** The year is that of a school year (`2022–2023 mokslo metai`, `m. m.`). */
  school: boolean;
  /** A day written without `d.` after a month name (`rugsėjo 30 – spalio 1 d.`). */
  bareDay: boolean;
  /** The day's marker is plural (`dienomis`): a date only with a month (`per 14 dienų` is a duration). */
  pluralDay: boolean;
  span?: Span | undefined;
}

// Every field is given, the optional ones as undefined: a point read gains its year, month, day
// or span later, and a point made without them changed its hidden class with each one (V8), so
// the grammar's reads of a point saw many shapes. With one shape findDates took about 10 % less
// time on the dates bench's 50 sentences (median of 2 000 runs, eight rounds, alternating builds
// in one process: 0.0804 → 0.0721 ms and 0.0815 → 0.0738 ms).
export function newPoint(from: number, at: number): Point {
  return {
    from,
    to: from,
    y: undefined,
    yearOffset: undefined,
    m: undefined,
    d: undefined,
    mAt: at,
    dAt: at,
    bare: false,
    marked: false,
    numeric: false,
    school: false,
    bareDay: false,
    pluralDay: false,
    span: undefined,
  };
}

/** Whether `point` is a month named alone, with no year, day or marker (`sausio` of `nuo sausio`). */
export function isBareMonth(point: Point): boolean {
  return point.bare && point.m !== undefined && point.d === undefined && point.y === undefined;
}

/** Makes `point` the span `kind` number `n` (written at `at`), read up to token `to`. */
export function withSpan(point: Point, to: number, kind: SpanKind, n: number, at: number): Point {
  point.span = { kind, n, n2: n, part: 0, at };
  point.to = to;
  point.marked = true;
  point.bare = false;
  return point;
}

/** Makes a century point (`XX a.`) the part `part` of it: a third, a half or a decade, read up to token `to`. */
export function withPart(point: Point, to: number, kind: SpanKind, part: number): Point {
  const span = point.span as Span;
  point.span = { ...span, kind, part };
  point.to = to;
  return point;
}

export class DateFail {
  constructor(
    readonly code: "invalid_date" | "reversed_range" | "needs_reference",
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Checks month and day of a plain point; throws DateFail("invalid_date"). */
export function checkPoint(p: Point): void {
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) throw new DateFail("invalid_date", p.mAt, `There is no month ${p.m}`);
  if (p.d !== undefined && p.m !== undefined && p.y !== undefined) {
    const max = daysInMonth(p.y, p.m);
    if (p.d < 1 || p.d > max) throw new DateFail("invalid_date", p.dAt, `${p.y}-${String(p.m).padStart(2, "0")} has no day ${p.d}`);
  }
}

/** The first and last partial dates a resolved point names (year, month, day all known). */
export function pointBounds(p: Point): [Partial, Partial] {
  const span = p.span;
  const y = p.y as number;
  if (span === undefined) {
    checkPoint(p);
    const only = { y, m: p.m, d: p.d };
    return [only, only];
  }
  switch (span.kind) {
    case "quarter":
      checkOrdinals(span, 4, "quarter");
      return [
        { y, m: span.n * 3 - 2 },
        { y, m: span.n2 * 3 },
      ];
    case "half_year":
      checkOrdinals(span, 2, "half-year");
      return [
        { y, m: span.n * 6 - 5 },
        { y, m: span.n2 * 6 },
      ];
    case "season":
      // Meteorological seasons; winter of a year is December of the year before to February.
      return span.n === 1
        ? [
            { y: y - 1, m: 12 },
            { y, m: 2 },
          ]
        : [
            { y, m: span.n * 3 - 3 },
            { y, m: span.n * 3 - 1 },
          ];
    case "year_part":
      return [
        { y, m: span.n * 4 - 3 },
        { y, m: span.n * 4 },
      ];
    case "month_part": {
      const m = p.m as number;
      checkPoint(p);
      return [
        { y, m, d: span.n * 10 - 9 },
        { y, m, d: span.n === 3 ? daysInMonth(y, m) : span.n * 10 },
      ];
    }
    default: {
      // Centuries: XX a. is 1901–2000; parts are thirds (1–33, 34–66, 67–100), halves 1–50, 51–100.
      const base = (span.n - 1) * 100;
      if (span.kind === "century") {
        if (span.n2 < span.n) throw new DateFail("reversed_range", span.at, `The centuries run backwards (${span.n}–${span.n2})`);
        return [{ y: base + 1 }, { y: span.n2 * 100 }];
      }
      if (span.kind === "century_decade") {
        // XX a. 4-asis dešimtmetis is the 1930s, as it is used (not 1931–1940).
        if (span.part < 1 || span.part > 10) throw new DateFail("invalid_date", span.at, `A century has no decade ${span.part}`);
        return [{ y: base + span.part * 10 - 10 }, { y: base + span.part * 10 - 1 }];
      }
      if (span.kind === "century_half") return [{ y: base + (span.part === 1 ? 1 : 51) }, { y: base + (span.part === 1 ? 50 : 100) }];
      const first = [1, 34, 67][span.part - 1] as number;
      const last = [33, 66, 100][span.part - 1] as number;
      return [{ y: base + first }, { y: base + last }];
    }
  }
}

function checkOrdinals(span: Span, max: number, what: string): void {
  if (span.n < 1 || span.n > max) throw new DateFail("invalid_date", span.at, `There is no ${what} ${span.n}`);
  if (span.n2 < 1 || span.n2 > max) throw new DateFail("invalid_date", span.at, `There is no ${what} ${span.n2}`);
  if (span.n2 < span.n) throw new DateFail("reversed_range", span.at, `The ${what}s run backwards (${span.n}–${span.n2})`);
}
