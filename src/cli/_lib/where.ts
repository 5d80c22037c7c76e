// Where a part of a report read from a Word file or a text is, for people: the table (and its row
// and column) or the paragraph, numbered from 1 in the document, and in a text its line. Every
// line start is found once, so any number of places costs a binary search each.
import type { AnnualReport } from "../../models/AnnualReport";
import type { SourceLocation } from "../../models/SourceLocation";
import type { ReportBlock, ReportDocument } from "../../texts/ReportDocument";
import type { ReportInput } from "./reportInput";
import { REPORT_WORDS } from "./reportWords";
import type { Lang } from "./style";

/** A place in a document: a block, and in a table the row and column (all from 0). */
export type Place = Pick<SourceLocation, "block" | "row" | "column">;

/** The offsets at which the text's lines start. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The line (from 1) of an offset, by binary search over the line starts. */
function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** Each block's number among the document's tables or among its paragraphs, from 1. */
function ordinals(document: ReportDocument): number[] {
  let tables = 0;
  let paragraphs = 0;
  return document.blocks.map((block) => {
    if (block.source?.kind === "docx") return block.source.number + 1;
    return block.kind === "table" ? ++tables : ++paragraphs;
  });
}

/** The text offset of a place, when the input was a text. */
function offsetOf(block: ReportBlock, place: Place): number | undefined {
  if (block.kind === "table" && place.row !== undefined && place.column !== undefined) {
    const cell = block.rows[place.row]?.[place.column];
    const source = cell?.origin ? block.rows[cell.origin.row]?.[cell.origin.column]?.source : cell?.source;
    if (source !== undefined) return source.start;
  }
  return block.source?.kind === "text" ? block.source.start : undefined;
}

/** A function from a place in the input's document to how people find it there. */
export function placeNamer(input: Exclude<ReportInput, { kind: "json" }>, lang: Lang): (place: Place) => string {
  const words = REPORT_WORDS[lang];
  const numbers = ordinals(input.document);
  const starts = input.kind === "text" ? lineStarts(input.text) : undefined;
  return (place) => {
    const block = input.document.blocks[place.block];
    if (block === undefined) return "";
    const parts = [`${block.kind === "table" ? words.table : words.paragraph} ${numbers[place.block] ?? ""}`];
    if (place.row !== undefined) parts.push(`${words.row} ${place.row + 1}`);
    if (place.column !== undefined) parts.push(`${words.column} ${place.column + 1}`);
    const offset = starts && offsetOf(block, place);
    if (starts && offset !== undefined) parts.push(`${words.line} ${lineOf(starts, offset)}`);
    return parts.join(", ");
  };
}

/** The source of the record a finding's path points into (`observations[85].value`), if it has one. */
export function sourceOfPath(report: AnnualReport, path: ReadonlyArray<string | number>): Place | undefined {
  const [field, index] = path;
  if (field !== "observations" && field !== "budgetLines" && field !== "targets") return undefined;
  if (typeof index !== "number") return undefined;
  return report[field]?.[index]?.source;
}
