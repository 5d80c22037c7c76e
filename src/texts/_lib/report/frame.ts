/** A report's frame: its title, whose report it is, the year and period, and its sections under their headings. */
import { findDates } from "../../../dates/findDates";
import type { DatePeriod } from "../../../dates/types";
import type { SourceLocation } from "../../../models/SourceLocation";
import { REPORT_FRAME_WORDS } from "../../../lexicon/reportWords";
import { safeParseRomanNumeral } from "../../../lexicon/roman";
import { findByNameMatch } from "../../../reference/findByName";
import { PUBLIC_LIBRARIES } from "../../../reference/publicLibraries";
import type { ReportBlock, ReportDocument, ReportParagraph } from "../../ReportDocument";
import { folded, PhraseTable, squeezed, YEAR } from "./labels";

/** A section: its heading and its blocks up to the next heading. */
export interface Section {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

/** What the frame of a report says. */
export interface Frame {
  title?: string;
  institutionId?: string;
  institutionName?: string;
  year?: number;
  period?: DatePeriod;
  /** The paragraph of the reporting period, and the title's paragraphs: not narrative. */
  readonly frameBlocks: Set<number>;
  readonly sections: Section[];
}

const PERIOD = new PhraseTable([[true, REPORT_FRAME_WORDS.period]] as const);
const APPROVAL = new PhraseTable([[true, REPORT_FRAME_WORDS.approval]] as const);

/** The blocks of an approval block at the start (`PATVIRTINTA` and its lines up to the title in capitals), at most 6. */
function approvalBlock(blocks: readonly ReportBlock[]): number {
  const first = blocks[0];
  if (first?.kind !== "paragraph" || APPROVAL.within(folded(first.text))?.index !== 0) return 0;
  let at = 1;
  while (at < blocks.length && at <= 6 && !isHeading(blocks[at] as ReportBlock)) at++;
  return at < blocks.length && at <= 6 ? at : 0;
}

/** A paragraph in capitals (letters, none lower case), short: a heading of a text export. */
function isCapitals(text: string): boolean {
  const t = squeezed(text);
  return t.length > 0 && t.length <= 160 && /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
}

/** A paragraph that is a heading: a Word heading, or a short paragraph in capitals (a text export's heading). */
export const isHeadingParagraph = (paragraph: ReportParagraph): boolean =>
  paragraph.headingLevel !== undefined || isCapitals(paragraph.text);

const isHeading = (block: ReportBlock): block is ReportParagraph => block.kind === "paragraph" && isHeadingParagraph(block);

/** A heading in capitals in sentence case, its Roman numerals kept (`I SKYRIUS` → `I skyrius`). */
export function sentenceCase(text: string): string {
  const t = squeezed(text);
  if (!isCapitals(t)) return t;
  const words = t.split(" ").map((word) => (safeParseRomanNumeral(word).success ? word : word.toLowerCase()));
  const joined = words.join(" ");
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** Reads the frame: the title (the first headings, before any other text), the period line, the sections. */
export function readFrame(document: ReportDocument): Frame {
  const frame: Frame = { frameBlocks: new Set(), sections: [] };
  const blocks = document.blocks;
  let at = approvalBlock(blocks);
  for (let i = 0; i < at; i++) frame.frameBlocks.add(i);
  const titleStart = at;
  const titleParts: string[] = [];
  while (
    at < blocks.length &&
    at < titleStart + 4 &&
    isHeading(blocks[at] as ReportBlock) &&
    PERIOD.within(folded((blocks[at] as ReportParagraph).text)) === undefined
  ) {
    titleParts.push(squeezed((blocks[at] as ReportParagraph).text));
    frame.frameBlocks.add(at);
    at++;
  }
  if (titleParts.length > 0) frame.title = sentenceCase(titleParts.join(" "));
  readInstitution(titleParts, frame);
  for (const block of blocks) {
    if (block.kind !== "paragraph" || PERIOD.within(folded(block.text)) === undefined) continue;
    const [date] = findDates(block.text, {});
    if (date === undefined) continue;
    frame.period = date.period;
    frame.frameBlocks.add(block.index);
    break;
  }
  const yearText = titleParts.join(" ").match(YEAR)?.[0] ?? frame.period?.start?.slice(0, 4);
  if (yearText !== undefined) frame.year = Number(yearText);
  readSections(blocks, frame);
  return frame;
}

function readInstitution(titleParts: readonly string[], frame: Frame): void {
  const joined = titleParts.join(" ");
  const beforeYear = joined.split(YEAR)[0] ?? "";
  for (const candidate of [...titleParts, beforeYear, joined]) {
    if (candidate.trim() === "") continue;
    const match = findByNameMatch(PUBLIC_LIBRARIES, candidate.trim());
    if (match === undefined) continue;
    frame.institutionId = match.entry.id;
    frame.institutionName = match.entry.nameLt;
    return;
  }
}

/** Splits the blocks after the frame into sections: consecutive headings are one heading (`I SKYRIUS` + its title). */
function readSections(blocks: readonly ReportBlock[], frame: Frame): void {
  let heading: string[] = [];
  let body: ReportBlock[] = [];
  const close = (): void => {
    if (heading.length > 0 && body.length > 0) frame.sections.push({ heading: heading.map(sentenceCase).join(". "), blocks: body });
    body = [];
  };
  for (const block of blocks) {
    if (frame.frameBlocks.has(block.index)) continue;
    if (isHeading(block)) {
      if (body.length > 0) {
        close();
        heading = [];
      }
      heading.push(block.text);
    } else {
      if (heading.length === 0) heading.push(frame.title ?? REPORT_FRAME_WORDS.untitled);
      body.push(block);
    }
  }
  close();
}

/**
 * A section's paragraphs joined with line breaks (its tables are read as tables, not as text),
 * the spaces at its two ends left out, and where each part of the text came from: one location
 * per paragraph, in order (`start`/`end` in the paragraph's text), so that an offset in the
 * text finds its paragraph.
 */
export function sectionText(blocks: readonly ReportBlock[]): { text: string; sources: SourceLocation[] } {
  const paragraphs = blocks.filter((b): b is ReportParagraph => b.kind === "paragraph");
  const sources = paragraphs.map((p) => ({ block: p.index, start: 0, end: p.text.length }));
  const joined = paragraphs.map((p) => p.text).join("\n");
  const text = joined.trim();
  // What the trim takes off, paragraph by paragraph (with the line break after or before it).
  let lead = joined.length - joined.trimStart().length;
  while (lead > 0 && sources.length > 0) {
    const first = sources[0] as SourceLocation & { start: number; end: number };
    if (lead > first.end - first.start) {
      lead -= first.end - first.start + 1;
      sources.shift();
    } else {
      first.start += lead;
      lead = 0;
    }
  }
  let trail = joined.length - joined.trimEnd().length;
  while (trail > 0 && sources.length > 0) {
    const last = sources[sources.length - 1] as SourceLocation & { start: number; end: number };
    if (trail > last.end - last.start) {
      trail -= last.end - last.start + 1;
      sources.pop();
    } else {
      last.end -= trail;
      trail = 0;
    }
  }
  return { text, sources: text === "" ? [] : sources };
}
