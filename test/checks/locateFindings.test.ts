// locateFindings: each finding of checkReport on a report that readReport read points at the cell
// or the text it is about, in the 2023 Ignalina report read from its .docx and from its text.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkReport, locateFindings, type ReportFinding } from "../../src/checks/index";
import { readDocx } from "../../src/docx/index";
import type { AnnualReport, SourceLocation } from "../../src/models/index";
import { readReport, readReportText, type ReportDocument } from "../../src/texts/index";
import { deepFreeze, readFixture, readSeed } from "../_lib/seeds";

const documents: Record<string, ReportDocument> = {
  docx: readDocx(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", "annual-report-2023-ignalina.docx")))),
  text: readReportText(readSeed("report2023")),
};

/**
 * The text a location points at: the cell's, or the paragraph's (a list item's label and a space
 * before it, as readReport reads it), cut to its offsets.
 */
function textAt(document: ReportDocument, where: SourceLocation): string {
  const block = document.blocks[where.block];
  if (block === undefined) throw new Error(`no block ${where.block}`);
  const whole =
    block.kind === "table"
      ? (block.rows[where.row ?? -1]?.[where.column ?? -1]?.text ?? "<no such cell>")
      : where.row === undefined
        ? block.listLabel === undefined
          ? block.text
          : `${block.listLabel} ${block.text}`
        : "<a cell in a paragraph>";
  return where.start === undefined ? whole : whole.slice(where.start, where.end);
}

const digits = (text: string) => text.replace(/\D/g, "");

describe.each(Object.keys(documents))("locateFindings on the 2023 report read from its %s", (kind) => {
  const document = documents[kind] as ReportDocument;
  const report = deepFreeze(readReport(document).report);
  const findings = deepFreeze(checkReport(report));
  const located = locateFindings(report, findings);

  it("gives one entry per finding, in order, with the finding itself", () => {
    expect(located.map((l) => l.finding)).toEqual(findings);
    expect(findings.length).toBeGreaterThan(10);
  });

  it("locates every finding on a record read from the document, each at a block (and a cell) that exists", () => {
    for (const { finding, locations } of located) {
      expect(locations.length, `${finding.code} ${finding.path.join(".")}`).toBeGreaterThan(0);
      for (const where of locations) expect(textAt(document, where)).not.toMatch(/^<|^$/);
    }
  });

  it("points at the figure the finding is about: the difference as written, the total, the claim's number", () => {
    for (const { finding, locations } of located) {
      const at = textAt(document, locations[0] as SourceLocation);
      const figures: Record<string, string> = finding.figures;
      if (figures.written !== undefined) expect(at).toContain(figures.written);
      else if (finding.code === "claim_differs_from_table") expect(at).toBe(figures.text);
      else if (finding.path[0] === "observations") expect(digits(at)).toContain(digits(figures.actual ?? ""));
      else if (finding.path[0] === "budgetLines") expect(at).toMatch(/eur/i);
    }
  });

  it("locates the narrative number that differs from the table in its own paragraph, by the paragraph's offsets", () => {
    const claims = located.filter((l) => l.finding.code === "claim_differs_from_table");
    expect(claims.length).toBeGreaterThan(0);
    for (const { finding, locations } of claims) {
      const [where] = locations;
      expect(where?.start).toBeDefined();
      expect(document.blocks[where?.block ?? -1]?.kind).toBe("paragraph");
      expect(textAt(document, where as SourceLocation)).toBe(finding.figures.text);
    }
  });

  it("keeps, for each narrative section, where its text came from: the parts of its paragraphs, joined with line breaks", () => {
    expect(report.narrative?.length).toBeGreaterThan(3);
    for (const section of report.narrative ?? []) {
      expect((section.sources ?? []).map((where) => textAt(document, where)).join("\n")).toBe(section.text);
    }
  });
});

describe("locateFindings on other reports and input", () => {
  it("gives the same locations from the .docx and from the text (they have the same blocks)", () => {
    const [docx, text] = [documents.docx, documents.text].map((d) => {
      const { report } = readReport(d as ReportDocument);
      return locateFindings(report, checkReport(report)).map((l) => [l.finding.code, l.locations.map((w) => [w.block, w.row, w.column])]);
    });
    expect(docx).toEqual(text);
  });

  it("gives no location on a report typed by hand (no source), and none for an invalid report", () => {
    const handMade = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport);
    const located = locateFindings(handMade, checkReport(handMade));
    expect(located.length).toBeGreaterThan(10);
    expect(located.every((l) => l.locations.length === 0)).toBe(true);
    const invalid = { year: "2023" } as unknown as AnnualReport;
    expect(locateFindings(invalid, checkReport(invalid)).map((l) => l.locations)).toEqual(checkReport(invalid).map(() => []));
  });

  it("maps a claim's offset past a paragraph's leading spaces and line breaks to its own paragraph", () => {
    const paragraph = (index: number, text: string, headingLevel?: number) =>
      headingLevel === undefined ? { kind: "paragraph" as const, index, text } : { kind: "paragraph" as const, index, text, headingLevel };
    const document: ReportDocument = {
      blocks: [
        paragraph(0, "IGNALINOS RAJONO SAVIVALDYBĖS VIEŠOSIOS BIBLIOTEKOS", 1),
        paragraph(1, "2023 METŲ VEIKLOS ATASKAITA", 1),
        paragraph(2, "Ataskaitinis laikotarpis: 2023 m. sausio 1 d. – gruodžio 31 d."),
        paragraph(3, "Renginiai", 1),
        paragraph(4, "   Įvadas be skaičių."),
        paragraph(5, "Per metus įsigyta 6690 fiz. vnt. dokumentų.  "),
      ],
    };
    const { report } = readReport(document);
    const section = report.narrative?.find((s) => s.text.includes("6690"));
    expect(section?.sources).toEqual([
      { block: 4, start: 3, end: 21 },
      { block: 5, start: 0, end: 43 },
    ]);
    const offset = section?.text.indexOf("6690 fiz. vnt.") ?? -1;
    const claim = {
      code: "claim_differs_from_table",
      severity: "warning",
      path: ["narrative", report.narrative?.indexOf(section as never) ?? -1, "text"],
      figures: { expected: "6691", actual: "6690", difference: "-1", offset: String(offset), text: "6690 fiz. vnt." },
      message: { en: "", lt: "" },
    } as ReportFinding;
    expect(locateFindings(report, [claim])[0]?.locations).toEqual([{ block: 5, start: 18, end: 32 }]);
  });

  it("throws invalid_argument when the report is not an object or the findings not an array of objects; odd findings get no location", () => {
    expect(() => locateFindings({} as AnnualReport, "findings" as never)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => locateFindings({} as AnnualReport, [undefined] as never)).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["findings", 0] }),
    );
    expect(() => locateFindings(undefined as never, [])).toThrow(expect.objectContaining({ code: "invalid_argument", path: ["report"] }));
    expect(locateFindings({} as AnnualReport, [{ path: "observations" } as never])).toEqual([
      { finding: { path: "observations" }, locations: [] },
    ]);
  });
});
