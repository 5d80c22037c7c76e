// Writes the 2023 Ignalina report (test/fixtures/seeds/annual-report-2023-ignalina.txt) as a
// flat OpenDocument text (.fodt) that LibreOffice turns into the .docx fixture: the same
// paragraphs, the five tables with their real merged header cells (read off the text by hand,
// see LAYOUTS), the chapter headings as Heading 1/2, the two goal lists and the budget bullets as
// real lists, the export's bookmarks as bookmarks and its pictures as a picture.
// Usage: npx tsx scripts/docx-fixtures/report-to-fodt.ts OUT.fodt (scripts/make-docx-fixtures.sh runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReportText, type ReportTable, type TextSource } from "../../src/texts/index";

const root = join(import.meta.dirname, "..", "..");
const seed = readFileSync(join(root, "test/fixtures/seeds/annual-report-2023-ignalina.txt"), "utf8");

/**
 * How each table of the text really is, by its order in the text. The text writes one line per
 * Word cell (`w:tc`) and an empty cell where a vertical merge goes on, and has no spans:
 * `spans[row]` gives the grid columns of each written cell, `down` the cells that start a
 * vertical merge (the empty cell below them is its continuation), and `join` the text's rows
 * that are one row of the table (a header cell ending with an empty paragraph reads as a row end).
 */
interface Layout {
  readonly spans?: Readonly<Record<number, readonly number[]>>;
  readonly down?: ReadonlyArray<readonly [row: number, cell: number, rows: number]>;
  readonly join?: readonly [from: number, to: number];
}

const LAYOUTS: readonly Layout[] = [
  // Įsigyta dokumentų: a corner over two rows, three headers over two columns each.
  { spans: { 0: [1, 2, 2, 2] }, down: [[0, 0, 2]] },
  // Fondo dydis: the size over its three columns (Fiz. vnt., %, Pav.), three genres over two each.
  { spans: { 0: [1, 3, 2, 2, 2] }, down: [[0, 0, 2]] },
  // Sutelktumas: a title row across all four columns.
  { spans: { 0: [4] } },
  // Per resident and per user: the text's first three rows are one header row (see join).
  { join: [0, 2], spans: { 0: [1, 2, 2, 2, 2] }, down: [[0, 0, 2]] },
  // Renginiai: no merges.
  {},
];

const HEADINGS = new Map([
  ["VADOVO PRANEŠIMAS", 1],
  ["I SKYRIUS ", 1],
  ["II SKYRIUS", 1],
  ["III SKYRIUS", 1],
  ["STRATEGINIŲ IR VEIKLOS TIKSLŲ ĮGYVENDINIMAS", 2],
  ["PROGRAMŲ ĮGYVENDINIMAS", 2],
  ["NUMATYTI PLANAI", 2],
]);

/** The report's two numbered lists (its goals and its plans) start with these; other numbered lines are typed. */
const NUMBERED_LISTS = ["1. Užtikrinti prieigą", "1. Dalyvauti įgyvendinant"];

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Inline ODF text: spaces that XML would collapse as `text:s`, TABs as `text:tab`, the export's bookmarks as bookmarks. */
function inline(raw: string): string {
  const parts = raw.split(/(\[bookmark: [^\]]*\]|\[image: [^\]]*\])/);
  return parts
    .map((part) => {
      const bookmark = /^\[bookmark: ([^\]]*)\]$/.exec(part);
      if (bookmark) return `<text:bookmark text:name="${escape(bookmark[1] as string)}"/>`;
      if (part.startsWith("[image: ")) return "";
      return escape(part)
        .replace(/\t/g, "<text:tab/>")
        .replace(/ {2,}|^ | $/g, (spaces) => (spaces.length === 1 ? "<text:s/>" : `<text:s text:c="${spaces.length}"/>`));
    })
    .join("");
}

const paragraph = (raw: string, style = "P"): string => `<text:p text:style-name="${style}">${inline(raw)}</text:p>`;

// A one-pixel PNG: where the export wrote [image: ], the document has a picture.
const PIXEL = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
const picture = `<text:p text:style-name="P"><draw:frame draw:name="chart" text:anchor-type="as-char" svg:width="4cm" svg:height="2cm"><draw:image><office:binary-data>${PIXEL}</office:binary-data></draw:image></draw:frame></text:p>`;

