import { describe, expect, it } from "vitest";
import { foldText, LIBRARY_NAME_HEADS } from "../../src/lexicon/index";
import { findById, findByName, findByNameMatch, PUBLIC_LIBRARIES, type PublicLibrary } from "../../src/reference/index";
import { readAgreements } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const library = (id: string): PublicLibrary => {
  const found = findById(PUBLIC_LIBRARIES, id);
  if (found === undefined) throw new Error(id);
  return found;
};

// The 16 names REFERENCE-CHECK.md (2026-12) found, each with the source it names: [id, letterhead
// form, short form or undefined, old form or undefined, source].
const CORRECTED: readonly [string, string, string | undefined, string | undefined, string][] = [
  [
    "alytus_city_library",
    "Alytaus Jurgio Kunčino viešoji biblioteka",
    undefined,
    "Alytaus miesto savivaldybės viešoji biblioteka",
    "alytus.mvb.lt, statutes 2023",
  ],
  [
    "raseiniai_district_library",
    "Raseinių rajono savivaldybės Marcelijaus Martinaičio viešoji biblioteka",
    undefined,
    "Raseinių rajono savivaldybės viešoji biblioteka",
    "lsvba.lt, member page",
  ],
  [
    "klaipeda_district_library",
    "Klaipėdos rajono savivaldybės Jono Lankučio viešoji biblioteka",
    undefined,
    "Klaipėdos rajono savivaldybės viešoji biblioteka",
    "gargzdaivb.lt, history",
  ],
  [
    "neringa_library",
    "Neringos savivaldybės Viktoro Miliūno viešoji biblioteka",
    undefined,
    "Neringos savivaldybės viešoji biblioteka",
    "neringosvb.lt, statutes 2016",
  ],
  [
    "silute_district_library",
    "Šilutės rajono savivaldybės Fridricho Bajoraičio viešoji biblioteka",
    "Šilutės Fridricho Bajoraičio viešoji biblioteka",
    undefined,
    "silutevb.lt",
  ],
  [
    "skuodas_district_library",
    "Skuodo rajono savivaldybės Romualdo Granausko viešoji biblioteka",
    undefined,
    "Skuodo rajono savivaldybės viešoji biblioteka",
    "svb.lt, history",
  ],
  [
    "joniskis_district_library",
    "Joniškio rajono savivaldybės Jono Avyžiaus viešoji biblioteka",
    undefined,
    "Joniškio rajono savivaldybės viešoji biblioteka",
    "savb.lt, regional libraries",
  ],
  [
    "kelme_district_library",
    "Kelmės rajono savivaldybės Žemaitės viešoji biblioteka",
    "Kelmės r. savivaldybės Žemaitės viešoji biblioteka",
    "Kelmės rajono centrinė biblioteka",
    "kelmeszemaitesvb.lt, about (Apie mus)",
  ],
  [
    "pakruojis_district_library",
    "Pakruojo rajono savivaldybės Juozo Paukštelio viešoji biblioteka",
    undefined,
    "Pakruojo rajono savivaldybės viešoji biblioteka",
    "Pakruojis district council decision 2018-04-26 Nr. T-90",
  ],
  [
    "pagegiai_library",
    "Pagėgių savivaldybės Vydūno viešoji biblioteka",
    undefined,
    "Pagėgių savivaldybės viešoji biblioteka",
    "pagegiusvb.lt",
  ],
  [
    "taurage_district_library",
    "Tauragės rajono savivaldybės Birutės Baltrušaitytės viešoji biblioteka",
    undefined,
    "Tauragės rajono savivaldybės viešoji biblioteka",
    "tauragevb.lt",
  ],
  [
    "rietavas_library",
    "Rietavo savivaldybės Irenėjaus Oginskio viešoji biblioteka",
    undefined,
    "Rietavo savivaldybės viešoji biblioteka",
    "rietavovb.lt",
  ],
  [
    "telsiai_district_library",
    "Telšių rajono savivaldybės Karolinos Praniauskaitės viešoji biblioteka",
    "Telšių Karolinos Praniauskaitės viešoji biblioteka",
    undefined,
    "kpbiblioteka.lt",
  ],
  [
    "anyksciai_district_library",
    "Anykščių rajono savivaldybės Liudvikos ir Stanislovo Didžiulių viešoji biblioteka",
    "Anykščių Liudvikos ir Stanislovo Didžiulių viešoji biblioteka",
    undefined,
    "anyksciuvb.lt",
  ],
  [
    "sirvintos_district_library",
    "Širvintų rajono savivaldybės Igno Šeiniaus viešoji biblioteka",
    undefined,
    "Širvintų rajono savivaldybės viešoji biblioteka",
    "sirvintuvb.lt",
  ],
  [
    "ukmerge_district_library",
    "Ukmergės Vlado Šlaito viešoji biblioteka",
    undefined,
    "Ukmergės rajono savivaldybės viešoji biblioteka",
    "ukmergesvb.lt",
  ],
];

