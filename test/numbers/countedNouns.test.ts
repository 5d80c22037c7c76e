// Issue #18: counted nouns, times of day, scale chains, figure references, malformed numbers and
// the bare `m`, on the issue's own examples (the dev web passages are scored in web.dev.test.ts).
import { describe, expect, it } from "vitest";
import { findQuantities, parseQuantity } from "../../src/numbers/index";

const read = (text: string, options?: Parameters<typeof findQuantities>[1]) =>
  findQuantities(text, options).map((m) => [m.text, m.value, m.unit, ...(m.noun === undefined ? [] : [m.noun])]);

describe("counted nouns", () => {
  it.each([
    ["1 204 vartotojai", "1204", "persons", "vartotojas"],
    ["87 nauji skaitytojai", "87", "persons", "skaitytojas"],
    ["145 masiniai renginiai", "145", "items", "renginys"],
    ["312 lankytojų", "312", "persons", "lankytojas"],
    ["15 dalyvių", "15", "persons", "dalyvis"],
    ["2,4 apsilankymo", "2.4", "visits", "apsilankymas"],
    ["5 apsilankymai", "5", "visits", "apsilankymas"],
    ["6000 tomų", "6000", "volumes", "tomas"],
    ["10 dienų", "10", "days", "diena"],
    ["37 vaikučiams", "37", "persons", "vaikutis"],
    ["11 laikraščių", "11", "physical_units", "laikraštis"],
    ["151 naują knygą", "151", "physical_units", "knyga"],
    ["12 renginių", "12", "items", "renginys"],
    ["12 mokytojų", "12", "persons", "mokytojas"],
    ["5 nugalėtojai", "5", "persons", "nugalėtojas"],
    ["8 autoriai", "8", "persons", "autorius"],
    ["21 autorius", "21", "persons", "autorius"],
    ["9 paaugliai", "9", "persons", "paauglys"],
    ["14 pensininkų", "14", "persons", "pensininkas"],
    ["30 knygelių", "30", "physical_units", "knygelė"],
  ])("reads %s", (text, value, unit, noun) => {
    expect(read(text)).toEqual([[text, value, unit, noun]]);
    expect(parseQuantity(text)).toEqual({ value, unit, noun });
  });

  it("reads both counts of a pair and a unit word after one adjective", () => {
    expect(read("30 vaikų ir 12 suaugusiųjų")).toEqual([
      ["30 vaikų", "30", "persons", "vaikas"],
      ["12 suaugusiųjų", "12", "persons", "suaugęs"],
    ]);
    expect(read("20 tūkst. naujų pavadinimų")).toEqual([["20 tūkst. naujų pavadinimų", "20000", "titles"]]);
  });

  it("lets a unit word right after a noun of documents give the unit", () => {
    expect(read("2709 dokumentų egzemplioriai")).toEqual([["2709 dokumentų egzemplioriai", "2709", "copies"]]);
    expect(read("500 knygų fiz. vnt. ir 40 knygų")).toEqual([
      ["500 knygų fiz. vnt.", "500", "physical_units"],
      ["40 knygų", "40", "physical_units", "knyga"],
    ]);
    expect(read("15 vaikų egz.")).toEqual([["15 vaikų", "15", "persons", "vaikas"]]);
  });

  it("leaves out what a number does not count: libraries, ages, grades, two words between, a dative after skirti", () => {
    for (const text of [
      "193 bibliotekos",
      "5 metų vaikai",
      "3 klasės mokiniai",
      "9 senyvo amžiaus žmonės",
      "73 skirti vartotojams",
      "36 Bibliotekos darbuotojai",
    ])
      expect(read(text)).toEqual([]);
  });

  it("leaves counted nouns out with countedNouns: false, and parseQuantity rejects them then", () => {
    expect(read("312 lankytojų ir 5 %", { countedNouns: false })).toEqual([["5 %", "5", "percent"]]);
    expect(() => parseQuantity("312 lankytojų", { countedNouns: false })).toThrow(/Unknown unit/);
  });
});

