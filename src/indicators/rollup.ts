import { DECIMAL_INPUT } from "../_lib/patterns";
import { assertDecimal, DecimalSum } from "../_lib/sum";
import { BibliotekosError } from "../errors/BibliotekosError";
import { getIndicator, INDICATORS, type IndicatorFormula } from "./catalogue";
import { DEFAULT_ROUNDING_RULE } from "../numbers/roundDecimal";
import { deriveValue } from "./_lib/derive";

/**
 * One value: of one indicator, for one reporting unit, for one period. Plain data; the value is
 * a decimal string.
 *
 * @example
 * ```ts
 * import type { Observation } from "bibliotekos/indicators";
 * const loans: Observation = { unit: "ignalina-central", indicator: "acquisitions", period: "2023", value: "1548" };
 * loans.value;
 * //=> "1548"
 * ```
 */
export interface Observation {
  /** The reporting unit's id. */
  unit: string;
  /** The indicator's id (see `INDICATORS`). */
  indicator: string;
  /** The period, an IsoPartialDate (`"2023"`). */
  period: string;
  /** The value, a decimal string. */
  value: string;
  /** Where the value comes from: `reported` (as given), `rolled_up` (summed from the children), `derived` (by formula). @default "reported" */
  origin?: "reported" | "rolled_up" | "derived";
  /** For derived values: the exact quotient, to 20 decimals. */
  exact?: string;
}

/**
 * A reporting unit in the hierarchy the caller gives: branch → municipal library → county →
 * country, or a group such as `Kaimo filialai`.
 *
 * @example
 * ```ts
 * import type { ReportingUnitNode } from "bibliotekos/indicators";
 * const units: ReportingUnitNode[] = [{ id: "ignalina" }, { id: "dukstas", parent: "ignalina" }];
 * units[1].parent;
 * //=> "ignalina"
 * ```
 */
export interface ReportingUnitNode {
  /** The unit's id. */
  id: string;
  /** Its parent's id; absent for a root. */
  parent?: string;
}

/** Values by period, indicator and unit position (in the post-order of the hierarchy). */
type Table = Map<string, Map<string, Array<string | undefined>>>;

/** A period's column of an indicator, made empty if there is none yet. */
function columnOf(table: Table, period: string, indicator: string, size: number): Array<string | undefined> {
  let byIndicator = table.get(period);
  if (!byIndicator) table.set(period, (byIndicator = new Map()));
  let values = byIndicator.get(indicator);
  if (!values) byIndicator.set(indicator, (values = new Array<string | undefined>(size)));
  return values;
}

/** The units in post-order (children before parents) and each unit's children; throws for a bad hierarchy. */
function unitOrder(units: readonly ReportingUnitNode[]): { order: string[]; children: Map<string, string[]> } {
  const children = new Map<string, string[]>();
  const ids = new Set<string>();
  units.forEach((unit, index) => {
    if (unit === null || typeof unit !== "object" || typeof unit.id !== "string") {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Expected a reporting unit { id, parent? } at units.${index}`,
        input: unit,
        path: ["units", index],
      });
    }
    ids.add(unit.id);
    children.set(unit.id, children.get(unit.id) ?? []);
  });
  units.forEach((unit, index) => {
    if (unit.parent === undefined) return;
    if (!ids.has(unit.parent)) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Unit ${JSON.stringify(unit.id)} names parent ${JSON.stringify(unit.parent)}, which is not a unit`,
        messageLt: `Padalinio ${JSON.stringify(unit.id)} tėvinio padalinio ${JSON.stringify(unit.parent)} sąraše nėra`,
        input: unit,
        path: ["units", index, "parent"],
      });
    }
    (children.get(unit.parent) as string[]).push(unit.id);
  });

  // Post-order: children before parents; a unit met again on its own path is a cycle.
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, path: string[]) => {
    const seen = state.get(id);
    if (seen === "done") return;
    if (seen === "visiting") {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `The unit hierarchy has a cycle: ${[...path, id].join(" → ")}`,
        messageLt: `Padalinių hierarchija uždara: ${[...path, id].join(" → ")}`,
        input: units,
        path: ["units"],
      });
    }
    state.set(id, "visiting");
    for (const child of children.get(id) ?? []) visit(child, [...path, id]);
    state.set(id, "done");
    order.push(id);
  };
  for (const unit of units) visit(unit.id, []);

  return { order, children };
}

