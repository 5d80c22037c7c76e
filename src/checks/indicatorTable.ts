import { describeValue } from "../_lib/arguments";
import { DecimalSum } from "../_lib/sum";
import { BibliotekosError } from "../errors/BibliotekosError";
import { getIndicator } from "../indicators/catalogue";
import { share } from "../indicators/share";
import type { AnnualReport } from "../models/AnnualReport";
import { formatNumber } from "../numbers/formatNumber";
import { ObservationIndex } from "./_lib/index";
import { assertTableArguments, tableLanguage } from "./_lib/tableArguments";

/** What {@link indicatorTable} is asked for.
 *
 * @example
 * ```ts
 * import type { IndicatorTableOptions } from "bibliotekos/checks";
 * const options: IndicatorTableOptions = { indicators: ["acquisitions", "acquisitions_titles"], years: ["2022", "2023"], shares: ["acquisitions"] };
 * options.years.length;
 * //=> 2
 * ```
 */
export interface IndicatorTableOptions {
  /** The indicators, one group of columns each (catalogue ids). */
  indicators: string[];
  /** The years, earliest first: a column each, and a difference column (last − first) when there are two or more. */
  years: string[];
  /**
   * The rows: reporting unit ids, in order.
   * @default every unit of the report, in the report's order
   */
  units?: string[];
  /**
   * Add a column with each unit's share of the total unit, for the last year, for these indicators.
   * @default []
   */
  shares?: string[];
}

/** One column of an {@link IndicatorTable}.
 *
 * @example
 * ```ts
 * import type { IndicatorTableColumn } from "bibliotekos/checks";
 * const column: IndicatorTableColumn = { indicator: "reach", kind: "difference", label: { lt: "Sutelktumas: skirtumas (p. p.)", en: "Reach: difference (percentage points)" } };
 * column.kind;
 * //=> "difference"
 * ```
 */
export interface IndicatorTableColumn {
  /** The indicator. */
  indicator: string;
  /** `value` of a year, `difference` (last year − first), or `share` of the total. */
  kind: "value" | "difference" | "share";
  /** The year, for value and share columns. */
  year?: string;
  /** The header, in Lithuanian and English. */
  label: {
    /** In Lithuanian. */
    lt: string;
    /** In English. */
    en: string;
  };
}

/** One cell: the exact value (a decimal string, or `null` when the report has none) and its text in the official style.
 *
 * @example
 * ```ts
 * import type { IndicatorTableCell } from "bibliotekos/checks";
 * const cell: IndicatorTableCell = { value: "73341", text: "73\u00a0341" };
 * cell.text.replace("\u00a0", " ");
 * //=> "73 341"
 * ```
 */
export interface IndicatorTableCell {
  /** The exact value, or `null`. */
  value: string | null;
  /** As printed: `73 341`, `22,3`, `−2,0 p. p.`; empty when there is no value. */
  text: string;
}

/**
 * A table as a report prints it, as plain data: rows are reporting units, columns are years,
 * differences and shares. A generator renders it however it likes (see
 * {@link renderTableMarkdown} and {@link renderTableHtml}).
 *
 * @example
 * ```ts
 * import { indicatorTable, type IndicatorTable } from "bibliotekos/checks";
 * const table: IndicatorTable = indicatorTable(
 *   { institutionId: "x", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [{ id: "total", name: "Iš viso", kind: "total" }],
 *     observations: [{ unitId: "total", indicator: "events", period: { start: "2023", end: "2023" }, value: "764" }] },
 *   { indicators: ["events"], years: ["2023"] },
 * );
 * table.rows[0]?.cells[0];
 * //=> { value: "764", text: "764" }
 * ```
 */
export interface IndicatorTable {
  /** The columns, left to right (after the row label). */
  columns: IndicatorTableColumn[];
  /** The rows, top to bottom. */
  rows: Array<{
    /** The reporting unit. */
    unitId: string;
    /** Its row label, as the report writes it. */
    label: string;
    /** One cell per column. */
    cells: IndicatorTableCell[];
  }>;
}

const MINUS = "\u2212";

