import { describe, expect, it } from "vitest";
import { DATE_WORDS, foldText, lookupDateWord, lookupMonth, MONTH_SPELLINGS } from "../../src/lexicon/index";

describe("lookupDateWord", () => {
  it("finds every word of DATE_WORDS under its own kind, however it is typed", () => {
    for (const [kind, words] of Object.entries(DATE_WORDS)) {
      for (const word of words) {
        // `šių` is listed as present (šių dienų); `pr.` is a part (XX a. pr.), first meaning wins.
        const found = lookupDateWord(word);
        expect(found, word).toBeDefined();
        if (word !== "šių") expect(found?.kind, word).toBe(kind);
        expect(lookupDateWord(word.toUpperCase())?.kind, word).toBe(found?.kind);
        expect(lookupDateWord(foldText(word))?.kind, word).toBe(found?.kind);
      }
    }
  });

  it("marks abbreviations, which are written with a period", () => {
    expect(lookupDateWord("ketv.")).toEqual({ kind: "quarter", value: 0, abbreviation: true });
    expect(lookupDateWord("ketvirtyje")).toEqual({ kind: "quarter", value: 0, abbreviation: false });
  });

  it("gives ordinals, seasons, parts and relative years their numbers", () => {
    expect(["pirmajame", "antrąjį", "trečiasis", "ketvirtajame"].map((w) => lookupDateWord(w)?.value)).toEqual([1, 2, 3, 4]);
    expect(["žiemą", "pavasarį", "vasarą", "rudenį"].map((w) => lookupDateWord(w)?.value)).toEqual([1, 2, 3, 4]);
    expect(["pradžioje", "viduryje", "pabaigoje"].map((w) => lookupDateWord(w)?.value)).toEqual([1, 2, 3]);
    expect(["šiemet", "pernai", "užpernai", "ateinančių"].map((w) => lookupDateWord(w)?.value)).toEqual([0, -1, -2, 1]);
  });

  it("never takes a month name for a date word, nor a date word for a month name", () => {
    for (const spelling of MONTH_SPELLINGS) expect(lookupDateWord(spelling), spelling).toBeUndefined();
    for (const words of Object.values(DATE_WORDS)) for (const word of words) expect(lookupMonth(word), word).toBeUndefined();
  });

  it("knows nothing of other words, and of what is not a string", () => {
    expect(lookupDateWord("biblioteka")).toBeUndefined();
    expect(lookupDateWord(42 as unknown as string)).toBeUndefined();
  });
});
