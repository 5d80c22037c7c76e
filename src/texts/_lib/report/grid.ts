/** A report table's grid as the table reader sees it: header rows with each column's headers, data rows, label columns. */
import { safeParseQuantity } from "../../../numbers/parseQuantity";
import type { ReportCell, ReportTable } from "../../ReportDocument";
import { folded } from "./labels";

/** One data row: its position in the table, its label texts, and its cells. */
export interface DataRow {
  readonly row: number;
  readonly labels: readonly string[];
  readonly cells: readonly ReportCell[];
}

/** The table split into its column headers (per column, top to bottom) and its data rows. */
export interface TableGrid {
  readonly width: number;
  readonly labelColumns: number;
  /** For each column: its header texts, top to bottom. */
  readonly headers: ReadonlyArray<readonly string[]>;
  readonly rows: readonly DataRow[];
}

const BARE_YEAR = /^(?:19|20)\d\d$/;

/** Whether a cell holds a figure: a number or a quantity, the whole cell (a bare year in a header does not count). */
export function isFigure(text: string): boolean {
  const trimmed = text.trim();
  return trimmed !== "" && /\d/.test(trimmed) && safeParseQuantity(trimmed).success;
}

const isValueRow = (cells: readonly ReportCell[]): boolean =>
  cells.some((cell) => cell.origin === undefined && isFigure(cell.text) && !BARE_YEAR.test(cell.text.trim()));

const realCells = (cells: readonly ReportCell[]): ReportCell[] => cells.filter((cell) => cell.padding !== true);

/**
 * The header rows with their cells' texts, one entry per real cell. A text export breaks a cell
 * with an empty paragraph into rows of its own (a blank line ends a row): a short header row that
 * starts with text, after a short one, is read as the rest of it.
 */
function headerRows(rows: ReadonlyArray<readonly ReportCell[]>, width: number): ReportCell[][] {
  const out: ReportCell[][] = [];
  for (const cells of rows) {
    const real = realCells(cells);
    const previous = out.at(-1);
    const short = real.length < width;
    const startsWithText = (real[0]?.text.trim() ?? "") !== "";
    if (previous !== undefined && short && startsWithText && realCells(previous).length < width && previous[0]?.text.trim() === "") {
      previous.push(...real);
    } else out.push([...cells]);
  }
  return out;
}

/** The header texts of each column: merged cells give theirs to every column they cover; a text export's short rows are spread over the row below. */
function columnHeaders(rows: ReportCell[][], width: number, labelColumns: number, table: ReportTable): string[][] {
  const headers: string[][] = Array.from({ length: width }, () => []);
  rows.forEach((cells, h) => {
    const real = realCells(cells);
    const texts = spread(real, rows[h + 1], width, labelColumns, table);
    texts.forEach((text, column) => {
      if (text.trim() !== "") (headers[column] as string[]).push(text);
    });
  });
  return headers;
}

/** One header row's text at every column. */
function spread(real: ReportCell[], below: ReportCell[] | undefined, width: number, labelColumns: number, table: ReportTable): string[] {
  const texts: string[] = new Array<string>(width).fill("");
  const hasMerges = real.some((cell) => cell.origin !== undefined || cell.columnSpan > 1);
  if (real.length >= width || hasMerges) {
    for (const cell of real) {
      const origin = cell.origin ?? cell;
      texts[cell.column] = table.rows[origin.row]?.[origin.column]?.text ?? "";
    }
    return texts;
  }
  const named = real.filter((cell) => cell.text.trim() !== "");
  if (named.length === 1 && real.length <= 2) return texts.fill((named[0] as ReportCell).text);
  const heads = real.slice(labelColumns);
  real.slice(0, labelColumns).forEach((cell, column) => (texts[column] = cell.text));
  const starts = groupStarts(below, labelColumns, width, heads.length);
  heads.forEach((cell, i) => {
    const from = starts[i] ?? labelColumns + i;
    const to = starts[i + 1] ?? (i === heads.length - 1 && starts.length === heads.length ? width : from + 1);
    for (let column = from; column < to; column++) texts[column] = cell.text;
  });
  return texts;
}

/**
 * Where each of `count` header groups starts in the row below: a group starts at every cell like
 * the first (`Fiz. vnt.`, `%`, `Pav.`, `Fiz. vnt.`, `%` → 2 groups), or the row divides evenly.
 */
function groupStarts(below: ReportCell[] | undefined, labelColumns: number, width: number, count: number): number[] {
  if (below === undefined || count === 0) return [];
  const subs = below.slice(labelColumns).map((cell) => folded(cell.text).replace(/\.$/u, ""));
  const first = subs[0];
  const starts: number[] = [];
  subs.forEach((sub, i) => {
    if (sub === first && first !== "") starts.push(labelColumns + i);
  });
  if (starts.length === count) return starts;
  const span = (width - labelColumns) / count;
  if (Number.isInteger(span)) return Array.from({ length: count }, (_, i) => labelColumns + i * span);
  return [];
}

/** Splits a table into column headers and data rows. */
export function gridOf(table: ReportTable): TableGrid {
  const width = table.rows[0]?.length ?? 0;
  const firstData = table.rows.findIndex(isValueRow);
  if (firstData === -1) return { width, labelColumns: 0, headers: [], rows: [] };
  const dataRows = table.rows.slice(firstData);
  let labelColumns = 0;
  while (labelColumns < width - 1 && dataRows.every((cells) => !isFigure(cells[labelColumns]?.text ?? ""))) labelColumns++;
  const headers = columnHeaders(headerRows(table.rows.slice(0, firstData), width), width, labelColumns, table);
  const filled: string[] = new Array<string>(labelColumns).fill("");
  const rows = dataRows.map((cells, i) => {
    const labels = cells.slice(0, labelColumns).map((cell, column) => {
      const origin = cell.origin ?? cell;
      const text = cell.origin === undefined ? cell.text : (table.rows[origin.row]?.[origin.column]?.text ?? "");
      // A label column before the last is filled down: a merged group label stands for every row it spans.
      if (text.trim() !== "" || column === labelColumns - 1) filled[column] = text;
      return column === labelColumns - 1 ? text : (filled[column] as string);
    });
    return { row: firstData + i, labels, cells };
  });
  return { width, labelColumns, headers, rows };
}
