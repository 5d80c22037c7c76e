import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReportText, type ReportBlock, type ReportDocument, type ReportTable, type TextSource } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const seed = readSeed("report2023");
const tablesOf = (document: ReportDocument): ReportTable[] => document.blocks.filter((b): b is ReportTable => b.kind === "table");
const texts = (table: ReportTable): string[][] => table.rows.map((row) => row.map((cell) => cell.text));
const written = (table: ReportTable): string[][] => table.rows.map((row) => row.filter((cell) => !cell.padding).map((cell) => cell.text));
const paragraphs = (document: ReportDocument): string[] => document.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));

/** What every document must be, whatever the input: indices in order, rectangular grids, sources inside the input. */
function expectWellFormed(document: ReportDocument, input: string): void {
  let previousEnd = 0;
  document.blocks.forEach((block: ReportBlock, index) => {
    expect(block.index).toBe(index);
    const source = block.source as TextSource;
    expect(source.kind).toBe("text");
    expect(source.start).toBeGreaterThanOrEqual(previousEnd);
    expect(source.end).toBeLessThanOrEqual(input.length);
    previousEnd = source.end;
    if (block.kind === "paragraph") {
      expect(block.text.trim()).not.toBe("");
      return;
    }
    const width = block.rows[0]?.length ?? 0;
    expect(width).toBeGreaterThan(0);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        expect([cell.row, cell.column, cell.rowSpan, cell.columnSpan]).toEqual([r, c, 1, 1]);
        expect(row.length).toBe(width);
      }),
    );
  });
}

