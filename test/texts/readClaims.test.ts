import { describe, expect, it } from "vitest";
import { findClaimIndicator, readClaims } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const text = readSeed("report2023");
const { claims, unread } = readClaims(text);
const find = (quantity: string, inPhrase: string) => claims.find((c) => c.text === quantity && c.phrase.text.includes(inPhrase));

describe("readClaims on the 2023 Ignalina report", () => {
  it.each([
    ["73 341 fiz. vnt.", "73341", "physical_units", "išduota 73 341 fiz. vnt. įvairių dokumentų", "įvairių dokumentų"],
    // A counted noun is a unit of its own since #18: the claim is the number with its noun.
    ["14 670 lankytojų", "14670", "persons", "Renginiuose apsilankė  14 670 lankytojų", "lankytojų"],
    ["36", "36", null, "2023 metais kvalifikaciją kėlė 36 Bibliotekos darbuotojai", "Bibliotekos darbuotojai"],
    ["77 %", "77", "percent", "77 % visų darbuotojų", "visų darbuotojų"],
    ["1911", "1911", null, "Per 2023 metus  pateikta 1911 užklausų", "užklausų"],
    [
      "717 fiz. vnt.",
      "717",
      "physical_units",
      "Biblioteka 2023 metais įsigijo 717 fiz. vnt. dokumentų mažiau nei 2022 metais",
      "dokumentų mažiau nei",
    ],
    ["48 darbuotojai", "48", "persons", "Bibliotekoje dirbo 48 darbuotojai", "darbuotojai"],
    ["6690 fiz. vnt.", "6690", "physical_units", "Įsigyta 6690 fiz. vnt. dokumentų už 24884 eurų", "dokumentų už"],
    ["24884 eurų", "24884", "EUR", "Įsigyta 6690 fiz. vnt. dokumentų už 24884 eurų", null],
    ["1909", "1909", null, "Atsakyta į 1909 užklausas", "užklausas"],
    ["20", "20", null, "Vartotojų aptarnavimo skyrius ir 20 filialų", "filialų"],
    ["150191 fiz. vnt.", "150191", "physical_units", "Bibliotekos fonduose yra 150191 fiz. vnt. dokumentų", "dokumentų"],
    ["152 valandos", "152", "hours", "Mokymams ir konsultacijoms  skirtos 152 valandos", null],
    ["45", "45", null, "Per 2023 metus įvyko 45 skaitmeninio raštingumo mokymai", "skaitmeninio raštingumo mokymai"],
  ])("reads %s as a claim about its clause", (quantity, value, unit, phrase, counted) => {
    const claim = find(quantity, phrase);
    expect(claim, `${quantity} in ${phrase}`).toBeDefined();
    expect([claim?.value, claim?.unit, claim?.phrase.text, claim?.counted]).toEqual([value, unit, phrase, counted]);
    expect(text.slice(claim?.index, claim?.end)).toBe(quantity);
    expect(text.slice(claim?.phrase.index, claim?.phrase.end)).toBe(phrase);
  });

  it("does not take years, dates or section numbers for claims", () => {
    expect(claims.some((c) => /^20(?:22|23|24)$/.test(c.value) && c.unit === null && c.counted === "m.")).toBe(false);
    expect(claims.some((c) => c.text === "1.1" || c.text === "2023")).toBe(false);
  });

  it("leaves table cells unread as numbers without a noun, and nothing else", () => {
    expect(unread.length).toBeGreaterThan(0);
    for (const u of unread) {
      expect(u.reason).toBe("number_without_noun");
      expect(text.slice(u.index, u.end)).toBe(u.text);
    }
    expect(unread.some((u) => u.text === "6690")).toBe(true);
  });
});

describe("readClaims", () => {
  it("reads a bare count of a noun and ends its clause at a comma", () => {
    const result = readClaims("Įvyko 764 renginiai, juose apsilankė 14 670 lankytojų.");
    expect(result.claims.map((c) => [c.text, c.counted, c.phrase.text])).toEqual([
      ["764 renginiai", "renginiai", "Įvyko 764 renginiai"],
      ["14 670 lankytojų", "lankytojų", "juose apsilankė 14 670 lankytojų"],
    ]);
  });

  it("ties counted nouns to the catalogue's indicators (#18)", () => {
    const tied = (text: string) => readClaims(text).claims.map((c) => [c.text, c.unit, c.noun, findClaimIndicator(c)?.indicator.id]);
    expect(tied("Kita vertus, buvo registruoti 945 892 vartotojai.")).toEqual([
      ["945 892 vartotojai", "persons", "vartotojas", "registered_users"],
    ]);
    expect(tied("Užregistruota 27 nauji vartotojai.")).toEqual([["27 nauji vartotojai", "persons", "vartotojas", "new_users"]]);
    expect(tied("Bibliotekoje užfiksuoti 5 apsilankymai.")).toEqual([["5 apsilankymai", "visits", "apsilankymas", "visits"]]);
    expect(tied("Vienam šalies gyventojui teko 3,8 apsilankymo.")).toEqual([
      ["3,8 apsilankymo", "visits", "apsilankymas", "visits_per_resident"],
    ]);
    // A ratio's stem without its counted noun is not the ratio; a count of other people not the users.
    expect(tied("Vienam gyventojui teko 12 fiz. vnt.")).toEqual([["12 fiz. vnt.", "physical_units", undefined, undefined]]);
    expect(tied("Namuose aptarnauti 116 vartotojų.")).toEqual([["116 vartotojų", "persons", "vartotojas", undefined]]);
    expect(tied("Įsigyta 25 762 egz. knygų.")).toEqual([["25 762 egz.", "copies", undefined, "acquisitions"]]);
  });

  it("throws invalid_argument for a text that is not a string", () => {
    expect(() => readClaims(5 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
