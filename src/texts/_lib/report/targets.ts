/** The strategic targets of a report: numbered items with a planned value, the report's verdict and the actual value. */
import { isConnector } from "../../../lexicon/connectors";
import { REPORT_TARGET_WORDS } from "../../../lexicon/reportWords";
import { TARGET_VERDICTS } from "../../../lexicon/targetVerdicts";
import type { UnitId } from "../../../lexicon/units";
import type { AnnualReport } from "../../../models/AnnualReport";

type Target = NonNullable<AnnualReport["targets"]>[number];
import { findClaimIndicator } from "../../findClaimIndicator";
import { readClaims, type Claim } from "../../readClaims";
import type { ReportBlock, ReportParagraph } from "../../ReportDocument";
import { folded, originalIndex, PhraseTable, sentencesOf, squeezed, stripEnd, stripStart } from "./labels";

type Outcome = NonNullable<Target["outcome"]>;
type Comparison = NonNullable<Target["planned"]>["comparison"];

const NUMBERED = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\p{L})/u;
const QUANTITATIVE = new PhraseTable([[true, REPORT_TARGET_WORDS.quantitative]] as const);
const QUALITATIVE = new PhraseTable([[true, REPORT_TARGET_WORDS.qualitative]] as const);
const COMPARISONS = new PhraseTable(Object.entries(REPORT_TARGET_WORDS.comparisons) as Array<[Comparison, readonly string[]]>);
const VERDICTS = new PhraseTable<Outcome>([
  ...(Object.entries(REPORT_TARGET_WORDS.moreVerdicts) as Array<[Outcome, readonly string[]]>),
  ...TARGET_VERDICTS.map((v) => [v.outcome, [v.word, ...v.forms]] as const),
]);
const PERSONS = REPORT_TARGET_WORDS.personStems;

/** A target being read: its paragraph, its plan, and later its verdict. */
interface Draft {
  target: Target;
  numeric: boolean;
  planned?: Claim;
  counted?: string;
}

/** The planned value of a plan text: after a comparison, else the first quantity; none is qualitative. */
function readPlan(text: string, description: string): { planned: NonNullable<Target["planned"]>; claim?: Claim } {
  const claims = readClaims(text).claims;
  const foldedText = folded(text);
  const comparison = COMPARISONS.within(foldedText);
  const claim = claims[0];
  if (claim === undefined) return { planned: { comparison: "qualitative", text: squeezed(text) || description } };
  const planned: NonNullable<Target["planned"]> = { comparison: comparison?.value ?? "exactly", value: claim.value };
  const unit = unitOfClaim(claim);
  if (unit !== undefined) planned.unit = unit;
  return { planned, claim };
}

/** A claim's unit; a bare count is of persons when its noun, or the word after an adjective, counts people (`700 naujų vartotojų`). */
function unitOfClaim(claim: Pick<Claim, "unit" | "counted" | "end" | "phrase">): UnitId | undefined {
  if (claim.unit !== null) return claim.unit;
  const after = claim.phrase.text.slice(Math.max(0, claim.end - claim.phrase.index));
  const words = [folded(claim.counted ?? ""), ...folded(after).split(" ").slice(0, 3)];
  return PERSONS.some((stem) => words.some((w) => w.startsWith(stem))) ? "persons" : "items";
}

/** The text after a planned-value marker (`Kiekybinis vertinimas – …`) to the sentence end. */
function planText(text: string): { text: string; quantitative: boolean } | undefined {
  for (const { text: sentence } of sentencesOf(text)) {
    const f = folded(sentence);
    const marker = QUANTITATIVE.within(f) ?? QUALITATIVE.within(f);
    if (marker === undefined) continue;
    const quantitative = QUANTITATIVE.within(f) !== undefined;
    const after = sentence.slice(Math.min(sentence.length, originalIndex(sentence, marker.index + marker.phrase.length)));
    return { text: stripEnd(stripStart(after, " \t\n\r–—:-"), " \t\n\r."), quantitative };
  }
  return undefined;
}

/** With no plan marker, the plan from the first comparison of the item (`Planuota – ne mažiau kaip 700 …`), to its sentence's end. */
function comparedPlan(text: string): { text: string; quantitative: boolean } | undefined {
  for (const { text: sentence } of sentencesOf(text)) {
    const comparison = COMPARISONS.within(folded(sentence));
    if (comparison === undefined) continue;
    return { text: stripEnd(sentence.slice(originalIndex(sentence, comparison.index)), " \t\n\r."), quantitative: true };
  }
  return undefined;
}

/** Reads the targets of the report's numbered items. */
export function readTargets(blocks: readonly ReportBlock[]): Target[] {
  const targets: Target[] = [];
  const pending: Draft[] = [];
  let section: string | undefined;
  for (const block of blocks) {
    if (block.kind !== "paragraph") continue;
    const numbered = NUMBERED.exec(block.text);
    if (numbered !== null) {
      const draft = readItem(block, numbered[1] as string, section);
      if (draft === undefined) {
        // A numbered title (`6. Projektinė veikla.`) starts a section: its items are numbered from 1 again.
        if (!(numbered[1] as string).includes(".")) {
          section = numbered[1];
          pending.length = 0;
        }
        continue;
      }
      targets.push(draft.target);
      // Items without a verdict wait for the paragraph that gives it (one may give several).
      if (applyVerdicts(block.text.slice(numbered[0].length), [draft])) pending.length = 0;
      else pending.push(draft);
      continue;
    }
    if (pending.length > 0) {
      if (applyVerdicts(block.text, pending)) pending.length = 0;
    }
  }
  return targets;
}

