import { BibliotekosError } from "../errors/BibliotekosError";
import type { AnnualReport } from "../models/AnnualReport";
import type { SourceLocation } from "../models/SourceLocation";
import type { ReportFinding } from "./ReportFinding";

/**
 * A finding of `checkReport` and where in the document it points: the `source` of the
 * observation, budget line or target its `path` names, or the sentence of the narrative a claim
 * finding quotes.
 *
 * @example
 * ```ts
 * import type { LocatedFinding } from "bibliotekos/checks";
 * const located: LocatedFinding = {
 *   finding: { code: "sign_lost", severity: "warning", path: ["observations", 49, "asWritten"], figures: { written: "· 2,0 %", value: "-2.0" }, message: { en: "…", lt: "…" } },
 *   locations: [{ block: 36, row: 3, column: 4 }],
 * };
 * located.locations.length;
 * //=> 1
 * ```
 */
export interface LocatedFinding {
  /** The finding, as `checkReport` gave it. */
  finding: ReportFinding;
  /**
   * Where it is in the document `readReport` read (blocks of its `ReportDocument`): empty when
   * the record it is about has no `source` (a hand-made report) or it is about the whole report.
   */
  locations: SourceLocation[];
}

type Located = { source?: unknown; sources?: unknown; text?: unknown };

/** The record a path starts with (`["observations", 3, …]` → the fourth observation), if it is one. */
function recordAt(report: AnnualReport, path: ReadonlyArray<string | number>): Located | undefined {
  const [collection, index] = path;
  if (collection !== "observations" && collection !== "budgetLines" && collection !== "targets" && collection !== "narrative") {
    return undefined;
  }
  const records: unknown = (report as unknown as Record<string, unknown>)[collection];
  if (!Array.isArray(records) || typeof index !== "number") return undefined;
  const record: unknown = records[index];
  return typeof record === "object" && record !== null ? (record as Located) : undefined;
}

/** A copy of a value that is a location (a record read by hand may hold anything). */
function location(value: unknown): SourceLocation | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { block, row, column, start, end } = value as Record<string, unknown>;
  if (!Number.isInteger(block)) return undefined;
  const copy: SourceLocation = { block: block as number };
  if (Number.isInteger(row)) copy.row = row as number;
  if (Number.isInteger(column)) copy.column = column as number;
  if (Number.isInteger(start)) copy.start = start as number;
  if (Number.isInteger(end)) copy.end = end as number;
  return copy;
}

/**
 * Where a span of a narrative section's text is: the paragraph of `sources` (the section's text
 * is their parts joined with `\n`) that holds its start, and the span's offsets in it.
 */
function spanIn(sources: readonly SourceLocation[], offset: number, length: number): SourceLocation | undefined {
  let at = 0;
  for (const source of sources) {
    const start = source.start ?? 0;
    const end = source.end ?? start;
    if (offset >= at && offset <= at + end - start) {
      const from = start + offset - at;
      const span: SourceLocation = { block: source.block, start: from, end: Math.min(end, from + length) };
      if (source.row !== undefined) span.row = source.row;
      if (source.column !== undefined) span.column = source.column;
      return span;
    }
    at += end - start + 1;
  }
  return undefined;
}

function locate(report: AnnualReport, finding: ReportFinding): SourceLocation[] {
  const record = recordAt(report, Array.isArray(finding.path) ? finding.path : []);
  if (record === undefined) return [];
  const own = location(record.source);
  if (own !== undefined) return [own];
  const sources = Array.isArray(record.sources) ? record.sources.flatMap((s: unknown) => location(s) ?? []) : [];
  const figures = (finding.figures ?? {}) as Record<string, string | undefined>;
  const offset = Number(figures.offset);
  if (finding.code === "claim_differs_from_table" && Number.isInteger(offset) && typeof figures.text === "string") {
    const span = spanIn(sources, offset, figures.text.length);
    return span === undefined ? [] : [span];
  }
  return sources;
}

/**
 * Finds where each finding of `checkReport` is in the document the report was read from
 * (`readReport` of `bibliotekos/texts`), so that an app can mark it there: the `source` of the
 * observation, budget line or target the finding's `path` names (its table cell, or its
 * paragraph and offsets), and for a narrative number that differs from the table
 * (`claim_differs_from_table`) the number's place in its paragraph. A finding about a record
 * with no `source` (a report typed by hand) or about the whole report gets no location.
 * Offsets in a paragraph count as `readReport` reads it: a Word list item's `listLabel` and a
 * space before its text.
 *
 * Pure: the report and the findings are not changed, and the locations are copies. Linear in the
 * number of findings and the narrative's paragraphs.
 *
 * @param report - the report the findings are about.
 * @param findings - what `checkReport(report)` gave.
 * @returns one {@link LocatedFinding} per finding, in their order.
 * @throws {@link BibliotekosError} `invalid_argument` if `report` is not an object, or `findings`
 *   not an array of objects.
 *
 * @example
 * ```ts
 * import { checkReport, locateFindings } from "bibliotekos/checks";
 * import { readReport } from "bibliotekos/texts";
 * const text = [
 *   "IGNALINOS RAJONO SAVIVALDYBĖS VIEŠOSIOS BIBLIOTEKOS",
 *   "2023 METŲ VEIKLOS ATASKAITA",
 *   "Ataskaitinis laikotarpis: 2023 m. sausio 1 d. – gruodžio 31 d.",
 *   "\t\n\tOrganizuota\nrenginių\n",
 *   "\tIš viso\n\t764\n",
 *   "\tMiesto filialas\n\t237\n",
 *   "\tKaimo filialai\n\t525\n\n",
 * ].join("\n");
 * const { report } = readReport(text);
 * const located = locateFindings(report, checkReport(report));
 * located.map(({ finding, locations }) => [finding.code, locations]);
 * //=> [["parts_do_not_add_up", [{ block: 3, row: 1, column: 1 }]]]
 * ```
 */
export function locateFindings(report: AnnualReport, findings: readonly ReportFinding[]): LocatedFinding[] {
  const wrong = (message: string, input: unknown, path: Array<string | number>) =>
    new BibliotekosError({ code: "invalid_argument", message: `locateFindings expects ${message}`, input, path });
  if (typeof report !== "object" || report === null) throw wrong("a report (an object)", report, ["report"]);
  if (!Array.isArray(findings)) throw wrong("the array of findings checkReport gives", findings, ["findings"]);
  return findings.map((finding: unknown, index) => {
    if (typeof finding !== "object" || finding === null) throw wrong("findings that are objects", finding, ["findings", index]);
    return { finding: finding as ReportFinding, locations: locate(report, finding as ReportFinding) };
  });
}
