/** A report table into observations: each figure cell by its row's and column's headers, through the catalogue. */
import { INDICATORS, type Indicator } from "../../../indicators/catalogue";
import { unitOfIndicator } from "./units";
import type { UnitId } from "../../../lexicon/units";
import type { Observation } from "../../../models/AnnualReport";
import { safeParseQuantity } from "../../../numbers/parseQuantity";
import type { ReportTable } from "../../ReportDocument";
import { describeAxis, type AxisInfo } from "./axes";
import { gridOf, isFigure, type DataRow } from "./grid";
import { withoutPartsLead } from "./labels";
import type { ReportUnreadReason } from "../../readReport";
import { partAt, type ReadContext } from "./context";

/** A figure cell's reading before its period of comparison is known. */
interface Draft {
  observation: Observation & { unit?: UnitId };
  difference: boolean;
  signUnknown: boolean;
  magnitude: string;
  /** The two years a difference's own header names (`Pokytis 2024/2023`), earlier first. */
  years?: [string, string];
}

/** The indicator a titles or ratio indicator is counted of (`acquisitions_titles` → acquisitions). */
function baseOf(indicator: Indicator): Indicator {
  return (indicator.titlesOf === undefined ? undefined : INDICATORS.find((i) => i.id === indicator.titlesOf)) ?? indicator;
}

/** The indicator a cell's two axes give, turned by the column's measure (`Pav.`, `%`, `Gyventojui`). */
function indicatorOf(
  row: AxisInfo,
  column: AxisInfo,
  caption: AxisInfo | undefined,
): { indicator?: Indicator; reason?: ReportUnreadReason; share?: boolean } {
  let base = column.indicator ?? row.indicator;
  if (column.indicator !== undefined && row.indicator !== undefined && column.indicator.id !== row.indicator.id) {
    if (row.indicator.partOf === column.indicator.id) base = row.indicator;
    else if (column.indicator.partOf !== row.indicator.id) return { reason: "headers_disagree" };
  }
  if (base === undefined && (column.ambiguous ?? row.ambiguous) !== undefined) return { reason: "ambiguous_header" };
  base ??= caption?.indicator;
  if (base === undefined) return { reason: "no_indicator" };
  const per = column.per ?? row.per;
  if (per !== undefined) {
    const ratio = INDICATORS.find((i) => i.formula?.numerator === base.id && i.formula.denominator === per && i.formula.multiplier === "1");
    return ratio === undefined ? { reason: "no_such_indicator" } : { indicator: ratio };
  }
  if (column.share === true || row.share === true) {
    if (base.unit === "percent") return { indicator: base };
    if (base.partOf !== undefined || base.kind === "derived") return { reason: "no_such_indicator" };
    return { indicator: base, share: true };
  }
  const measure = column.measure ?? row.measure;
  if (measure === "titles" && base.unit !== "titles") {
    const titles = INDICATORS.find((i) => i.titlesOf === base.id);
    return titles === undefined ? { reason: "no_such_indicator" } : { indicator: titles };
  }
  return { indicator: base };
}

/** Reads one table's figures into the context's observations; what it cannot map goes to `unread`. */
export function readTable(table: ReportTable, context: ReadContext, caption: string | undefined): void {
  const grid = gridOf(table);
  if (grid.rows.length === 0) return;
  const columns = grid.headers.map((texts) => describeAxis(texts));
  const captionAxis = caption === undefined ? undefined : describeAxis([caption]);
  const years = new Set<string>([...columns.flatMap((c) => c.years), ...(captionAxis?.years ?? [])]);
  inheritDifferenceIndicator(columns);
  const drafts: Draft[] = [];
  const unitsHere = new Set<string>();
  // A table that names no reporting unit on either axis is the whole library's.
  const rowAxes = rowAxesOf(grid.rows);
  const unitAxis = columns.some((c) => c.unit !== undefined) || rowAxes.some((r) => r.unit !== undefined);
  const reported = new Set<number>();
  grid.rows.forEach((dataRow, r) => {
    const rowAxis = rowAxes[r] as AxisInfo;
    for (let column = grid.labelColumns; column < grid.width; column++) {
      const cell = dataRow.cells[column];
      if (cell === undefined || cell.origin !== undefined || cell.text.trim() === "") continue;
      const place = { block: table.index, row: dataRow.row, column };
      if (!isFigure(cell.text)) {
        if (/\d/.test(cell.text)) context.unread({ ...place, text: cell.text, reason: "cell_not_a_number" });
        continue;
      }
      const columnAxis = columns[column] as AxisInfo;
      const unitInfo = rowAxis.unit ?? columnAxis.unit ?? (unitAxis ? undefined : { name: "", kind: "total" as const });
      if (unitInfo === undefined) {
        context.unreadOnce(`row:${table.index}:${dataRow.row}`, {
          block: table.index,
          row: dataRow.row,
          text: dataRow.labels.join(" "),
          reason: "no_unit",
        });
        continue;
      }
      const { indicator, reason, share } = indicatorOf(rowAxis, columnAxis, captionAxis);
      if (indicator === undefined) {
        if (!reported.has(column))
          context.unread({
            block: table.index,
            column,
            text: columnAxis.texts.join(" | ") || dataRow.labels.join(" "),
            reason: reason ?? "no_indicator",
          });
        reported.add(column);
        continue;
      }
      if (columnAxis.changePercent === true || rowAxis.changePercent === true) {
        context.unreadOnce(`change:${table.index}:${column}`, {
          block: table.index,
          column,
          text: columnAxis.texts.join(" | "),
          reason: "percent_change",
        });
        continue;
      }
      const unitId = context.unitId(unitInfo.name, unitInfo.kind);
      unitsHere.add(unitId);
      const year = columnAxis.years[0] ?? rowAxis.years[0] ?? captionAxis?.years[0] ?? String(context.year);
      const draft = draftOf(
        cell.text,
        { unitId, indicator, share: share === true, year, place },
        columnAxis.difference === true || rowAxis.difference === true,
      );
      const ownYears = new Set([...columnAxis.years, ...rowAxis.years]);
      if (draft?.difference === true && ownYears.size === 2) draft.years = [...ownYears].sort() as [string, string];
      if (draft !== undefined) drafts.push(draft);
    }
  });
  finishDifferences(drafts, [...years].sort(), context);
  for (const draft of drafts) if (!draft.difference || draft.observation.differenceFrom !== undefined) context.observe(draft.observation);
  context.groupUnits(unitsHere);
}

