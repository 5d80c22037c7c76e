import { INDICATORS, type Indicator, type IndicatorUnit } from "../indicators/catalogue";
import { findComparisonWord } from "../lexicon/comparisons";
import { foldText } from "../lexicon/fold";
import type { UnitId } from "../lexicon/units";
import type { Claim } from "./readClaims";

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
 * What a claim restates: a catalogue indicator, and whether the number is a difference.
 *
 * @example
 * ```ts
 * import { findClaimIndicator, readClaims, type ClaimIndicator } from "bibliotekos/texts";
 * const [claim] = readClaims("Per metus įsigijo 717 fiz. vnt. dokumentų mažiau.").claims;
 * const tied: ClaimIndicator | undefined = claim && findClaimIndicator(claim);
 * [tied?.indicator.id, tied?.difference];
 * //=> ["acquisitions", true]
 * ```
 */
export interface ClaimIndicator {
  /** The catalogue indicator (`bibliotekos/indicators`). */
  indicator: Indicator;
  /** True if a comparison word (`mažiau`, `daugiau`, `padidėjo`) makes the number a year-on-year difference. */
  difference: boolean;
}

/**
 * The indicator a claim of {@link readClaims} restates: the one whose narrative stem
 * (`Indicator.narrativeStems`) is found in the claim's clause, the longest stem winning, among
 * those whose unit the claim's unit can be (a bare count restates a count of persons, events or
 * requests; `fiz. vnt.` physical units; `%` a percentage). `checkReport` compares the claim with
 * the table's figure through it; `readReport` takes figures the tables do not give from it.
 *
 * @param claim - a claim of `readClaims`.
 * @returns the indicator and whether the number is a difference, or `undefined` if no stem is in the clause.
 *
 * @example
 * ```ts
 * import { findClaimIndicator, readClaims } from "bibliotekos/texts";
 * const [claim] = readClaims("Renginiuose apsilankė 14 670 lankytojų.").claims;
 * claim && findClaimIndicator(claim)?.indicator.id;
 * //=> "event_attendances"
 * readClaims("Pastatas pastatytas prieš 40 metų.").claims.map((c) => findClaimIndicator(c));
 * //=> [undefined]
 * ```
 */
export function findClaimIndicator(claim: Claim): ClaimIndicator | undefined {
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
