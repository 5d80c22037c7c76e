import { describe, expect, it } from "vitest";
import {
  agreementsActiveOn,
  parseAgreement,
  parseAnnualReport,
  parseAssociation,
  parseInstitution,
  parseProject,
  parseSponsor,
  parseSupport,
  type Agreement,
} from "../../src/models/index";
import { lookupMonth } from "../../src/lexicon/index";
import { findById, PUBLIC_LIBRARIES, PROGRAMMES } from "../../src/reference/index";
import { deepFreeze, readFixture, readSeed } from "../_lib/seeds";

function fixture(name: string): unknown {
  return deepFreeze(JSON.parse(readFixture(`models/${name}`)) as unknown);
}

describe("the Ignalina library fixture (from the 2023 annual report)", () => {
  const input = fixture("institution-ignalina.json");
  const library = parseInstitution(input);

  it("is a valid Institution and parses to itself", () => {
    expect(library).toEqual(input);
  });

  it("has the 20 branches the director's summary names, one of them the Dūkštas town branch", () => {
    const report = readSeed("report2023");
    const list = /20 filialų\s+\(([^)]+)\)/.exec(report)?.[1] ?? "";
    const named = list.split(",").map((name) => `${name.trim()} filialas`);
    expect(named).toHaveLength(20);
    const names = (library.branches ?? []).map((b) => b.name.replace("Dūkšto miesto", "Dūkšto"));
    expect(names).toEqual(named);
    expect(library.branches?.filter((b) => b.type === "city_branch").map((b) => b.name)).toEqual(["Dūkšto miesto filialas"]);
  });

  it("has the 4 service points, each served by the branch the report says, two regular and two on demand", () => {
    const points = library.servicePoints ?? [];
    expect(points).toHaveLength(4);
    const servedBy = Object.fromEntries(points.map((p) => [p.id, (library.branches ?? []).find((b) => b.id === p.servedBy)?.name]));
    expect(servedBy).toEqual({
      antalksne: "Linkmenų filialas",
      rubelninkai: "Ceikinių filialas",
      svedriske: "Kazitiškio filialas",
      taujunai: "Naujojo Daugėliškio filialas",
    });
    expect(points.map((p) => p.type)).toEqual([
      "service_point_regular",
      "service_point_regular",
      "service_point_on_demand",
      "service_point_on_demand",
    ]);
  });

  it("records the 2023 move of the Vidiškės branch and the regime change of the Taujūnai point", () => {
    expect(library.branches?.find((b) => b.id === "vidiskes")?.history).toEqual([
      expect.objectContaining({ kind: "moved", date: "2023", to: "Vidiškių gimnazijos patalpos" }),
    ]);
    expect(library.servicePoints?.find((p) => p.id === "taujunai")?.history?.[0]?.kind).toBe("regime_changed");
  });

  it("points at the reference entry with the same official name", () => {
    expect(findById(PUBLIC_LIBRARIES, library.referenceId ?? "")?.nameLt).toBe(library.name);
  });
});

describe("the 12 agreements of the 2022 Panevėžys chronicle", () => {
  const input = fixture("agreements-2022-panevezys.json") as unknown[];
  const agreements: Agreement[] = input.map((a) => parseAgreement(a));

  it("are 12 valid Agreements that parse to themselves", () => {
    expect(agreements).toHaveLength(12);
    expect(agreements).toEqual(input);
  });

  it("have the signing dates and end dates of the chronicle's agreements section, in order", () => {
    const text = readSeed("chronicle2022");
    const section = text.slice(text.indexOf("2022 m. bendradarbiavimo sutartys"));
    const paragraphs = section
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => /biblioteka pasirašė/.test(p));
    expect(paragraphs).toHaveLength(12);
    const fromText = paragraphs.map((p) => {
      const [, monthWord = "", day = ""] = /^(\S+) (\d+) d\./.exec(p) ?? [];
      const month = lookupMonth(monthWord)?.month ?? 0;
      const end = /Sutarties įvykdymo data (\d{4}) (\d{2}) (\d{2})/.exec(p);
      return {
        signed: `2022-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`,
        validUntil: end ? `${end[1]}-${end[2]}-${end[3]}` : undefined,
      };
    });
    expect(agreements.map((a) => ({ signed: a.signed, validUntil: a.validUntil }))).toEqual(fromText);
  });

  it("sign with eleven libraries at once on 14 July, each a library of the reference tables", () => {
    const july = agreements.find((a) => a.signed === "2022-07-14");
    expect(july?.parties).toHaveLength(11);
    for (const party of july?.parties ?? []) {
      expect(findById(PUBLIC_LIBRARIES, party.referenceId ?? "")?.nameLt, party.name).toBe(party.name);
    }
  });

  it("name partners that appear in the chronicle", () => {
    const text = readSeed("chronicle2022").replace(/\s+/g, " ");
    for (const a of agreements) {
      for (const party of a.parties) {
        if (party.kind === "library") continue;
        const stem =
          party.name
            .replace(/^(VšĮ |Asociacija )/, "")
            .split(" ")[0]
            ?.replace(/[„“]/g, "") ?? "";
        expect(text, party.name).toContain(stem.slice(0, 5));
      }
    }
  });

  it("are active or not on a date as their partial dates say", () => {
    const active = (ref: string) => agreementsActiveOn(agreements, ref).map((a) => a.id);
    expect(active("2022-01-31")).toEqual([]);
    expect(active("2023-12-31")).toHaveLength(10);
    expect(active("2023-08")).toHaveLength(11);
    expect(active("2024-12")).toEqual([
      "2022-02-01-kurija",
      "2022-02-15-smalsutis",
      "2022-02-21-ruta",
      "2022-07-14-regiono-bibliotekos",
      "2022-07-27-pletros-agentura",
      "2022-09-14-septynios-akimirkos",
      "2022-10-13-kurciuju-draugija",
    ]);
    expect(active("2026")).toEqual([
      "2022-07-14-regiono-bibliotekos",
      "2022-07-27-pletros-agentura",
      "2022-09-14-septynios-akimirkos",
      "2022-10-13-kurciuju-draugija",
    ]);
  });
});