describe("readReportText", () => {
  const document = readReportText(seed);
  const tables = tablesOf(document);

  it("reads the 2023 report into 132 paragraphs and 5 tables, in document order", () => {
    expect(tables.map((t) => [t.index, t.rows.length, t.rows[0]?.length])).toEqual([
      [32, 6, 7],
      [34, 6, 10],
      [55, 6, 4],
      [59, 8, 9],
      [68, 5, 5],
    ]);
    expect(document.blocks.length).toBe(137);
    expectWellFormed(document, seed);
  });

  it("reads the acquisitions table: a header of 4 cells over 7 columns (the text has no spans), then 7 cells a row", () => {
    const [acquired] = tables as [ReportTable];
    expect(written(acquired)).toEqual([
      ["", "Įsigyta dokumentų\nper  2023 m.", "Įsigyta dokumentų\nper 2022 m.", "+\n˗"],
      ["", "Fiz. vnt.", "Nauji \npavadinimai", "Fiz. vnt.", "Nauji \npavadinimai", "Fiz. vnt.", "Nauji \npavadinimai"],
      ["Iš viso", "6690", "971", "7408", "1082", "-718", "-111"],
      ["Ignalinos\nbiblioteka", "1548", "829", "1765", "930", "-217", "-101"],
      ["Dūkšto miesto filialas", "325", "133", "397", "191", "-72", "-58"],
      ["Kaimo filialai", "4817", "782", "5246", "799", "-429", "-17"],
    ]);
    expect(acquired.rows[0]?.map((cell) => cell.padding ?? false)).toEqual([false, false, false, false, true, true, true]);
  });

  it("drops the bookmark marker of the fund table's first cell and keeps its empty percentage cell", () => {
    const fund = tables[1] as ReportTable;
    expect(texts(fund)[0]?.slice(0, 5)).toEqual([
      "",
      "Fondo dydis 2023 m.",
      "Grožinė literatūra\n(be periodikos)",
      "Šakinė literatūra\n(be periodikos)",
      "Periodiniai leidiniai",
    ]);
    expect(texts(fund)[2]).toEqual(["Iš viso", "150191", "", "33704", "92878", "61,8", "39359", "26,2", "17954", "12,0"]);
    expect(fund.rows[2]?.[2]?.padding).toBeUndefined();
  });

  it("reads the title row of the sutelktumas table as one cell, padded", () => {
    const share = tables[2] as ReportTable;
    expect(texts(share)[0]).toEqual(["Rajono  gyventojų sutelktumo procentas", "", "", ""]);
    expect(texts(share)[5]).toEqual(["Kaimo filialai", "22,8", "21,4 %", "1,4 %"]);
  });

  it("reads a header cell that ends with an empty paragraph as the end of a row (the text cannot tell them apart)", () => {
    const perResident = tables[3] as ReportTable;
    expect(written(perResident).slice(0, 3)).toEqual([
      ["", "\nDokumentų\n2023 m."],
      ["Knygų", "\nNaujai gautų\nknygų"],
      ["Prenumeruojamų periodinių leidinių"],
    ]);
    expect(texts(perResident)[4]).toEqual(["Iš viso ", "10,6", "47,5", "9,2", "41,2", "0,2", "0,9", "0,2", "1,1"]);
  });

  it("keeps paragraphs as written, without the export's markers", () => {
    const all = paragraphs(document);
    expect(all[0]).toBe(" IGNALINOS RAJONO SAVIVALDYBĖS VIEŠOSIOS BIBLIOTEKOS");
    expect(all).toContain("2023 m. Bibliotekoje dirbo 48 darbuotojai.");
    expect(all.some((p) => p.startsWith("2023 m. Biblioteka vykdė Ignalinos rajono"))).toBe(true);
    expect(all.some((p) => p.includes("[bookmark:") || p.includes("[image:"))).toBe(false);
    expect(all.at(-1)).toBe("_________");
  });

  it("points each block and cell at the input it was read from", () => {
    for (const block of document.blocks) {
      const { start, end } = block.source as TextSource;
      if (block.kind === "paragraph") expect(seed.slice(start, end).replace(/\[bookmark: \w+\]/, "")).toBe(block.text);
      else expect(seed[start]).toBe("\t");
    }
    for (const cell of tables.flatMap((t) => t.rows.flat()).filter((c) => !c.padding)) {
      const { start, end } = cell.source as TextSource;
      expect(seed.slice(start, end).replace(/\[bookmark: \w+\]/, "")).toBe(cell.text);
    }
  });

  it("gives plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
  });

  it("reads CRLF and CR line ends as LF, and skips a BOM", () => {
    const strip = (d: ReportDocument) => JSON.parse(JSON.stringify(d, (key, value) => (key === "source" ? undefined : value)));
    expect(strip(readReportText(seed.replace(/\n/g, "\r\n")))).toEqual(strip(document));
    expect(strip(readReportText(seed.replace(/\n/g, "\r")))).toEqual(strip(document));
    const bom = readReportText(`\uFEFF${seed}`);
    expect(strip(bom)).toEqual(strip(document));
    expect((bom.blocks[0]?.source as TextSource).start).toBe(1);
  });

  it.each([
    ["an empty string", "", []],
    ["only line ends", "\n\r\n\r\n", []],
    ["only spaces and no-break spaces", "  \u00a0 \n\u00a0\n", []],
    ["a BOM alone", "\uFEFF", []],
  ])("reads %s as no block", (_name, input, blocks) => {
    expect(readReportText(input).blocks).toEqual(blocks);
  });

  it("reads only TABs as one table", () => {
    expect(texts(tablesOf(readReportText("\t\t\t"))[0] as ReportTable)).toEqual([["\t\t"]]);
    expect(texts(tablesOf(readReportText("\t\n\t\n\n\t\n"))[0] as ReportTable)).toEqual([
      ["", ""],
      ["", ""],
    ]);
  });

  it("keeps no-break spaces inside text", () => {
    const text = "ne mažiau kaip 75\u00a0000 fiz. vnt.";
    expect(paragraphs(readReportText(text))).toEqual([text]);
  });

  it("ends a table at a line that does not start with a TAB after a blank line", () => {
    const read = readReportText("\tA\n\tB\n\nPo lentelės\n\tC\n");
    expect(read.blocks.map((b) => b.kind)).toEqual(["table", "paragraph", "table"]);
  });

  it("reads a megabyte of the seed and adversarial lines whole (linear by construction; time is the bench's to measure)", () => {
    // The seed many times, a line of TABs, and a line of unclosed markers (quadratic for a
    // marker pattern that scans to the line's end from each "[").
    const big = `${seed.repeat(Math.ceil(800_000 / seed.length))}${"\t".repeat(100_000)}\n${"[bookmark: ".repeat(10_000)}`;
    const read = readReportText(big);
    expectWellFormed(read, big);
  });

  it("never throws on a string, and always gives a well-formed document", () => {
    const pieces = fc.constantFrom("\t", "\n", "\r", "\r\n", " ", "\u00a0", "\uFEFF", "[bookmark: x]", "[image: ]", "[", "Iš viso", "6690");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((parts) => parts.join("")),
        ),
        (input) => {
          expectWellFormed(readReportText(input), input);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([null, undefined, 42, new Uint8Array(3), { text: "" }])("throws invalid_argument on %s", (input) => {
    expect(() => readReportText(input as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
