import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/checks/index";
import { readDocx } from "../../src/docx/index";
import { isBibliotekosError } from "../../src/errors/index";
import { safeParseAnnualReport, type AnnualReport } from "../../src/models/index";
import { readReport, readReportText } from "../../src/texts/index";
import { scoreReport } from "../_lib/reportScore";
import { readFixture } from "../_lib/seeds";

const text = readFixture("seeds/annual-report-2023-ignalina.txt");
const hand = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport;
const docx = readFileSync(new URL("../fixtures/docx/annual-report-2023-ignalina.docx", import.meta.url));
const fromText = readReport(text);
const fromDocx = readReport(readDocx(docx));

describe("readReport on the 2023 Ignalina report", () => {
  const score = scoreReport(fromText.report, hand);

  it("reads the frame: institution, year, period, title", () => {
    const { institutionId, year, reportingPeriod, title, staffCount } = fromText.report;
    expect({ institutionId, year, reportingPeriod, title, staffCount }).toEqual({
      institutionId: "ignalina_district_library",
      year: 2023,
      reportingPeriod: { start: "2023-01-01", end: "2023-12-31" },
      title: hand.title,
      staffCount: 48,
    });
  });

  it("gives at least 95 % of the hand-made observations, and none that contradicts one", () => {
    console.log(`Ignalina 2023: ${score.right} of ${score.observations} observations right; missing: ${score.missing.join("; ")}`);
    expect(score.right / score.observations).toBeGreaterThanOrEqual(0.95); // measured 95 of 98 (2026-12-02)
    expect(score.contradicting).toEqual([]);
  });

  it("gives all 12 budget lines", () => {
    expect(score.budgetMisses).toEqual([]);
    expect(score.budgetRight).toBe(12);
  });

  it("gives the targets with their plan, verdict and actual value", () => {
    console.log(`Ignalina 2023: ${score.targetsRight} of ${score.targets} targets right; misses: ${score.targetMisses.join("; ")}`);
    expect(score.targetsRight).toBeGreaterThanOrEqual(9); // measured 9 of 10 (2026-12-02): 2.1.2, a qualitative plan with no verdict, gets no actual value
  });

  it("reads the tables' units, the total made of the others", () => {
    expect(fromText.report.units.map((u) => [u.name, u.kind])).toEqual([
      ["Iš viso", "total"],
      ["Ignalinos biblioteka", "central_library"],
      ["Dūkšto miesto filialas", "branch"],
      ["Kaimo filialai", "branch_group"],
    ]);
    expect(fromText.report.units[0]?.members).toEqual(["ignalinos_biblioteka", "duksto_miesto_filialas", "kaimo_filialai"]);
  });

  it("restores a lost sign from the two years and keeps what was written", () => {
    const lost = fromText.report.observations?.find(
      (o) => o.unitId === "total" && o.indicator === "reach" && o.differenceFrom !== undefined,
    );
    expect(lost).toMatchObject({
      value: "-2.0",
      unit: "percentage_points",
      asWritten: "· 2,0 %",
      period: { start: "2023" },
      differenceFrom: { start: "2022" },
    });
  });

  it("gives every finding checkReport gives on the hand-made report, and no other", () => {
    const shape = (report: AnnualReport) =>
      checkReport(report).map((f) => {
        const { offset: _offset, ...figures } = f.figures as Record<string, string>;
        return `${f.severity} ${f.code} ${JSON.stringify(figures)}`;
      });
    expect(shape(fromText.report)).toEqual(shape(hand));
  });

  it("reads the .docx of the report into the same report", () => {
    // The sources point into each document's own grid: the text export splits one header row of
    // table 59 into three (a cell's empty paragraph is a blank line), so its row numbers differ.
    const withoutSources = (report: AnnualReport) =>
      JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === "source" ? undefined : value))) as AnnualReport;
    expect(withoutSources(fromDocx.report)).toEqual(withoutSources(fromText.report));
    expect(fromDocx.unread.map((u) => [u.block, u.column, u.reason])).toEqual(fromText.unread.map((u) => [u.block, u.column, u.reason]));
  });

  it("gives a report the model accepts, every record with its source", () => {
    expect(safeParseAnnualReport(fromText.report).success).toBe(true);
    for (const record of [
      ...(fromText.report.observations ?? []),
      ...(fromText.report.budgetLines ?? []),
      ...(fromText.report.targets ?? []),
    ]) {
      expect(record.source?.block).toBeTypeOf("number");
    }
  });

  it("lists what it could not map, with the reason", () => {
    expect(fromText.unread.map((u) => `${u.block}:${u.column} ${u.reason}`)).toEqual([
      "34:5 no_such_indicator",
      "34:7 no_such_indicator",
      "34:9 no_such_indicator",
      "59:3 no_such_indicator",
      "59:4 no_such_indicator",
      "59:5 no_such_indicator",
      "59:6 no_such_indicator",
      "59:7 ambiguous_header",
      "59:8 ambiguous_header",
    ]);
  });

  it("does not change the document it is given", () => {
    const document = readReportText(text);
    const copy = structuredClone(document);
    readReport(document);
    expect(document).toEqual(copy);
  });
});

