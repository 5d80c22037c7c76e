// The benches' baseline: a hand-written plain-float rollup of the national dataset, what a
// careful developer would write with JS numbers: values in a Float64Array per period ×
// indicator, additive indicators summed up the tree, the derived ratios divided in floats and
// rounded with Math.round, the result as a list of plain objects (sharing the period objects).
// It validates nothing.
import type { DatePeriod } from "../../src/dates/index";
import { INDICATORS } from "../../src/indicators/index";
import { hierarchy, observations } from "./national";

/** A rolled-up value, in a JS number. */
interface FloatObservation {
  unitId: string;
  indicator: string;
  period: DatePeriod;
  value: number;
}

/** Rolls the national dataset up with JS numbers. */
export function floatRollup(): FloatObservation[] {
  const position = new Map<string, number>();
  hierarchy.forEach((unit, at) => position.set(unit.id, at));
  const parent = new Int32Array(hierarchy.length).fill(-1);
  hierarchy.forEach((unit, at) => {
    for (const member of unit.members ?? []) parent[position.get(member) as number] = at;
  });
  // Children come after their parents in this list: summing from the end adds each unit into its
  // parent after its own children were added into it.
  const columns = new Map<string, Float64Array>();
  const periods = new Map<string, DatePeriod>();
  const result: FloatObservation[] = [];
  for (const o of observations) {
    const key = `${o.period.start}..${o.period.end}|${o.indicator}`;
    let column = columns.get(key);
    if (!column) {
      columns.set(key, (column = new Float64Array(hierarchy.length).fill(Number.NaN)));
      periods.set(key, o.period);
    }
    const value = Number(o.value);
    column[position.get(o.unitId) as number] = value;
    result.push({ unitId: o.unitId, indicator: o.indicator, period: o.period, value });
  }
  const additive = new Set(INDICATORS.filter((i) => i.additive && i.kind !== "derived").map((i) => i.id));
  const hasChildren = new Uint8Array(hierarchy.length);
  for (const at of parent) if (at >= 0) hasChildren[at] = 1;
  for (const [key, column] of columns) {
    const indicator = key.slice(key.indexOf("|") + 1);
    if (!additive.has(indicator)) continue;
    const period = periods.get(key) as DatePeriod;
    // Children come after their parents in the list: from the end, each unit is complete
    // (its children added into it) before it is added into its parent.
    const sums = new Float64Array(hierarchy.length);
    for (let at = hierarchy.length - 1; at >= 0; at--) {
      let value = column[at] as number;
      if (Number.isNaN(value) && hasChildren[at] === 1) {
        value = sums[at] as number;
        column[at] = value;
        result.push({ unitId: (hierarchy[at] as { id: string }).id, indicator, period, value });
      }
      const up = parent[at] as number;
      if (up >= 0) sums[up] = (sums[up] as number) + value;
    }
  }
  for (const definition of INDICATORS) {
    if (!definition.formula) continue;
    const { numerator, denominator, multiplier } = definition.formula;
    const scale = 10 ** definition.precision;
    for (let year = 2014; year < 2024; year++) {
      const tops = columns.get(`${year}..${year}|${numerator}`);
      const bottoms = columns.get(`${year}..${year}|${denominator}`);
      if (!tops || !bottoms) continue;
      const period = { start: String(year), end: String(year) };
      for (let at = 0; at < hierarchy.length; at++) {
        const value = Math.round(((tops[at] as number) * Number(multiplier) * scale) / (bottoms[at] as number)) / scale;
        if (Number.isFinite(value))
          result.push({
            unitId: (hierarchy[at] as { id: string }).id,
            indicator: definition.id,
            period,
            value,
          });
      }
    }
  }
  return result;
}