function formatValue(value: string, indicator: string, kind: IndicatorTableColumn["kind"]): string {
  const definition = getIndicator(indicator);
  const percent = definition?.unit === "percent";
  const decimals = kind === "share" ? 1 : definition?.kind === "derived" || percent ? definition?.precision : undefined;
  const text = formatNumber(value, { minusSign: MINUS, ...(decimals === undefined ? {} : { decimals }) });
  if (kind === "difference") {
    const signed = value.startsWith("-") || /^0(?:\.0*)?$/.test(value) ? text : `+${text}`;
    return percent ? `${signed}\u00a0p.\u00a0p.` : signed;
  }
  return kind === "share" ? `${text}\u00a0%` : text;
}

/**
 * Builds the table a report prints for some indicators, units and years: a value column per
 * year, a difference column (last year − first; in percentage points for percentage indicators,
 * and said so), and shares of the total where asked. Each cell has the exact value and the text
 * in the official style (`73 341`, `22,3`, `−2,0 p. p.`, `34,5 %`). Values are the report's own;
 * a cell the report leaves empty stays empty (`null`), never zero.
 *
 * @param report - the annual report (not mutated).
 * @param options - {@link IndicatorTableOptions}.
 * @returns the table, plain data.
 * @throws {@link BibliotekosError} `invalid_model` for a report that is not an {@link AnnualReport},
 *   `invalid_argument` for options that are not {@link IndicatorTableOptions}, an indicator the
 *   catalogue does not know, a unit the report does not declare, or years that are not written
 *   YYYY, earliest first, each once.
 *
 * @example
 * ```ts
 * import { indicatorTable } from "bibliotekos/checks";
 * const y = (year: string) => ({ start: year, end: year });
 * const table = indicatorTable(
 *   {
 *     institutionId: "ignalina", year: 2023, reportingPeriod: { start: "2023", end: "2023" },
 *     units: [{ id: "total", name: "Iš viso", kind: "total" }],
 *     observations: [
 *       { unitId: "total", indicator: "reach", period: y("2022"), value: "24.3" },
 *       { unitId: "total", indicator: "reach", period: y("2023"), value: "22.3" },
 *     ],
 *   },
 *   { indicators: ["reach"], years: ["2022", "2023"] },
 * );
 * table.rows[0]?.cells.map((c) => c.text.replace(/\u00a0/g, " "));
 * //=> ["24,3", "22,3", "−2,0 p. p."]
 * ```
 */
