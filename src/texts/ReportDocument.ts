/**
 * Where a block came from in a text: UTF-16 offsets into the string that was read, `end`
 * exclusive. The block's text may differ from `input.slice(start, end)`: the reader drops the
 * TAB that starts a table cell and the `[bookmark: …]` / `[image: …]` markers of the export.
 *
 * @example
 * ```ts
 * import { readReportText, type TextSource } from "bibliotekos/texts";
 * const source = readReportText("Įžanga\nAntra pastraipa").blocks[1]?.source as TextSource;
 * [source.start, source.end];
 * //=> [7, 22]
 * ```
 */
export interface TextSource {
  /** Always `"text"`. */
  readonly kind: "text";
  /** Where it starts. */
  readonly start: number;
  /** Where it ends (exclusive). */
  readonly end: number;
}

/**
 * Where a block came from in a Word file: its number, from 0, among the paragraphs (`w:p`) or
 * among the tables (`w:tbl`) of the body of `word/document.xml`, in document order. Paragraphs
 * inside tables are not counted; those inside content controls (`w:sdt`) are; empty paragraphs,
 * which are not blocks, are counted too, so that the number finds the paragraph in the file.
 *
 * @example
 * ```ts
 * import type { DocxSource } from "bibliotekos/texts";
 * const source: DocxSource = { kind: "docx", element: "table", number: 2 };
 * `${source.element} ${source.number}`;
 * //=> "table 2"
 * ```
 */
export interface DocxSource {
  /** Always `"docx"`. */
  readonly kind: "docx";
  /** A paragraph or a table of the body. */
  readonly element: "paragraph" | "table";
  /** Its number among the body's paragraphs, or among its tables, from 0. */
  readonly number: number;
}

/**
 * Where a block or a cell came from: offsets in a text, or its number in a Word file.
 *
 * @example
 * ```ts
 * import type { ReportSource } from "bibliotekos/texts";
 * const where = (source: ReportSource) => (source.kind === "text" ? `${source.start}–${source.end}` : `${source.element} ${source.number}`);
 * where({ kind: "text", start: 0, end: 12 });
 * //=> "0–12"
 * ```
 */
export type ReportSource = TextSource | DocxSource;

/**
 * One position of a table's grid. Every position of the grid has one. A merged area (Word's
 * `w:gridSpan` across, `w:vMerge` down) is one **origin** cell, at its top-left position, that
 * holds the text, and **covered** cells at its other positions: they have `origin` (where the
 * area starts) and an empty `text`, so that text is never counted twice. Every cell of an area,
 * origin and covered, carries the area's `rowSpan` and `columnSpan`; `cell.origin ?? cell` is the
 * area's top-left position.
 *
 * A position that no cell of the source fills (a row shorter than the grid: in text, a row with
 * fewer cells than the widest; in Word, `w:gridBefore`/`w:gridAfter` or a short row) is a
 * `padding` cell with empty text.
 *
 * @example
 * ```ts
 * import type { ReportCell } from "bibliotekos/texts";
 * const origin: ReportCell = { text: "Įsigyta dokumentų", row: 0, column: 1, rowSpan: 1, columnSpan: 2 };
 * const covered: ReportCell = { text: "", row: 0, column: 2, rowSpan: 1, columnSpan: 2, origin: { row: 0, column: 1 } };
 * [covered.origin ?? covered].map((at) => [at.row, at.column]);
 * //=> [[0, 1]]
 * ```
 */
export interface ReportCell {
  /**
   * The text as the reader sees it; the cell's paragraphs (and lines broken with `w:br`) joined
   * with `\n`. Empty on covered and padding cells.
   */
  readonly text: string;
  /** Its row in the grid, from 0. */
  readonly row: number;
  /** Its column in the grid, from 0. */
  readonly column: number;
  /** How many rows its merged area covers (1 when not merged). */
  readonly rowSpan: number;
  /** How many columns its merged area covers (1 when not merged). */
  readonly columnSpan: number;
  /** On a covered cell: the position of its area's origin cell. Absent on origin cells. */
  readonly origin?: {
    /** The origin cell's row. */
    readonly row: number;
    /** The origin cell's column. */
    readonly column: number;
  };
  /** True on a position no cell of the source fills. */
  readonly padding?: true;
  /**
   * How many tables the cell holds (tables in tables). Their text is in `text`, after the
   * cell's paragraphs before them: one line per row, the row's cells separated by a TAB (the
   * line breaks inside an inner cell become spaces).
   */
  readonly nestedTables?: number;
  /** Text input only: where the cell's text is in the input (the TAB excluded). */
  readonly source?: TextSource;
}

