import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldDiacritics, foldForSearch, foldText } from "../../src/lexicon/index";
import { readSeed, SEEDS } from "../_lib/seeds";

const LITHUANIAN_ALPHABET = "aąbcčdeęėfghiįyjklmnoprsštuųūvzžAĄBCČDEĘĖFGHIĮYJKLMNOPRSŠTUŲŪVZŽ";
const lithuanianText = fc.string({ unit: fc.constantFrom(...LITHUANIAN_ALPHABET, " ", ".", ",", "–", "0", "9", "-") });
const anyText = fc.string({ unit: "binary", maxLength: 200 });

describe("foldText", () => {
  it.each([
    ["Rugsėjo", "rugsejo"],
    ["GRUODŽIO", "gruodzio"],
    ["Gabrielės Petkevičaitės-Bitės", "gabrieles petkevicaites-bites"],
    ["Šarūnė Leikienė", "sarune leikiene"],
    ["ĄČĘĖĮŠŲŪŽ ąčęėįšųūž", "aceeisuuz aceeisuuz"],
    ["Dūkšto", "duksto"],
    ["e\u0307", "e"],
    ["Gioventù in riSalto", "gioventu in risalto"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("turns every Latin letter of the seed texts into ASCII", () => {
    for (const name of Object.keys(SEEDS) as Array<keyof typeof SEEDS>) {
      const folded = foldText(readSeed(name));
      const leftovers = new Set([...folded].filter((ch) => /\p{Script=Latin}/u.test(ch) && ch.charCodeAt(0) > 127));
      expect([...leftovers], name).toEqual([]);
    }
  });

  it("is idempotent, never longer, and gives ASCII for Lithuanian text", () => {
    fc.assert(
      fc.property(lithuanianText, (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
        expect(/^[\x00-\x7f]*$/.test(once.replace(/–/g, ""))).toBe(true);
        expect(once).toBe(once.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it("is idempotent and never longer for any Unicode text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = foldText(text);
        expect(foldText(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("matches upper case, lower case and no-diacritics spellings alike", () => {
    fc.assert(
      fc.property(lithuanianText, (text) => {
        expect(foldText(text.toUpperCase())).toBe(foldText(text));
        expect(foldText(foldDiacritics(text))).toBe(foldText(text));
      }),
    );
  });

  it("runs in linear time on long input", () => {
    const long = "Rugsėjo ".repeat(125_000);
    expect(foldText(long).length).toBe(long.length);
  });
});

describe("foldDiacritics", () => {
  it("keeps the letter case", () => {
    expect(foldDiacritics("Žąsys ŪKYJE")).toBe("Zasys UKYJE");
  });

  it("is idempotent, never longer, and gives ASCII for Lithuanian text", () => {
    fc.assert(
      fc.property(lithuanianText, (text) => {
        const once = foldDiacritics(text);
        expect(foldDiacritics(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
        expect(/^[\x00-\x7f]*$/.test(once.replace(/–/g, ""))).toBe(true);
      }),
    );
  });

  it("is idempotent and never longer for any Unicode text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const once = foldDiacritics(text);
        expect(foldDiacritics(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("foldForSearch", () => {
  it("keeps every offset of the original", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldForSearch(text).length).toBe(text.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with foldText on Lithuanian text", () => {
    fc.assert(
      fc.property(lithuanianText, (text) => {
        expect(foldForSearch(text)).toBe(foldText(text));
      }),
    );
  });

  it("finds a heading of the chronicle at the same offset as in the original", () => {
    const chronicle = readSeed("chronicle2022");
    const folded = foldForSearch(chronicle);
    const at = folded.indexOf("2022 m. rugsejo 30");
    expect(at).toBeGreaterThan(0);
    expect(chronicle.slice(at, at + 18)).toBe("2022 m. rugsėjo 30");
  });
});

describe("a letter whose lower case is longer (U+0130 İ, issue #17)", () => {
  const withDottedI = fc.string({ unit: fc.constantFrom("İ", "I", "i", "ı", "Ą", "a", " ", "̇", "😀") });

  it("folds to lower case, and folding again changes nothing", () => {
    expect([foldText("İ"), foldForSearch("İ"), foldText("İSTANBULAS")]).toEqual(["i", "i", "istanbulas"]);
    fc.assert(
      fc.property(withDottedI, (text) => {
        for (const fold of [foldText, foldForSearch]) {
          const once = fold(text);
          expect(fold(once)).toBe(once);
          expect(once).not.toMatch(/[A-ZİĄ]/u);
        }
        expect(foldForSearch(text).length).toBe(text.length);
        expect(foldText(text).length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("folding something that is not text", () => {
  it.each([undefined, null, 1, 1n, Symbol("s"), {}, []])("throws invalid_argument for %s", (value) => {
    for (const fold of [foldText, foldForSearch, foldDiacritics]) {
      expect(() => fold(value as never)).toThrow(expect.objectContaining({ name: "BibliotekosError", code: "invalid_argument" }));
    }
  });
});

describe("foldForSearch's table of the Latin blocks", () => {
  // A surrogate pair anywhere in the text sends foldForSearch down its careful path, one code
  // point at a time; the table of the fast path must give what that path gives.
  const careful = (text: string): string => foldForSearch(`😀${text}`).slice(2);

  it("folds every character up to U+024F as the careful path does", () => {
    for (let code = 0; code < 0x250; code++) {
      const ch = String.fromCharCode(code);
      expect([code, foldForSearch(`a${ch}`)]).toEqual([code, careful(`a${ch}`)]);
    }
  });

  // Σ is left out: the native lower-casing of the fast path writes a word-final sigma as ς, the
  // careful path, letter by letter, as σ (both before and after the table).
  it("folds any mix of Latin, Lithuanian, Greek and Cyrillic text as the careful path does", () => {
    const letters = fc.string({ unit: fc.constantFrom("Ą", "ą", "Ž", "é", "Ø", "ß", "Ǆ", "ω", "Ж", "ё", "a", "Z", " ", "1", "\u00a0") });
    fc.assert(
      fc.property(letters, (text) => {
        expect(foldForSearch(text)).toBe(careful(text));
      }),
      { numRuns: 500 },
    );
  });
});
