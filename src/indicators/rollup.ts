import { invalidArgument } from "../_lib/arguments";
import { DECIMAL_INPUT } from "../_lib/patterns";
import { periodKey } from "../_lib/periodKey";
import { assertDecimal, DecimalSum } from "../_lib/sum";
import type { DatePeriod } from "../dates/types";
import { BibliotekosError } from "../errors/BibliotekosError";
import type { Observation, ReportingUnit } from "../models/AnnualReport";
import { getIndicator, INDICATORS, type IndicatorFormula } from "./catalogue";
import { DEFAULT_ROUNDING_RULE } from "../numbers/roundDecimal";
import { deriveValue } from "./_lib/derive";
import { unitHierarchy } from "./_lib/hierarchy";

/**
 * An observation as `rollup` returns it: the model's {@link Observation} (`bibliotekos/models`),
 * with where its value comes from and, for a derived value, the exact quotient.
 *
 * @example
 * ```ts
 * import type { RolledUpObservation } from "bibliotekos/indicators";
 * const reach: RolledUpObservation = {
 *   unitId: "library", indicator: "reach", period: { start: "2023", end: "2023" },
 *   value: "16.1", origin: "derived", exact: "16.07142857142857142857",
 * };
 * reach.origin;
 * //=> "derived"
 * ```
 */
export interface RolledUpObservation extends Observation {
  /** Where the value comes from: `reported` (as given), `rolled_up` (summed from the children), `derived` (by formula). */
  origin: "reported" | "rolled_up" | "derived";
  /** For derived values: the exact quotient, to 20 decimals. */
  exact?: string;
}

/** A period's values: by indicator, by unit position (in the post-order of the hierarchy). */
interface PeriodColumns {
  /** The period, frozen: every observation of the result in this period shares it. */
  period: DatePeriod;
  byIndicator: Map<string, Array<string | undefined>>;
}

/** Values by period (a `periodKey`), indicator and unit position. */
type Table = Map<string, PeriodColumns>;

/** Whether `value` is a period `{ start, end }`, each an ISO string or `null`. */
function isPeriod(value: unknown): value is DatePeriod {
  if (value === null || typeof value !== "object") return false;
  const { start, end } = value as { start?: unknown; end?: unknown };
  return (start === null || typeof start === "string") && (end === null || typeof end === "string");
}

/**
 * A frozen copy of a period: the result shares no object with the input, and its observations
 * of one period share one period (read-only, as `Money` is), which saves an object per value.
 */
function frozenPeriod(period: DatePeriod): DatePeriod {
  return Object.freeze({ start: period.start, end: period.end });
}

/** An `invalid_argument` error about `observations.<index>` (or deeper, at `path`). */
function badObservation(observation: unknown, message: string, messageLt: string, path: Array<string | number>): BibliotekosError {
  return new BibliotekosError({ code: "invalid_argument", message, messageLt, input: observation, path: ["observations", ...path] });
}

/** The reported observation's copy in the result, with its origin (and its optional fields, when given). */
function copyOf(observation: Observation | RolledUpObservation, period: DatePeriod): RolledUpObservation {
  const given = observation as Partial<RolledUpObservation>;
  const copy: RolledUpObservation = {
    unitId: observation.unitId,
    indicator: observation.indicator,
    period,
    value: observation.value,
    origin: given.origin ?? "reported",
  };
  if (given.exact !== undefined) copy.exact = given.exact;
  if (observation.unit !== undefined) copy.unit = observation.unit;
  if (observation.differenceFrom !== undefined) copy.differenceFrom = frozenPeriod(observation.differenceFrom);
  if (observation.asWritten !== undefined) copy.asWritten = observation.asWritten;
  if (observation.note !== undefined) copy.note = observation.note;
  return copy;
}