/**
 * A paragraph of a report: its text as the reader sees it, and, from a Word file, its heading
 * and list level.
 *
 * @example
 * ```ts
 * import type { ReportParagraph } from "bibliotekos/texts";
 * const heading: ReportParagraph = { kind: "paragraph", index: 0, text: "I SKYRIUS", headingLevel: 1 };
 * heading.headingLevel;
 * //=> 1
 * ```
 */
export interface ReportParagraph {
  /** Always `"paragraph"`. */
  readonly kind: "paragraph";
  /** Its position in {@link ReportDocument.blocks}. */
  readonly index: number;
  /**
   * The text as the reader sees it: runs joined, TABs as `\t`, line breaks (`w:br`) as `\n`.
   * A list's number or bullet is not part of it: see `listLabel`.
   */
  readonly text: string;
  /** 1 for a top-level heading (Word's Heading 1, Antraštė 1, outline level 1), 2 below it, … to 9. */
  readonly headingLevel?: number;
  /**
   * In a Word list: 1 for a top-level item, 2 for one below it, … to 9. A list level that shows
   * no number nor bullet (the outline numbering of heading styles, format `none`) is no list.
   */
  readonly listLevel?: number;
  /** In a Word list: its number or bullet as Word shows it (`"1.1."`, `"a)"`, `"•"`). */
  readonly listLabel?: string;
  /** Where it came from. */
  readonly source?: ReportSource;
}

/**
 * A table of a report, resolved onto its grid: `rows[r][c]` is the cell at row `r`, column `c`,
 * and every row has the same number of cells.
 *
 * @example
 * ```ts
 * import { readReportText, type ReportTable } from "bibliotekos/texts";
 * const table = readReportText("\tIš viso\n\t6690\n\n\tKaimo filialai\n\t4817\n").blocks[0] as ReportTable;
 * table.rows.map((row) => row.map((cell) => cell.text));
 * //=> [["Iš viso", "6690"], ["Kaimo filialai", "4817"]]
 * ```
 */
export interface ReportTable {
  /** Always `"table"`. */
  readonly kind: "table";
  /** Its position in {@link ReportDocument.blocks}. */
  readonly index: number;
  /** The grid, row by row. */
  readonly rows: ReadonlyArray<ReadonlyArray<ReportCell>>;
  /** Where it came from. */
  readonly source?: ReportSource;
}

/**
 * A block of a report: a paragraph or a table.
 *
 * @example
 * ```ts
 * import { readReportText, type ReportBlock } from "bibliotekos/texts";
 * const blocks: readonly ReportBlock[] = readReportText("Lentelė:\n\tA\n\tB\n\n").blocks;
 * blocks.map((block) => block.kind);
 * //=> ["paragraph", "table"]
 * ```
 */
export type ReportBlock = ReportParagraph | ReportTable;

/**
 * A report document as plain, JSON-serializable data: its paragraphs and tables in document
 * order. `readReportText` reads one from the text a Word export gives, `readDocx`
 * (`bibliotekos/docx`) from a Word file. Paragraphs with no text but spaces are left out.
 *
 * @example
 * ```ts
 * import { readReportText, type ReportDocument } from "bibliotekos/texts";
 * const document: ReportDocument = readReportText("2023 METŲ VEIKLOS ATASKAITA\n\nI SKYRIUS\n");
 * document.blocks.map((block) => block.kind === "paragraph" && block.text);
 * //=> ["2023 METŲ VEIKLOS ATASKAITA", "I SKYRIUS"]
 * ```
 */
export interface ReportDocument {
  /** Its paragraphs and tables, in document order. */
  readonly blocks: readonly ReportBlock[];
}
