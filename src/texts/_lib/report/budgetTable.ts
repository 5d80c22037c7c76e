/** A report's budget table (`Finansavimo šaltinis | Planas | Gauta | Panaudota | Įvykdymas %`) into budget lines, a row per source or article. */
import { getIndicator, type Indicator } from "../../../indicators/catalogue";
import { REPORT_BUDGET_WORDS } from "../../../lexicon/reportWords";
import type { BudgetLine } from "../../../models/BudgetLine";
import { safeParseQuantity } from "../../../numbers/parseQuantity";
import { ECONOMIC_CLASSIFICATION } from "../../../reference/economicClassification";
import { FUNDING_SOURCES } from "../../../reference/fundingSources";
import type { ReportTable } from "../../ReportDocument";
import { unitOf } from "./axes";
import { FIELDS, leadingName, type Field } from "./budget";
import type { ReadContext } from "./context";
import { gridOf, type DataRow, type TableGrid } from "./grid";
import { folded, PhraseTable, squeezed, stripEnd, stripStart, withoutPartsLead } from "./labels";

/** What a total row's amounts are, as observations: the catalogue's indicator of each field. */
const TOTAL_INDICATORS: Partial<Record<Field, string>> = { received: "funds_received", used: "expenditure" };
/** A cell that says "nothing written": a dash. */
const DASHES = new Set(["-", "–", "—", "‒"]);

/** The field a column header names (`Gauta`, `Įvykdymas %`): the phrase it starts with. */
function fieldOf(texts: readonly string[]): Field | undefined {
  const found = FIELDS.first(folded(texts.join(" ")));
  return found?.index === 0 ? found.value : undefined;
}

/** The columns' fields, if the table is a budget table: two amount fields or more, and a row naming a funding source. */
function budgetColumns(grid: TableGrid): Array<Field | undefined> | undefined {
  const fields = grid.headers.map((texts, column) => (column < grid.labelColumns ? undefined : fieldOf(texts)));
  if (fields.filter((f) => f !== undefined && f !== "executionPercent").length < 2) return undefined;
  const named = grid.rows.some((row) => leadingName(FUNDING_SOURCES, labelOf(row), 1) !== undefined);
  return named ? fields : undefined;
}

const labelOf = (row: DataRow): string => squeezed(row.labels.join(" "));

/**
 * Reads a budget table: a row naming a funding source starts that source's line (words in
 * parentheses after the name are its purpose: `Valstybės biudžeto lėšos (dokumentams įsigyti)`),
 * a row naming an article under it is that article's line (`iš jų: darbo užmokestis`), and the
 * total row's received and used amounts are the `funds_received` and `expenditure`
 * observations. Returns undefined for a table that is not a budget table.
 */
export function readBudgetTable(table: ReportTable, context: ReadContext): BudgetLine[] | undefined {
  const grid = gridOf(table);
  const fields = budgetColumns(grid);
  if (fields === undefined) return undefined;
  const lines: BudgetLine[] = [];
  let source: string | undefined;
  for (const row of grid.rows) {
    const label = labelOf(row);
    const place = { block: table.index, row: row.row };
    if (unitOf(label)?.kind === "total") {
      readTotalRow(row, fields, context, table.index);
      continue;
    }
    const named = leadingName(FUNDING_SOURCES, label, 1);
    const line: Record<string, unknown> = { year: context.year };
    if (named !== undefined) {
      source = named.entry.id;
      line["sourceId"] = source;
      // Words in parentheses after the name are the purpose; other words finish the name (`1,2 % GPM parama`).
      const rest = label.split(" ").slice(named.words).join(" ");
      if (rest.startsWith("(") && rest.endsWith(")")) line["purpose"] = stripEnd(stripStart(rest, " ("), " )");
    } else {
      const article = source === undefined ? undefined : leadingName(ECONOMIC_CLASSIFICATION, withoutPartsLead(label) ?? label, 1);
      if (article === undefined) {
        context.unread({ ...place, text: label, reason: "budget_row_not_read" });
        continue;
      }
      Object.assign(line, { sourceId: source, articleCode: article.entry.code, article: article.entry.nameLt });
    }
    if (readAmounts(row, fields, line, context, table.index) > 0) {
      line["source"] = place;
      lines.push(line as BudgetLine);
    }
  }
  return lines;
}

/** The row's amounts into the line's fields; a dash is nothing written. Returns how many were read. */
function readAmounts(
  row: DataRow,
  fields: ReadonlyArray<Field | undefined>,
  line: Record<string, unknown>,
  context: ReadContext,
  block: number,
): number {
  let read = 0;
  fields.forEach((field, column) => {
    const text = row.cells[column]?.text.trim() ?? "";
    if (field === undefined || text === "" || DASHES.has(text) || row.cells[column]?.origin !== undefined) return;
    const value = safeParseQuantity(text);
    if (!value.success || (value.data.unit !== null && value.data.unit !== "EUR" && value.data.unit !== "percent")) {
      context.unread({ block, row: row.row, column, text, reason: "cell_not_a_number" });
      return;
    }
    line[field] = field === "executionPercent" ? value.data.value : { amount: value.data.value, currency: "EUR" };
    read++;
  });
  return read;
}

/** A total row: its received and used amounts as observations of the whole library; the others have no indicator. */
function readTotalRow(row: DataRow, fields: ReadonlyArray<Field | undefined>, context: ReadContext, block: number): void {
  fields.forEach((field, column) => {
    const text = row.cells[column]?.text.trim() ?? "";
    if (field === undefined || text === "" || DASHES.has(text)) return;
    const id = TOTAL_INDICATORS[field];
    const value = safeParseQuantity(text);
    const indicator = id === undefined ? undefined : (getIndicator(id) as Indicator);
    if (indicator === undefined || !value.success) {
      context.unread({ block, row: row.row, column, text, reason: "no_indicator" });
      return;
    }
    const year = String(context.year);
    context.observe({
      unitId: context.unitId("", "total"),
      indicator: indicator.id,
      period: { start: year, end: year },
      value: value.data.value,
      unit: "EUR",
      source: { block, row: row.row, column },
    });
  });
}
