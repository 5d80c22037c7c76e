import { BibliotekosError } from "../../errors/BibliotekosError";
import type { ReportCell } from "../../texts/ReportDocument";

/** A `w:tc` as read: its paragraphs and how it merges. */
export interface CellDraft {
  readonly paragraphs: string[];
  /** `w:gridSpan`: the grid columns it takes. */
  span: number;
  /** `w:vMerge`: starts a vertical merge, or continues the one above. */
  vMerge?: "restart" | "continue";
  /** `w:hMerge` (old Word): continues the cell to its left. */
  hMerge?: "restart" | "continue";
  nestedTables: number;
}

/** A `w:tr` as read. */
export interface RowDraft {
  /** `w:gridBefore` and `w:gridAfter`: grid columns left empty at its start and end. */
  before: number;
  after: number;
  readonly cells: CellDraft[];
}

/** A `w:tbl` as read. */
export interface TableDraft {
  /** The `w:gridCol`s of `w:tblGrid`. */
  gridColumns: number;
  readonly rows: RowDraft[];
}

// Word allows 63 columns; a file that claims more spans than that is not trusted further.
const MAX_SPAN = 1000;

/**
 * How many grid positions one document's tables may unfold to. Spans multiply what the XML
 * holds (one `w:gridSpan w:val="1000"` in each of a million rows): real reports have some
 * thousands of cells, so this only stops a file built to exhaust memory.
 */
export const MAX_GRID_CELLS = 1_000_000;

/** What is left of {@link MAX_GRID_CELLS} for the rest of the document. */
export interface CellBudget {
  cells: number;
}

function spend(budget: CellBudget, cells: number, input: unknown): void {
  budget.cells -= cells;
  if (budget.cells < 0) {
    throw new BibliotekosError({
      code: "file_too_large",
      message: `The document's tables unfold to more than ${MAX_GRID_CELLS} cells`,
      messageLt: `Dokumento lentelės išsiskleidžia į daugiau nei ${MAX_GRID_CELLS} langelių`,
      input,
    });
  }
}
const clampSpan = (n: number): number => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 1), MAX_SPAN) : 1);

interface Area {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  text: string;
  nestedTables: number;
}

/** Folds old Word's `w:hMerge` continuations into the cell on their left, as spans. */
function withHorizontalMerges(cells: readonly CellDraft[]): CellDraft[] {
  const out: CellDraft[] = [];
  for (const cell of cells) {
    const left = out[out.length - 1];
    if (cell.hMerge === "continue" && left) left.span = clampSpan(left.span + cell.span);
    else out.push({ ...cell, paragraphs: [...cell.paragraphs] });
  }
  return out;
}

/** Places the merged areas of a table on its grid: `grid[row][column]` is the area that covers it. */
function placeAreas(table: TableDraft, budget: CellBudget, input: unknown): { grid: Array<Array<Area | undefined>>; width: number } {
  const grid: Array<Array<Area | undefined>> = [];
  let width = Math.min(table.gridColumns, MAX_SPAN);
  table.rows.forEach((draft, row) => {
    const line: Array<Area | undefined> = [];
    let column = clampSpan(draft.before + 1) - 1;
    for (const cell of withHorizontalMerges(draft.cells)) {
      const span = clampSpan(cell.span);
      spend(budget, span, input);
      const above = grid[row - 1]?.[column];
      const continues = cell.vMerge === "continue" && above && above.column === column && above.columnSpan === span;
      const area: Area = continues
        ? above
        : { row, column, rowSpan: 1, columnSpan: span, text: cell.paragraphs.join("\n"), nestedTables: cell.nestedTables };
      if (continues) area.rowSpan = row - area.row + 1;
      for (let i = 0; i < span; i++) line[column + i] = area;
      column += span;
    }
    width = Math.max(width, Math.min(column + clampSpan(draft.after + 1) - 1, MAX_SPAN * 2));
    grid.push(line);
  });
  return { grid, width };
}

/**
 * Resolves a table's merges onto its grid: an origin cell at each area's top-left position,
 * covered cells pointing to it (empty text, the area's spans), padding where no cell is.
 */
export function resolveGrid(table: TableDraft, budget: CellBudget, input: unknown): ReportCell[][] {
  const { grid, width } = placeAreas(table, budget, input);
  // The padding the placed cells left: the grid is as wide as its widest row everywhere.
  spend(
    budget,
    grid.reduce((sum, line) => sum + width - line.filter(Boolean).length, 0),
    input,
  );
  return grid.map((line, row) => {
    const cells: ReportCell[] = [];
    for (let column = 0; column < width; column++) {
      const area = line[column];
      if (!area) {
        cells.push({ text: "", row, column, rowSpan: 1, columnSpan: 1, padding: true });
        continue;
      }
      const spans = { rowSpan: area.rowSpan, columnSpan: area.columnSpan };
      if (area.row === row && area.column === column) {
        cells.push({ text: area.text, row, column, ...spans, ...(area.nestedTables > 0 ? { nestedTables: area.nestedTables } : {}) });
      } else {
        cells.push({ text: "", row, column, ...spans, origin: { row: area.row, column: area.column } });
      }
    }
    return cells;
  });
}

/**
 * A table as lines of text, for a table inside a cell: a row a line, its cells (one for each
 * merged area) separated by a TAB, line breaks inside a cell as spaces.
 */
export function tableLines(rows: readonly ReportCell[][]): string[] {
  return rows.map((row) =>
    row
      .filter((cell) => !cell.padding && (cell.origin === undefined || cell.origin.column === cell.column))
      .map((cell) => cell.text.replace(/\n/g, " "))
      .join("\t"),
  );
}