/**
 * Each row's axis. A row of a part of the row above (`iš jų vaikai iki 14 m.` under `Registruoti
 * vartotojai`) is read with that row's label before its own: `Registruoti vartotojai vaikai iki 14 m.`.
 */
function rowAxesOf(rows: readonly DataRow[]): AxisInfo[] {
  let parent: string | undefined;
  return rows.map((row) => {
    const last = row.labels.at(-1) ?? "";
    const part = withoutPartsLead(last);
    if (part !== undefined && parent !== undefined) return describeAxis([...row.labels.slice(0, -1), `${parent} ${part}`]);
    parent = last;
    return describeAxis(row.labels);
  });
}

/** A difference column (`+ −`, `Skirtumas`) often names no indicator: it is the one the table's other columns compare. */
function inheritDifferenceIndicator(columns: AxisInfo[]): void {
  const bases = new Set(
    columns.filter((c) => c.difference !== true && c.indicator !== undefined).map((c) => baseOf(c.indicator as Indicator)),
  );
  if (bases.size !== 1) return;
  const base = [...bases][0] as Indicator;
  for (const c of columns) if (c.difference === true && c.indicator === undefined) c.indicator = base;
}

/** A figure cell's observation, before a difference's periods are known. */
function draftOf(
  text: string,
  at: { unitId: string; indicator: Indicator; share: boolean; year: string; place: { block: number; row: number; column: number } },
  difference: boolean,
): Draft | undefined {
  const read = safeParseQuantity(text.trim());
  if (!read.success) return undefined;
  const percentLike = at.share || at.indicator.unit === "percent";
  const unit: UnitId | undefined = percentLike ? (difference ? "percentage_points" : "percent") : unitOfIndicator(at.indicator);
  const observation: Draft["observation"] = {
    unitId: at.unitId,
    indicator: at.share ? `${at.indicator.id}_share_of_total` : at.indicator.id,
    period: { start: at.year, end: at.year },
    value: read.data.value,
    source: at.place,
  };
  if (unit !== undefined) observation.unit = unit;
  const written = read.data.unit;
  if (read.data.signUnknown === true || (written !== null && written !== unit)) observation.asWritten = text.trim();
  return { observation, difference, signUnknown: read.data.signUnknown === true, magnitude: read.data.value };
}

/**
 * A difference compares the two years its own header names (`Pokytis 2024/2023`), else the
 * table's two years: later minus earlier; a lost sign is restored from them. With neither, it
 * is unread (three years and a bare `Pokytis` do not say which two).
 */
function finishDifferences(drafts: Draft[], years: string[], context: ReadContext): void {
  const differences = drafts.filter((d) => d.difference);
  if (differences.length === 0) return;
  const valueAt = new Map<string, string>();
  for (const d of drafts)
    if (!d.difference) valueAt.set(`${d.observation.unitId}|${d.observation.indicator}|${d.observation.period.start}`, d.observation.value);
  for (const d of differences) {
    const pair = d.years ?? (years.length === 2 ? (years as [string, string]) : undefined);
    if (pair === undefined) {
      context.unread(partAt(d.observation.source!, d.observation.value, "difference_periods_unknown"));
      continue;
    }
    const [earlier, later] = pair;
    const o = d.observation;
    o.period = { start: later, end: later };
    o.differenceFrom = { start: earlier, end: earlier };
    if (!d.signUnknown) continue;
    const a = valueAt.get(`${o.unitId}|${o.indicator}|${later}`);
    const b = valueAt.get(`${o.unitId}|${o.indicator}|${earlier}`);
    if (a !== undefined && b !== undefined && context.isLess(a, b)) o.value = `-${d.magnitude}`;
  }
}
