import { describe, expect, it } from "vitest";
import { foldText } from "../../src/lexicon/index";
import {
  COUNTIES,
  ECONOMIC_CLASSIFICATION,
  findByCode,
  findById,
  findByName,
  FUNDING_SOURCES,
  LEGAL_FORMS,
  LIBRARY_TYPES,
  MUNICIPALITIES,
  PROGRAMMES,
  PUBLIC_LIBRARIES,
  type ReferenceEntry,
} from "../../src/reference/index";
import { readSeed } from "../_lib/seeds";

const TABLES: Record<string, readonly ReferenceEntry[]> = {
  COUNTIES,
  MUNICIPALITIES,
  PUBLIC_LIBRARIES,
  LIBRARY_TYPES,
  LEGAL_FORMS,
  FUNDING_SOURCES,
  PROGRAMMES,
  ECONOMIC_CLASSIFICATION,
};

describe("every reference table", () => {
  it.each(Object.entries(TABLES))("%s has unique snake_case ids and both names on every entry", (_name, table) => {
    const ids = table.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of table) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:_[a-z0-9]+)*$/);
      expect(entry.nameLt.trim().length).toBeGreaterThan(0);
      expect(entry.nameEn.trim().length).toBeGreaterThan(0);
    }
  });

  // The economic classification repeats a name at each level (the act's "Socialinio draudimo
  // įmokos" is 2.1.2 and 2.1.2.1.1.1): its articles are told apart by code.
  it.each(Object.entries(TABLES).filter(([name]) => name !== "ECONOMIC_CLASSIFICATION"))(
    "%s gives no two entries the same name once folded, so a look-up by name is unambiguous",
    (_name, table) => {
      const owner = new Map<string, string>();
      for (const entry of table) {
        const names = [entry.nameLt, entry.nameEn, ...(entry.aliases ?? [])];
        const short = (entry as { shortNameLt?: string }).shortNameLt;
        if (short) names.push(short);
        for (const name of new Set(names.map((n) => foldText(n)))) {
          const other = owner.get(name);
          expect(other === undefined || other === entry.id, `${name}: ${other} and ${entry.id}`).toBe(true);
          owner.set(name, entry.id);
        }
      }
    },
  );

  it.each(Object.entries(TABLES))(
    "%s finds each entry by its Lithuanian name in capitals, without diacritics, and by its English name",
    (_name, table) => {
      for (const entry of table) {
        // (A name the classification repeats at several levels finds the first, highest level.)
        const first = table.find((other) => foldText(other.nameLt) === foldText(entry.nameLt)) ?? entry;
        const firstEn = table.find((other) => foldText(other.nameEn) === foldText(entry.nameEn)) ?? entry;
        expect(findByName(table, entry.nameLt.toUpperCase())?.id).toBe(first.id);
        expect(findByName(table, foldText(entry.nameLt))?.id).toBe(first.id);
        expect(findByName(table, `  ${entry.nameEn}  `)?.id).toBe(firstEn.id);
        expect(findById(table, entry.id)).toBe(entry);
        if (entry.code !== undefined) expect(findByCode(table, entry.code.toLowerCase())).toBe(entry);
      }
    },
  );
});

describe("counties and municipalities", () => {
  it("are the 10 counties and 60 municipalities, with municipality codes LT-01 … LT-60 each used once", () => {
    expect(COUNTIES).toHaveLength(10);
    expect(MUNICIPALITIES).toHaveLength(60);
    const codes = MUNICIPALITIES.map((m) => m.code).sort();
    expect(codes).toEqual(Array.from({ length: 60 }, (_, i) => `LT-${String(i + 1).padStart(2, "0")}`));
  });

  it("put 5, 8, 7, 5, 6, 7, 4, 4, 6 and 8 municipalities in the counties, as DOMAIN.md §5 lists them", () => {
    const counts = COUNTIES.map((c) => MUNICIPALITIES.filter((m) => m.countyId === c.id).length);
    expect(counts).toEqual([5, 8, 7, 5, 6, 7, 4, 4, 6, 8]);
  });

  it("keep the odd code pairs of city and district municipalities", () => {
    expect(findByName(MUNICIPALITIES, "Kauno m.")?.code).toBe("LT-15");
    expect(findByName(MUNICIPALITIES, "Kauno r.")?.code).toBe("LT-16");
    expect(findByName(MUNICIPALITIES, "Klaipėdos rajono savivaldybė")?.code).toBe("LT-21");
    expect(findByName(MUNICIPALITIES, "siauliu miesto savivaldybe")?.code).toBe("LT-43");
  });

  it("write official names by the rule: r. is rajono savivaldybė, m. is miesto savivaldybė, otherwise savivaldybė", () => {
    for (const m of MUNICIPALITIES) {
      const stem = m.shortNameLt.replace(/ [rm]\.$/, "");
      const middle = m.shortNameLt.endsWith(" r.") ? " rajono" : m.shortNameLt.endsWith(" m.") ? " miesto" : "";
      expect(m.nameLt).toBe(`${stem}${middle} savivaldybė`);
    }
  });
});

