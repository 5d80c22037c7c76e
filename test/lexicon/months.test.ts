import { describe, expect, it } from "vitest";
import { foldForSearch, foldText, lookupMonth, monthName, MONTH_SPELLINGS, MONTHS, type GrammaticalCase } from "../../src/lexicon/index";
import { isMonthSpelling } from "../../src/lexicon/months";
import { readFixture, readSeed } from "../_lib/seeds";

const golden = JSON.parse(readFixture("lexicon/month-words.json")) as {
  cases: Array<[string, number | null, string | null]>;
};

describe("lookupMonth", () => {
  it.each(golden.cases)("reads %j as month %j (%s)", (word, month, form) => {
    expect(lookupMonth(word)).toEqual(month === null ? undefined : { month, form });
  });

  it("finds every month heading of the 2022 chronicle", () => {
    const chronicle = readSeed("chronicle2022");
    // Every line that starts with the year is a dated heading but one: the agreements section.
    const headings = [...chronicle.matchAll(/^2022 m\. (\S+)/gm)].map((m) => m[1] as string).filter((word) => word !== "bendradarbiavimo");
    expect(headings.length).toBe(51);
    for (const word of headings) expect(lookupMonth(word), word).toBeDefined();
    const months = new Set(headings.map((word) => lookupMonth(word)?.month));
    expect([...months].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]); // no entry in August
  });

  it("reads the month of the 2023 report's reporting period", () => {
    const report = readSeed("report2023");
    const match = report.match(/Ataskaitinis laikotarpis: 2023 m\. (\S+) 1 d\. – (\S+) 31 d\./);
    expect(match).not.toBeNull();
    expect(lookupMonth(match?.[1] ?? "")?.month).toBe(1);
    expect(lookupMonth(match?.[2] ?? "")?.month).toBe(12);
  });

  it("knows every form of every month, typed with or without diacritics, in any letter case", () => {
    for (const m of MONTHS) {
      for (const [form, word] of Object.entries(m.forms) as Array<[GrammaticalCase, string]>) {
        for (const variant of [word, word.toUpperCase(), foldText(word), foldText(word).toUpperCase()]) {
          expect(lookupMonth(variant)?.month, variant).toBe(m.number);
        }
        if (form !== "instrumental" || m.number !== 7) expect(lookupMonth(word)?.form).toBe(form);
      }
      for (const abbreviation of m.abbreviations) {
        expect(lookupMonth(abbreviation)).toEqual({ month: m.number, form: "abbreviation" });
      }
    }
  });

  it("never lets folding make two months collide", () => {
    const owner = new Map<string, number>();
    for (const m of MONTHS) {
      for (const word of [...Object.values(m.forms), ...m.abbreviations.map((a) => a.slice(0, -1))]) {
        const key = foldText(word);
        const previous = owner.get(key);
        expect(previous === undefined || previous === m.number, `${word} folds to ${key}, also month ${previous}`).toBe(true);
        owner.set(key, m.number);
      }
    }
    expect(MONTH_SPELLINGS.length).toBe(owner.size);
  });

  it("lists spellings longest first, so an alternation tries rugpjucio before rugp", () => {
    for (let i = 1; i < MONTH_SPELLINGS.length; i++) {
      expect((MONTH_SPELLINGS[i - 1] as string).length).toBeGreaterThanOrEqual((MONTH_SPELLINGS[i] as string).length);
    }
  });

  it("returns undefined for what is not a string", () => {
    expect(lookupMonth(42 as unknown as string)).toBeUndefined();
  });

  it("returns a fresh object each time, so callers cannot corrupt the lexicon", () => {
    const found = lookupMonth("vasario");
    if (found) found.month = 99;
    expect(lookupMonth("vasario")?.month).toBe(2);
  });
});

describe("monthName", () => {
  it("writes the genitive by default, as dates need", () => {
    expect(MONTHS.map((m) => monthName(m.number))).toEqual([
      "sausio",
      "vasario",
      "kovo",
      "balandžio",
      "gegužės",
      "birželio",
      "liepos",
      "rugpjūčio",
      "rugsėjo",
      "spalio",
      "lapkričio",
      "gruodžio",
    ]);
  });

  it.each([0, 13, 1.5, Number.NaN])("rejects month %s with invalid_argument", (n) => {
    expect(() => monthName(n)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("isMonthSpelling", () => {
  it("knows exactly the spellings of MONTH_SPELLINGS, folded as foldText and foldForSearch both fold them", () => {
    for (const spelling of MONTH_SPELLINGS) {
      expect(isMonthSpelling(spelling), spelling).toBe(true);
      expect(foldForSearch(spelling)).toBe(foldText(spelling));
    }
    for (const m of MONTHS) {
      for (const word of [...Object.values(m.forms), ...m.abbreviations.map((a) => a.slice(0, -1))]) {
        expect(isMonthSpelling(foldForSearch(word)), word).toBe(true);
        expect(foldForSearch(word)).toBe(foldText(word));
      }
    }
    expect(isMonthSpelling("vasara")).toBe(false);
    expect(isMonthSpelling("Vasario")).toBe(false);
  });
});

describe("monthName, given what is not a month or a case (issue #17)", () => {
  it.each<[unknown, unknown]>([
    [1, ""],
    [1, "toString"],
    [1, "Genitive"],
    [13, "genitive"],
    [1.5, "genitive"],
    [1n, "genitive"],
    [Symbol("m"), "genitive"],
    ["2", "genitive"],
  ])("monthName(%s, %s) throws invalid_argument", (number, form) => {
    expect(() => monthName(number as number, form as GrammaticalCase)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("still names every month in every case", () => {
    expect(monthName(1, "nominative")).toBe("sausis");
    expect(monthName(12)).toBe("gruodžio");
  });
});
