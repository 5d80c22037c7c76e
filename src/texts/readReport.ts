import { BibliotekosError } from "../errors/BibliotekosError";
import { parseAnnualReport, type AnnualReport, type Observation } from "../models/AnnualReport";
import type { BudgetLine } from "../models/BudgetLine";
import { getIndicator, type Indicator } from "../indicators/catalogue";
import { checkOptions } from "./_lib/args";
import { readBudget } from "./_lib/report/budget";
import { mergeRepeats, readBudgetProse } from "./_lib/report/budgetProse";
import { readBudgetTable } from "./_lib/report/budgetTable";
import { unitOfIndicator } from "./_lib/report/units";
import { ReadContext } from "./_lib/report/context";
import { readFrame, sectionText } from "./_lib/report/frame";
import { squeezed } from "./_lib/report/labels";
import { readProseFigures } from "./_lib/report/prose";
import { readTable } from "./_lib/report/tables";
import { readTargets } from "./_lib/report/targets";
import { readReportText } from "./readReportText";
import type { ReportBlock, ReportDocument, ReportParagraph } from "./ReportDocument";

/**
 * Options of {@link readReport}.
 *
 * @example
 * ```ts
 * import type { ReadReportOptions } from "bibliotekos/texts";
 * const options: ReadReportOptions = { institutionId: "ignalina_district_library", year: 2023 };
 * options.year;
 * //=> 2023
 * ```
 */
export interface ReadReportOptions {
  /** The reporting institution's id; read from the title (`bibliotekos/reference` `PUBLIC_LIBRARIES`) when not given. */
  institutionId?: string;
  /** The report's year; read from the title or the reporting period when not given. */
  year?: number;
}

/**
 * Why {@link readReport} left a part of a report unread:
 *
 * - `no_indicator`: a column (or row) whose headers name no indicator of the catalogue;
 * - `ambiguous_header`: headers that name several indicators equally (`Periodinių leidinių`: lent or held?);
 * - `headers_disagree`: the row and the column name different indicators;
 * - `no_such_indicator`: an indicator turned by a measure the catalogue has no indicator for
 *   (books per resident, the share of fiction in a unit's stock);
 * - `no_unit`: a row of a table of units whose label names no reporting unit;
 * - `cell_not_a_number`: a cell with digits that is not one number;
 * - `percent_change`: a change in percent of the earlier year (not a figure of the model);
 * - `difference_periods_unknown`: a difference column in a table without exactly two years;
 * - `conflicting_value`: a figure read again with another value (the first is kept);
 * - `budget_paragraph_not_read`: a paragraph under a funding source with amounts and no field word the reader knows;
 * - `budget_row_not_read`: a budget table's row that names neither a funding source nor, under one, an article;
 * - `budget_other_year`: an amount of a budget chapter's prose in parentheses of another year (`(2023 m. – 1 012,3 tūkst. Eur)`);
 * - `target_without_plan`: a numbered target whose planned value could not be read.
 *
 * @example
 * ```ts
 * import type { ReportUnreadReason } from "bibliotekos/texts";
 * const reason: ReportUnreadReason = "no_such_indicator";
 * reason;
 * //=> "no_such_indicator"
 * ```
 */
export type ReportUnreadReason =
  | "no_indicator"
  | "ambiguous_header"
  | "headers_disagree"
  | "no_such_indicator"
  | "no_unit"
  | "cell_not_a_number"
  | "percent_change"
  | "difference_periods_unknown"
  | "conflicting_value"
  | "table_without_figures"
  | "budget_paragraph_not_read"
  | "budget_row_not_read"
  | "budget_other_year"
  | "target_without_plan";

/**
 * A part of a report {@link readReport} could not map, where it is and why.
 *
 * @example
 * ```ts
 * import { readReport, type ReportUnread } from "bibliotekos/texts";
 * const text = "Ataskaitinis laikotarpis: 2023 m.\n\t\n\tRenginiai\n\tKlubai\n\n\tIš viso\n\t12\n\t3\n\n";
 * const unread: ReportUnread[] = readReport(text, { institutionId: "x", year: 2023 }).unread;
 * unread.map((u) => [u.reason, u.column, u.text]);
 * //=> [["no_indicator", 2, "Klubai"]]
 * ```
 */
export interface ReportUnread {
  /** The block's position in the document's blocks. */
  block: number;
  /** In a table: the row (absent when a whole column is meant). */
  row?: number;
  /** In a table: the column (absent when a whole row is meant). */
  column?: number;
  /** In a paragraph: where the part starts in its text. */
  start?: number;
  /** Where it ends (exclusive). */
  end?: number;
  /** The part's text: a header, a row label, a cell, a paragraph. */
  text: string;
  /** Why it was not read. */
  reason: ReportUnreadReason;
}

