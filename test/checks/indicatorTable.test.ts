import { describe, expect, it } from "vitest";
import { indicatorTable, renderTableHtml, renderTableMarkdown } from "../../src/checks/index";
import type { AnnualReport } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

const report = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport);
const plain = (text: string) => text.replace(/\u00a0/g, " ");

describe("indicatorTable on the 2023 Ignalina report", () => {
  it("rebuilds the acquisitions table: both years and the difference, for every unit", () => {
    const table = indicatorTable(report, { indicators: ["acquisitions", "acquisitions_titles"], years: ["2022", "2023"] });
    expect(table.rows.map((r) => [r.label, ...r.cells.map((c) => plain(c.text))])).toEqual([
      ["Iš viso", "7 408", "6 690", "−718", "1 082", "971", "−111"],
      ["Ignalinos biblioteka", "1 765", "1 548", "−217", "930", "829", "−101"],
      ["Dūkšto miesto filialas", "397", "325", "−72", "191", "133", "−58"],
      ["Kaimo filialai", "5 246", "4 817", "−429", "799", "782", "−17"],
    ]);
    expect(table.rows[0]?.cells[2]).toEqual({ value: "-718", text: "\u2212718" });
  });

  it("writes reach differences in percentage points, with their sign", () => {
    const table = indicatorTable(report, { indicators: ["reach"], years: ["2022", "2023"] });
    expect(table.columns[2]?.label.lt).toBe("Sutelktumas: skirtumas (p. p.)");
    expect(table.rows.map((r) => plain(r.cells[2]?.text ?? ""))).toEqual(["−2,0 p. p.", "−8,4 p. p.", "+1,1 p. p.", "+1,4 p. p."]);
  });

  it("computes the shares of the stock (34,5 / 6,3 / 59,2 %)", () => {
    const table = indicatorTable(report, {
      indicators: ["stock"],
      years: ["2023"],
      units: ["ignalina", "dukstas", "rural"],
      shares: ["stock"],
    });
    expect(table.rows.map((r) => plain(r.cells[1]?.text ?? ""))).toEqual(["34,5 %", "6,3 %", "59,2 %"]);
  });

  it("leaves a cell empty where the report has no value, never zero", () => {
    const table = indicatorTable(report, { indicators: ["loans"], years: ["2023"] });
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      { value: "73341", text: "73\u00a0341" },
      { value: null, text: "" },
      { value: null, text: "" },
      { value: null, text: "" },
    ]);
  });

  it("rejects an unknown indicator or unit", () => {
    expect(() => indicatorTable(report, { indicators: ["nope"], years: ["2023"] })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
    expect(() => indicatorTable(report, { indicators: ["loans"], years: ["2023"], units: ["nope"] })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });

  it("rejects years that are not years written YYYY, earliest first, each once (a column labelled „x m.“ before)", () => {
    const bad: Array<[string[], Array<string | number>]> = [
      [["x"], ["options", "years", 0]],
      [["2023-01"], ["options", "years", 0]],
      [["23"], ["options", "years", 0]],
      [["0999"], ["options", "years", 0]],
      [
        ["2022", "2023", "2022"],
        ["options", "years", 2],
      ],
      [
        ["2023", "2022"],
        ["options", "years", 1],
      ],
      [
        ["2023", "2023"],
        ["options", "years", 1],
      ],
    ];
    for (const [years, path] of bad) {
      expect(() => indicatorTable(report, { indicators: ["loans"], years }), years.join(",")).toThrow(
        expect.objectContaining({ code: "invalid_argument", path }),
      );
    }
    const table = indicatorTable(report, { indicators: ["loans"], years: ["2021", "2023"] });
    expect(table.columns.map((c) => c.year ?? c.kind)).toEqual(["2021", "2023", "difference"]);
  });

  it("renders as Markdown and as escaped HTML, in Lithuanian or English", () => {
    const table = indicatorTable(report, { indicators: ["events"], years: ["2023"], units: ["total"] });
    expect(renderTableMarkdown(table)).toBe("| | Renginiai, 2023 m. |\n| --- | ---: |\n| Iš viso | 764 |");
    expect(renderTableMarkdown(table, { lang: "en" })).toContain("| | Events, 2023 |");
    expect(renderTableHtml(table)).toBe(
      '<table><thead><tr><th></th><th>Renginiai, 2023 m.</th></tr></thead><tbody><tr><th scope="row">Iš viso</th><td>764</td></tr></tbody></table>',
    );
  });
});