describe("the 16 municipal library names REFERENCE-CHECK.md corrected", () => {
  it.each(CORRECTED)("%s is found by its letterhead form (%s), as its source says", (id, official, _short, _old, source) => {
    expect(library(id).nameLt).toBe(official);
    expect(library(id).source.startsWith(source)).toBe(true);
    expect(findByNameMatch(PUBLIC_LIBRARIES, official)).toEqual({
      entry: library(id),
      matched: { name: official, kind: "official", case: "nominative" },
    });
  });

  it.each(CORRECTED.filter(([, , short]) => short !== undefined))("%s is found by its short form, as %s writes it", (id, _o, short) => {
    expect(findByNameMatch(PUBLIC_LIBRARIES, short as string)?.entry.id).toBe(id);
    expect(findByNameMatch(PUBLIC_LIBRARIES, short as string)?.matched.kind).toBe("short");
  });

  it.each(CORRECTED.filter(([, , , old]) => old !== undefined))("%s is found by its old form", (id, _o, _s, old) => {
    expect(findByNameMatch(PUBLIC_LIBRARIES, old as string)?.matched).toEqual({ name: old, kind: "former", case: "nominative" });
    expect(findByName(PUBLIC_LIBRARIES, old as string)?.id).toBe(id);
  });

  it("are confirmed where REFERENCE-CHECK.md gives a source showing the name, and Ukmergė's short form stays unconfirmed", () => {
    for (const [id] of CORRECTED) expect(library(id).status, id).toBe(id === "ukmerge_district_library" ? "unconfirmed" : "confirmed");
    // REFERENCE-CHECK.md: Kaunas, Rokiškis and Ukmergė have a short form in use whose registry form is unconfirmed.
    expect(library("kaunas_city_library").status).toBe("unconfirmed");
    expect(library("rokiskis_district_library").status).toBe("unconfirmed");
    expect(findByName(PUBLIC_LIBRARIES, "Kauno Vinco Kudirkos viešoji biblioteka")?.id).toBe("kaunas_city_library");
  });

  it("write Anykščiai's Liudvika (the writer Liudvika Didžiulienė-Žmona) in the genitive Liudvikos, never Liudviko", () => {
    const anyksciai = library("anyksciai_district_library");
    expect([anyksciai.nameLt, ...(anyksciai.aliases ?? [])].every((name) => name.includes("Liudvikos"))).toBe(true);
    expect(anyksciai.nameEn).toBe("Anykščiai District Municipality Liudvika and Stanislovas Didžiulis Public Library");
  });

  it("give the days the old names were in use where the libraries' histories give them", () => {
    const dated = (id: string) => [library(id).nameSince, library(id).otherNames?.find((n) => n.kind === "former")?.until];
    expect(dated("klaipeda_district_library")).toEqual(["2000-12-28", "2000-12-27"]); // gargzdaivb.lt, history
    expect(dated("skuodas_district_library")).toEqual(["2015-10-01", "2015-09-30"]); // svb.lt, history
    expect(dated("taurage_district_library")).toEqual(["2011-08-30", "2011-08-29"]); // tauragevb.lt
    expect(dated("ukmerge_district_library")).toEqual(["2005-09-28", "2005-09-27"]); // ukmergesvb.lt
  });

  it("name English after the Lithuanian", () => {
    expect(library("alytus_city_library").nameEn).toBe("Alytus Jurgis Kunčinas Public Library");
    expect(findByNameMatch(PUBLIC_LIBRARIES, "Alytus Jurgis Kunčinas Public Library")?.matched.kind).toBe("english");
  });
});

