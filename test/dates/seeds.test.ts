// Real text first: every date of the 2022 chronicle of the Panevėžys county library and of the
// 2023 annual report of the Ignalina district library, against the reviewed golden table
// test/fixtures/dates/seeds.json.
import { describe, expect, it } from "vitest";
import { findDates, parseDate } from "../../src/dates/index";
import { deepFreeze, readFixture, readSeed } from "../_lib/seeds";

type Row = [string, string | null, string | null];
interface Golden {
  seed: string;
  ref: string;
  matches: Row[];
  withoutRef: Row[];
}
const golden = JSON.parse(readFixture("dates/seeds.json")) as Record<
  "chronicle2022" | "report2023" | "projectNotice" | "sponsors" | "statutes",
  Golden
>;
const rows = (text: string, ref?: string): Row[] =>
  findDates(text, ref === undefined ? undefined : { ref }).map((m) => [m.text, m.period.start, m.period.end]);

describe.each([
  ["the 2022 chronicle", "chronicle2022"],
  ["the 2023 annual report", "report2023"],
  ["the Marijampolė project notice", "projectNotice"],
  ["the 2009–2011 sponsors list", "sponsors"],
  ["the statutes of the regional libraries association", "statutes"],
] as const)("findDates in %s", (_label, key) => {
  const text = readSeed(key);
  const expected = golden[key];

  it("finds every date of the golden table, with the document's year as the reference", () => {
    expect(rows(text, expected.ref)).toEqual(expected.matches);
  });

  it("finds the dates that need no reference without one", () => {
    expect(rows(text)).toEqual(expected.withoutRef);
  });

  it("gives matches whose text is the input at their offsets, in order, not overlapping", () => {
    let last = 0;
    for (const m of findDates(text, { ref: expected.ref })) {
      expect(text.slice(m.index, m.end)).toBe(m.text);
      expect(m.index).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it("reads every match again with parseDate to the same period", () => {
    for (const m of findDates(text, { ref: expected.ref })) expect(parseDate(m.text, { ref: expected.ref }), m.text).toEqual(m.period);
  });
});

describe("the 2022 chronicle", () => {
  const text = readSeed("chronicle2022");

  it("has 51 dated headings, and each is found whole", () => {
    const headings = [...text.matchAll(/^2022 m\. [^\n]*?(?:d\.|mėn\.)(?=[ \u00a0]*$)/gm)];
    expect(headings).toHaveLength(51);
    const found = new Map(findDates(text).map((m) => [m.index, m.text]));
    for (const h of headings) expect(found.get(h.index ?? -1), h[0]).toBe(h[0]);
  });

  it("reads the agreements' end dates written with spaces (Sutarties įvykdymo data 2024 12 31)", () => {
    const ends = findDates(text).filter((m) => /^\d{4} \d\d \d\d$/.test(m.text));
    expect(ends.map((m) => m.period.start)).toEqual([
      "2024-12-31",
      "2023-12-31",
      "2024-02-15",
      "2025-12-31",
      "2024-02-18",
      "2025-12-31",
      "2022-12-31",
      "2023-08-31",
    ]);
  });

  it("does not take the floor (II a.) for a century", () => {
    expect(findDates(text).some((m) => m.text.includes("a."))).toBe(false);
  });
});

describe("the 2023 annual report", () => {
  const text = readSeed("report2023");

  it("reads the reporting period as one range", () => {
    const [first] = findDates(text).filter((m) => m.text.includes("sausio 1 d."));
    expect(first?.period).toEqual({ start: "2023-01-01", end: "2023-12-31" });
  });

  it("reads (2022 m. – 2,68 Eur) as 2022, not as a range", () => {
    const at = text.indexOf("(2022 m. – 2,68 Eur)") + 1;
    expect(findDates(text).find((m) => m.index === at)?.text).toBe("2022 m.");
  });

  it("does not read ages, metres or counts as years", () => {
    const texts = findDates(text).map((m) => m.text);
    expect(texts.some((t) => /7–11|2189|2686|1911|1909/.test(t))).toBe(false);
  });
});

describe("what findDates returns", () => {
  it("is plain JSON data, and the options it is given are not touched", () => {
    const options = deepFreeze({ ref: "2022", minYear: 1000, maxYear: 2100 });
    const found = findDates(readSeed("chronicle2022"), options);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
    for (const m of found) expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
  });
});