/** The raw lines of a cell (markers kept, for bookmarks). */
const rawLines = (source: TextSource | undefined): string[] => (source ? seed.slice(source.start, source.end).split("\n") : [""]);

function table(block: ReportTable, layout: Layout, n: number): string {
  let rows = block.rows.map((row) => row.filter((cell) => !cell.padding).map((cell) => rawLines(cell.source)));
  if (layout.join) {
    const [from, to] = layout.join;
    // Each cell that ends a joined row of the text ended, in Word, with an empty paragraph.
    const joined = rows
      .slice(from, to + 1)
      .flatMap((cells, i) => cells.map((lines, j) => (i < to - from && j === cells.length - 1 ? [...lines, ""] : lines)));
    rows = [...rows.slice(0, from), joined, ...rows.slice(to + 1)];
  }
  const width = Math.max(...rows.map((cells, r) => (layout.spans?.[r] ?? cells.map(() => 1)).reduce((a, b) => a + b, 0)));
  const continued = new Set<string>();
  const out = rows.map((cells, r) => {
    const spans = layout.spans?.[r] ?? cells.map(() => 1);
    const xml = cells.map((lines, c) => {
      if (continued.has(`${r}:${c}`)) return "<table:covered-table-cell/>";
      const down = layout.down?.find(([row, cell]) => row === r && cell === c)?.[2] ?? 1;
      for (let below = 1; below < down; below++) continued.add(`${r + below}:${c}`);
      const span = spans[c] ?? 1;
      const attributes = `${span > 1 ? ` table:number-columns-spanned="${span}"` : ""}${down > 1 ? ` table:number-rows-spanned="${down}"` : ""}`;
      const covered = "<table:covered-table-cell/>".repeat(span - 1);
      return `<table:table-cell table:style-name="C" office:value-type="string"${attributes}>${lines.map((line) => paragraph(line)).join("")}</table:table-cell>${covered}`;
    });
    return `<table:table-row>${xml.join("")}</table:table-row>`;
  });
  return `<table:table table:name="Lentelė${n + 1}" table:style-name="T"><table:table-column table:number-columns-repeated="${width}"/>${out.join("")}</table:table>`;
}

/** The body: blocks of the text in order, lists and headings where the report has them, a picture where the export has one. */
function body(): string {
  const document = readReportText(seed);
  const out: string[] = [];
  let tables = 0;
  let list: "LN" | "LB" | undefined;
  let end = 0;
  for (const block of document.blocks) {
    const source = block.source as TextSource;
    const gap = seed.slice(end, source.start);
    end = source.end;
    const text = block.kind === "paragraph" ? block.text : "";
    const numbered = /^\d\. /.test(text) && (list === "LN" || NUMBERED_LISTS.some((start) => text.startsWith(start)));
    const listKind = numbered ? "LN" : text.startsWith("• ") ? "LB" : undefined;
    if (list && listKind !== list) out.push("</text:list>");
    if (gap.includes("[image: ")) out.push(picture);
    if (listKind && listKind !== list) out.push(`<text:list text:style-name="${listKind}">`);
    list = listKind;
    if (block.kind === "table") out.push(table(block, LAYOUTS[tables] ?? {}, tables++));
    else if (listKind)
      out.push(`<text:list-item>${paragraph(seed.slice(source.start, source.end).replace(/^(?:\d\.|•) /, ""))}</text:list-item>`);
    else if (HEADINGS.has(block.text)) {
      const level = HEADINGS.get(block.text) as number;
      out.push(`<text:h text:style-name="Heading_20_${level}" text:outline-level="${level}">${inline(block.text)}</text:h>`);
    } else out.push(paragraph(seed.slice(source.start, source.end)));
  }
  if (list) out.push("</text:list>");
  return out.join("\n");
}

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
].join(" ");

const STYLES = `<office:styles>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2"><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
<text:list-style style:name="LN"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
</office:automatic-styles>`;

const out = process.argv[2];
if (!out) throw new Error("usage: report-to-fodt.ts OUT.fodt");
writeFileSync(
  out,
  `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">\n${STYLES}\n<office:body><office:text>\n${body()}\n</office:text></office:body></office:document>\n`,
);