export function indicatorTable(report: AnnualReport, options: IndicatorTableOptions): IndicatorTable {
  assertTableArguments(report, options);
  for (const indicator of [...options.indicators, ...(options.shares ?? [])]) {
    if (getIndicator(indicator) === undefined) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Unknown indicator ${describeValue(indicator)}`,
        messageLt: `Nežinomas rodiklis ${describeValue(indicator)}`,
        input: options,
        path: ["indicators"],
      });
    }
  }
  const declared = new Map(report.units.map((u) => [u.id, u]));
  const unitIds = options.units ?? report.units.map((u) => u.id);
  for (const id of unitIds) {
    if (!declared.has(id)) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `The report has no unit ${describeValue(id)}`,
        messageLt: `Ataskaitoje nėra padalinio ${describeValue(id)}`,
        input: options,
        path: ["units"],
      });
    }
  }
  const index = new ObservationIndex(report);
  const total = report.units.find((u) => u.kind === "total");
  const last = options.years[options.years.length - 1];
  const first = options.years[0];
  const columns: IndicatorTableColumn[] = [];
  for (const indicator of options.indicators) {
    const names = { lt: getIndicator(indicator)?.nameLt ?? indicator, en: getIndicator(indicator)?.nameEn ?? indicator };
    for (const year of options.years)
      columns.push({ indicator, kind: "value", year, label: { lt: `${names.lt}, ${year} m.`, en: `${names.en}, ${year}` } });
    if (options.years.length > 1) {
      const points = getIndicator(indicator)?.unit === "percent";
      columns.push({
        indicator,
        kind: "difference",
        label: {
          lt: `${names.lt}: skirtumas${points ? " (p. p.)" : ""}`,
          en: `${names.en}: difference${points ? " (percentage points)" : ""}`,
        },
      });
    }
    if ((options.shares ?? []).includes(indicator) && last !== undefined) {
      columns.push({ indicator, kind: "share", year: last, label: { lt: `${names.lt}: dalis, %`, en: `${names.en}: share, %` } });
    }
  }
  const valueOf = (unit: string, indicator: string, year: string) => index.get(unit, indicator, year)?.observation.value ?? null;
  const rows = unitIds.map((unitId) => ({
    unitId,
    label: declared.get(unitId)?.name ?? unitId,
    cells: columns.map((column): IndicatorTableCell => {
      let value: string | null = null;
      if (column.kind === "value") value = valueOf(unitId, column.indicator, column.year as string);
      else if (column.kind === "difference") {
        const a = valueOf(unitId, column.indicator, first as string);
        const b = valueOf(unitId, column.indicator, last as string);
        value = a === null || b === null ? null : DecimalSum.of(b).minus(DecimalSum.of(a)).toString();
      } else if (total !== undefined) {
        const part = valueOf(unitId, column.indicator, column.year as string);
        const whole = valueOf(total.id, column.indicator, column.year as string);
        value = part === null || whole === null ? null : (share(part, whole)?.percent ?? null);
      }
      return { value, text: value === null ? "" : formatValue(value, column.indicator, column.kind) };
    }),
  }));
  return { columns, rows };
}

/**
 * Renders an {@link IndicatorTable} as a Markdown table, with Lithuanian (default) or English headers.
 *
 * @param table - the table.
 * @param options - `lang`: `"lt"` or `"en"`. @default { lang: "lt" }
 * @returns the Markdown text.
 * @throws {@link BibliotekosError} `invalid_argument` if `table` is not an {@link IndicatorTable} or
 *   `lang` is neither `"lt"` nor `"en"`.
 *
 * @example
 * ```ts
 * import { renderTableMarkdown } from "bibliotekos/checks";
 * renderTableMarkdown({ columns: [{ indicator: "events", kind: "value", year: "2023", label: { lt: "Renginiai, 2023 m.", en: "Events, 2023" } }], rows: [{ unitId: "total", label: "Iš viso", cells: [{ value: "764", text: "764" }] }] });
 * //=> "| | Renginiai, 2023 m. |\n| --- | ---: |\n| Iš viso | 764 |"
 * ```
 */
export function renderTableMarkdown(table: IndicatorTable, options?: { lang?: "lt" | "en" }): string {
  const lang = tableLanguage(table, options);
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = [
    `| | ${table.columns.map((c) => cell(c.label[lang])).join(" | ")} |`,
    `| --- | ${table.columns.map(() => "---:").join(" | ")} |`,
    ...table.rows.map((row) => `| ${cell(row.label)} | ${row.cells.map((c) => cell(c.text)).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/**
 * Renders an {@link IndicatorTable} as an HTML `<table>` (text escaped), with Lithuanian (default)
 * or English headers.
 *
 * @param table - the table.
 * @param options - `lang`: `"lt"` or `"en"`. @default { lang: "lt" }
 * @returns the HTML text.
 * @throws {@link BibliotekosError} `invalid_argument` if `table` is not an {@link IndicatorTable} or
 *   `lang` is neither `"lt"` nor `"en"`.
 *
 * @example
 * ```ts
 * import { renderTableHtml } from "bibliotekos/checks";
 * renderTableHtml({ columns: [{ indicator: "events", kind: "value", year: "2023", label: { lt: "Renginiai <2023>", en: "Events" } }], rows: [{ unitId: "total", label: "Iš viso", cells: [{ value: "764", text: "764" }] }] });
 * //=> "<table><thead><tr><th></th><th>Renginiai &lt;2023&gt;</th></tr></thead><tbody><tr><th scope=\"row\">Iš viso</th><td>764</td></tr></tbody></table>"
 * ```
 */
export function renderTableHtml(table: IndicatorTable, options?: { lang?: "lt" | "en" }): string {
  const lang = tableLanguage(table, options);
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const head = `<thead><tr><th></th>${table.columns.map((c) => `<th>${escape(c.label[lang])}</th>`).join("")}</tr></thead>`;
  const body = `<tbody>${table.rows.map((row) => `<tr><th scope="row">${escape(row.label)}</th>${row.cells.map((c) => `<td>${escape(c.text)}</td>`).join("")}</tr>`).join("")}</tbody>`;
  return `<table>${head}${body}</table>`;
}
