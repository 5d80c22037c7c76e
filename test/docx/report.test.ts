import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx, type ReportBlock, type ReportTable } from "../../src/docx/index";
import { readReportText } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", "annual-report-2023-ignalina.docx")));
const fromWord = readDocx(bytes);
const fromText = readReportText(readSeed("report2023"));

/**
 * A table's cells as the text export writes them: one per Word cell (`w:tc`), in order, the
 * continuation of a vertical merge as an empty cell, nothing for the columns a span covers.
 */
const writtenCells = (table: ReportTable): string[][] =>
  table.rows.map((row) =>
    row.filter((cell) => !cell.padding && (cell.origin === undefined || cell.origin.column === cell.column)).map((cell) => cell.text),
  );

/** A block as the text export writes it: a list item with its label before it. */
const asExported = (block: ReportBlock | undefined): unknown =>
  block?.kind === "paragraph" ? (block.listLabel ? `${block.listLabel} ${block.text}` : block.text) : block && writtenCells(block);

describe("readDocx on the 2023 report's .docx (scripts/make-docx-fixtures.sh) against readReportText on its text", () => {
  it("reads a fixture made as Word writes: runs split inside words, proofing marks, merged cells, lists, a picture", () => {
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
    expect(xml.match(/<w:proofErr w:type="spellStart"\/>/g)?.length).toBeGreaterThan(50);
    // A run that ends inside a word and a run that goes on with it.
    expect(xml).toMatch(/\p{L}<\/w:t><\/w:r><w:r w:rsidR="[0-9A-F]+"><w:rPr><\/w:rPr><w:t xml:space="preserve">\p{L}/u);
    expect(xml.match(/<w:gridSpan w:val="\d"\/>/g)?.length).toBe(12);
    expect(xml.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(3);
    expect(xml).toContain("<w:drawing>");
    expect(xml).toContain("<w:numPr>");
  });

  it("gives the same 137 blocks, the same kinds in the same order", () => {
    expect(fromWord.blocks.map((b) => b.kind)).toEqual(fromText.blocks.map((b) => b.kind));
  });

  it("gives the same text for every paragraph, a list item's label included", () => {
    const differ = fromWord.blocks.flatMap((block, i) =>
      block.kind === "paragraph" && asExported(block) !== asExported(fromText.blocks[i])
        ? [[i, asExported(block), asExported(fromText.blocks[i])]]
        : [],
    );
    expect(differ).toEqual([]);
  });

  it("gives the same cells, as written, for four of the five tables", () => {
    const tables = fromWord.blocks.filter((b): b is ReportTable => b.kind === "table");
    const textTables = fromText.blocks.filter((b): b is ReportTable => b.kind === "table");
    for (const i of [0, 1, 2, 4])
      expect(writtenCells(tables[i] as ReportTable), `table ${i}`).toEqual(writtenCells(textTables[i] as ReportTable));
  });

  it("differs on the per-resident table, whose header cells end with an empty paragraph: the text cannot tell that from a row's end", () => {
    const word = fromWord.blocks[59] as ReportTable;
    const text = fromText.blocks[59] as ReportTable;
    // Word: one header row of five cells, four of them over two columns.
    expect(writtenCells(word)[0]).toEqual([
      "",
      "\nDokumentų\n2023 m.\n",
      "Knygų",
      "\nNaujai gautų\nknygų\n",
      "Prenumeruojamų periodinių leidinių",
    ]);
    expect(word.rows[0]?.map((c) => c.columnSpan)).toEqual([1, 2, 2, 2, 2, 2, 2, 2, 2]);
    // The text: the same cells over three rows, without the empty last paragraphs.
    expect(writtenCells(text).slice(0, 3)).toEqual([
      ["", "\nDokumentų\n2023 m."],
      ["Knygų", "\nNaujai gautų\nknygų"],
      ["Prenumeruojamų periodinių leidinių"],
    ]);
    // Below the header they agree.
    expect(writtenCells(word).slice(1)).toEqual(writtenCells(text).slice(3));
  });

  it("gives the grids the text cannot: spans across and down", () => {
    const acquired = fromWord.blocks[32] as ReportTable;
    expect(
      acquired.rows[0]?.map((c) =>
        c.origin ? `→${c.origin.row},${c.origin.column}` : `${c.text.split("\n")[0]} ${c.rowSpan}×${c.columnSpan}`,
      ),
    ).toEqual([" 2×1", "Įsigyta dokumentų 1×2", "→0,1", "Įsigyta dokumentų 1×2", "→0,3", "+ 1×2", "→0,5"]);
    expect(acquired.rows[1]?.[0]?.origin).toEqual({ row: 0, column: 0 });
    const fund = fromWord.blocks[34] as ReportTable;
    expect(fund.rows[0]?.[1]).toMatchObject({ text: "Fondo dydis 2023 m.", columnSpan: 3 });
    expect((fromWord.blocks[55] as ReportTable).rows[0]?.[0]).toMatchObject({
      text: "Rajono  gyventojų sutelktumo procentas",
      columnSpan: 4,
    });
  });

  it("gives the headings and list levels the text cannot", () => {
    const headings = fromWord.blocks.flatMap((b) => (b.kind === "paragraph" && b.headingLevel ? [[b.text.trim(), b.headingLevel]] : []));
    expect(headings).toEqual([
      ["VADOVO PRANEŠIMAS", 1],
      ["I SKYRIUS", 1],
      ["STRATEGINIŲ IR VEIKLOS TIKSLŲ ĮGYVENDINIMAS", 2],
      ["II SKYRIUS", 1],
      ["PROGRAMŲ ĮGYVENDINIMAS", 2],
      ["III SKYRIUS", 1],
      ["NUMATYTI PLANAI", 2],
    ]);
    const labels = fromWord.blocks.flatMap((b) => (b.kind === "paragraph" && b.listLevel ? [b.listLabel] : []));
    expect(labels).toEqual([
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
      "8.",
      "9.",
      "•",
      "•",
      "•",
      "•",
      "1.",
      "2.",
      "3.",
      "4.",
      "5.",
      "6.",
      "7.",
    ]);
    expect(fromText.blocks.some((b) => b.kind === "paragraph" && (b.headingLevel || b.listLevel))).toBe(false);
  });
});