describe("times of day are not durations", () => {
  it.each([
    "Spalio 5 d. 16 val.",
    "renginys prasidės 17 val.",
    "Rytoj 14 val.",
    "13.30 valandą",
    "dirba nuo 9 iki 18 val",
    "I–IV 10–19 val.",
    "nuo 10 valandos",
    "Pradžia – 18 val.",
    "Penktadienį nuo 8.00 val. iki 15 val. 45 min.;",
    "Pietų pertrauka nuo 12.00 val. iki 12val. 45min.;",
    "Muziejus atviras iki 1 val. nakties.",
  ])("%s", (text) => expect(read(text)).toEqual([]));

  it("reads a lone 1 before val. as one hour, unless a word of the clock stands before it", () => {
    expect(read("Salės nuoma\n1 val.\n20,00")).toEqual([["1 val.", "1", "hours"]]);
    expect(read("gido paslaugos lietuvių kalba (1 val.) grupei")).toEqual([["1 val.", "1", "hours"]]);
    expect(read("nuo 1 val. iki 3 val.")).toEqual([]);
    expect(read("Renginys prasidės 11 val.")).toEqual([]);
  });

  it("keeps minutes after a duration, or not right after a clock hour, as minutes", () => {
    expect(read("Renginys truko 1 val. 30 min.").map((m) => m[2])).toEqual(["hours", "minutes"]);
    expect(read("Pradžia 18 val., trukmė 45 min.")).toEqual([["45 min.", "45", "minutes"]]);
    expect(read("17 val. 75 min.")).toEqual([["75 min.", "75", "minutes"]]);
  });

  it.each([
    ["skirtos 152 valandos", "152 valandos", "152"],
    ["3 val. trukmės", "3 val.", "3"],
    ["tam sugaišome 97,5 val.", "97,5 val.", "97.5"],
    ["truko 2 val.", "2 val.", "2"],
    ["programos trukmė – 6 val.", "6 val.", "6"],
    ["Trukmė: 2 val.", "2 val.", "2"],
  ])("keeps the duration %s", (text, match, value) => expect(read(text)).toEqual([[match, value, "hours"]]));
});

