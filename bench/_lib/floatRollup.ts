// The benches' baseline: a hand-written plain-float rollup of the national dataset, what a
// careful developer would write with JS numbers: values in a Float64Array per period ×
// indicator, additive indicators summed up the tree, the derived ratios divided in floats and
// rounded with Math.round, the result as a list of plain objects. It validates nothing.
import { INDICATORS } from "../../src/indicators/index";
import { hierarchy, observations } from "./national";

/** Rolls the national dataset up with JS numbers. */
export function floatRollup(): Array<{ unit: string; indicator: string; period: string; value: number }> {
  const position = new Map<string, number>();
  hierarchy.forEach((unit, at) => position.set(unit.id, at));
  const parent = hierarchy.map((unit) => (unit.parent === undefined ? -1 : (position.get(unit.parent) as number)));
  // Children come after their parents in this list: summing from the end adds each unit into its
  // parent after its own children were added into it.
  const columns = new Map<string, Float64Array>();
  const result: Array<{ unit: string; indicator: string; period: string; value: number }> = [];
  for (const o of observations) {
    const key = `${o.period}|${o.indicator}`;
    let column = columns.get(key);
    if (!column) columns.set(key, (column = new Float64Array(hierarchy.length).fill(Number.NaN)));
    const value = Number(o.value);
    column[position.get(o.unit) as number] = value;
    result.push({ unit: o.unit, indicator: o.indicator, period: o.period, value });
  }
  const additive = new Set(INDICATORS.filter((i) => i.additive && i.kind !== "derived").map((i) => i.id));
  const hasChildren = new Uint8Array(hierarchy.length);
  for (const at of parent) if (at >= 0) hasChildren[at] = 1;
  for (const [key, column] of columns) {
    const bar = key.indexOf("|");
    const indicator = key.slice(bar + 1);
    if (!additive.has(indicator)) continue;
    const period = key.slice(0, bar);
    // Children come after their parents in the list: from the end, each unit is complete
    // (its children added into it) before it is added into its parent.
    const sums = new Float64Array(hierarchy.length);
    for (let at = hierarchy.length - 1; at >= 0; at--) {
      let value = column[at] as number;
      if (Number.isNaN(value) && hasChildren[at] === 1) {
        value = sums[at] as number;
        column[at] = value;
        result.push({ unit: (hierarchy[at] as { id: string }).id, indicator, period, value });
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
      const tops = columns.get(`${year}|${numerator}`);
      const bottoms = columns.get(`${year}|${denominator}`);
      if (!tops || !bottoms) continue;
      for (let at = 0; at < hierarchy.length; at++) {
        const value = Math.round(((tops[at] as number) * Number(multiplier) * scale) / (bottoms[at] as number)) / scale;
        if (Number.isFinite(value))
          result.push({ unit: (hierarchy[at] as { id: string }).id, indicator: definition.id, period: String(year), value });
      }
    }
  }
  return result;
}