describe("readReport's layouts", () => {
  const frame = "Ataskaitinis laikotarpis: 2023 m.\n";
  const read = (body: string, options: { year?: number } = {}) => readReport(frame + body, { institutionId: "x", ...options });

  it("reads indicators as rows and units as columns, the total last", () => {
    const { report } = read("\tRodiklis\n\tCentrinė biblioteka\n\tKaimo filialai\n\tIš viso\n\n\tRenginiai\n\t10\n\t5\n\t15\n\n");
    expect(report.observations?.map((o) => `${o.unitId} ${o.indicator} ${o.value}`)).toEqual([
      "centrine_biblioteka events 10",
      "kaimo_filialai events 5",
      "total events 15",
    ]);
  });

  it("reads several years as columns and a Pokytis column between the two", () => {
    const { report } = read("\tRodiklis\n\t2022 m.\n\t2023 m.\n\tPokytis\n\n\tRenginiai\n\t12\n\t15\n\t+3\n\n");
    expect(report.observations?.map((o) => `${o.indicator} ${o.period.start} ${o.value} ${o.differenceFrom?.start ?? ""}`)).toEqual([
      "events 2022 12 ",
      "events 2023 15 ",
      "events 2023 3 2022",
    ]);
  });

  it("counts the names a verdict lists in place of the plan's count", () => {
    const targets = (items: string) =>
      read(items).report.targets?.map((t) => `${t.ref} ${t.planned?.value} ${t.outcome} ${t.actual ?? "-"}`);
    const plan = "7. Fondai.\n\n1. Kiekybinis rodiklis – patikrinti 3 filialų fondus. ";
    expect(targets(`${plan}Rodiklis įgyvendintas iš dalies, patikrinti Meikštų ir Palūšės filialų fondai.\n`)).toEqual([
      "7.1 3 partly_achieved 2",
    ]);
    expect(targets(`${plan}Rodiklis įgyvendintas, patikrinti Dysnos, Gilūtų ir Rimšės filialų fondai.\n`)).toEqual(["7.1 3 achieved 3"]);
    // A capitalised first word is a name only in a list: here it is the verb.
    expect(targets(`${plan}Rodiklis neįgyvendintas. Patikrinti Meikštų filialo fondai.\n`)).toEqual(["7.1 3 not_achieved 1"]);
  });

  it("reads the two years a Pokytis header names, among three", () => {
    const { report, unread } = read(
      "\tRodiklis\n\t2022 m.\n\t2023 m.\n\t2024 m.\n\tPokytis\n2024/2023\n\n\tRenginiai\n\t12\n\t15\n\t14\n\t-1\n\n",
    );
    expect(
      report.observations
        ?.filter((o) => o.differenceFrom !== undefined)
        .map((o) => `${o.period.start} ${o.differenceFrom?.start} ${o.value}`),
    ).toEqual(["2024 2023 -1"]);
    expect(unread).toEqual([]);
    // A bare Pokytis after three years does not say which two it compares.
    const bare = read("\tRodiklis\n\t2022 m.\n\t2023 m.\n\t2024 m.\n\tPokytis\n\n\tRenginiai\n\t12\n\t15\n\t14\n\t-1\n\n");
    expect(bare.unread.map((u) => u.reason)).toEqual(["difference_periods_unknown"]);
  });

  it("reads the title under an approval block", () => {
    const { report } = readReport(
      "PATVIRTINTA\nVarėnos rajono savivaldybės tarybos\n2025 m. kovo 27 d. sprendimu Nr. T-VIII-412\n\nVARĖNOS RAJONO SAVIVALDYBĖS VIEŠOSIOS BIBLIOTEKOS\n2024 METŲ VEIKLOS ATASKAITA\n\nTekstas.\n",
    );
    expect([report.institutionId, report.year, report.title]).toEqual([
      "varena_district_library",
      2024,
      "Varėnos rajono savivaldybės viešosios bibliotekos 2024 metų veiklos ataskaita",
    ]);
  });

  it("reads a budget table by source and article, its total row as observations", () => {
    const { report, unread } = read(
      "\tFinansavimo šaltinis\n\tPlanas\n\tGauta\n\tPanaudota\n\tĮvykdymas %\n\n" +
        "\tSavivaldybės biudžeto lėšos\n\t968 400,00\n\t968 400,00\n\t965 912,47\n\t99,74\n\n" +
        "\tiš jų: darbo užmokestis\n\t702 300,00\n\t702 300,00\n\t701 845,12\n\t99,94\n\n" +
        "\tValstybės biudžeto lėšos (dokumentams įsigyti)\n\t31 870,00\n\t31 870,00\n\t31 870,00\n\t100\n\n" +
        "\t1,2 % GPM parama\n\t–\n\t1 348,27\n\t1 102,00\n\t–\n\n" +
        "\tKita\n\t1,00\n\t1,00\n\t1,00\n\t100\n\n" +
        "\tIš viso\n\t1 000 270,00\n\t1 001 618,27\n\t998 884,47\n\t99,7\n\n",
    );
    expect(
      report.budgetLines?.map((b) =>
        [b.sourceId, b.articleCode ?? b.purpose ?? "", b.planned?.amount, b.received?.amount, b.used?.amount, b.executionPercent].join(" "),
      ),
    ).toEqual([
      "municipal_budget  968400.00 968400.00 965912.47 99.74",
      "municipal_budget 2.1.1 702300.00 702300.00 701845.12 99.94",
      "state_budget dokumentams įsigyti 31870.00 31870.00 31870.00 100",
      "personal_income_tax_share   1348.27 1102.00 ",
    ]);
    expect(report.observations?.map((o) => `${o.indicator} ${o.value}`)).toEqual(["funds_received 1001618.27", "expenditure 998884.47"]);
    expect(unread.map((u) => `${u.reason} ${u.text}`)).toEqual([
      "budget_row_not_read Kita",
      "no_indicator 1 000 270,00",
      "no_indicator 99,7",
    ]);
  });

  it("reads a row of parts with the row above it", () => {
    const { report } = read("\tRodiklis\n\tIš viso\n\n\tRegistruoti vartotojai\n\t6 517\n\n\tiš jų vaikai iki 14 m.\n\t2 163\n\n");
    expect(report.observations?.map((o) => `${o.indicator} ${o.value}`)).toEqual([
      "registered_users 6517",
      "registered_users_children 2163",
    ]);
  });

  it("reads a plan given by its comparison alone, and a partly or over-achieved verdict", () => {
    const targets = read(
      "5. VEIKLOS PLANO RODIKLIŲ ĮVYKDYMAS\n\n" +
        "1. Naujų vartotojų pritraukimas. Planuota – ne mažiau kaip 700 naujų vartotojų, faktas – 655. Rodiklis nepasiektas (93,6 %).\n" +
        "2. Mokymai. Numatyta apmokyti ne mažiau kaip 250 asmenų, apmokyti 197 asmenys. Rodiklis įvykdytas iš dalies.\n" +
        "3. Renginiai. Siekta ne mažiau kaip 800 renginių, įvyko 826 renginiai – rodiklis viršytas.\n",
    ).report.targets?.map((t) => `${t.ref} ${t.planned?.comparison} ${t.planned?.value} ${t.planned?.unit} ${t.outcome} ${t.actual}`);
    expect(targets).toEqual([
      "5.1 at_least 700 persons not_achieved 655",
      "5.2 at_least 250 persons partly_achieved 197",
      "5.3 at_least 800 items achieved 826",
    ]);
  });

  it("reads a budget chapter written as running prose, by the source each amount names", () => {
    const { report, unread } = read(
      "6. FINANSAI\n\n" +
        "Bibliotekai 2024 m. skirta 1 084,6 tūkst. Eur savivaldybės biudžeto lėšų (2023 m. – 1 012,3 tūkst. Eur), panaudota 1 081,9 tūkst. Eur (99,5 %). " +
        "Iš jų darbo užmokesčiui – 786,3 tūkst. Eur, socialinio draudimo įmokoms – 11,9 tūkst. Eur.\n" +
        "Dokumentams įsigyti iš valstybės biudžeto gauta 38 512 Eur, panaudota 38 512 Eur (100 %).\n" +
        "Gyventojų skirta 1,2 % GPM parama – 1 912,64 Eur, fizinių ir juridinių asmenų parama – 650 Eur.\n" +
        "Iš viso Bibliotekos veiklai gauta 1 153,5 tūkst. Eur.\n",
      { year: 2024 },
    );
    expect(
      report.budgetLines?.map((b) => [b.sourceId, b.articleCode ?? "", b.received?.amount, b.used?.amount, b.executionPercent].join(" ")),
    ).toEqual([
      "municipal_budget  1084600 1081900 99.5",
      "municipal_budget 2.1.1  786300 ",
      "municipal_budget 2.1.2  11900 ",
      "state_budget  38512 38512 100",
      "personal_income_tax_share  1912.64  ",
      "donations  650  ",
    ]);
    expect(unread.map((u) => `${u.reason} ${u.text}`)).toEqual([
      "budget_other_year 1 012,3 tūkst. Eur",
      "budget_paragraph_not_read 1 153,5 tūkst. Eur",
    ]);
  });

  it("leaves a change in percent unread", () => {
    const { unread } = read("\tRodiklis\n\t2022 m.\n\t2023 m.\n\tPokytis %\n\n\tRenginiai\n\t12\n\t15\n\t25\n\n");
    expect(unread.map((u) => u.reason)).toEqual(["percent_change"]);
  });
});

describe("readReport's errors", () => {
  it("throws invalid_argument on what is neither a text nor a document", () => {
    for (const input of [42, null, {}, { blocks: [{ kind: "table" }] }]) {
      expect(() => readReport(input as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    }
  });

  it("throws report_unreadable when whose report it is cannot be read", () => {
    expect(() => readReport("Kažkokia ataskaita\n")).toThrow(expect.objectContaining({ code: "report_unreadable" }));
  });

  it("never throws anything but a BibliotekosError, and gives a valid report, on any text", () => {
    const pieces = fc.constantFrom(
      "\t",
      "\n",
      "\n\n",
      "Iš viso",
      "2023 m.",
      "12",
      "· 2,0 %",
      "Fiz. vnt.",
      "Skirtumas",
      "Savivaldybės lėšos:",
      "gauta – 5,00 Eur",
      "1.1. Kiekybinis vertinimas – ne mažiau kaip 3",
      "Rodiklis pasiektas.",
      "filialas",
      "%",
      "x",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }), (parts) => {
        try {
          const { report } = readReport(parts.join(""), { institutionId: "x", year: 2023 });
          expect(safeParseAnnualReport(report).success).toBe(true);
        } catch (error) {
          expect(isBibliotekosError(error)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
