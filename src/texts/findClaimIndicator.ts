import { BibliotekosError } from "../errors/BibliotekosError";
import { INDICATORS, type Indicator, type IndicatorUnit } from "../indicators/catalogue";
import { findComparisonWord } from "../lexicon/comparisons";
import { foldText } from "../lexicon/fold";
import type { UnitId } from "../lexicon/units";
import type { Claim } from "./readClaims";

/** Which claim units can restate which indicator units (`null`: a bare count of a noun). */
const COMPATIBLE: Record<IndicatorUnit, ReadonlyArray<UnitId | null>> = {
  persons: [null, "persons"],
  visits: [null, "visits"],
  // A copy (`egz.`, `egzempliorių`) is a physical unit of the statistics.
  physical_units: ["physical_units", "copies", null],
  titles: ["titles"],
  items: [null, "items"],
  events: [null, "items"],
  sessions: [null, "items"],
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

const WITH_STEMS = INDICATORS.filter((i) => i.narrativeStems !== undefined || i.countedNouns !== undefined);

/** How well an indicator fits a claim: the longest stem of it in the clause (0 for its counted noun alone), or -1. */
function fit(indicator: Indicator, claim: Claim, phrase: string): number {
  const nouns = indicator.countedNouns;
  const noun = claim.noun;
  const nounTie = noun !== undefined && nouns !== undefined && nouns.includes(noun);
  if (!nounTie && !COMPATIBLE[indicator.unit].includes(claim.unit)) return -1;
  // A count of another noun than the indicator's, or a ratio without its noun, is not it.
  if (nouns !== undefined && !nounTie && (noun !== undefined || indicator.kind === "derived")) return -1;
  if (indicator.narrativeStems === undefined) return nounTie ? 0 : -1;
  let best = -1;
  for (const stem of indicator.narrativeStems) if (stem.length > best && phrase.includes(stem)) best = stem.length;
  return best;
}

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
 * requests; `fiz. vnt.` and `egz.` physical units; `%` a percentage); a count of a noun
 * (`Claim.noun`) ties to the indicators that list it (`Indicator.countedNouns`: `5 apsilankymai` →
 * visits, `vienam gyventojui teko 3,8 apsilankymo` → visits per resident). `checkReport` compares the claim with
 * the table's figure through it; `readReport` takes figures the tables do not give from it.
 *
 * @param claim - a claim of `readClaims`.
 * @returns the indicator and whether the number is a difference, or `undefined` if no stem is in the clause.
 * @throws {BibliotekosError} `invalid_argument` if `claim` is not a claim.
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
  const written = (claim as { phrase?: { text?: unknown } } | null)?.phrase?.text;
  if (typeof written !== "string" || typeof (claim as { unit?: unknown }).unit === "undefined") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "findClaimIndicator expects a claim of readClaims (with phrase.text and unit)",
      input: claim,
      expected: "a Claim",
      received: claim === null ? "null" : typeof claim,
    });
  }
  const phrase = foldText(claim.phrase.text);
  let best: { indicator: Indicator; length: number } | undefined;
  for (const indicator of WITH_STEMS) {
    const length = fit(indicator, claim, phrase);
    if (length >= 0 && (best === undefined || length > best.length)) best = { indicator, length };
  }
  if (best === undefined) return undefined;
  // A comparison word (`717 … mažiau`, `153 … daugiau`) makes the number a year-on-year difference.
  return { indicator: best.indicator, difference: findComparisonWord(phrase) !== undefined };
}
