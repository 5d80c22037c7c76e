import { strFromU8, unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx, type ReportParagraph, type ReportTable } from "../../src/docx/index";

const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", "quirks.docx")));
const document = readDocx(bytes);
const paragraphs = document.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph");
const byText = (start: string): ReportParagraph => {
  const found = paragraphs.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph starts with ${start}`);
  return found;
};

describe("readDocx on quirks.docx (scripts/docx-fixtures/quirks.ts)", () => {
  it("is built of what it tests: the XML has each quirk", () => {
    const xml = strFromU8(unzipSync(bytes)["word/document.xml"] as Uint8Array);
    for (const element of [
      "w:proofErr",
      "w:bookmarkStart",
      "w:fldSimple",
      "w:instrText",
      "w:sdt>",
      "w:tab/",
      "w:br/",
      "w:noBreakHyphen",
      "w:softHyphen",
      "w:sym ",
      "w:del ",
      "w:delText",
      "w:ins ",
      "w:vanish/",
      "mc:Fallback",
      "w:drawing",
      "w:pPrChange",
      "m:t",
      "w:gridSpan",
      'w:vMerge w:val="restart"',
      "w:vMerge/",
      "w:hMerge",
      "w:gridBefore",
      "w:gridAfter",
    ]) {
      expect(xml, element).toContain(element);
    }
  });

  it.each([
    ["joins a word split across runs, past proofing marks, a bookmark and a comment", "Biblio", "Biblioteka dirba."],
    ["shows a simple field's result and a complex field's result, never an instruction", "Puslapis", "Puslapis 3, data 2024-03-05"],
    ["drops a field inside another field's instruction, with that instruction", "taip", "taip"],
    ["shows a content control's content and not its properties", "Direktorė", "Direktorė: L. Aleknienė"],
    [
      "reads w:tab and w:ptab as TAB, w:noBreakHyphen as -, drops w:softHyphen, shows symbols, w:cr as a line break",
      "Iš viso",
      "Iš viso\t6690, 2018-2024 biblioteka • ✔\nkita\teilutė",
    ],
    ["drops deleted and moved-away text, keeps inserted and moved-to text", "Įsigyta", "Įsigyta 6690 fiz. vnt. dokumentų"],
    ["drops hidden text (w:vanish), not text after a hidden paragraph mark", "Matoma", "Matoma ir vėl matoma"],
    ["reads the markup-compatibility choice, not the fallback, and nothing of a picture's text box", "Prieš", "Prieš pasirinkta po"],
    ["decodes entities and character references", "A &", "A & B <ąą>"],
    ["reads w:br as a line break, and math text", "Pirma", "Pirma eilutė\nantra x=2"],
    ["reads a block-level content control's paragraph", "Blokinis", "Blokinis turinio valdiklis"],
  ])("%s", (_what, start, text) => {
    expect(byText(start).text).toBe(text);
  });

  it.each([
    ["Ataskaita", 1, "a Heading1 style"],
    ["Įvadas", 2, "Lithuanian Word's Antrat2 style, named heading 2"],
    ["Skyrius", 3, "the paragraph's own w:outlineLvl"],
    ["Poskyris", 2, "its style's w:outlineLvl"],
    ["Paveldėta", 2, "a style based on a heading style"],
  ])("gives %s heading level %i, from %s", (text, level) => {
    expect(byText(text).headingLevel).toBe(level);
  });

  it("gives no heading level from an old style of a tracked change", () => {
    expect(byText("A &").headingLevel).toBeUndefined();
  });

  it("numbers lists as Word shows them: levels, restarts, letters, bullets from Symbol, a list by style, numId 0", () => {
    const list = ["Tikslas", "Uždavinys", "Kitas", "Antras tikslas", "Uždavinys vėl", "Punktas", "Taškas", "Ne sąrašas", "Sąrašas"].map(
      byText,
    );
    expect(list.map((p) => [p.listLevel, p.listLabel])).toEqual([
      [1, "1."],
      [2, "1.1."],
      [2, "1.2."],
      [1, "2."],
      [2, "2.1."],
      [3, "c)"],
      [1, "•"],
      [undefined, undefined],
      [1, "I."],
    ]);
  });

  it("counts empty paragraphs in the source numbers but does not make blocks of them", () => {
    expect(paragraphs.slice(0, 3).map((p) => p.source)).toEqual([
      { kind: "docx", element: "paragraph", number: 0 },
      { kind: "docx", element: "paragraph", number: 1 },
      { kind: "docx", element: "paragraph", number: 3 },
    ]);
    expect(document.blocks.map((b) => b.index)).toEqual(document.blocks.map((_b, i) => i));
  });

  it("resolves a table's gridSpan, vMerge, gridBefore/gridAfter and old hMerge onto its grid, and a table in a cell", () => {
    const table = document.blocks.at(-1) as ReportTable;
    expect(table.source).toEqual({ kind: "docx", element: "table", number: 0 });
    const show = table.rows.map((row) =>
      row.map((c) =>
        c.padding
          ? "·"
          : c.origin
            ? `→${c.origin.row}${c.origin.column}`
            : `${c.text}${c.rowSpan > 1 || c.columnSpan > 1 ? ` ${c.rowSpan}×${c.columnSpan}` : ""}`,
      ),
    );
    expect(show).toEqual([
      [" 2×1", "Įsigyta 2023 m. 1×2", "→01", "Įsigyta 2022 m. 1×2", "→03"],
      ["→00", "Fiz. vnt.", "Nauji\npavadinimai", "Fiz. vnt.", "Nauji pav."],
      ["Iš viso", "6690", "971", "7408 2×1", "1082"],
      ["·", "325", "133", "→23", "·"],
      ["Kaimo", "48 1×2", "→41", "Viduje:\na\tb\nc\n 1×2", "→43"],
    ]);
    expect(table.rows[1]?.[0]).toEqual({ text: "", row: 1, column: 0, rowSpan: 2, columnSpan: 1, origin: { row: 0, column: 0 } });
    expect(table.rows[4]?.[3]?.nestedTables).toBe(1);
  });

  it("gives plain data that survives JSON, and leaves the bytes as they were", () => {
    expect(JSON.parse(JSON.stringify(document))).toEqual(document);
    expect(new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", "quirks.docx")))).toEqual(bytes);
  });
});