/** Reads the observations into the table, and copies them into `result` with their origin; throws for a bad one. */
function readObservations(
  observations: readonly Observation[],
  position: ReadonlyMap<string, number>,
  size: number,
  table: Table,
  result: Observation[],
): void {
  const decimal = DECIMAL_INPUT; // read once: a bundler or a test runner may put a getter behind an import
  let lastPeriod: string | undefined;
  let byIndicator: Map<string, Array<string | undefined>> | undefined;
  for (let index = 0; index < observations.length; index++) {
    const observation = observations[index] as Observation;
    if (
      observation === null ||
      typeof observation !== "object" ||
      typeof observation.indicator !== "string" ||
      typeof observation.period !== "string"
    ) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Expected an observation { unit, indicator, period, value } at observations.${index}`,
        messageLt: `Stebinys observations.${index} turi būti { unit, indicator, period, value }`,
        input: observation,
        path: ["observations", index],
      });
    }
    const at = position.get(observation.unit);
    if (at === undefined) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Observation ${index} is of unit ${JSON.stringify(observation.unit)}, which is not in the hierarchy`,
        messageLt: `Padalinio ${JSON.stringify(observation.unit)} (stebinys ${index}) hierarchijoje nėra`,
        input: observation,
        path: ["observations", index, "unit"],
      });
    }
    // Neighbours usually share a period: its columns are looked up again only when it changes.
    if (observation.period !== lastPeriod || byIndicator === undefined) {
      lastPeriod = observation.period;
      byIndicator = table.get(lastPeriod);
      if (!byIndicator) table.set(lastPeriod, (byIndicator = new Map()));
    }
    let values = byIndicator.get(observation.indicator);
    if (!values) byIndicator.set(observation.indicator, (values = new Array<string | undefined>(size)));
    if (values[at] !== undefined) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Two values for ${observation.indicator} of ${observation.unit} in ${observation.period} (observations.${index})`,
        messageLt: `Du rodiklio ${observation.indicator} duomenys padaliniui ${observation.unit} (${observation.period})`,
        input: observation,
        path: ["observations", index],
      });
    }
    if (typeof observation.value !== "string" || !decimal.test(observation.value))
      assertDecimal(observation.value, ["observations", index, "value"]);
    values[at] = observation.value;
    const copy: Observation = {
      unit: observation.unit,
      indicator: observation.indicator,
      period: observation.period,
      value: observation.value,
      origin: observation.origin ?? "reported",
    };
    if (observation.exact !== undefined) copy.exact = observation.exact;
    result.push(copy);
  }
}

/** Sums additive indicators into every parent that has no value of its own and whose children all have one. */
function sumUp(table: Table, order: readonly string[], childPositions: ReadonlyArray<readonly number[]>, result: Observation[]): void {
  for (const [period, byIndicator] of table) {
    for (const [indicatorId, values] of byIndicator) {
      const indicator = getIndicator(indicatorId);
      if (indicator === undefined || !indicator.additive || indicator.kind === "derived") continue;
      for (let at = 0; at < order.length; at++) {
        const kids = childPositions[at] as number[];
        if (kids.length === 0 || values[at] !== undefined) continue;
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
        result.push({ unit: order[at] as string, indicator: indicatorId, period, value, origin: "rolled_up" });
      }
    }
  }
}

/** Computes every derived indicator at every unit that has its inputs and no value of its own. */
function deriveAll(table: Table, order: readonly string[], result: Observation[]): void {
  const derived = INDICATORS.filter((i) => i.formula !== undefined);
  for (const [period, byIndicator] of table) {
    for (const indicator of derived) {
      const formula = indicator.formula as IndicatorFormula;
      const { numerator, denominator } = formula;
      const tops = byIndicator.get(numerator);
      const bottoms = byIndicator.get(denominator);
      if (!tops || !bottoms) continue;
      const values = columnOf(table, period, indicator.id, order.length);
      for (let at = 0; at < order.length; at++) {
        const top = tops[at];
        const bottom = bottoms[at];
        if (values[at] !== undefined || top === undefined || bottom === undefined) continue;
        const computed = deriveValue(formula, top, bottom, indicator.precision, DEFAULT_ROUNDING_RULE);
        if (computed === null) continue; // a zero denominator: no value
        values[at] = computed.value;
        result.push({
          unit: order[at] as string,
          indicator: indicator.id,
          period,
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
 * Reported values are kept as they are, even where they differ from the sum of the children:
 * comparing them is the checks' work. Rolling up a rolled-up list changes nothing.
 *
 * @param observations - the values (not mutated).
 * @param units - the hierarchy.
 * @returns the reported observations, then the rolled-up ones, then the derived ones, each with its `origin`.
 * @throws {@link BibliotekosError} `invalid_argument` for a parent that is not a unit, a cycle, or
 *   an observation of a unit not in the hierarchy, two values for the same unit, indicator and
 *   period (with `path`); `invalid_decimal` for a
 *   value that is not a decimal string.
 *
 * @example
 * ```ts
 * import { rollup } from "bibliotekos/indicators";
 * const units = [{ id: "library" }, { id: "town", parent: "library" }, { id: "rural", parent: "library" }];
 * const result = rollup([
 *   { unit: "town", indicator: "registered_users", period: "2023", value: "300" },
 *   { unit: "town", indicator: "population", period: "2023", value: "4600" },
 *   { unit: "rural", indicator: "registered_users", period: "2023", value: "1500" },
 *   { unit: "rural", indicator: "population", period: "2023", value: "6600" },
 * ], units);
 * result.filter((o) => o.unit === "library").map((o) => [o.indicator, o.value, o.origin]);
 * //=> [["registered_users", "1800", "rolled_up"], ["population", "11200", "rolled_up"], ["reach", "16.1", "derived"]]
 * ```
 */
export function rollup(observations: readonly Observation[], units: readonly ReportingUnitNode[]): Observation[] {
  const { order, children } = unitOrder(units);
  // Values are kept in arrays indexed by the unit's position in `order`, one array per
  // (period, indicator): look-ups on the hot path are array reads, not string keys. Each phase
  // is a function of its own, so that each is optimized for its own loop.
  const position = new Map(order.map((id, i) => [id, i]));
  const table: Table = new Map();
  const result: Observation[] = [];
  readObservations(observations, position, order.length, table, result);
  sumUp(
    table,
    order,
    order.map((id) => (children.get(id) as string[]).map((kid) => position.get(kid) as number)),
    result,
  );
  deriveAll(table, order, result);
  return result;
}
