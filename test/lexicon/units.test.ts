import { describe, expect, it } from "vitest";
import { foldText, lookupScaleWord, lookupUnit, SCALE_WORDS, UNITS } from "../../src/lexicon/index";
import { readSeed } from "../_lib/seeds";

describe("lookupUnit", () => {
  it.each([
    ["fiz. vnt.", "physical_units"],
    ["fiz.vnt.", "physical_units"],
    ["fiz. vnt", "physical_units"],
    ["FIZ. VNT.", "physical_units"],
    ["pav.", "titles"],
    ["%", "percent"],
    ["proc.", "percent"],
    ["procentai", "percent"],
    ["procentų", "percent"],
    ["p. p.", "percentage_points"],
    ["procentinio punkto", "percentage_points"],
    ["Eur", "EUR"],
    ["EUR", "EUR"],
    ["€", "EUR"],
    ["euras", "EUR"],
    ["eurų", "EUR"],
    ["euru", "EUR"],
    ["eurais", "EUR"],
    ["Lt", "LTL"],
    ["LTL", "LTL"],
    ["litų", "LTL"],
    ["litais", "LTL"],
    ["ct", "cents"],
    ["m2", "m2"],
    ["m²", "m2"],
    ["kv. m", "m2"],
    ["val.", "hours"],
    ["valandų", "hours"],
    ["vnt.", "items"],
    ["asm.", "persons"],
    ["metrų", "metres"],
    ["egz.", "copies"],
    ["egzempliorių", "copies"],
    ["km", "kilometres"],
    ["min.", "minutes"],
    ["kvadratiniais metrais", "m2"],
    ["asmenims", "persons"],
  ])("reads %j as %s", (text, id) => {
    expect(lookupUnit(text)?.id).toBe(id);
  });

  it.each(["m.", "m", "d.", "metai", "tūkst.", "Nr.", "", "lankytojų"])("does not take %j for a unit", (text) => {
    expect(lookupUnit(text)).toBeUndefined();
  });

  it("reads every unit written after a number in the 2023 report", () => {
    const report = readSeed("report2023");
    const units = [...report.matchAll(/\d ?(fiz\. ?vnt\.|pav\.|proc\.|%|Eur|eurų|m2)/g)].map((m) => m[1] as string);
    expect(units.length).toBeGreaterThan(50);
    for (const unit of new Set(units)) expect(lookupUnit(unit), unit).toBeDefined();
  });

  it("gives each spelling to one unit only", () => {
    const owner = new Map<string, string>();
    for (const unit of UNITS) {
      for (const form of unit.forms) {
        const key = foldText(form);
        expect(owner.get(key) ?? unit.id, form).toBe(unit.id);
        owner.set(key, unit.id);
      }
    }
  });
});

describe("lookupScaleWord", () => {
  it.each([
    ["tūkst.", 3],
    ["tukst.", 3],
    ["tūkst", 3],
    ["tūkstančių", 3],
    ["mln.", 6],
    ["MLN", 6],
    ["milijonų", 6],
    ["mlrd.", 9],
  ])("reads %j as 10^%i", (text, exponent) => {
    expect(lookupScaleWord(text)?.exponent).toBe(exponent);
  });

  it("reads the scale word of the sponsor text (100 tūkst. Lt)", () => {
    const match = readSeed("sponsors").match(/100 (tūkst\.) (Lt)/);
    expect(match).not.toBeNull();
    expect(lookupScaleWord(match?.[1] ?? "")?.exponent).toBe(3);
    expect(lookupUnit(match?.[2] ?? "")?.id).toBe("LTL");
  });

  it("keeps scale words and units apart", () => {
    for (const scale of SCALE_WORDS) for (const form of scale.forms) expect(lookupUnit(form), form).toBeUndefined();
  });
});