/**
 * What {@link readReport} read: the report, and every part with figures it could not map.
 *
 * @example
 * ```ts
 * import { readReport, type ReportRead } from "bibliotekos/texts";
 * const read: ReportRead = readReport("Ataskaitinis laikotarpis: 2023 m.", { institutionId: "x" });
 * [read.report.year, read.report.reportingPeriod, read.unread];
 * //=> [2023, { start: "2023", end: "2023" }, []]
 * ```
 */
export interface ReportRead {
  /** The report, as `safeParseAnnualReport` accepts it. */
  report: AnnualReport;
  /** The parts with figures that were not read, in document order. */
  unread: ReportUnread[];
}

/** A block of a `ReportDocument`, as far as the reader relies on it. */
function isBlock(block: unknown): boolean {
  const b = block as { kind?: unknown; text?: unknown; rows?: unknown; index?: unknown } | null;
  if (typeof b !== "object" || b === null || typeof b.index !== "number") return false;
  if (b.kind === "paragraph") return typeof b.text === "string";
  return (
    b.kind === "table" &&
    Array.isArray(b.rows) &&
    b.rows.every((row) => Array.isArray(row) && row.every((c) => typeof (c as { text?: unknown } | null)?.text === "string"))
  );
}

/**
 * The document as the reader reads it: a list item's number or bullet (`listLabel`, from a Word
 * file) before its text, as a text export writes it, so that both read alike; offsets of a
 * `source` in such a paragraph count from the label.
 */
function asRead(document: ReportDocument): ReportDocument {
  if (!document.blocks.some((b) => b.kind === "paragraph" && b.listLabel !== undefined)) return document;
  return {
    blocks: document.blocks.map((b) =>
      b.kind === "paragraph" && b.listLabel !== undefined ? { ...b, text: `${b.listLabel} ${b.text}` } : b,
    ),
  };
}

function checkInput(input: unknown): ReportDocument {
  if (typeof input === "string") return readReportText(input);
  const blocks = (input as { blocks?: unknown } | null)?.blocks;
  if (typeof input === "object" && input !== null && Array.isArray(blocks) && blocks.every(isBlock)) return asRead(input as ReportDocument);
  throw new BibliotekosError({
    code: "invalid_argument",
    message: `readReport expects a text or a ReportDocument, got ${input === null ? "null" : typeof input}`,
    input,
    expected: "a string or { blocks: [...] }",
    received: input === null ? "null" : typeof input,
  });
}

/**
 * Reads an annual report, as the text a Word export gives or as a `ReportDocument`
 * (`readReportText`, or `readDocx` of `bibliotekos/docx`), into an `AnnualReport`:
 *
 * - the title gives the institution (`PUBLIC_LIBRARIES`, in any case form) and the year; the
 *   `Ataskaitinis laikotarpis` line the period;
 * - each table's figures become observations: the row labels and column headers (merged,
 *   several levels, `Iš viso` first or last, units as rows or as columns) are read through the
 *   catalogue's header stems and the lexicon's `REPORT_TABLE_WORDS` (`Fiz. vnt.`, `Pav.`, `%`,
 *   `Gyventojui`, `Skirtumas`, `+ −`); a difference column compares the table's two years, and a
 *   lost sign (`· 2,0 %`) is restored from them;
 * - paragraphs give the figures the tables do not, where a claim ties to an indicator of the
 *   whole library (not a branch, not a plan, not a difference);
 * - the paragraphs under a funding source (`Savivaldybės lėšos:`) become budget lines, by the
 *   field word before each amount (`REPORT_BUDGET_WORDS`), articles by the economic classification;
 * - numbered items with a planned value (`Kiekybinis vertinimas – ne mažiau kaip …`) become
 *   targets, with the report's verdict and the actual value;
 * - the sections under the headings become `narrative`, which `checkReport` compares with the tables.
 *
 * Every observation, budget line and target has a `source`: its block, and its cell or text
 * offsets. What has figures and could not be mapped is in `unread`, with the reason. Pure; linear
 * in the document's size (tables and paragraphs are read one by one).
 *
 * @param input - the exported text, or a `ReportDocument`.
 * @param options - the institution and year, when the title does not give them.
 * @returns the report and what was left unread.
 * @throws {BibliotekosError} `invalid_argument` if `input` is neither, or an option is not valid; `report_unreadable` if no
 * institution or no year can be read and none is given.
 *
 * @example
 * ```ts
 * import { readReport } from "bibliotekos/texts";
 * const text = [
 *   "IGNALINOS RAJONO SAVIVALDYBĖS VIEŠOSIOS BIBLIOTEKOS",
 *   "2023 METŲ VEIKLOS ATASKAITA",
 *   "Ataskaitinis laikotarpis: 2023 m. sausio 1 d. – gruodžio 31 d.",
 *   "\t\n\tOrganizuota\nrenginių\n\tŽodinių\n",
 *   "\tIš viso\n\t764\n\t434\n",
 *   "\tKaimo filialai\n\t527\n\t280\n\n",
 * ].join("\n");
 * const { report, unread } = readReport(text);
 * [report.institutionId, report.year, report.reportingPeriod];
 * //=> ["ignalina_district_library", 2023, { start: "2023-01-01", end: "2023-12-31" }]
 * report.observations?.map((o) => `${o.unitId} ${o.indicator} ${o.value}`);
 * //=> ["total events 764", "total events_oral 434", "kaimo_filialai events 527", "kaimo_filialai events_oral 280"]
 * unread;
 * //=> []
 * readReport(42 as unknown as string);
 * //=> throws invalid_argument
 * ```
 */
