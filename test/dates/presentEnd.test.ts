// A period that ends "today" (`nuo 2030 m. iki šiol`) is held to the order of its ends, as
// `2030–2022 m.` is (issue #17: it gave { start: "2030", end: "2022" }).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, formatDate, parseDate, safeParseDate } from "../../src/dates/index";
import { daysInMonth } from "../../src/dates/types";
import { pad, partialDate } from "../_lib/dateArbitraries";

const PRESENTS = ["šiol", "dabar", "šių dienų", "šiandien", "šios dienos"] as const;

const first = (iso: string): string => (iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso);
const last = (iso: string): string => {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) return `${iso}-${pad(daysInMonth(Number(iso.slice(0, 4)), Number(iso.slice(5, 7))))}`;
  return iso;
};

describe("a period that ends today", () => {
  it.each(PRESENTS)(
    "nuo 2030 m. iki %s, with a reference date in 2022, is reversed_range in parseDate and no match in findDates",
    (present) => {
      const text = `nuo 2030 m. iki ${present}`;
      const result = safeParseDate(text, { ref: "2022" });
      expect(result.success ? result.data : result.error.code).toBe("reversed_range");
      expect(result.success ? undefined : result.error.offset).toBe("nuo 2030 m. iki ".length);
      expect(findDates(`Veikė ${text}.`, { ref: "2022" })).toEqual([]);
    },
  );

  it("as 2030–2022 m. is", () => {
    expect(safeParseDate("2030–2022 m.").success).toBe(false);
    expect(() => parseDate("2030–2022 m.")).toThrow(expect.objectContaining({ code: "reversed_range" }));
  });

  it("still reads a period in order, and one that starts and ends within the reference period", () => {
    expect(parseDate("nuo 2020 m. iki šiol", { ref: "2022" })).toEqual({ start: "2020", end: "2022" });
    expect(parseDate("nuo 2022 m. birželio iki dabar", { ref: "2022" })).toEqual({ start: "2022-06", end: "2022" });
    expect(parseDate("nuo 2022 m. gegužės 2 d. iki šios dienos", { ref: "2022-05-02" })).toEqual({
      start: "2022-05-02",
      end: "2022-05-02",
    });
    expect(() => parseDate("nuo 2022 m. gegužės 3 d. iki šios dienos", { ref: "2022-05-02" })).toThrow(
      expect.objectContaining({ code: "reversed_range" }),
    );
  });

  it("is reversed exactly when its start comes after the reference date, for generated starts, references and present words", () => {
    fc.assert(
      fc.property(partialDate, partialDate, fc.constantFrom(...PRESENTS), (start, ref, present) => {
        const text = `${formatDate({ start, end: null })} iki ${present}`;
        const reversed = first(start) > last(ref);
        const result = safeParseDate(text, { ref });
        if (reversed) expect(result.success ? result.data : result.error.code).toBe("reversed_range");
        else expect(result.success ? result.data : result.error.code).toEqual({ start, end: ref });
        const found = findDates(`Veikė ${text}.`, { ref });
        for (const match of found) {
          const { start: s, end: e } = match.period;
          if (s !== null && e !== null) expect(first(s) <= last(e), `${match.text} → ${s}…${e}`).toBe(true);
        }
        if (!reversed) expect(found.map((m) => m.period)).toEqual([{ start, end: ref }]);
      }),
      { numRuns: 1000 },
    );
  });
});
