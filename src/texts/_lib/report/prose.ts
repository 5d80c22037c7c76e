/** The figures a report's paragraphs give that its tables do not: numeric claims tied to the catalogue. */
import type { UnitId } from "../../../lexicon/units";
import { REPORT_TABLE_WORDS, REPORT_TARGET_WORDS } from "../../../lexicon/reportWords";
import type { Observation } from "../../../models/AnnualReport";
import { INDICATORS } from "../../../indicators/catalogue";
import { findClaimIndicator, type ClaimIndicator } from "../../findClaimIndicator";
import { readClaims, type Claim } from "../../readClaims";
import type { ReportParagraph } from "../../ReportDocument";
import type { ReadContext } from "./context";
import { folded, PhraseTable } from "./labels";
import { unitOfIndicator } from "./units";

// A planned value (`ne mažiau kaip 18 000`) is a target, not a figure of the year.
const PLANNED = new PhraseTable([
  [true, REPORT_TARGET_WORDS.comparisons.flatMap((c) => c.words)],
  [true, REPORT_TARGET_WORDS.quantitative],
] as const);
// The words of a branch or a group of them (`filialas`, `filialuose`): a figure of a part, not of the whole.
const PART_WORDS = REPORT_TABLE_WORDS.unitKinds
  .filter((k) => k.kind !== "central_library")
  .flatMap((k) => k.words)
  .map((w) => folded(w).slice(0, 6));
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** True if the folded clause names a part of the library (a branch, a group, a unit of the tables). */
function namesPart(clause: string, context: ReadContext): boolean {
  const words = clause.split(/[^\p{L}\p{N}]+/u);
  if (words.some((word) => PART_WORDS.some((stem) => word.startsWith(stem)))) return true;
  return context.namedUnits().some(({ name }) => {
    const stems = folded(name)
      .split(" ")
      .map((w) => w.slice(0, Math.max(4, w.length - 3)));
    return stems.length > 1 && stems.every((stem) => words.some((word) => word.startsWith(stem)));
  });
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}„"«])/gu;

/** Where each sentence of a text starts. */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(SENTENCE_END)) starts.push((m.index as number) + m[0].length);
  return starts;
}

/** The claim's indicator by its clause, else by its sentence; a part of it named after the figure wins (`išduota: 37510 fiz. vnt. knygų`). */
function tiedIndicator(claim: Claim, lead: Claim["phrase"]): ClaimIndicator | undefined {
  const tied = findClaimIndicator(claim) ?? findClaimIndicator({ ...claim, phrase: lead });
  if (tied === undefined) return undefined;
  const counted = folded(claim.counted ?? "");
  const part = INDICATORS.find((i) => i.partOf === tied.indicator.id && (i.headerStems ?? []).some((stem) => counted.startsWith(stem)));
  return part === undefined ? tied : { indicator: part, difference: tied.difference };
}

/** Reads a paragraph's claims into observations of the whole library, where the tables gave none. */
export function readParagraphFigures(paragraph: ReportParagraph, context: ReadContext): void {
  const text = paragraph.text;
  const starts = sentenceStarts(text);
  let s = 0;
  for (const claim of readClaims(text).claims) {
    while (s + 1 < starts.length && (starts[s + 1] as number) <= claim.index) s++;
    // The sentence up to the figure: what it is of, when its clause alone does not say (`plotas … – 2686 m2`).
    const lead = { text: text.slice(starts[s], claim.end), index: starts[s] as number, end: claim.end };
    const tied = tiedIndicator(claim, lead);
    if (tied === undefined || tied.difference) continue;
    const clause = folded(claim.phrase.text);
    if (PLANNED.within(clause) !== undefined || namesPart(folded(lead.text), context)) continue;
    const years = new Set(claim.phrase.text.match(YEAR) ?? []);
    if (years.size > 1) continue;
    const year = [...years][0] ?? String(context.year);
    const unit: UnitId | undefined = claim.unit ?? unitOfIndicator(tied.indicator);
    if (tied.indicator.unit === "percent" && claim.unit !== "percent") continue;
    const observation: Observation = {
      unitId: context.unitId("", "total"),
      indicator: tied.indicator.id,
      period: { start: year, end: year },
      value: claim.value,
      asWritten: claim.text,
      source: { block: paragraph.index, start: claim.index, end: claim.end },
    };
    if (unit !== undefined) observation.unit = unit;
    if (!context.has(observation)) context.observe(observation);
  }
}