/** Reads the observations into the table, and copies them into `result` with their origin; throws for a bad one. */
function readObservations(
  observations: ReadonlyArray<Observation | RolledUpObservation>,
  position: ReadonlyMap<string, number>,
  size: number,
  table: Table,
  result: RolledUpObservation[],
): void {
  const decimal = DECIMAL_INPUT; // read once: a bundler or a test runner may put a getter behind an import
  let last: PeriodColumns | undefined;
  for (let index = 0; index < observations.length; index++) {
    const observation = observations[index] as Observation;
    const period = observation?.period as DatePeriod | undefined;
    // Neighbours usually share a period: one equal to the last is valid and its columns are at
    // hand; another is checked and looked up.
    const same = last !== undefined && period?.start === last.period.start && period?.end === last.period.end;
    if (
      observation === null ||
      typeof observation !== "object" ||
      typeof observation.indicator !== "string" ||
      (!same && !isPeriod(period))
    ) {
      throw badObservation(
        observation,
        `Expected an observation { unitId, indicator, period: { start, end }, value } at observations.${index}`,
        `Stebinys observations.${index} turi būti { unitId, indicator, period: { start, end }, value }`,
        [index],
      );
    }
    const { unitId, indicator } = observation;
    const at = position.get(unitId);
    if (at === undefined) {
      throw badObservation(
        observation,
        `Observation ${index} is of unit ${JSON.stringify(unitId)}, which is not in the hierarchy`,
        `Padalinio ${JSON.stringify(unitId)} (stebinys ${index}) hierarchijoje nėra`,
        [index, "unitId"],
      );
    }
    if (typeof observation.value !== "string" || !decimal.test(observation.value))
      assertDecimal(observation.value, ["observations", index, "value"]);
    if (!same || last === undefined) {
      const key = periodKey(period as DatePeriod);
      last = table.get(key);
      if (!last) table.set(key, (last = { period: frozenPeriod(period as DatePeriod), byIndicator: new Map() }));
    }
    if (observation.differenceFrom !== undefined) {
      // A difference column is kept as reported, and neither summed nor divided.
      if (!isPeriod(observation.differenceFrom))
        throw badObservation(
          observation,
          `Expected a period { start, end } at observations.${index}.differenceFrom`,
          `Stebinio observations.${index} differenceFrom turi būti laikotarpis { start, end }`,
          [index, "differenceFrom"],
        );
      result.push(copyOf(observation, last.period));
      continue;
    }
    let values = last.byIndicator.get(indicator);
    if (!values) last.byIndicator.set(indicator, (values = new Array<string | undefined>(size)));
    if (values[at] !== undefined) {
      const key = periodKey(last.period);
      throw badObservation(
        observation,
        `Two values for ${indicator} of ${unitId} in ${key} (observations.${index})`,
        `Du rodiklio ${indicator} duomenys padaliniui ${unitId} (${key})`,
        [index],
      );
    }
    values[at] = observation.value;
    result.push(copyOf(observation, last.period));
  }
}

/** Sums additive indicators into every parent that has no value of its own and whose children all have one. */
function sumUp(
  table: Table,
  order: readonly string[],
  children: ReadonlyArray<readonly number[] | null>,
  result: RolledUpObservation[],
): void {
  for (const columns of table.values()) {
    for (const [indicatorId, values] of columns.byIndicator) {
      const indicator = getIndicator(indicatorId);
      if (indicator === undefined || !indicator.additive || indicator.kind === "derived") continue;
      for (let at = 0; at < order.length; at++) {
        const kids = children[at];
        if (kids === null || kids === undefined || kids.length === 0 || values[at] !== undefined) continue;
        const sum = new DecimalSum();
        let complete = true;
        for (const kid of kids) {
          const value = values[kid];
          if (value === undefined) {
            complete = false;
            break;
          }
          sum.addValid(value);
        }
        if (!complete) continue;
        const value = sum.toString();
        values[at] = value;
        result.push({ unitId: order[at] as string, indicator: indicatorId, period: columns.period, value, origin: "rolled_up" });
      }
    }
  }
}

/** Computes every derived indicator at every unit that has its inputs and no value of its own. */
function deriveAll(table: Table, order: readonly string[], result: RolledUpObservation[]): void {
  const derived = INDICATORS.filter((i) => i.formula !== undefined);
  for (const columns of table.values()) {
    const { byIndicator } = columns;
    for (const indicator of derived) {
      const formula = indicator.formula as IndicatorFormula;
      const tops = byIndicator.get(formula.numerator);
      const bottoms = byIndicator.get(formula.denominator);
      if (!tops || !bottoms) continue;
      let values = byIndicator.get(indicator.id);
      if (!values) byIndicator.set(indicator.id, (values = new Array<string | undefined>(order.length)));
      for (let at = 0; at < order.length; at++) {
        const top = tops[at];
        const bottom = bottoms[at];
        if (values[at] !== undefined || top === undefined || bottom === undefined) continue;
        const computed = deriveValue(formula, top, bottom, indicator.precision, DEFAULT_ROUNDING_RULE);
        if (computed === null) continue; // a zero denominator: no value
        values[at] = computed.value;
        result.push({
          unitId: order[at] as string,
          indicator: indicator.id,
          period: columns.period,
          value: computed.value,
          origin: "derived",
          exact: computed.exact,
        });
      }
    }
  }
}

