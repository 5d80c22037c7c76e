import { describe, expect, it } from "vitest";
import {
  ABBREVIATIONS,
  AGREEMENT_WORDS,
  CASE_ENDINGS,
  CHRONICLE_WORDS,
  foldText,
  HEADING_WORDS,
  lookupDateWord,
  lookupScaleWord,
  lookupUnit,
} from "../../src/lexicon/index";
import { findById, LIBRARY_TYPES } from "../../src/reference/index";
import { readChronicle, readClaims } from "../../src/texts/index";

describe("HEADING_WORDS", () => {
  it("are date words of DATE_WORDS, but for sav. (savaitė)", () => {
    for (const word of [...HEADING_WORDS.ends, ...HEADING_WORDS.abbreviations]) {
      if (word === "sav.") continue;
      expect(lookupDateWord(word), word).toBeDefined();
    }
  });

  it.each(["2022 m. kovo 1 d", "2022 M. KOVO 1 D.", "2022 m. kovo mėn.", "2022 metai"])("end the heading %s", (heading) => {
    expect(readChronicle(`${heading}\n\nĮvyko.`, { ref: "2022" }).entries).toHaveLength(1);
  });
});

describe("ABBREVIATIONS", () => {
  it("are written with a period and are no unit or scale word (those tables carry their own)", () => {
    for (const { written } of ABBREVIATIONS) {
      expect(written.endsWith("."), written).toBe(true);
      expect(lookupUnit(written), written).toBeUndefined();
      expect(lookupScaleWord(written), written).toBeUndefined();
    }
  });

  it.each(ABBREVIATIONS.map((a) => a.written))("do not end a clause of readClaims: %s", (written) => {
    const [claim] = readClaims(`Gauta 12 knygų ${written} Daugiau informacijos.`).claims;
    expect(claim?.phrase.text).toBe(`Gauta 12 knygų ${written} Daugiau informacijos`);
  });
});

describe("CASE_ENDINGS", () => {
  it("are lower-case letters, each listed once", () => {
    const endings = CASE_ENDINGS.map((e) => e.ending);
    expect(new Set(endings).size).toBe(endings.length);
    for (const ending of endings) expect(ending).toMatch(/^\p{Ll}+$/u);
  });

  const endsIn = (word: string, keep: (e: (typeof CASE_ENDINGS)[number]) => boolean) =>
    CASE_ENDINGS.filter(keep).some((e) => word.endsWith(e.ending));

  it.each(["Panevėžio", "Visagino", "Lietuvos", "akademijos", "Marijampolės", "širdies", "Mariaus", "savivaldybių"])(
    "end the genitive %s",
    (word) => {
      expect(endsIn(word.toLowerCase(), (e) => e.case === "genitive")).toBe(true);
    },
  );

  it.each(["miestais", "bibliotekomis", "viešosiomis", "savivaldybėmis", "sūnumis"])("end the plural instrumental %s", (word) => {
    expect(endsIn(word, (e) => e.case === "instrumental" && e.number === "plural")).toBe(true);
  });

  it.each(["kurija", "biblioteka", "draugija", "centru"])("do not end the nominative or singular instrumental %s", (word) => {
    expect(endsIn(word, () => true)).toBe(false);
  });
});

describe("AGREEMENT_WORDS", () => {
  it("write the no-end note with a word the readers know as no end (CHRONICLE_WORDS.noEnd)", () => {
    const folded = foldText(AGREEMENT_WORDS.noEndDate.word);
    expect(CHRONICLE_WORDS.noEnd.some((stem) => folded.startsWith(stem))).toBe(true);
  });

  it("keep the project stem folded", () => {
    expect(foldText(AGREEMENT_WORDS.project)).toBe(AGREEMENT_WORDS.project);
  });

  it("name the words of the county and municipal public library types (LIBRARY_TYPES)", () => {
    for (const id of ["county_public", "municipal_public"]) {
      const words = (findById(LIBRARY_TYPES, id)?.nameLt ?? "").split(" ");
      for (const word of AGREEMENT_WORDS.libraryNameWords) expect(words, id).toContain(word);
    }
  });
});
