/** The figures a report's paragraphs give that its tables do not: numeric claims tied to the catalogue. */
import type { UnitId } from "../../../lexicon/units";
import { REPORT_TABLE_WORDS, REPORT_TARGET_WORDS } from "../../../lexicon/reportWords";
import type { Observation } from "../../../models/AnnualReport";
import { INDICATORS } from "../../../indicators/catalogue";
import { findClaimIndicator, type ClaimIndicator } from "../../findClaimIndicator";
import { readClaims, type Claim } from "../../readClaims";
import type { ReportParagraph } from "../../ReportDocument";
import type { ReadContext } from "./context";
import { folded, PhraseTable, sentencesOf, YEAR } from "./labels";
import { unitOfIndicator } from "./units";

// A planned value (`ne mažiau kaip 18 000`) is a target, not a figure of the year.
const PLANNED = new PhraseTable([
  [true, Object.values(REPORT_TARGET_WORDS.comparisons).flat()],
  [true, REPORT_TARGET_WORDS.quantitative],
] as const);
// The words of a branch or a group of them (`filialas`, `filialuose`): a figure of a part, not of the whole.
const PART_WORDS = Object.entries(REPORT_TABLE_WORDS.unitKinds)
  .filter(([kind]) => kind !== "central_library")
  .flatMap(([, words]) => words)
  .map((w) => folded(w).slice(0, 6));

/** The stems of each word of the tables' named units (`Dūkšto miesto filialas` → `duk`, `mies`, `filia`), units of two words or more. */
function unitStems(context: ReadContext): string[][] {
  return context
    .namedUnits()
    .map(({ name }) =>
      folded(name)
        .split(" ")
        .map((w) => w.slice(0, Math.max(4, w.length - 3))),
    )
    .filter((stems) => stems.length > 1);
}

/** True if the folded clause names a part of the library (a branch, a group, a unit of the tables). */
function namesPart(clause: string, units: readonly string[][]): boolean {
  const words = clause.split(/[^\p{L}\p{N}]+/u);
  if (words.some((word) => PART_WORDS.some((stem) => word.startsWith(stem)))) return true;
  return units.some((stems) => stems.every((stem) => words.some((word) => word.startsWith(stem))));
}

/** The claim's indicator by its clause, else by its sentence; a part of it named after the figure wins (`išduota: 37510 fiz. vnt. knygų`). */
function tiedIndicator(claim: Claim, lead: Claim["phrase"]): ClaimIndicator | undefined {
  const tied = findClaimIndicator(claim) ?? findClaimIndicator({ ...claim, phrase: lead });
  if (tied === undefined) return undefined;
  const counted = folded(claim.counted ?? "");
  const part = INDICATORS.find((i) => i.partOf === tied.indicator.id && (i.headerStems ?? []).some((stem) => counted.startsWith(stem)));
  return part === undefined ? tied : { indicator: part, difference: tied.difference };
}

/** Reads the paragraphs' claims into observations of the whole library, where the tables (read first) gave none. */
export function readProseFigures(paragraphs: readonly ReportParagraph[], context: ReadContext): void {
  const units = unitStems(context);
  for (const paragraph of paragraphs) readParagraph(paragraph, context, units);
}

function readParagraph(paragraph: ReportParagraph, context: ReadContext, units: readonly string[][]): void {
  const text = paragraph.text;
  const sentences = sentencesOf(text);
  let s = 0;
  for (const claim of readClaims(text).claims) {
    while (s + 1 < sentences.length && (sentences[s + 1] as { start: number }).start <= claim.index) s++;
    const start = (sentences[s] as { start: number }).start;
    // The sentence up to the figure: what it is of, when its clause alone does not say (`plotas … – 2686 m2`).
    const lead = { text: text.slice(start, claim.end), index: start, end: claim.end };
    const tied = tiedIndicator(claim, lead);
    if (tied === undefined || tied.difference) continue;
    const clause = folded(claim.phrase.text);
    if (PLANNED.within(clause) !== undefined || namesPart(folded(lead.text), units)) continue;
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
