import { BibliotekosError } from "../errors/BibliotekosError";
import type { ReportBlock, ReportCell, ReportDocument, ReportParagraph, ReportTable, TextSource } from "./ReportDocument";

// The markers the export writes where Word has a bookmark or a picture: not text a reader sees.
// One bracket pair on one line, no bracket inside: each try stops at the next bracket, so the
// scan is linear even on a line of many unclosed "[bookmark: ".
const MARKER = /\[(?:bookmark|image): [^[\]\n\r]*\]/g;

interface Line {
  readonly start: number;
  readonly end: number;
}

interface CellDraft {
  readonly lines: string[];
  readonly start: number;
  end: number;
}

interface TableDraft {
  readonly rows: CellDraft[][];
  readonly start: number;
  end: number;
}

/** The lines of a text, with their offsets: `\r\n`, `\n` and `\r` end a line; a leading BOM is skipped. */
function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    lines.push({ start, end: i });
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}

const withoutMarkers = (text: string): string => (text.includes("[") ? text.replace(MARKER, "") : text);

function toTable(draft: TableDraft, index: number): ReportTable {
  const width = Math.max(...draft.rows.map((row) => row.length));
  const rows = draft.rows.map((drafts, row) => {
    const cells: ReportCell[] = drafts.map((cell, column) => ({
      text: cell.lines.join("\n"),
      row,
      column,
      rowSpan: 1,
      columnSpan: 1,
      source: { kind: "text", start: cell.start, end: cell.end },
    }));
    for (let column = cells.length; column < width; column++) {
      cells.push({ text: "", row, column, rowSpan: 1, columnSpan: 1, padding: true });
    }
    return cells;
  });
  const source: TextSource = { kind: "text", start: draft.start, end: draft.end };
  return { kind: "table", index, rows, source };
}

/**
 * Reads the text a Word export of a report gives (as Apache Tika and similar tools write it)
 * into a {@link ReportDocument}: paragraphs and tables in document order.
 *
 * The form, line by line (`\n`, `\r\n` or `\r`):
 * - a line that starts with a TAB starts a table cell; the lines after it that neither start
 *   with a TAB nor are blank are more paragraphs of the same cell (joined with `\n`);
 * - a blank line ends a table row; after it, a line that starts with a TAB starts the next row
 *   and anything else ends the table;
 * - every other line is a paragraph; blank lines (spaces only) are left out.
 *
 * The text carries no merges and no styles: every cell is 1 × 1, a row shorter than the widest
 * is filled with `padding` cells, and no paragraph has a `headingLevel` or `listLevel` (a list's
 * number is part of its text). A cell whose last paragraph is empty cannot be told from the end
 * of a row (both are a blank line): such a row is read as two. The `[bookmark: …]` and
 * `[image: …]` markers are dropped. A leading BOM is skipped; offsets in `source` are offsets
 * of the string given.
 *
 * Pure and linear in the length of the text; it never throws on a string (text that is not a
 * table is read as paragraphs).
 *
 * @param text - The exported text.
 * @returns The document, with each block's and each cell's offsets in `source`.
 * @throws {BibliotekosError} `invalid_argument` when `text` is not a string.
 *
 * @example
 * ```ts
 * import { readReportText, type ReportTable } from "bibliotekos/texts";
 * const text = "Įsigyta dokumentų:\n\t\n\tFiz. vnt.\n\tNauji\npavadinimai\n\n\tIš viso\n\t6690\n\t971\n\n\nVidutiniškai …";
 * const document = readReportText(text);
 * document.blocks.map((block) => block.kind);
 * //=> ["paragraph", "table", "paragraph"]
 * (document.blocks[1] as ReportTable).rows.map((row) => row.map((cell) => cell.text));
 * //=> [["", "Fiz. vnt.", "Nauji\npavadinimai"], ["Iš viso", "6690", "971"]]
 * readReportText(42 as unknown as string);
 * //=> throws invalid_argument
 * ```
 */
export function readReportText(text: string): ReportDocument {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `readReportText expects a string, got ${text === null ? "null" : typeof text}`,
      input: text,
      expected: "a string",
      received: text === null ? "null" : typeof text,
    });
  }
  const blocks: ReportBlock[] = [];
  let table: TableDraft | undefined;
  let row: CellDraft[] | undefined; // the open row: undefined between rows

  const closeTable = (): void => {
    if (table) blocks.push(toTable(table, blocks.length));
    table = undefined;
    row = undefined;
  };

  for (const { start, end } of linesOf(text)) {
    const line = text.slice(start, end);
    if (line.charCodeAt(0) === 9) {
      if (!table) table = { rows: [], start, end };
      if (!row) table.rows.push((row = []));
      row.push({ lines: [withoutMarkers(line.slice(1))], start: start + 1, end });
      table.end = end;
    } else if (line.trim() === "") {
      if (row) row = undefined;
      else closeTable();
    } else if (row) {
      const cell = row[row.length - 1] as CellDraft;
      cell.lines.push(withoutMarkers(line));
      cell.end = table!.end = end;
    } else {
      closeTable();
      const paragraph = withoutMarkers(line);
      if (paragraph.trim() === "") continue;
      const block: ReportParagraph = { kind: "paragraph", index: blocks.length, text: paragraph, source: { kind: "text", start, end } };
      blocks.push(block);
    }
  }
  closeTable();
  return { blocks };
}