export function readReport(input: string | ReportDocument, options: ReadReportOptions = {}): ReportRead {
  checkOptions(options);
  for (const [name, value, ok] of [
    ["institutionId", options.institutionId, typeof options.institutionId === "string" && options.institutionId !== ""],
    ["year", options.year, Number.isInteger(options.year) && (options.year as number) >= 1000 && (options.year as number) <= 9999],
  ] as const) {
    if (value !== undefined && !ok) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `readReport: options.${name} is not valid`,
        input: value,
        path: ["options", name],
      });
    }
  }
  const document = checkInput(input);
  const frame = readFrame(document);
  const institutionId = options.institutionId ?? frame.institutionId;
  const year = options.year ?? frame.year;
  if (institutionId === undefined || year === undefined) {
    throw new BibliotekosError({
      code: "report_unreadable",
      message: `readReport cannot read ${institutionId === undefined ? "whose report it is (no public library's name in the title)" : "the report's year"}; give options.${institutionId === undefined ? "institutionId" : "year"}`,
      messageLt: `Nepavyko nustatyti ${institutionId === undefined ? "ataskaitos įstaigos (antraštėje nėra viešosios bibliotekos pavadinimo)" : "ataskaitos metų"}`,
      input: frame.title ?? "",
    });
  }
  const context = new ReadContext(year);
  let caption: string | undefined;
  const tableLines: BudgetLine[] = [];
  for (const block of document.blocks) {
    if (block.kind === "table") {
      const lines = readBudgetTable(block, context);
      if (lines === undefined) readTable(block, context, caption);
      else tableLines.push(...lines);
    }
    caption = block.kind === "paragraph" && squeezed(block.text).length <= 160 ? block.text : undefined;
  }
  const paragraphs = document.blocks.filter((b): b is ReportParagraph => b.kind === "paragraph" && !frame.frameBlocks.has(b.index));
  readProseFigures(paragraphs, context);
  // In the document's order: a budget table's lines and the budget chapter's paragraphs.
  const headed = readBudget(document.blocks, context);
  const prose = readBudgetProse(document.blocks, new Set(headed.map((line) => line.source?.block ?? -1)), context);
  const first = [...tableLines, ...headed];
  const budgetLines = [...first, ...mergeRepeats(first, prose, context)].sort((a, b) => (a.source?.block ?? 0) - (b.source?.block ?? 0));
  const targets = readTargets(document.blocks);
  for (const target of targets) {
    if (target.indicator === undefined || target.actual === undefined) continue;
    const observation: Observation = {
      unitId: context.unitId("", "total"),
      indicator: target.indicator,
      period: { start: String(year), end: String(year) },
      value: target.actual,
    };
    const unit = unitOfIndicator(getIndicator(target.indicator) as Indicator);
    if (unit !== undefined) observation.unit = unit;
    if (target.source !== undefined) observation.source = target.source;
    if (!context.has(observation)) context.observe(observation);
  }
  const report: AnnualReport = {
    institutionId,
    year,
    reportingPeriod: frame.period ?? { start: `${year}-01-01`, end: `${year}-12-31` },
    units: context.reportingUnits(),
  };
  if (frame.institutionName !== undefined && options.institutionId === undefined) report.institutionName = frame.institutionName;
  if (frame.title !== undefined) report.title = frame.title;
  const staff = context.observations.find((o) => o.indicator === "staff" && o.unitId === "total" && o.period.start === String(year));
  if (staff !== undefined && /^\d+$/.test(staff.value)) report.staffCount = Number(staff.value);
  if (context.observations.length > 0) report.observations = context.observations;
  if (budgetLines.length > 0) report.budgetLines = budgetLines;
  if (targets.length > 0) report.targets = targets;
  const narrative = frame.sections
    .map((section) => ({ heading: section.heading, ...sectionText(section.blocks) }))
    .filter((s) => s.text !== "");
  if (narrative.length > 0) report.narrative = narrative;
  return { report: parseAnnualReport(report), unread: [...context.unreadParts].sort((a, b) => a.block - b.block) };
}
