import { DecimalSum } from "../../_lib/sum";
import { INDICATORS, type Indicator, type IndicatorUnit } from "../../indicators/catalogue";
import { findComparisonWord } from "../../lexicon/comparisons";
import { foldText } from "../../lexicon/fold";
import type { UnitId } from "../../lexicon/units";
import type { Claim } from "../../texts/readClaims";

/** Which claim units can restate which indicator units (`null`: a bare count of a noun). */
const COMPATIBLE: Record<IndicatorUnit, ReadonlyArray<UnitId | null>> = {
  persons: [null, "persons"],
  visits: [null],
  physical_units: ["physical_units", null],
  titles: ["titles"],
  items: [null, "items"],
  events: [null],
  sessions: [null],
  requests: [null],
  hours: ["hours"],
  m2: ["m2"],
  metres: ["metres"],
  fte: [null],
  service_points: [null],
  EUR: ["EUR"],
  percent: ["percent"],
  ratio: [null],
};

const WITH_STEMS = INDICATORS.filter((i) => i.narrativeStems !== undefined);

/**
 * The indicator a claim restates: the one whose narrative stem is found in the claim's clause,
 * the longest stem winning, among those whose unit the claim's unit can be.
 */
export function claimIndicator(claim: Claim): { indicator: Indicator; difference: boolean } | undefined {
  const phrase = foldText(claim.phrase.text);
  let best: { indicator: Indicator; length: number } | undefined;
  for (const indicator of WITH_STEMS) {
    if (!COMPATIBLE[indicator.unit].includes(claim.unit)) continue;
    for (const stem of indicator.narrativeStems as readonly string[]) {
      if (phrase.includes(stem) && (best === undefined || stem.length > best.length)) best = { indicator, length: stem.length };
    }
  }
  if (best === undefined) return undefined;
  // A comparison word (`717 … mažiau`, `153 … daugiau`) makes the number a year-on-year difference.
  return { indicator: best.indicator, difference: findComparisonWord(phrase) !== undefined };
}

/**
 * True if a claimed value is near a table's value but not equal: within 2 % of it (a typo, a
 * miscount, a figure changed after the text was written). Figures farther apart are taken for
 * claims about something else, not raised: no false alarm from a loose match.
 */
export function nearButDifferent(claimed: string, table: string): boolean {
  const difference = DecimalSum.of(claimed).minus(DecimalSum.of(table)).toDec().abs();
  if (difference.isZero()) return false;
  const base = DecimalSum.of(table).toDec().abs();
  return !base.isZero() && difference.times(100).lessThanOrEqualTo(base.times(2));
}
