/** A budget chapter written as running prose (`6. FINANSAI`: `… skirta 1 084,6 tūkst. Eur savivaldybės biudžeto lėšų, panaudota …`) into budget lines. */
import { REPORT_BUDGET_WORDS } from "../../../lexicon/reportWords";
import type { BudgetLine } from "../../../models/BudgetLine";
import { findQuantities } from "../../../numbers/findQuantities";
import { ECONOMIC_CLASSIFICATION } from "../../../reference/economicClassification";
import { FUNDING_SOURCES } from "../../../reference/fundingSources";
import type { ReportBlock, ReportParagraph } from "../../ReportDocument";
import type { ReadContext } from "./context";
import { FIELDS, type Field } from "./budget";
import { isHeadingParagraph } from "./frame";
import { folded, PhraseTable, sentencesOf, withoutPartsLead, YEAR } from "./labels";
import { findStemName, stemNamesOf, wordsOf } from "./stemNames";

const CHAPTER = new PhraseTable([[true, REPORT_BUDGET_WORDS.chapter]] as const);
const SOURCES = stemNamesOf(FUNDING_SOURCES);
const ARTICLES = stemNamesOf(ECONOMIC_CLASSIFICATION);

/** The paragraphs of the budget chapters: under a heading with a chapter word (`FINANSAI`), to the next heading. */
function chapterParagraphs(blocks: readonly ReportBlock[], skip: ReadonlySet<number>): ReportParagraph[] {
  const found: ReportParagraph[] = [];
  let inside = false;
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    if (isHeadingParagraph(block)) inside = CHAPTER.within(folded(block.text)) !== undefined;
    else if (inside && !skip.has(block.index)) found.push(block);
  }
  return found;
}

/** What a sentence's reading carries to the next amount: the line being filled, and the source line its articles belong to. */
interface State {
  line?: Record<string, unknown> | undefined;
  base?: Record<string, unknown> | undefined;
  /** The field of the base line's last amount: an article's amount with no field word fills the same one. */
  lastField?: Field | undefined;
}

/**
 * Reads the budget chapters written as prose, their paragraphs that `skip` does not hold (those
 * read under source headings). Each amount goes to the source named in the words since the
 * previous amount (in any case form: `savivaldybės biudžeto lėšų`), or, in a sentence of parts
 * (`Iš jų darbo užmokesčiui – …`), to the article named there; its field is the field word
 * before it. An amount in parentheses of another year (`(2023 m. – 1 012,3 tūkst. Eur)`), or with
 * no source, goes to `unread`.
 */
export function readBudgetProse(blocks: readonly ReportBlock[], skip: ReadonlySet<number>, context: ReadContext): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const paragraph of chapterParagraphs(blocks, skip)) {
    const state: State = {};
    for (const { text: sentence, start } of sentencesOf(paragraph.text)) {
      // A sentence of parts (`Iš jų …`) lists the articles of the sentence before; another starts afresh.
      const parts = withoutPartsLead(sentence) !== undefined;
      state.line = undefined;
      if (!parts) state.base = undefined;
      readSentence(sentence, { paragraph, offset: start, parts }, state, lines, context);
    }
  }
  return lines;
}

/** The money of a sentence: amounts in euros, and percents but those that are part of a name (`1,2 % GPM`). */
function moneyOf(sentence: string): Quantity[] {
  return findQuantities(sentence).filter(
    (q) => q.unit === "EUR" || (q.unit === "percent" && !/^\s*\p{L}/u.test(sentence.slice(q.end, q.end + 3))),
  ) as Quantity[];
}

type Quantity = ReturnType<typeof findQuantities>[number];

