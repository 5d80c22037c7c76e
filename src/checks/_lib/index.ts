import type { AnnualReport } from "../../models/AnnualReport";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** An observation with its index in `report.observations`, for finding paths. */
export interface Indexed {
  observation: ObservationRecord;
  index: number;
}

/** A period as a key: `"2023..2023"`. */
export function periodKey(period: { start: string | null; end: string | null }): string {
  return `${period.start ?? ""}..${period.end ?? ""}`;
}

/**
 * The report's figures indexed by unit, indicator and period: values apart from difference
 * columns (observations with `differenceFrom`).
 */
export class ObservationIndex {
  // period → indicator → unit → entry: nested maps, so that no key string is built per look-up.
  private readonly values = new Map<string, Map<string, Map<string, Indexed>>>();
  readonly differences: Indexed[] = [];
  readonly all: Indexed[] = [];

  constructor(report: AnnualReport) {
    const observations = report.observations ?? [];
    for (let index = 0; index < observations.length; index++) {
      const observation = observations[index] as ObservationRecord;
      const entry = { observation, index };
      this.all.push(entry);
      if (observation.differenceFrom !== undefined) {
        this.differences.push(entry);
        continue;
      }
      const period = periodKey(observation.period);
      let byIndicator = this.values.get(period);
      if (!byIndicator) this.values.set(period, (byIndicator = new Map()));
      let byUnit = byIndicator.get(observation.indicator);
      if (!byUnit) byIndicator.set(observation.indicator, (byUnit = new Map()));
      byUnit.set(observation.unitId, entry);
    }
  }

  get(unit: string, indicator: string, period: string): Indexed | undefined {
    return this.values.get(period)?.get(indicator)?.get(unit);
  }

  /** Every (indicator, period) that has a value somewhere. */
  indicatorPeriods(): Array<{ indicator: string; period: string }> {
    const out: Array<{ indicator: string; period: string }> = [];
    for (const [period, byIndicator] of this.values) for (const indicator of byIndicator.keys()) out.push({ indicator, period });
    return out;
  }
}