describe("the projects named in the texts", () => {
  const input = fixture("projects.json") as unknown[];
  const projects = input.map((p) => parseProject(p));

  it("are valid Projects that parse to themselves", () => {
    expect(projects.length).toBeGreaterThanOrEqual(12);
    expect(projects).toEqual(input);
  });

  it("each have a title that one of the seed texts writes", () => {
    const texts = (["chronicle2022", "report2023", "projectNotice", "sponsors"] as const)
      .map((name) => readSeed(name).replace(/\s+/g, " ").replace(/[-–]/g, "-"))
      .join("\n");
    for (const project of projects) {
      const title = project.title.replace(/[-–]/g, "-").replace(/^„|“$/g, "");
      const words = title.split(" ").slice(0, 4).join(" ");
      expect(texts, project.title).toContain(words);
    }
  });

  it("use programme ids of the reference tables, and the Ignalina Erasmus+ project is coordinated by Ignalina with partners in five countries", () => {
    for (const project of projects) if (project.programmeId) expect(findById(PROGRAMMES, project.programmeId)).toBeDefined();
    const erasmus = projects.find((p) => p.id === "europa-skaito-ir-kuria");
    expect(erasmus?.role).toBe("coordinator");
    expect(new Set(erasmus?.participants?.map((p) => p.organization.country))).toEqual(new Set(["IT", "DE", "SI", "GR", "FR"]));
    expect(erasmus?.results?.[0]?.value).toBe("554");
  });
});

describe("the sponsors of the 2009–2011 campaign", () => {
  const input = fixture("sponsors-2009-2011.json") as { sponsors: unknown[]; support: unknown[] };
  const sponsors = input.sponsors.map((s) => parseSponsor(s));
  const support = input.support.map((s) => parseSupport(s));

  it("are valid Sponsors and Support records that parse to themselves", () => {
    expect(sponsors).toEqual(input.sponsors);
    expect(support).toEqual(input.support);
  });

  it("have the two main commercial sponsors, eight more companies and ten public partners", () => {
    expect(sponsors.filter((s) => s.role === "main_sponsor").map((s) => s.organization.name)).toEqual(["TEO LT, AB", "UAB „Tiketa“"]);
    expect(sponsors.filter((s) => s.role === "sponsor")).toHaveLength(8);
    expect(sponsors.filter((s) => s.role === "partner")).toHaveLength(10);
  });

  it("state the support as an exclusive lower bound of 100 thousand litas", () => {
    expect(support[0]?.amount).toEqual({
      min: { amount: "100000", currency: "LTL" },
      minExclusive: true,
      asWritten: "daugiau nei už 100 tūkst. Lt",
    });
    expect(readSeed("sponsors")).toContain("daugiau nei už 100 tūkst. Lt");
  });
});

describe("the association of the statutes", () => {
  const input = fixture("association-regional-libraries.json");
  const association = parseAssociation(input);

  it("is a valid Association that parses to itself, with its 7 goals, 10 activities and 3 governing bodies", () => {
    expect(association).toEqual(input);
    expect([association.goals?.length, association.activities?.length, association.governingBodies?.length]).toEqual([7, 10, 3]);
    expect(association.founded).toBe("2012");
  });

  it("quotes its goals as the statutes write them", () => {
    const text = readSeed("statutes");
    for (const goal of association.goals ?? []) expect(text).toContain(goal);
  });
});

describe("the 2023 Ignalina annual report", () => {
  const input = fixture("annual-report-2023-ignalina.json");
  const report = parseAnnualReport(input);

  it("is a valid AnnualReport that parses to itself", () => {
    expect(report).toEqual(input);
  });

  it("has the report's reporting units, the rural group made of the 19 rural branches", () => {
    expect(report.units.map((u) => u.name)).toEqual(["Iš viso", "Ignalinos biblioteka", "Dūkšto miesto filialas", "Kaimo filialai"]);
    const library = parseInstitution(fixture("institution-ignalina.json"));
    const rural = (library.branches ?? []).filter((b) => b.type === "rural_branch").map((b) => b.id);
    expect(report.units.find((u) => u.id === "rural")?.members).toEqual(rural);
  });

  it("keeps the budget amounts with the precision the report writes", () => {
    const wages = report.budgetLines?.find((line) => line.articleCode === "2.1.1");
    expect(wages?.received).toEqual({ amount: "698795.000", currency: "EUR" });
    expect(readSeed("report2023")).toContain("698795,000 eurų");
  });

  it("carries the reach target that was not met", () => {
    expect(report.targets?.find((t) => t.ref === "4.1")).toMatchObject({
      planned: { comparison: "at_least", value: "24.0" },
      actual: "22.3",
      outcome: "not_achieved",
    });
  });
});