function readSentence(
  sentence: string,
  at: { paragraph: ReportParagraph; offset: number; parts: boolean },
  state: State,
  lines: BudgetLine[],
  context: ReadContext,
): void {
  const money = moneyOf(sentence);
  const place = { block: at.paragraph.index, start: at.offset, end: at.offset + sentence.length };
  let consumed = false;
  money.forEach((q, i) => {
    const segment = sentence.slice(i === 0 ? 0 : (money[i - 1] as Quantity).end, q.index);
    const where = { block: at.paragraph.index, start: at.offset + q.index, end: at.offset + q.end, text: q.text };
    const open = segment.lastIndexOf("(");
    if ((open === -1 ? [] : (segment.slice(open).match(YEAR) ?? [])).some((year) => year !== String(context.year))) {
      context.unread({ ...where, reason: "budget_other_year" });
      return;
    }
    // The source is named before its amount, or, for the first, right after it (`skirta 1 084,6 tūkst. Eur savivaldybės biudžeto lėšų`).
    let source = consumed ? undefined : findStemName(wordsOf(segment), SOURCES);
    consumed = false;
    if (source === undefined && state.line === undefined && !at.parts) {
      const after = sentence.slice(q.end, (money[i + 1] as Quantity | undefined)?.index ?? sentence.length);
      source = findStemName(wordsOf(after), SOURCES);
      consumed = source !== undefined;
    }
    const article = at.parts && state.base !== undefined ? findStemName(wordsOf(segment), ARTICLES) : undefined;
    if (source !== undefined) {
      state.base = { year: context.year, sourceId: source.entry.id, source: place };
      state.line = state.base;
      state.lastField = undefined;
      lines.push(state.base as BudgetLine);
    } else if (article !== undefined) {
      const { code, nameLt } = article.entry;
      state.line = { year: context.year, sourceId: state.base?.["sourceId"], articleCode: code, article: nameLt, source: place };
      lines.push(state.line as BudgetLine);
    }
    const line = state.line;
    const said = FIELDS.first(folded(segment))?.value;
    const field = line === undefined ? undefined : fieldOf(q.unit, said ?? (line === state.base ? undefined : state.lastField), line);
    if (line === undefined || field === undefined) {
      context.unread({ ...where, reason: "budget_paragraph_not_read" });
      return;
    }
    line[field] = field === "executionPercent" ? q.value : { amount: q.value, currency: "EUR" };
    if (line === state.base && field !== "executionPercent") state.lastField = field;
  });
}

/** The field an amount fills: the field word's, a percent only as the execution, none as received; a field filled already is none. */
function fieldOf(unit: string | null, said: Field | undefined, line: Record<string, unknown>): Field | undefined {
  if (unit === "percent") return line["executionPercent"] === undefined ? "executionPercent" : undefined;
  const field = said === undefined || said === "executionPercent" ? "received" : said;
  return line[field] === undefined ? field : undefined;
}

const FIELD_NAMES = Object.keys(REPORT_BUDGET_WORDS.fields) as Field[];

/** A figure of a line as a number to compare (`31870` and `31870.00` are one amount). */
function figureOf(line: Record<string, unknown>, field: Field): string | undefined {
  const value = line[field] as string | { amount: string } | undefined;
  if (value === undefined) return undefined;
  return String(Number(typeof value === "string" ? value : value.amount));
}

/**
 * The prose lines that repeat a line read before them (a budget table's, or under a source
 * heading: the same year, source and article) fill the figures that line lacks (the balance the
 * prose after a table gives) instead of standing as lines of their own. A figure the prose gives
 * with another value goes to `unread` (`conflicting_value`); the first one read is kept.
 */
export function mergeRepeats(first: readonly BudgetLine[], prose: readonly BudgetLine[], context: ReadContext): BudgetLine[] {
  const byKey = new Map<string, Record<string, unknown>>();
  const keyOf = (line: BudgetLine) => `${line.year}|${line.sourceId}|${line.articleCode ?? ""}`;
  for (const line of first) if (!byKey.has(keyOf(line))) byKey.set(keyOf(line), line as unknown as Record<string, unknown>);
  const kept: BudgetLine[] = [];
  for (const line of prose) {
    const earlier = byKey.get(keyOf(line));
    if (earlier === undefined) {
      kept.push(line);
      continue;
    }
    const own = line as unknown as Record<string, unknown>;
    for (const field of FIELD_NAMES) {
      const value = figureOf(own, field);
      if (value === undefined) continue;
      const before = figureOf(earlier, field);
      if (before === undefined) earlier[field] = own[field];
      else if (before !== value) {
        const where = line.source ?? { block: 0, start: 0, end: 0 };
        context.unread({ block: where.block, start: where.start ?? 0, end: where.end ?? 0, text: value, reason: "conflicting_value" });
      }
    }
  }
  return kept;
}
