import { getIndicator, INDICATORS, type IndicatorFormula } from "../../indicators/catalogue";
import type { ObservationIndex } from "./index";

/** The parts of each indicator that has a breakdown in the catalogue (`partOf`). */
const BREAKDOWNS: ReadonlyMap<string, readonly string[]> = (() => {
  const parts = new Map<string, string[]>();
  for (const definition of INDICATORS) {
    if (definition.partOf) parts.set(definition.partOf, [...(parts.get(definition.partOf) ?? []), definition.id]);
  }
  return parts;
})();

const SHARE_OF_TOTAL = /^(.+)_share_of_total$/;

/** What an observation of an indicator is checked against: its parts, the total's value, its formula's inputs. */
export interface Role {
  /** The indicators that add up to it (`loans_books`, … for `loans`). */
  parts: readonly string[] | undefined;
  /** For `x_share_of_total`: `x`, whose total unit's value is the whole. */
  shareOf: string | undefined;
  /** Its formula, for a derived indicator that is not a share of the total. */
  formula: IndicatorFormula | undefined;
}

/** The observations (positions in `report.observations`) that the breakdown, share and derived rules check, each with its role. */
export interface ObservationRoles {
  breakdowns: Array<{ at: number; parts: readonly string[] }>;
  shares: Array<{ at: number; shareOf: string }>;
  derived: Array<{ at: number; formula: IndicatorFormula }>;
}

/**
 * One pass over the observations finds what the three rules that check an observation against
 * others look at, so that each rule walks only its own list (as the one pass of these checks
 * did before they were rules). Difference columns are none of them.
 */
export function observationRoles(index: ObservationIndex): ObservationRoles {
  const roles = new Map<string, Role | null>();
  const roleOf = (indicator: string): Role | null => {
    let role = roles.get(indicator);
    if (role === undefined) {
      const parts = BREAKDOWNS.get(indicator);
      const shareOf = SHARE_OF_TOTAL.exec(indicator)?.[1];
      const formula = shareOf === undefined ? getIndicator(indicator)?.formula : undefined;
      role = parts === undefined && shareOf === undefined && formula === undefined ? null : { parts, shareOf, formula };
      roles.set(indicator, role);
    }
    return role;
  };
  const found: ObservationRoles = { breakdowns: [], shares: [], derived: [] };
  const observations = index.observations;
  for (let at = 0; at < observations.length; at++) {
    const observation = observations[at];
    if (observation === undefined || observation.differenceFrom !== undefined) continue;
    const role = roleOf(observation.indicator);
    if (role === null) continue;
    if (role.parts !== undefined) found.breakdowns.push({ at, parts: role.parts });
    if (role.shareOf !== undefined) found.shares.push({ at, shareOf: role.shareOf });
    else if (role.formula !== undefined) found.derived.push({ at, formula: role.formula });
  }
  return found;
}
