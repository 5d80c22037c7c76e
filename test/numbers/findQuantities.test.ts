import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuantities, parseQuantity, type QuantityMatch } from "../../src/numbers/index";
import { deepFreeze, readFixture, readSeed, SEEDS } from "../_lib/seeds";

type Golden = Record<string, Array<{ index: number; text: string; value: string; unit: string | null; noun?: string; signUnknown?: true }>>;
const golden = JSON.parse(readFixture("numbers/seed-quantities.json")) as Golden;

const strip = (matches: QuantityMatch[]) =>
  matches.map((m) => ({
    index: m.index,
    text: m.text,
    value: m.value,
    unit: m.unit,
    ...(m.noun ? { noun: m.noun } : {}),
    ...(m.signUnknown ? { signUnknown: true } : {}),
  }));

describe("findQuantities", () => {
  describe.each(Object.entries(SEEDS))("on the seed %s", (name, file) => {
    const text = readSeed(name as keyof typeof SEEDS);

    it("finds every number of the reviewed golden table, with value and unit, and nothing else", () => {
      expect(strip(findQuantities(text, { bareNumbers: true }))).toEqual(golden[file]);
    });

    it("finds only the numbers with a unit when bare numbers are not asked for", () => {
      expect(strip(findQuantities(text))).toEqual((golden[file] ?? []).filter((m) => m.unit !== null));
    });

    it("gives offsets that point at the matched text, which parseQuantity reads to the same value", () => {
      for (const m of findQuantities(text, { bareNumbers: true })) {
        expect(text.slice(m.index, m.end)).toBe(m.text);
        // A bare "m" is metres by its context (lengths on the line), which parseQuantity does not see.
        if (m.unit !== null && !/[–-]\d/.test(text.slice(m.end, m.end + 2)) && !m.text.endsWith(" m"))
          expect(parseQuantity(m.text)).toEqual({
            value: m.value,
            unit: m.unit,
            ...(m.noun ? { noun: m.noun } : {}),
            ...(m.signUnknown ? { signUnknown: true } : {}),
          });
      }
    });
  });

  it("holds the figures the issue names", () => {
    const all = Object.values(golden).flat();
    const has = (text: string, value: string, unit: string | null) =>
      expect(all).toContainEqual(expect.objectContaining({ text, value, unit }));
    has("73 341 fiz. vnt.", "73341", "physical_units");
    has("24,0 %", "24.0", "percent");
    has("0,005 %", "0.005", "percent");
    has("774795,00 eurų", "774795.00", "EUR");
    has("698795,000 eurų", "698795.000", "EUR");
    has("10499,35 Eur", "10499.35", "EUR");
    has("2,75 Eur", "2.75", "EUR");
    has("100 tūkst. Lt", "100000", "LTL");
    has("-718", "-718", null);
    has("· 2,0 %", "2.0", "percent");
    expect(all.filter((m) => m.signUnknown === true).map((m) => m.text)).toEqual(["· 2,0 %", "· 8,4 %", "· 1,1 %"]);
  });

  it.each([
    "2022 m.",
    "2023 metais",
    "per 2023 metus",
    "2023 m. sausio 1 d. – gruodžio 31 d.",
    "2022 m. gruodžio 31",
    "Sutarties įvykdymo data 2024 12 31",
    "2022-02-01",
    "2022.02.01",
    "2022-02",
    "2018–2024 metų",
    "1940-1990",
    "(2018, 2019 metų)",
    "1.1.1. Įsigyti",
    "2.1 uždavinys",
    "tikslai: 1. Plėtoti",
    "\n3. Kraštotyros darbas",
    "Nr. 08-001-04-01 01 „Aukštos",
    "Nr. ĮV-274",
    "COVID-19",
    "22-ojoje",
    "3-čią programą",
    "35-mečio",
    "A4 formatu",
    "1/2",
    "10:30",
    "prasidės 10.30 val.",
    "tel. 8 386 52 435",
    "XX a. 5 a.",
    "1.500 Eur",
  ])("leaves out numbers that belong to a date, section, code or ordinal: %j", (text) => {
    expect(findQuantities(text, { bareNumbers: true })).toEqual([]);
  });

  it("reads a range into two quantities in the unit of the second", () => {
    expect(findQuantities("nuo 15–20 % ir 1–2 mln. Eur").map((m) => [m.text, m.value, m.unit])).toEqual([
      ["15", "15", "percent"],
      ["20 %", "20", "percent"],
      ["1", "1000000", "EUR"],
      ["2 mln. Eur", "2000000", "EUR"],
    ]);
  });

  it("reads a range written with a spaced dash or with iki", () => {
    expect(findQuantities("nuo 5 iki 10 proc., 15 – 20 %").map((m) => [m.text, m.value, m.unit])).toEqual([
      ["5", "5", "percent"],
      ["10 proc.", "10", "percent"],
      ["15", "15", "percent"],
      ["20 %", "20", "percent"],
    ]);
    expect(findQuantities("73 skirti vartotojams ir 40 – darbuotojams", { bareNumbers: true }).map((m) => m.value)).toEqual(["73", "40"]);
  });

  it("reads the units added for library statistics: copies, minutes, kilometres", () => {
    expect(findQuantities("išduota 1 200 egz., 30 min. ir 12 km").map((m) => [m.value, m.unit])).toEqual([
      ["1200", "copies"],
      ["30", "minutes"],
      ["12", "kilometres"],
    ]);
  });

  it("reads fiz. vien. as physical units", () => {
    expect(findQuantities("Fonde – 10847 fiz. vien. ir 5909 fiz. vien").map((m) => [m.value, m.unit])).toEqual([
      ["10847", "physical_units"],
      ["5909", "physical_units"],
    ]);
  });

  it("reads no unit before a power: km² and m³ are no kilometres nor metres, m² stays square metres", () => {
    expect(findQuantities("Srities plotas – 12 387 km² (1950 m.).")).toEqual([]);
    expect(findQuantities("Tūris 78 m³, ilgis 2,5 m.")).toEqual([expect.objectContaining({ value: "2.5", unit: "metres" })]);
    expect(findQuantities("Salė 120 m² ploto, 15 km⁴ ir 15 km").map((m) => [m.value, m.unit])).toEqual([
      ["120", "m2"],
      ["15", "kilometres"],
    ]);
  });

  it("reads minus signs at the start of a cell, but an en dash after a word as the Lithuanian dash", () => {
    expect(findQuantities("\t-718\n\t−3,5 %\n\t– 2\n\t–7 Eur\nplanas –57000,00 eurų (+5 %)").map((m) => m.value)).toEqual([
      "-3.5",
      "-7",
      "57000.00",
      "5",
    ]);
    expect(findQuantities("\t-718", { bareNumbers: true }).map((m) => m.value)).toEqual(["-718"]);
  });

  it("marks a lost sign instead of reading it as positive", () => {
    expect(findQuantities("Skirtumas\n\t· 2,0 %")).toEqual([
      { text: "· 2,0 %", index: 11, end: 18, value: "2.0", unit: "percent", signUnknown: true },
    ]);
  });

  it("reads ambiguous dots when an option decides", () => {
    expect(findQuantities("1.500 Eur", { dot: "thousands" }).map((m) => m.value)).toEqual(["1500"]);
    expect(findQuantities("1.5 %, 1.234.567 Eur").map((m) => m.value)).toEqual(["1.5", "1234567"]);
  });

  it("returns bare numbers only when asked", () => {
    expect(findQuantities("veikė 48 filialai")).toEqual([]);
    expect(findQuantities("veikė 48 filialai", { bareNumbers: true })).toEqual([{ text: "48", index: 6, end: 8, value: "48", unit: null }]);
    // A counted noun is a unit of its own unless countedNouns is false.
    expect(findQuantities("dirbo 48 darbuotojai", { bareNumbers: true, countedNouns: false })).toEqual([
      { text: "48", index: 6, end: 8, value: "48", unit: null },
    ]);
  });

  it("does not mutate its input and finishes on long adversarial text", () => {
    const options = deepFreeze({ bareNumbers: true });
    for (const text of [
      "1 ".repeat(30_000),
      "1.".repeat(30_000),
      "1-".repeat(30_000),
      "9".repeat(100_000),
      "· ".repeat(30_000),
      "Nr. 1-".repeat(10_000),
      "1 000 ".repeat(10_000),
      // The shapes of the #18 rules, repeated: wrapped lines, malformed groups, lists of years,
      // sentence-opening years, names with digits.
      "178\nlankytojų ".repeat(10_000),
      "7, 400 skaitytojų, 1 5 proc. ".repeat(5_000),
      "1893 – 980, ".repeat(10_000),
      "kalba. 2008 bibliotekininkės ".repeat(5_000),
      "15min ".repeat(10_000),
      "a".repeat(100_000) + ". 2008 vaikų",
    ]) {
      expect(Array.isArray(findQuantities(text, options))).toBe(true);
    }
  });

  it("returns ordered, non-overlapping matches whose text is at their offsets, for any text", () => {
    const piece = fc.constantFrom(
      "1",
      "0",
      "9",
      " ",
      "\u00a0",
      ",",
      ".",
      "-",
      "–",
      "−",
      "·",
      "\t",
      "\n",
      " m.",
      "d.",
      "Nr.",
      "%",
      " proc.",
      " Eur",
      " tūkst.",
      "iki",
      " – ",
      "a",
      "/",
      ":",
      "2022",
      " fiz. vnt.",
      "(",
      "+",
      "O",
      "-ojo",
    );
    fc.assert(
      fc.property(
        fc.string({ unit: piece, maxLength: 30 }),
        fc.constantFrom("auto", "decimal", "thousands") as fc.Arbitrary<"auto" | "decimal" | "thousands">,
        (text, dot) => {
          let last = 0;
          for (const m of findQuantities(text, { bareNumbers: true, dot })) {
            expect(text.slice(m.index, m.end)).toBe(m.text);
            expect(m.index).toBeGreaterThanOrEqual(last);
            expect(m.value).toMatch(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/);
            last = m.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("rejects a non-string with invalid_argument", () => {
    expect(() => findQuantities(null as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
