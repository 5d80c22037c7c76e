/** The budget chapter of a report, written in prose by funding source and article, into budget lines. */
import { REPORT_BUDGET_WORDS } from "../../../lexicon/reportWords";
import type { BudgetLine } from "../../../models/BudgetLine";
import { findQuantities } from "../../../numbers/findQuantities";
import type { Quantity } from "../../../numbers/parseQuantity";
import { ECONOMIC_CLASSIFICATION } from "../../../reference/economicClassification";
import { findByNameMatch } from "../../../reference/findByName";
import type { ReferenceEntry } from "../../../reference/ReferenceEntry";
import { FUNDING_SOURCES } from "../../../reference/fundingSources";
import type { ReportBlock, ReportParagraph } from "../../ReportDocument";
import type { ReadContext } from "./context";
import { isHeadingParagraph } from "./frame";
import { folded, originalIndex, PhraseTable, sentencesOf, squeezed, stripEnd, stripStart } from "./labels";

/** A field of a budget line that a field word introduces. */
export type Field = keyof typeof REPORT_BUDGET_WORDS.fields;
type Found = Quantity & { index: number; end: number; text: string };

/** The field words, by field: for the source headings' paragraphs, the budget tables and the prose chapters. */
export const FIELDS = new PhraseTable(Object.entries(REPORT_BUDGET_WORDS.fields) as Array<[Field, readonly string[]]>);
const ARTICLES = new PhraseTable([[true, REPORT_BUDGET_WORDS.articles]] as const);
const TAILS = REPORT_BUDGET_WORDS.headingTails.map(folded);

/** The entry of a reference table that the text's first words name, longest first (at least `fewest` words). */
export function leadingName<T extends ReferenceEntry>(
  table: readonly T[],
  text: string,
  fewest: number,
): { entry: T; words: number } | undefined {
  const words = squeezed(text).split(" ");
  for (let n = Math.min(words.length, 12); n >= fewest; n--) {
    const match = findByNameMatch(table, stripEnd(words.slice(0, n).join(" "), ":.,–-"));
    if (match !== undefined) return { entry: match.entry, words: n };
  }
  return undefined;
}

/** A short paragraph ending with a colon that names a funding source (`Savivaldybės lėšos:`). */
function sourceHeading(text: string): string | undefined {
  const t = squeezed(text);
  if (!t.endsWith(":") || t.length > 120) return undefined;
  let name = folded(t.slice(0, -1));
  for (const tail of TAILS) if (name.endsWith(` ${tail}`)) name = name.slice(0, -tail.length - 1);
  const match = findByNameMatch(FUNDING_SOURCES, name) ?? leadingName(FUNDING_SOURCES, name, 1);
  return match?.entry.id;
}

/** Reads the budget lines of the blocks under funding-source headings. */
export function readBudget(blocks: readonly ReportBlock[], context: ReadContext): BudgetLine[] {
  const lines: BudgetLine[] = [];
  let source: string | undefined;
  let articles = false;
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const heading = sourceHeading(block.text);
    if (heading !== undefined) {
      source = heading;
      articles = false;
      continue;
    }
    if (source === undefined) continue;
    if (isHeadingParagraph(block)) {
      source = undefined;
      continue;
    }
    if (squeezed(block.text).endsWith(":") && ARTICLES.within(folded(block.text)) !== undefined) {
      articles = true;
      continue;
    }
    const line = readLine(block, source, articles, context);
    if (line !== undefined) lines.push(line);
  }
  return lines;
}

/** One paragraph of a source into a budget line: its amounts by the field word before each, the rest as purpose and note. */
function readLine(paragraph: ReportParagraph, source: string, articles: boolean, context: ReadContext): BudgetLine | undefined {
  const text = paragraph.text;
  const amounts = findQuantities(text).filter((q) => q.unit === "EUR" || q.unit === "percent") as Found[];
  if (!amounts.some((q) => q.unit === "EUR")) return undefined;
  const line: Record<string, unknown> = { year: context.year, sourceId: source };
  const own = leadingName(FUNDING_SOURCES, text, 2);
  if (own !== undefined) line["sourceId"] = own.entry.id;
  const notes: string[] = [];
  let lead: string | undefined;
  let read = 0;
  for (const { text: sentence, start } of sentencesOf(text)) {
    const end = start + sentence.length;
    const inside = amounts.filter((q) => q.index >= start && q.end <= end);
    const startsWithField = FIELDS.within(folded(sentence))?.index === 0;
    const figures = inside.some((q) => q.unit === "EUR") || (startsWithField && inside.length > 0);
    if (!figures) {
      if (read === 0) lead = [lead, sentence].filter(Boolean).join(" ");
      else notes.push(squeezed(sentence));
      continue;
    }
    let segmentStart = start;
    for (const q of inside) {
      const field = FIELDS.within(folded(text.slice(segmentStart, q.index)));
      if (read === 0 && lead === undefined) {
        const before = text.slice(start, q.index);
        const first = field === undefined ? undefined : FIELDS.first(folded(before));
        const cut = first === undefined ? before : before.slice(0, originalIndex(before, first.index));
        lead = cut;
      }
      segmentStart = q.end;
      const name = fieldFor(field?.value, q, line);
      if (name === undefined) continue;
      line[name] = name === "executionPercent" ? q.value : { amount: q.value, currency: "EUR" };
      read++;
    }
  }
  if (read === 0) {
    context.unread({ block: paragraph.index, start: 0, end: text.length, text, reason: "budget_paragraph_not_read" });
    return undefined;
  }
  describe(line, lead, articles);
  if (notes.length > 0) line["note"] = notes.join(" ");
  line["source"] = { block: paragraph.index, start: 0, end: text.length };
  return line as BudgetLine;
}

/** The field an amount fills: the field word before it; a percent only as execution; an amount with none is what was received. */
function fieldFor(field: Field | undefined, q: Found, line: Record<string, unknown>): string | undefined {
  if (q.unit === "percent")
    return field === "executionPercent" || field === "used"
      ? line["executionPercent"] === undefined
        ? "executionPercent"
        : undefined
      : undefined;
  const name = field === undefined || field === "executionPercent" ? "received" : field;
  return line[name] === undefined ? name : undefined;
}

/** The words before the first amount: an article of the economic classification, or the purpose of the money. */
function describe(line: Record<string, unknown>, lead: string | undefined, articles: boolean): void {
  const words = stripEnd(squeezed(stripStart(lead ?? "", " \t\n\r•·-–*")), " ,.:;–-");
  if (words === "") return;
  if (articles) {
    const article = leadingName(ECONOMIC_CLASSIFICATION, words, 1);
    if (article !== undefined) {
      line["articleCode"] = article.entry.code;
      line["article"] = article.entry.nameLt;
      return;
    }
  }
  if (folded(words).split(" ").length >= 1 && FIELDS.has(words) === undefined) line["purpose"] = words;
}