/** A numbered paragraph into a target, if it has a planned value or reads as one. */
function readItem(paragraph: ReportParagraph, number: string, section: string | undefined): Draft | undefined {
  const body = paragraph.text.slice(paragraph.text.indexOf(number) + number.length).replace(/^[.\s]+/u, "");
  const plan = planText(body) ?? comparedPlan(body);
  const first = sentencesOf(body)[0]?.text ?? body;
  const hasVerdict = VERDICTS.within(folded(body)) !== undefined;
  if (plan === undefined && !hasVerdict && readClaims(first).claims.length === 0) return undefined;
  const ref = number.includes(".") || section === undefined ? number : `${section}.${number}`;
  const description = stripEnd(squeezed(first), " .");
  const { planned, claim } = plan === undefined ? readPlan(first, description) : readPlan(plan.text, description);
  const target: Target = { ref, description: description || ref, planned };
  target.source = { block: paragraph.index, start: 0, end: paragraph.text.length };
  const tied = claim === undefined ? undefined : findClaimIndicator(claim);
  // A plan's `ne mažiau kaip` is a comparison, not a difference: the indicator stands.
  if (tied !== undefined) {
    target.indicator = tied.indicator.id;
    target.unitId = "total";
  }
  const draft: Draft = { target, numeric: claim !== undefined };
  if (claim !== undefined) draft.planned = claim;
  if (claim?.counted != null) draft.counted = folded(claim.counted);
  return draft;
}

/** Gives the verdicts of a text to the pending targets (`Kiekybinis` to a numeric one, `Kokybinis` to another); true if any. */
function applyVerdicts(text: string, pending: Draft[]): boolean {
  const sentences = sentencesOf(text).map((s) => s.text);
  let any = false;
  sentences.forEach((sentence, i) => {
    const f = folded(sentence);
    const verdict = VERDICTS.within(f);
    if (verdict === undefined || isPlanSentence(f)) return;
    const qualitative = QUALITATIVE.within(f) !== undefined && QUANTITATIVE.within(f) === undefined;
    const draft =
      (qualitative ? pending.find((d) => !d.numeric) : pending.find((d) => d.numeric && d.target.outcome === undefined)) ?? pending.at(-1);
    if (draft === undefined || draft.target.outcome !== undefined) return;
    draft.target.outcome = verdict.value;
    any = true;
    if (draft.planned === undefined) return;
    const actual = actualOf([sentence, sentences[i + 1] ?? "", sentences[i - 1] ?? ""], draft);
    if (actual !== undefined) draft.target.actual = actual;
  });
  return any;
}

/** A sentence that gives the plan (`Kiekybinis vertinimas – ne mažiau kaip …`), not a verdict. */
function isPlanSentence(f: string): boolean {
  const marked = QUANTITATIVE.within(f) !== undefined || QUALITATIVE.within(f) !== undefined;
  return marked && (VERDICTS.within(f) === undefined || COMPARISONS.within(f) !== undefined);
}

/** The figures of a sentence: its claims, and its bare numbers (`seansų skaičius – 21053.`) as counts of nothing named. */
function figuresOf(sentence: string): Array<Pick<Claim, "value" | "unit" | "counted" | "phrase">> {
  const { claims, unread } = readClaims(sentence);
  const bare = unread.map((u) => ({
    value: u.text.replace(/\s/gu, ""),
    unit: null,
    counted: null,
    phrase: { text: sentence, index: 0, end: sentence.length },
  }));
  return [...claims, ...bare.filter((b) => /^\d+$/.test(b.value))];
}

/** The actual value: a quantity in the verdict's sentence, the next or the one before, in the plan's unit, its counted noun preferred. */
function actualOf(sentences: readonly string[], draft: Draft): string | undefined {
  const planned = draft.planned as Claim;
  const unit = unitOfClaim(planned);
  let fallback: string | undefined;
  for (const sentence of sentences) {
    if (isPlanSentence(folded(sentence))) continue;
    for (const claim of figuresOf(sentence)) {
      if (claim.value === planned.value && COMPARISONS.within(folded(claim.phrase.text)) !== undefined) continue;
      if (claim.unit !== null ? claim.unit !== unit : unit !== "items" && unit !== "persons") continue;
      const counted = folded(claim.counted ?? "");
      if (draft.counted !== undefined && sharesStem(counted, draft.counted)) return claim.value;
      fallback ??= claim.value;
    }
    if (fallback !== undefined) return fallback;
    const named = draft.counted === undefined ? undefined : namesBefore(sentence, draft.counted);
    if (named !== undefined) return named;
  }
  return fallback;
}

/**
 * An actual value written as the names it counts, before the plan's counted noun: `patikrinti
 * Meikštų ir Palūšės filialų fondai` after a plan of `3 filialų` is 2. Names are capitalised
 * words joined by commas or an `and` connector; the sentence's first word counts only as part
 * of such a list (`Patikrinti Meikštų filialo fondai` is 1, not 2); none gives undefined.
 */
function namesBefore(sentence: string, counted: string): string | undefined {
  const words = sentence.split(/\s+/u).filter((w) => w !== "");
  const at = words.findIndex((w) => sharesStem(folded(w), counted));
  let names = 0;
  for (let i = at - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (isConnector(word) && names > 0) continue;
    const name = word.endsWith(",") && names > 0 ? word.slice(0, -1) : word;
    if (!/^\p{Lu}\p{Ll}+$/u.test(name)) break;
    if (i === 0 && names > 0 && !word.endsWith(",") && !isConnector(words[1] ?? "")) break;
    names++;
  }
  return at > 0 && names > 0 ? String(names) : undefined;
}

function sharesStem(a: string, b: string): boolean {
  const stems = b
    .split(" ")
    .map((w) => w.slice(0, 6))
    .filter((w) => w.length >= 4);
  return stems.some((stem) => a.split(" ").some((w) => w.startsWith(stem)));
}
