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
  private readonly values = new Map<string, Indexed>();
  readonly differences: Indexed[] = [];
  readonly all: Indexed[] = [];

  constructor(report: AnnualReport) {
    (report.observations ?? []).forEach((observation, index) => {
      const entry = { observation, index };
      this.all.push(entry);
      if (observation.differenceFrom !== undefined) this.differences.push(entry);
      else this.values.set(this.key(observation.unitId, observation.indicator, periodKey(observation.period)), entry);
    });
  }

  private key(unit: string, indicator: string, period: string): string {
    return `${unit}\u0000${indicator}\u0000${period}`;
  }

  get(unit: string, indicator: string, period: string): Indexed | undefined {
    return this.values.get(this.key(unit, indicator, period));
  }

  /** Every (indicator, period) that has a value somewhere. */
  indicatorPeriods(): Array<{ indicator: string; period: string }> {
    const seen = new Map<string, { indicator: string; period: string }>();
    for (const { observation } of this.all) {
      if (observation.differenceFrom !== undefined) continue;
      const period = periodKey(observation.period);
      seen.set(`${observation.indicator}\u0000${period}`, { indicator: observation.indicator, period });
    }
    return [...seen.values()];
  }
}

/** Decimals written in a decimal string. */
export function decimalsOf(value: string): number {
  const dot = value.indexOf(".");
  return dot === -1 ? 0 : value.length - dot - 1;
}
