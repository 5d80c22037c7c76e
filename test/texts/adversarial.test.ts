import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyEntry, readAgreements, readChronicle, readClaims } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const pieces = [
  "2022 m. ",
  "vasario ",
  "15 d.",
  "\n",
  "\n\n",
  "Vaizdas be pavadinimo\n",
  "pasirašė ",
  "sutartį ",
  "su ",
  "„",
  "“",
  ", ",
  " ir ",
  " bei ",
  "dėl ",
  "Sutarties įvykdymo data ",
  "2024 12 31",
  ". ",
  "36 ",
  "darbuotojai ",
  "77 % ",
  "fiz. vnt. ",
  "–",
  " – ",
  "bendradarbiavimo sutartys\n",
  "neterminuota",
  "x",
  "Ą",
  "\u00a0",
  "\r\n",
];
const doc = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(""));

describe("the texts readers on odd text", () => {
  it("never throw on random text, and their offsets point into it", () => {
    fc.assert(
      fc.property(doc, (text) => {
        const chronicle = readChronicle(text, { ref: "2022" });
        for (const e of chronicle.entries) expect(text.slice(e.heading.index, e.heading.end)).toBe(e.heading.text);
        for (const u of chronicle.unread) expect(text.slice(u.index, u.end)).toBe(u.text);
        for (const e of chronicle.entries) classifyEntry(e);
        const agreements = readAgreements(text, { ref: "2022" });
        for (const a of agreements.agreements) expect(a.parties.length).toBeGreaterThan(0);
        const claims = readClaims(text);
        for (const c of claims.claims) {
          expect(text.slice(c.index, c.end)).toBe(c.text);
          expect(c.phrase.index <= c.index && c.phrase.end >= c.end).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never throw on any unicode string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        readChronicle(text);
        readAgreements(text);
        readClaims(text);
        classifyEntry({ text });
      }),
      { numRuns: 200 },
    );
  });

  it("read long adversarial inputs without slowing down (a quadratic reader would time out here)", () => {
    // No timing assertion (house rule); bench/texts.bench.ts measures 1× against 8× input.
    const adversarial = [
      "pasirašė sutartį su ".repeat(20000),
      `2022 m. kovo 1 d.\n${"Biblioteka pasirašė sutartį su X projekto „A ".repeat(10000)}`,
      `2022 m. bendradarbiavimo sutartys\n${"Kovo 1 d. pasirašė sutartį su X, Y ir Z bei ".repeat(10000)}`,
      "2022 m. kovo 1 d.\n".repeat(20000),
      "1 ".repeat(100000),
      `${" ".repeat(100000)}${"1 a ".repeat(20000)}${" ".repeat(100000)}.`,
      "„".repeat(100000),
      "su a, b ir c bei ".repeat(20000),
      "Vasario 1 d. biblioteka pasirašė bendradarbiavimo sutartį su X. Sutarties įvykdymo data ".repeat(5000),
      readSeed("chronicle2022").repeat(20),
      readSeed("report2023").repeat(10),
    ];
    for (const text of adversarial) {
      expect(() => {
        readChronicle(text, { ref: "2022" });
        readAgreements(text, { ref: "2022" });
        readClaims(text);
        classifyEntry({ text });
      }).not.toThrow();
    }
  }, 60000);
});
