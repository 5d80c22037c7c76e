import { periodKey } from "../../_lib/periodKey";
import type { AnnualReport } from "../../models/AnnualReport";

type ObservationRecord = NonNullable<AnnualReport["observations"]>[number];

/** An observation with its index in `report.observations`, for finding paths. */
export interface Indexed {
  observation: ObservationRecord;
  index: number;
}

/**
 * The report's figures in columns: for each period and indicator, the position in
 * `report.observations` of each unit's value (units numbered in the order of `report.units`,
 * then any other unit the observations name). Difference columns (observations with
 * `differenceFrom`) are listed apart. Where a unit has two values, the later one counts.
 */
export class ObservationIndex {
  /** period → indicator → unit number → position. */
  private readonly values = new Map<string, Map<string, Array<number | undefined>>>();
  private readonly units = new Map<string, number>();
  /** The report's observations. */
  readonly observations: readonly ObservationRecord[];
  /** Positions of the difference columns. */
  readonly differences: number[] = [];

  constructor(report: AnnualReport) {
    for (const unit of report.units) if (!this.units.has(unit.id)) this.units.set(unit.id, this.units.size);
    const observations = report.observations ?? [];
    this.observations = observations;
    let lastPeriod: ObservationRecord["period"] | undefined;
    let byIndicator: Map<string, Array<number | undefined>> | undefined;
    for (let at = 0; at < observations.length; at++) {
      const observation = observations[at] as ObservationRecord;
      if (observation.differenceFrom !== undefined) {
        this.differences.push(at);
        continue;
      }
      // Neighbours usually share a period: its columns are looked up again only when it changes.
      const period = observation.period;
      if (byIndicator === undefined || lastPeriod === undefined || period.start !== lastPeriod.start || period.end !== lastPeriod.end) {
        const key = periodKey(period);
        byIndicator = this.values.get(key);
        if (!byIndicator) this.values.set(key, (byIndicator = new Map()));
        lastPeriod = period;
      }
      let column = byIndicator.get(observation.indicator);
      // (Sized for the declared units; it grows for others.)
      if (!column) byIndicator.set(observation.indicator, (column = new Array<number | undefined>(report.units.length)));
      let unit = this.units.get(observation.unitId);
      if (unit === undefined) this.units.set(observation.unitId, (unit = this.units.size));
      column[unit] = at;
    }
  }

  /** A unit's number, or `undefined` for a unit with no number (named nowhere). */
  unit(id: string): number | undefined {
    return this.units.get(id);
  }

  /** The positions of an indicator's values in a period (a `periodKey`), by unit number. */
  column(indicator: string, period: string): ReadonlyArray<number | undefined> | undefined {
    return this.values.get(period)?.get(indicator);
  }

  /** The position of a unit's value of an indicator in a period (a `periodKey`). */
  at(unit: string, indicator: string, period: string): number | undefined {
    const number = this.units.get(unit);
    return number === undefined ? undefined : this.values.get(period)?.get(indicator)?.[number];
  }

  /** A unit's value of an indicator in a period, with its position. */
  get(unit: string, indicator: string, period: string): Indexed | undefined {
    const at = this.at(unit, indicator, period);
    return at === undefined ? undefined : { observation: this.observations[at] as ObservationRecord, index: at };
  }

  /** Every (period, indicator) that has a value somewhere, with the positions of its values by unit number. */
  *columns(): Generator<{ period: string; indicator: string; column: ReadonlyArray<number | undefined> }> {
    for (const [period, byIndicator] of this.values) for (const [indicator, column] of byIndicator) yield { period, indicator, column };
  }
}
