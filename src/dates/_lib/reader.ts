// The grammar of Lithuanian date expressions, read over tokens by recursive descent with a
// bounded look-ahead: each attempt reads at most a few dozen tokens, so reading a text is
// linear in its length whatever it holds. The reader holds the state of one text; the grammar
// is in grammar/, a file per family of written forms (as chrono-node has a parser per form):
//
//   grammar/expressions.ts  the top level: a range, or an open range (`nuo 1990 m.`, `iki šių dienų`)
//   grammar/ranges.ts       two points joined (`2021–2027 metų`, `vasario 24–27 d.`)
//   grammar/lists.ts        list connectors, listed days and years (`kovo 10 ir 16 d.`, `2018, 2019 metų`)
//   grammar/point.ts        one side of an expression, by its first token
//   grammar/numeric.ts      dates in digits (`2022-02-01`, `15.03.2023`, `09.18`)
//   grammar/years.ts        years and what follows them (`2022 m.`, `pernai`, `2023 m. vasarą`)
//   grammar/months.ts       a month name and what follows it (`vasario 1 d.`, `lapkričio viduryje`)
//   grammar/days.ts         a day and its marker (`1 d.`, `1-ąją`, `23 dienomis`)
//   grammar/centuries.ts    centuries and their parts (`XX a.`, `XIX a. antroje pusėje`)
//   grammar/quarters.ts     quarters and half-years (`II ketv.`, `antrajame pusmetyje`)
//   grammar/tokens.ts       token access: markers, suffixes, Roman numerals, free starts and ends
//
// Each rule is a module function that takes the reader first, rather than a method: a minifier
// shortens function names (method names survive minification), and a reader costs one small
// object, not a closure per rule.
import type { DatePeriod } from "../types";
import type { Partial } from "./calendar";
import { expression } from "./grammar/expressions";
import { listConnector, listedYear } from "./grammar/lists";
import type { TokenList } from "./tokenize";

export interface ReaderOptions {
  /** "parse": the text is one expression, bare forms allowed; "find": free text. */
  mode: "parse" | "find";
  ref: Partial | undefined;
  minYear: number;
  maxYear: number;
}

export interface Expression {
  /** The token after the expression (it starts at the token it was read at). */
  to: number;
  period: DatePeriod;
}

/** A reader over the tokens of one text: its state, and the entry points of the grammar. */
export class Reader {
  /** The end (token index) of the furthest point read: where findDates resumes after a DateFail. */
  furthestPointEnd = 0;
  /**
   * What an expression later in the same sentence as a date takes in place of `options.ref`:
   * the year of that date (`2023 m. II ketv. …, o I pusmetį`), and in a list right after it
   * (`2023 m. kovo 3 d. ir balandžio 5 d.`, `kovo 10 ir 16 d.`) its month too.
   */
  contextRef: Partial | undefined = undefined;
  /**
   * The context is a dated heading's (`2000 m. kovo 1 d.` alone on its line, for the paragraphs
   * under it): its year fills in a day's, but a year counted from today (`šiemet`) keeps `options.ref`.
   */
  contextFromHeading = false;
  /** The first year of a school year earlier in the same sentence (`2018–2019 m. m. …`), whose months give a month its year. */
  schoolYearStart: number | undefined = undefined;
  /** The expression is an item of a list right after a date: a day with `d.` stands alone. */
  inList = false;
  /** The first token of the expression being read (it may start a line). */
  firstToken = 0;

  constructor(
    readonly text: string,
    readonly tokens: TokenList,
    readonly options: ReaderOptions,
  ) {}

  /** An expression at token i, or null. Throws DateFail when it is one but cannot be. */
  expression(i: number): Expression | null {
    return expression(this, i);
  }

  /** A bare year in a list whose last item carries the marker: `2018` of `(2018, 2019 metų)`. */
  listedYear(i: number): Expression | null {
    return listedYear(this, i);
  }

  /** A list connector (`,`, `ir`, `bei`, `arba`) at i, on the same line: the index after it, or -1. */
  listConnector(i: number): number {
    return listConnector(this, i);
  }
}