describe("the public libraries", () => {
  it("are 5 county libraries serving the 10 counties between them and 60 municipal libraries, one per municipality", () => {
    const county = PUBLIC_LIBRARIES.filter((l) => l.type === "county_public");
    expect(county).toHaveLength(5);
    expect(county.flatMap((l) => [...(l.servesCountyIds ?? [])]).sort()).toEqual(COUNTIES.map((c) => c.id).sort());
    const municipal = PUBLIC_LIBRARIES.filter((l) => l.type === "municipal_public");
    expect(municipal.map((l) => l.municipalityId).sort()).toEqual(MUNICIPALITIES.map((m) => m.id).sort());
    for (const library of PUBLIC_LIBRARIES) expect(findById(MUNICIPALITIES, library.municipalityId), library.id).toBeDefined();
  });

  it("name the Ignalina and the Panevėžys county libraries as the brief and the seeds do", () => {
    expect(findById(PUBLIC_LIBRARIES, "ignalina_district_library")?.nameLt).toBe("Ignalinos rajono savivaldybės viešoji biblioteka");
    expect(findById(PUBLIC_LIBRARIES, "panevezys_county_library")?.nameLt).toBe(
      "Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešoji biblioteka",
    );
  });

  it("mark a name confirmed only with a source, and a confirmed name from a seed appears there (in some case form)", () => {
    const seeds = (["chronicle2022", "report2023", "projectNotice"] as const)
      .map((s) => foldText(readSeed(s).replace(/\s+/g, " ")))
      .join("\n");
    for (const library of PUBLIC_LIBRARIES) {
      expect(library.source.length, library.id).toBeGreaterThan(5);
      if (library.status !== "confirmed" || !library.source.includes(".txt")) continue;
      const quoted = /\("([^"]+)"\)/.exec(library.source)?.[1];
      const stem = foldText(quoted ?? library.nameLt.replace(/ viešoji biblioteka$/, "").replace(/ biblioteka$/, ""));
      expect(seeds, library.id).toContain(stem);
    }
  });

  it("find a library by a name written in capitals without diacritics, or by an alias seen in a text", () => {
    expect(findByName(PUBLIC_LIBRARIES, "PANEVEZIO APSKRITIES GABRIELES PETKEVICAITES-BITES VIESOJI BIBLIOTEKA")?.id).toBe(
      "panevezys_county_library",
    );
    expect(findByName(PUBLIC_LIBRARIES, "Klaipėdos apskrities I. Simonaitytės viešoji biblioteka")?.id).toBe("klaipeda_county_library");
    expect(findByName(PUBLIC_LIBRARIES, "Visagino miesto viešoji biblioteka")?.id).toBe("visaginas_library");
  });
});

describe("library types, legal forms, funding sources and programmes", () => {
  it("know both kinds of branch and both kinds of service point", () => {
    expect(LIBRARY_TYPES.filter((t) => t.structuralUnit).map((t) => t.id)).toEqual([
      "city_branch",
      "rural_branch",
      "service_point_regular",
      "service_point_on_demand",
      "reader_service_point",
      "mobile_library",
    ]);
  });

  it("know the reader service point and the mobile library by the names in use (REFERENCE-CHECK.md), unconfirmed", () => {
    expect(findByName(LIBRARY_TYPES, "skaitytojų aptarnavimo punktas")?.id).toBe("reader_service_point");
    expect(findByName(LIBRARY_TYPES, "MOBILIOJI BIBLIOTEKA")?.id).toBe("mobile_library");
    expect(findByName(LIBRARY_TYPES, "mobili biblioteka")?.id).toBe("mobile_library");
    for (const id of ["reader_service_point", "mobile_library"]) {
      const type = findById(LIBRARY_TYPES, id);
      expect(type?.status).toBe("unconfirmed");
      expect(type?.source).toContain("REFERENCE-CHECK.md");
      expect(type?.structuralUnit).toBe(true);
    }
  });

  it("read the legal forms the seeds write before names", () => {
    expect(["VšĮ", "UAB", "AB", "asociacija", "biudžetinė įstaiga"].map((n) => findByName(LEGAL_FORMS, n)?.id)).toEqual([
      "public_institution",
      "private_company",
      "public_company",
      "association",
      "budget_institution",
    ]);
  });

  it("read the personal income tax share as the 2023 report writes it (2 proc.) and as the law writes it now (1,2 %)", () => {
    expect(findByName(FUNDING_SOURCES, "Gyventojų parama 2 proc.")?.id).toBe("personal_income_tax_share");
    expect(findByName(FUNDING_SOURCES, "1,2 % GPM")?.id).toBe("personal_income_tax_share");
  });

  it("have every programme count under a known funding source", () => {
    for (const programme of PROGRAMMES) expect(findById(FUNDING_SOURCES, programme.fundingSourceId), programme.id).toBeDefined();
  });
});

describe("a look-up", () => {
  it("works on an app's own table, and sees an entry added to it later", () => {
    const table: ReferenceEntry[] = [{ id: "a", nameLt: "Ąžuolų gatvė", nameEn: "Oak street" }];
    expect(findByName(table, "azuolu gatve")?.id).toBe("a");
    table.push({ id: "b", nameLt: "Beržų gatvė", nameEn: "Birch street" });
    expect(findByName(table, "BERZU GATVE")?.id).toBe("b");
  });

  it("returns undefined for an empty, unknown or very long name, and never throws", () => {
    expect(findByName(MUNICIPALITIES, "")).toBeUndefined();
    expect(findByName(MUNICIPALITIES, "   ")).toBeUndefined();
    expect(findByName(MUNICIPALITIES, "Atlantidos savivaldybė")).toBeUndefined();
    expect(findByName(PUBLIC_LIBRARIES, "ą ".repeat(50_000))).toBeUndefined();
    expect(findByCode(COUNTIES, "LT-".repeat(10_000))).toBeUndefined();
  });
});
