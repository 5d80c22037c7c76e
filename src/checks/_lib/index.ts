import type { AnnualReport } from "../../models/AnnualReport";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** An observation with its index in `report.observations`, for finding paths. */
export interface Indexed {
  observation: ObservationRecord;
  index: number;
}

/**
 * A period as a key: `"2023"` for a period of one year, month or day (start = end), else
 * `"2023-01..2023-06"`, with an empty side for an open end.
 */
export function periodKey(period: { start: string | null; end: string | null }): string {
  return period.start !== null && period.start === period.end ? period.start : `${period.start ?? ""}..${period.end ?? ""}`;
}

/**
 * The report's figures indexed by period, indicator and unit: values apart from difference
 * columns (observations with `differenceFrom`), as positions in `report.observations`.
 */
export class ObservationIndex {
  // period → indicator → unit → position: nested maps, so that no key string is built per look-up.
  private readonly values = new Map<string, Map<string, Map<string, number>>>();
  /** The report's observations. */
  readonly observations: readonly ObservationRecord[];
  /** Positions of the difference columns. */
  readonly differences: number[] = [];

  constructor(report: AnnualReport) {
    const observations = report.observations ?? [];
    this.observations = observations;
    let lastPeriod: ObservationRecord["period"] | undefined;
    let byIndicator: Map<string, Map<string, number>> | undefined;
    for (let at = 0; at < observations.length; at++) {
      const observation = observations[at] as ObservationRecord;
      if (observation.differenceFrom !== undefined) {
        this.differences.push(at);
        continue;
      }
      // Neighbours usually share a period: its map is looked up again only when it changes.
      const period = observation.period;
      if (byIndicator === undefined || lastPeriod === undefined || period.start !== lastPeriod.start || period.end !== lastPeriod.end) {
        const key = periodKey(period);
        byIndicator = this.values.get(key);
        if (!byIndicator) this.values.set(key, (byIndicator = new Map()));
        lastPeriod = period;
      }
      let byUnit = byIndicator.get(observation.indicator);
      if (!byUnit) byIndicator.set(observation.indicator, (byUnit = new Map()));
      byUnit.set(observation.unitId, at);
    }
  }

  /** The position of a unit's value of an indicator in a period (a `periodKey`). */
  at(unit: string, indicator: string, period: string): number | undefined {
    return this.values.get(period)?.get(indicator)?.get(unit);
  }

  /** A unit's value of an indicator in a period, with its position. */
  get(unit: string, indicator: string, period: string): Indexed | undefined {
    const at = this.at(unit, indicator, period);
    return at === undefined ? undefined : { observation: this.observations[at] as ObservationRecord, index: at };
  }

  /** Every (period, indicator) that has a value somewhere, with the positions of its values by unit. */
  *columns(): Generator<{ period: string; indicator: string; units: ReadonlyMap<string, number> }> {
    for (const [period, byIndicator] of this.values) for (const [indicator, units] of byIndicator) yield { period, indicator, units };
  }
}
