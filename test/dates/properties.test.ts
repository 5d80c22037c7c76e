// Properties over many generated periods and strings (fast-check; runs kept modest).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, formatDate, parseDate, type DatePeriod } from "../../src/dates/index";
import { daysInMonth } from "../../src/dates/types";
import { deepFreeze } from "../_lib/seeds";
import { pad, partialDate } from "../_lib/dateArbitraries";

const first = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const last = (iso: string): string => {
  const y = Number(iso.slice(0, 4));
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) return `${iso}-${pad(daysInMonth(y, Number(iso.slice(5, 7))))}`;
  return iso;
};

/** A valid period: ends in order (day by day), either end possibly open, not both. */
const period: fc.Arbitrary<DatePeriod> = fc
  .tuple(partialDate, partialDate, fc.constantFrom("closed", "closed", "closed", "open_start", "open_end", "single"))
  .map(([a, b, shape]) => {
    const [s, e] = first(a) <= first(b) ? [a, b] : [b, a];
    const [start, end] = first(s) <= last(e) ? [s, e] : [e, s];
    if (shape === "open_start") return { start: null, end };
    if (shape === "open_end") return { start, end: null };
    if (shape === "single") return { start, end: start };
    return { start, end };
  })
  .filter((p) => p.start === null || p.end === null || first(p.start) <= last(p.end));

describe("formatDate and parseDate", () => {
  it("read back every valid period from 1000 to 2100, at every precision, in the long style", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parseDate(formatDate(deepFreeze({ ...p })))).toEqual(p);
      }),
      { numRuns: 2000 },
    );
  });

  it("read back every valid period in the numeric style", () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parseDate(formatDate(p, { style: "numeric" }))).toEqual(p);
      }),
      { numRuns: 1000 },
    );
  });

  it("find a formatted period in a sentence, whole and alone", () => {
    fc.assert(
      fc.property(period, (p) => {
        const written = formatDate(p);
        const text = `Biblioteka ${written} dirbo.`;
        const found = findDates(text);
        expect(found.map((m) => [m.text, m.period])).toEqual([[written, p]]);
      }),
      { numRuns: 1000 },
    );
  });
});

const dateish = fc
  .array(
    fc.constantFrom(
      "2022",
      "1990",
      "12",
      "1",
      "0",
      "31",
      "-",
      "–",
      ".",
      " ",
      ",",
      "m.",
      "d.",
      "m",
      "vasario",
      "gruodžio",
      "mėn.",
      "nuo",
      "iki",
      "po",
      "prieš",
      "XX",
      "II",
      "a.",
      "ketv.",
      "pusmetis",
      "šių dienų",
      "\n",
      "/",
      " ir ",
      ", ",
      "(",
      ")",
      "-ąją",
      "metų",
      "mokslo",
      "pradžioje",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

describe("findDates", () => {
  it("never throws and never returns a match whose text is not the input at its offsets", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }), dateish),
        fc.constantFrom(undefined, "2022", "2022-09", "2022-09-15"),
        (text, ref) => {
          const found = findDates(text, ref === undefined ? undefined : { ref });
          let end = 0;
          for (const m of found) {
            expect(text.slice(m.index, m.end)).toBe(m.text);
            expect(m.index).toBeGreaterThanOrEqual(end);
            end = m.end;
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("gives only periods that parseDate reads back from the matched text, when the text says its year", () => {
    fc.assert(
      fc.property(dateish, (text) => {
        findDates(text, { ref: "2022-09-15" }).forEach((m, index) => {
          // `2023 m. kovo 10 ir 16 d.`: `16 d.` takes its year and month from the date before it
          // in the sentence, not from ref; an expression with its own year, or the first, does not.
          // A bare day of a plan's list (`12` of `■ 12 ir 19 d.`) takes its marker from the list, as
          // a later item does: parseDate, which reads one expression, has no list to take it from.
          if ((index === 0 || /\d{4}/u.test(m.text)) && !/^\d{1,2}$/u.test(m.text))
            expect(parseDate(m.text, { ref: "2022-09-15" })).toEqual(m.period);
        });
      }),
      { numRuns: 3000 },
    );
  });
});
