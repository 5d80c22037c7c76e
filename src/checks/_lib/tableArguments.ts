// The arguments of indicatorTable and of the table renderers, checked before any is read.
import { invalidArgument, optionsObject } from "../../_lib/arguments";
import type { AnnualReport } from "../../models/AnnualReport";
import { validateAnnualReport } from "../../models/validateAnnualReport";

const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === "string");
const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object";

/** Throws the report's `invalid_model`, or `invalid_argument` for options that are not an {@link IndicatorTableOptions}. */
export function assertTableArguments(report: unknown, options: unknown): asserts report is AnnualReport {
  const error = validateAnnualReport(report);
  if (error !== undefined) throw error;
  if (!isObject(options)) throw invalidArgument("options", "an object { indicators, years, units?, shares? }", options);
  for (const key of ["indicators", "years", "units", "shares"] as const) {
    const value = options[key];
    if ((value !== undefined || key === "indicators" || key === "years") && !isStrings(value)) {
      throw invalidArgument(`options.${key}`, "an array of strings", value, ["options", key]);
    }
  }
  // Years as the columns' labels and the difference (last − first) read them: YYYY, earliest first.
  const years = options.years as string[];
  years.forEach((year, i) => {
    if (!/^[1-9]\d{3}$/.test(year))
      throw invalidArgument(`options.years[${i}]`, "a year written YYYY (1000 to 9999)", year, ["options", "years", i]);
    if (i > 0 && year <= (years[i - 1] as string)) {
      throw invalidArgument(`options.years[${i}]`, `a year after ${years[i - 1] as string} (the years earliest first, each once)`, year, [
        "options",
        "years",
        i,
      ]);
    }
  });
}

/** Checks a table's shape, and gives the language of its rendered headers (`lt` by default). */
export function tableLanguage(table: unknown, options: unknown): "lt" | "en" {
  const isColumn = (column: unknown) =>
    isObject(column) && isObject(column.label) && typeof column.label.lt === "string" && typeof column.label.en === "string";
  const isCell = (cell: unknown) => isObject(cell) && typeof cell.text === "string";
  const isRow = (row: unknown) => isObject(row) && typeof row.label === "string" && Array.isArray(row.cells) && row.cells.every(isCell);
  if (
    !isObject(table) ||
    !Array.isArray(table.columns) ||
    !table.columns.every(isColumn) ||
    !Array.isArray(table.rows) ||
    !table.rows.every(isRow)
  ) {
    throw invalidArgument("the table", "an IndicatorTable (what indicatorTable returns)", table);
  }
  const given = optionsObject(options).lang;
  const lang = given === undefined ? "lt" : given;
  if (lang !== "lt" && lang !== "en") throw invalidArgument("options.lang", '"lt" or "en"', lang, ["options", "lang"]);
  return lang;
}
