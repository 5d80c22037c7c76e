/** What a table's row label or column header says: a reporting unit, an indicator, a period, a measure, a difference. */
import { INDICATORS, type Indicator } from "../../../indicators/catalogue";
import { REPORT_TABLE_WORDS } from "../../../lexicon/reportWords";
import { lookupUnit, type UnitId } from "../../../lexicon/units";
import type { ReportingUnit } from "../../../models/AnnualReport";
import { folded, PhraseTable, squeezed, stripEnd, YEAR } from "./labels";

/** The kinds of reporting unit a label can name. */
export type UnitKind = ReportingUnit["kind"];

/** What one axis (a row's label, or a column's headers top to bottom) says. */
export interface AxisInfo {
  /** The headers as written, squeezed, top to bottom (a row: its label). */
  readonly texts: readonly string[];
  /** A reporting unit named by the label. */
  unit?: { name: string; kind: UnitKind };
  /** The indicators whose header stems the texts hold, and the one chosen. */
  indicator?: Indicator;
  /** More than one indicator matched equally: their ids. */
  ambiguous?: string[];
  /** The years the texts name (`2023 m.`, `2023`). */
  years: string[];
  /** A difference column (`Skirtumas`, `+ −`). */
  difference?: true;
  /** A change in percent of the earlier period (`Pokytis %`). */
  changePercent?: true;
  /** A share column (`%`). */
  share?: true;
  /** Per resident or per user: the catalogue ratio's denominator. */
  per?: string;
  /** A unit word (`Fiz. vnt.`, `Pav.`, `Nauji pavadinimai`). */
  measure?: UnitId;
}

const TOTAL = new PhraseTable([["total", REPORT_TABLE_WORDS.total]] as const);
const UNIT_KINDS = new PhraseTable(Object.entries(REPORT_TABLE_WORDS.unitKinds).map(([kind, words]) => [kind as UnitKind, words] as const));
const DIFFERENCE = new PhraseTable([[true, REPORT_TABLE_WORDS.difference]] as const);
const CHANGE_PERCENT = new PhraseTable([[true, REPORT_TABLE_WORDS.changePercent]] as const);
const SHARE = new PhraseTable([[true, REPORT_TABLE_WORDS.share]] as const);
const PER = new PhraseTable(Object.entries(REPORT_TABLE_WORDS.per));
const STEMS: ReadonlyArray<{ indicator: Indicator; stem: string }> = INDICATORS.flatMap((indicator) =>
  (indicator.headerStems ?? []).map((stem) => ({ indicator, stem })),
);
// A year in a header: four digits from 1900 to 2099 standing alone.
// A difference mark made of a plus and a dash-like sign only (`+\n˗`, `+/-`), spaces aside.
const PLUS_MINUS = /^\+ ?\/? ?[-\u02d7\u2010-\u2015\u2212]$/u;

/** The indicators a folded text names: a part of another match wins, then the longest stem; a tie is ambiguous. */
export function matchIndicator(text: string): { indicator?: Indicator; ambiguous?: string[] } {
  const found = new Map<string, { indicator: Indicator; length: number }>();
  for (const { indicator, stem } of STEMS) {
    if (!containsWord(text, stem)) continue;
    const seen = found.get(indicator.id);
    if (seen === undefined || stem.length > seen.length) found.set(indicator.id, { indicator, length: stem.length });
  }
  if (found.size === 0) return {};
  let candidates = [...found.values()];
  const parts = candidates.filter((c) => c.indicator.partOf !== undefined && found.has(c.indicator.partOf));
  if (parts.length > 0) candidates = parts;
  const longest = Math.max(...candidates.map((c) => c.length));
  const best = candidates.filter((c) => c.length === longest);
  if (best.length > 1) return { ambiguous: best.map((c) => c.indicator.id) };
  return { indicator: (best[0] as { indicator: Indicator }).indicator };
}

/** True if the folded text has the stem at the start of a word. */
function containsWord(text: string, stem: string): boolean {
  let index = text.indexOf(stem);
  while (index !== -1) {
    if (index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] as string)) return true;
    index = text.indexOf(stem, index + 1);
  }
  return false;
}

/** The reporting unit a label names: a total word, or a name whose last word tells the kind. */
export function unitOf(label: string): { name: string; kind: UnitKind } | undefined {
  const name = stripEnd(squeezed(label), ":.");
  if (name === "") return undefined;
  if (TOTAL.has(name) !== undefined) return { name, kind: "total" };
  const words = folded(name).split(" ");
  for (let take = Math.min(3, words.length); take >= 1; take--) {
    const kind = UNIT_KINDS.has(words.slice(-take).join(" "));
    if (kind !== undefined) return { name, kind };
  }
  return undefined;
}

/** Reads one axis: its header texts, top to bottom. */
export function describeAxis(texts: readonly string[]): AxisInfo {
  const info: AxisInfo = { texts: texts.map(squeezed).filter((t) => t !== ""), years: [] };
  for (const text of info.texts) readHeader(text, info);
  const indicatorText = info.texts
    .filter((t) => PER.has(t) === undefined && unitOf(t) === undefined)
    .map(folded)
    .join(" | ");
  const match = matchIndicator(indicatorText);
  if (match.indicator !== undefined) info.indicator = match.indicator;
  if (match.ambiguous !== undefined) info.ambiguous = match.ambiguous;
  return info;
}

function readHeader(text: string, info: AxisInfo): void {
  const unit = unitOf(text);
  if (unit !== undefined) info.unit = unit;
  for (const year of text.match(YEAR) ?? []) if (!info.years.includes(year)) info.years.push(year);
  const fold = folded(text);
  if (CHANGE_PERCENT.has(text) !== undefined) info.changePercent = true;
  else if (DIFFERENCE.within(fold) !== undefined || PLUS_MINUS.test(squeezed(text))) info.difference = true;
  if (SHARE.has(text) !== undefined) info.share = true;
  const per = PER.has(text) ?? PER.within(fold)?.value;
  if (per !== undefined) info.per = per;
  const measure = measureOf(text);
  if (measure !== undefined) info.measure = measure;
}

/** A unit word that is the whole header or its last word (`Nauji pavadinimai` → titles). */
function measureOf(text: string): UnitId | undefined {
  const whole = lookupUnit(text) ?? lookupUnit(`${text}.`);
  if (whole !== undefined) return whole.id;
  const last = text.split(" ").at(-1) ?? "";
  return last === text ? undefined : lookupUnit(last)?.id;
}