/**
 * Rolls observations up a hierarchy of reporting units: additive indicators are summed from the
 * children into every parent that does not report its own value (and only when every child has
 * one: missing is not zero); derived indicators (reach, loans per user, …) are then computed for
 * every unit from its inputs, reported or summed, never by averaging the children's ratios;
 * non-additive indicators (titles, opening hours) are left alone.
 *
 * Observations and units have the shape of an annual report's (`bibliotekos/models`): pass
 * `report.observations` and `report.units`. A unit's `members` are its children; a member that
 * is not one of the units (a branch the report does not list) has no values, so its parent is
 * not summed. Values are grouped by period (`start` and `end`); a difference column (an
 * observation with `differenceFrom`) is kept as reported, and neither summed nor divided.
 *
 * Reported values are kept as they are, even where they differ from the sum of the children:
 * comparing them is the checks' work. Rolling up a rolled-up list changes nothing.
 *
 * @param observations - the values (not mutated): a report's observations, or a rolled-up list.
 * @param units - the units, each with its `members` (the model's reporting units, or just `{ id, members? }`).
 * @returns the reported observations, then the rolled-up ones, then the derived ones, each with
 *   its `origin`: new objects, sharing none with the input; the observations of one period
 *   share one frozen period object (read-only, as `Money` is).
 * @throws {@link BibliotekosError} `invalid_argument` (with `path`) for a unit that is not
 *   `{ id, members? }`, two units with one id, a unit that is a member of two units, a cycle of
 *   members, an observation that is not `{ unitId, indicator, period, value }`, one of a unit
 *   not in the hierarchy, or two values for the same unit, indicator and period;
 *   `invalid_decimal` for a value that is not a decimal string.
 *
 * @example
 * ```ts
 * import { rollup } from "bibliotekos/indicators";
 * const units = [{ id: "library", members: ["town", "rural"] }, { id: "town" }, { id: "rural" }];
 * const year = { start: "2023", end: "2023" };
 * const result = rollup([
 *   { unitId: "town", indicator: "registered_users", period: year, value: "300" },
 *   { unitId: "town", indicator: "population", period: year, value: "4600" },
 *   { unitId: "rural", indicator: "registered_users", period: year, value: "1500" },
 *   { unitId: "rural", indicator: "population", period: year, value: "6600" },
 * ], units);
 * result.filter((o) => o.unitId === "library").map((o) => [o.indicator, o.value, o.origin]);
 * //=> [["registered_users", "1800", "rolled_up"], ["population", "11200", "rolled_up"], ["reach", "16.1", "derived"]]
 * rollup([], [{ id: "library", members: ["town"] }, { id: "county", members: ["town"] }, { id: "town" }]);
 * //=> throws invalid_argument
 * ```
 */
export function rollup(
  observations: ReadonlyArray<Observation | RolledUpObservation>,
  units: ReadonlyArray<Pick<ReportingUnit, "id" | "members">>,
): RolledUpObservation[] {
  if (!Array.isArray(observations)) throw invalidArgument("the observations", "an array of observations", observations);
  if (!Array.isArray(units)) throw invalidArgument("the units", "an array of reporting units", units);
  const { order, children } = unitHierarchy(units);
  // Values are kept in arrays indexed by the unit's position in `order`, one array per
  // (period, indicator): look-ups on the hot path are array reads, not string keys. Each phase
  // is a function of its own, so that each is optimized for its own loop.
  const position = new Map(order.map((id, i) => [id, i]));
  const table: Table = new Map();
  const result: RolledUpObservation[] = [];
  readObservations(observations, position, order.length, table, result);
  sumUp(table, order, children, result);
  deriveAll(table, order, result);
  return result;
}