describe("findByNameMatch reads the cases texts write", () => {
  it("reads the instrumental a 2022 chronicle writes (REFERENCE-CHECK.md), as a former name", () => {
    // Quoted in REFERENCE-CHECK.md; these two sentences are not in test/fixtures/seeds/chronicle-2022-panevezys.txt.
    expect(findByNameMatch(PUBLIC_LIBRARIES, "Kelmės rajono savivaldybės viešąja biblioteka")?.matched).toEqual({
      name: "Kelmės rajono savivaldybės viešoji biblioteka",
      kind: "former",
      case: "instrumental",
    });
    expect(findByName(PUBLIC_LIBRARIES, "Raseinių rajono savivaldybės viešąja biblioteka")?.id).toBe("raseiniai_district_library");
  });

  it.each([
    // chronicle-2022-panevezys.txt
    ["Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešosios bibliotekos", "panevezys_county_library", "genitive"],
    ["Molėtų rajono savivaldybės viešosios bibliotekos", "moletai_district_library", "genitive"],
    ["Rokiškio Juozo Keliuočio viešosios bibliotekos", "rokiskis_district_library", "genitive"],
    ["Pasvalio Mariaus Katiliškio viešosios bibliotekos", "pasvalys_district_library", "genitive"],
    ["Panevėžio Elenos Mezginaitės viešosios bibliotekos", "panevezys_city_library", "genitive"],
    ["Bitės bibliotekai", "panevezys_county_library", "dative"],
    // annual-report-2023-ignalina.txt
    ["Lietuvos audiosensorinės bibliotekos", "audiosensory_library", "genitive"],
  ])("finds %s (%s, %s) in the seeds", (written, id, grammaticalCase) => {
    const seeds = foldText([readSeed("chronicle2022"), readSeed("report2023")].join("\n").replace(/\s+/g, " "));
    expect(seeds).toContain(foldText(written));
    const match = findByNameMatch(PUBLIC_LIBRARIES, written);
    expect([match?.entry.id, match?.matched.case]).toEqual([id, grammaticalCase]);
  });

  it("reads the dative, the locative, the accusative and the VB abbreviation", () => {
    const official = library("skuodas_district_library").nameLt;
    const stem = official.slice(0, -"viešoji biblioteka".length);
    const forms = LIBRARY_NAME_HEADS[0]?.forms;
    for (const grammaticalCase of ["dative", "locative", "accusative", "instrumental"] as const) {
      expect(findByNameMatch(PUBLIC_LIBRARIES, stem + (forms?.[grammaticalCase] ?? ""))?.matched.case).toBe(grammaticalCase);
    }
    expect(findByNameMatch(PUBLIC_LIBRARIES, `${stem}VB`)?.matched).toEqual({ name: official, kind: "official", case: "abbreviation" });
    // Folded, viešąja and viešąją are one spelling: the instrumental is read.
    expect(findByNameMatch(PUBLIC_LIBRARIES, foldText(`${stem}viešąją biblioteką`))?.matched.case).toBe("instrumental");
  });

  it("gives no two libraries one name in any case once folded", () => {
    const owner = new Map<string, string>();
    for (const entry of PUBLIC_LIBRARIES) {
      for (const name of [entry.nameLt, ...(entry.aliases ?? [])]) {
        const head = LIBRARY_NAME_HEADS.find((h) => foldText(name).endsWith(foldText(h.forms.nominative)));
        const stem = head ? name.slice(0, name.length - head.forms.nominative.length) : name;
        for (const form of head ? Object.values(head.forms).map((f) => stem + f) : [name]) {
          const other = owner.get(foldText(form));
          expect(other === undefined || other === entry.id, `${form}: ${other} and ${entry.id}`).toBe(true);
          owner.set(foldText(form), entry.id);
        }
      }
    }
  });

  it("finds nothing in a 500 000-character name made of a library name's words", () => {
    const long = "viešosios ".repeat(50_000) + "bibliotekos";
    expect(findByNameMatch(PUBLIC_LIBRARIES, long)).toBeUndefined();
  });
});

describe("readAgreements on the 2022 chronicle", () => {
  it("points the partner libraries of 14 July to the corrected entries", () => {
    const read = readAgreements(readSeed("chronicle2022"), { ref: "2022", library: "panevezys_county_library" });
    const july = read.agreements.find((a) => a.signed === "2022-07-14");
    const ids = july?.parties.map((p) => p.referenceId);
    expect(ids).toContain("anyksciai_district_library");
    expect(ids).toContain("rokiskis_district_library");
    expect(findById(PUBLIC_LIBRARIES, "anyksciai_district_library")?.nameLt).toBe(
      "Anykščių rajono savivaldybės Liudvikos ir Stanislovo Didžiulių viešoji biblioteka",
    );
  });
});