describe("compound amounts, figures, malformed numbers, metres", () => {
  it("adds a chain of scale words", () => {
    expect(read("2 mln. 350 tūkst. eurų")).toEqual([["2 mln. 350 tūkst. eurų", "2350000", "EUR"]]);
    expect(read("1 mlrd. 20 mln. 5 tūkst. Eur")).toEqual([["1 mlrd. 20 mln. 5 tūkst. Eur", "1020005000", "EUR"]]);
    expect(read("1,5 mln. eurų")).toEqual([["1,5 mln. eurų", "1500000", "EUR"]]);
  });

  it("adds the units written after thousands, where a unit or counted noun follows them", () => {
    expect(read("Pernai muziejų aplankė 15 tūkst. 204 lankytojai.")).toEqual([
      ["15 tūkst. 204 lankytojai", "15204", "persons", "lankytojas"],
    ]);
    expect(read("apžiūrėjo 207 tūkst. 81 lankytojas")).toEqual([["207 tūkst. 81 lankytojas", "207081", "persons", "lankytojas"]]);
    expect(read("2 mln. 350 tūkst. 5 eurų")).toEqual([["2 mln. 350 tūkst. 5 eurų", "2350005", "EUR"]]);
    // No unit after the units: the thousands and the bare number stay apart (and are not read).
    expect(read("sulaukė 66 tūkst. 900, o antrąjį – 68 tūkst. 586 lankytojų")).toEqual([
      ["68 tūkst. 586 lankytojų", "68586", "persons", "lankytojas"],
    ]);
    // Never a year, a fourth digit, a decimal or a smaller scale of its own.
    expect(read("gavo 20 tūkst. 2022 m. rugsėjį")).toEqual([]);
    expect(read("Skirta 15 tūkst. Eur, 300 vaikų")).toEqual([
      ["15 tūkst. Eur", "15000", "EUR"],
      ["300 vaikų", "300", "persons", "vaikas"],
    ]);
    expect(read("5 mln. 300 vaikų")).toEqual([["300 vaikų", "300", "persons", "vaikas"]]);
  });

  it("reads pav. of a figure reference or a caption as no quantity, and titles elsewhere", () => {
    expect(read("Lankytojų daugėjo (žr. 3 pav.).")).toEqual([]);
    expect(read("Žr. 4 pav.")).toEqual([]);
    expect(read("2 pav. Lankytojų skaičius 2019–2023 m.")).toEqual([]);
    expect(read("Gauta 262 pav.\n")).toEqual([["262 pav.", "262", "titles"]]);
    expect(read("262 pav.\n15 pav.")).toEqual([
      ["262 pav.", "262", "titles"],
      ["15 pav.", "15", "titles"],
    ]);
  });

  it("reads a quoted name as no quantity, and a downward pair as no range", () => {
    expect(findQuantities("naujienų portalu „15 min.“ ir žurnalu")).toEqual([]);
    expect(read("truko 15 min. ir „15 min.“")).toEqual([["15 min.", "15", "minutes"]]);
    expect(read("1948 – 119, tai 1950 – 223 skaitytojai")).toEqual([["223 skaitytojai", "223", "persons", "skaitytojas"]]);
    expect(read("15–20 %").map((m) => m[1])).toEqual(["15", "20"]);
  });

  it("reads no count of a genitive that qualifies the noun after it: 2 knygų išdavimo punktai", () => {
    expect(read("liko 20 filialų ir 2 knygų išdavimo punktai.")).toEqual([]);
    expect(read("KNYGU ISDAVIMO: 15 knygu isdavimo punktu")).toEqual([]);
    // A head elsewhere in the sentence, or the noun not in the genitive plural, changes nothing.
    expect(read("Išduota 5000 knygų, 12 punktų")).toEqual([["5000 knygų", "5000", "physical_units", "knyga"]]);
    expect(read("padovanojo 50 knygų bibliotekai")).toEqual([["50 knygų", "50", "physical_units", "knyga"]]);
    // Kinds of books named after their readers: `suaugusiųjų prozos`, `vaikų kategorijos knygų`.
    expect(read("paraiškos pasiskirstė taip: 78 suaugusiųjų prozos, 24 poezijos")).toEqual([]);
    expect(read("nupirkta knygų už 6910,30 vaikų  kategorijos knygų")).toEqual([]);
    expect(read("įsigyta 120 vaikų literatūros leidinių")).toEqual([]);
    expect(read("dalyvavo 78 suaugusiųjų, 24 vaikai")).toEqual([
      ["78 suaugusiųjų", "78", "persons", "suaugęs"],
      ["24 vaikai", "24", "persons", "vaikas"],
    ]);
  });

  it("reads a genitive plural after a number from 2 to 9 as qualifying a later noun, unless a word before governs it", () => {
    expect(read("koncertavo net 4 ukrainiečių vaikų ir jaunimo šokių kolektyvai")).toEqual([]);
    expect(read("5 ekskursijos, 8 paauglių Knygos bičiulių susitikimai")).toEqual([]);
    expect(read("Dalyvavo 4 vaikai ir 5 suaugusieji.").map((m) => m[0])).toEqual(["4 vaikai", "5 suaugusieji"]);
    // A preposition or verb that governs the genitive, a scale word, or a larger number keeps the count.
    expect(read("sulaukė 5 lankytojų, iki 8 dalyvių").map((m) => m[0])).toEqual(["5 lankytojų", "8 dalyvių"]);
    expect(read("nuo 3 iki 7 vaikų").map((m) => m[1])).toEqual(["3", "7"]);
    expect(read("5 tūkst. vaikų, 6162 skaitytojų, 2,4 apsilankymo").map((m) => m[1])).toEqual(["5000", "6162", "2.4"]);
  });

  it("reads a singular after a number from 2 to 9 as one thing by its number: 3 tomas is volume 3", () => {
    expect(read("Išleistas enciklopedijos 3 tomas, trilogijos 2 knyga.")).toEqual([]);
    // The plural, including the forms a singular shares with it, and other numbers, stay counts.
    expect(read("Gavome 5 knygas, 3 knygos ir 2 knygelės.").map((m) => m[1])).toEqual(["5", "3", "2"]);
    expect(read("21 knyga, 2112 skaitytojas, 1 knygą").map((m) => m[1])).toEqual(["21", "2112", "1"]);
  });

  it("reads a year of a list of years and counts as no range: 1945 m. … 180 egz., 1950 – 5103 egz.", () => {
    expect(read("1945 m. jis siekė 180 egz., 1950 – 5103 egz.")).toEqual([
      ["180 egz.", "180", "copies"],
      ["5103 egz.", "5103", "copies"],
    ]);
    // A range needs none of it to be one: no year named before, no comma, or a glued dash.
    expect(read("Tiražas 1950 – 5103 egz.").map((m) => m[1])).toEqual(["1950", "5103"]);
    expect(read("2023 m. išleista 2000 – 3000 egz.").map((m) => m[1])).toEqual(["2000", "3000"]);
    expect(read("2023 m. kaina 100 Eur, 1900–2000 Eur").map((m) => m[1])).toEqual(["100", "1900", "2000"]);
    // The year is looked for on its line only.
    expect(read("1945 m. 180 egz.\nTiražai: 10 egz., 1950 – 5103 egz.").map((m) => m[1])).toEqual(["180", "10", "1950", "5103"]);
  });

  it("never reads 2414 070 fiz. vnt. as 70: the whole number, marked malformed", () => {
    const whole = { text: "2414 070 fizinius vienetus", index: 8, end: 34, value: "2414070", unit: "physical_units", malformed: true };
    expect(findQuantities("išdavė 2414 070 fizinius vienetus dokumentų")).toEqual([{ ...whole, index: 7, end: 33 }]);
    expect(findQuantities("Išdavė: 2414 070 fizinius vienetus", { bareNumbers: true })).toEqual([whole]);
    expect(findQuantities("Gauta 12345 678,50 Eur")).toEqual([
      { text: "12345 678,50 Eur", index: 6, end: 22, value: "12345678.50", unit: "EUR", malformed: true },
    ]);
    // A head of three digits is a group (414 070 is 414070); a code before the space is no number.
    expect(findQuantities("Išduota 414 070 fiz. vnt.").map((m) => [m.value, m.malformed])).toEqual([["414070", undefined]]);
    expect(findQuantities("Nr. A2414 070 Eur")).toEqual([]);
    // A year before an amount, as a flattened table row writes it, is no head.
    expect(findQuantities("Lėšos 2024 150 000 Eur").map((m) => [m.value, m.unit, m.malformed])).toEqual([["150000", "EUR", undefined]]);
  });

  it("never reads 12 345, 67 Eur as 67 EUR: the whole number, marked malformed", () => {
    expect(findQuantities("Skirta 12 345, 67 Eur.")).toEqual([
      { text: "12 345, 67 Eur", index: 7, end: 21, value: "12345.67", unit: "EUR", malformed: true },
    ]);
    // A list of numbers is not a decimal: "5, 7 Eur" has no two-digit fraction.
    expect(read("Kainos: 5, 7 Eur")).toEqual([["7 Eur", "7", "EUR"]]);
  });

  it("never reads 55, 65% as 65 %: the whole percentage, marked malformed", () => {
    expect(findQuantities("iš jų 55, 65% užima užstatyti plotai, 25,62% – miškai")).toEqual([
      { text: "55, 65%", index: 6, end: 13, value: "55.65", unit: "percent", malformed: true },
      { text: "25,62%", index: 38, end: 44, value: "25.62", unit: "percent" },
    ]);
    expect(findQuantities("sudaro 12, 50 proc.").map((m) => [m.value, m.malformed])).toEqual([["12.50", true]]);
    expect(read("augo 5, 7 %")).toEqual([["7 %", "7", "percent"]]);
  });

  it("reads a bare m as metres where the line speaks of lengths, and m. as the year", () => {
    expect(read("Lentynų ilgis 1,5 m")).toEqual([["1,5 m", "1.5", "metres"]]);
    expect(read("stendas 2 x 1,5 m")).toEqual([["1,5 m", "1.5", "metres"]]);
    expect(read("Ignalinoje – 1190 m, filiale – 197 m.")).toEqual([]);
    expect(read("fondo lentynos sudaro 3576 metrus, iš jų Ignalinoje – 1190 m, filiale – 197 m.")).toEqual([
      ["3576 metrus", "3576", "metres"],
      ["1190 m", "1190", "metres"],
      ["197 m", "197", "metres"],
    ]);
    expect(read("1998 m. lentynų ilgis padidėjo")).toEqual([]);
  });

  it("reads the words after a number past a line wrapped inside a sentence, not past a line that starts anew", () => {
    expect(read("apsilankė 178 163\nlankytojų.")).toEqual([["178 163\nlankytojų", "178163", "persons", "lankytojas"]]);
    expect(read("skirta 2\r\n  mln. eurų")).toEqual([["2\r\n  mln. eurų", "2000000", "EUR"]]);
    // A capital, a blank line or a mark starts something else: a heading, a table's next row.
    expect(read("Renginiai 12\nLankytojai 500")).toEqual([]);
    expect(read("apsilankė 12\n\nlankytojų")).toEqual([]);
    expect(read("apsilankė 12\n– lankytojų")).toEqual([]);
    // A number alone on its line is a table's cell: the next line is the next cell (`1,50⏎vaikams`).
    expect(read("suaugusiesiems\n1 asm.\n1,50\nvaikams, moksleiviams\n1 asm.\n0,50").map((m) => m[0])).toEqual(["1 asm.", "1 asm."]);
    expect(read("  178 163\nlankytojų")).toEqual([]);
    expect(read("Lankytojų:\n12 tūkst.\nlankytojų")).toEqual([]);
  });

  it("reads a name written with digits as no quantity: the portal 15min is not 15 minutes", () => {
    expect(read("Luko Balandžio / 15min nuotr. Gvildys 15min pasakojo, o 15min.lt rašė")).toEqual([]);
    // A full stop after it is the unit's abbreviation; spaced or longer, it is minutes.
    expect(read("Pertrauka truko 15min. Po to 15 min ir 115min")).toEqual([
      ["15min.", "15", "minutes"],
      ["15 min", "15", "minutes"],
      ["115min", "115", "minutes"],
    ]);
  });

  it("reads no count where the adjective between does not agree with the noun", () => {
    // A plural adjective before a singular noun: the number counts the noun after them (tickets).
    expect(read("padovanoti 300 nemokamų skaitytojo bilietų")).toEqual([]);
    // `-as` is a masculine nominative singular or a feminine accusative plural: not `knygos`.
    expect(read("1892 išleistas knygos formos katalogas")).toEqual([]);
    expect(read("151 naują knygą, 87 nauji skaitytojai, 21 naujas skaitytojas, 5 naujas knygas")).toEqual([
      ["151 naują knygą", "151", "physical_units", "knyga"],
      ["87 nauji skaitytojai", "87", "persons", "skaitytojas"],
      ["21 naujas skaitytojas", "21", "persons", "skaitytojas"],
      ["5 naujas knygas", "5", "physical_units", "knyga"],
    ]);
  });

  it("reads a list of bare years and counts as no range: 1893 – 980, 1923 – 2000 tomų", () => {
    expect(read("Biblioteka 1885 turėjo apie 400, 1893 – 980, 1923 – 2000 tomų.")).toEqual([["2000 tomų", "2000", "volumes", "tomas"]]);
    expect(read("1912 turėjo apie 800, 1912 – 4000, 1937 – 6937 knygas")).toEqual([["6937 knygas", "6937", "physical_units", "knyga"]]);
    expect(read("1945 – 180 egz., 1950 – 5103 egz., 1960 – 7000 egz.").map((m) => m[1])).toEqual(["180", "5103", "7000"]);
    // Without the list, a range of years stays one, whatever noun follows.
    expect(read("1918–1940 knygų paroda")).toEqual([]);
  });

  it("never reads 7, 400 skaitytojų as 400 nor 1 5 proc. as 5 %: the whole number, marked malformed", () => {
    expect(findQuantities("Skaito beveik 7, 400 skaitytojų.")).toEqual([
      { text: "7, 400 skaitytojų", index: 14, end: 31, value: "7400", unit: "persons", noun: "skaitytojas", malformed: true },
    ]);
    expect(findQuantities("lėšos sudaro t. y. 1 5 proc.")).toEqual([
      { text: "1 5 proc.", index: 19, end: 28, value: "15", unit: "percent", malformed: true },
    ]);
    // A list is no number: `1, 2, 300 Eur`, nor a digit before a count of hours (`3 2 val.`).
    expect(read("Kainos: 1, 2, 300 Eur")).toEqual([["300 Eur", "300", "EUR"]]);
    expect(read("vyko 3 2 val. trukmės užsiėmimai").map((m) => m[1])).toEqual(["2"]);
    // No grouped number starts with a zero (found by the property test: `0 1 proc.` gave "01")
    expect(read("sudaro 0 1 proc., 0, 400 Eur ir 0123 456 Eur").map((m) => m[1])).toEqual(["1", "400", "456"]);
  });

  it("reads a genitive plural after 1 as qualifying a later noun, and the events named after books as no count of books", () => {
    expect(read("Įrengta 1 knygų skaityklėlė ir 1 knyga; iš 1 knygų")).toEqual([
      ["1 knyga", "1", "physical_units", "knyga"],
      ["1 knygų", "1", "physical_units", "knyga"],
    ]);
    expect(read("Surengta 25 spaudinių parodos, 12 knygų parodų ir 3 knygų pristatymai; gauta 25 spaudinių")).toEqual([
      ["25 spaudinių", "25", "physical_units", "spaudinys"],
    ]);
  });

  it("reads no part of a race time as hours: per 1:51:56 val.", () => {
    expect(read("Trasą įveikę per 1:51:56 val., o kiti per 1:56:08 val.")).toEqual([]);
    expect(read("Renginys 12:30 val., truko 3 val.")).toEqual([["3 val.", "3", "hours"]]);
  });

  it("reads a count of days that qualifies a noun as those days: 4 dienų stovykla, 5 dienų trukmės", () => {
    expect(read("organizuoti 4 dienų užimtumo stovyklą; įvyko 5 dienų trukmės stovykla")).toEqual([
      ["4 dienų", "4", "days", "diena"],
      ["5 dienų", "5", "days", "diena"],
    ]);
    // people stay out: the genitive of 8 teenagers qualifies the meetings it names
    expect(read("8 paauglių susitikimai")).toEqual([]);
  });

  it("reads an hour after a bound word as a duration when a duration word stands before it: trukmė iki 3 val.", () => {
    expect(read("Salės nuoma (trukmė iki 3 val.; grupė iki 50 asmenų); renginys truks apie 2 val.")).toEqual([
      ["3 val.", "3", "hours"],
      ["50 asmenų", "50", "persons"],
      ["2 val.", "2", "hours"],
    ]);
    expect(read("Biblioteka dirba iki 18 val., renginys vyks apie 17 val.")).toEqual([]);
  });

  it("reads no house number after a street's g. as a quantity: Vilniaus g. 1 LT Šeduva", () => {
    expect(read("Šeduvos centras, Vilniaus g. 1 LT Šeduva; Gedimino g. 5, kaina 5 Lt")).toEqual([["5 Lt", "5", "LTL"]]);
  });

  it("reads diena in the singular after a number that does not end in 1 as a day of the month, not a count", () => {
    expect(read("sekmadienis buvo perkeltas iš gruodžio 25-os į 18 dieną.")).toEqual([]);
    expect(read("11 dieną, 12 diena")).toEqual([]);
    expect(read("stovykla truko 21 dieną, o kita – 18 dienų")).toEqual([
      ["21 dieną", "21", "days", "diena"],
      ["18 dienų", "18", "days", "diena"],
    ]);
    expect(read("truko 5 dienas ir 2,5 dienos")).toEqual([
      ["5 dienas", "5", "days", "diena"],
      ["2,5 dienos", "2.5", "days", "diena"],
    ]);
  });

  it("reads a bare year that opens a sentence as no count: kalba. 2008 bibliotekininkės suskaitmenino", () => {
    expect(read("Knygos rusų kalba. 2008 bibliotekininkės suskaitmenino fondą.")).toEqual([]);
    // After an abbreviation's period the sentence goes on; a word written out ends it.
    expect(read("2019 m. 1850 skaitytojų, 12 proc. 2000 lankytojų, apie 850 vienetų. 2008 bibliotekininkės")).toEqual([
      ["1850 skaitytojų", "1850", "persons", "skaitytojas"],
      ["12 proc.", "12", "percent"],
      ["2000 lankytojų", "2000", "persons", "lankytojas"],
      ["850 vienetų", "850", "items"],
    ]);
    expect(read("Vyko 1850 skaitytojų susitikimas.")).toEqual([["1850 skaitytojų", "1850", "persons", "skaitytojas"]]);
  });
});
