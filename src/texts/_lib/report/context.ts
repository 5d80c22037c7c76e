/** What `readReport` gathers while it reads: the reporting units by name, the observations without repeats, and what it could not read. */
import { DecimalSum } from "../../../_lib/sum";
import { REPORT_TABLE_WORDS } from "../../../lexicon/reportWords";
import type { Observation, ReportingUnit } from "../../../models/AnnualReport";
import type { ReportUnread, ReportUnreadReason } from "../../readReport";
import type { UnitKind } from "./axes";
import { folded, stripEnd, stripStart } from "./labels";

/** An unread part at a record's source location. */
export function partAt(source: NonNullable<Observation["source"]>, text: string, reason: ReportUnreadReason): ReportUnread {
  const part: ReportUnread = { block: source.block, text, reason };
  if (source.row !== undefined) part.row = source.row;
  if (source.column !== undefined) part.column = source.column;
  if (source.start !== undefined) part.start = source.start;
  if (source.end !== undefined) part.end = source.end;
  return part;
}

const keyOf = (o: Observation): string =>
  [o.unitId, o.indicator, o.period.start, o.period.end, o.differenceFrom?.start ?? "", o.differenceFrom?.end ?? ""].join("|");

/** The state of one read. */
export class ReadContext {
  readonly observations: Observation[] = [];
  readonly unreadParts: ReportUnread[] = [];
  private readonly units = new Map<string, ReportingUnit & { members?: string[] }>();
  private readonly byName = new Map<string, string>();
  private readonly seen = new Map<string, number>();
  private readonly once = new Set<string>();

  constructor(readonly year: number) {}

  /** The id of the unit with this name (a new one the first time): `total` for the total, the folded name otherwise. */
  unitId(name: string, kind: UnitKind): string {
    const key = kind === "total" ? "" : folded(name);
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const base = kind === "total" ? "total" : stripEnd(stripStart(key.replace(/[^a-z0-9]+/g, "_"), "_"), "_") || "unit";
    let id = base;
    for (let n = 2; this.units.has(id); n++) id = `${base}_${n}`;
    this.units.set(id, { id, name: name === "" ? REPORT_TABLE_WORDS.total[0] : name, kind });
    this.byName.set(key, id);
    return id;
  }

  /** The known units, other than the total: their ids and names. */
  namedUnits(): Array<{ id: string; name: string }> {
    return [...this.units.values()].filter((u) => u.kind !== "total").map((u) => ({ id: u.id, name: u.name }));
  }

  /** Records that the total is made of the units of one table. */
  groupUnits(ids: Iterable<string>): void {
    const total = this.units.get("total");
    if (total === undefined) return;
    const members = (total.members ??= []);
    for (const id of ids) if (id !== "total" && !members.includes(id)) members.push(id);
  }

  /** The reporting units, in the order first read. */
  reportingUnits(): ReportingUnit[] {
    return [...this.units.values()].map((u) => ({
      ...u,
      ...(u.members !== undefined && u.members.length > 0 ? { members: [...u.members] } : {}),
    }));
  }

  /** True if this observation's unit, indicator and period were read already. */
  has(observation: Observation): boolean {
    return this.seen.has(keyOf(observation));
  }

  /** Adds an observation; a second reading of the same figure with another value goes to `unread`. */
  observe(observation: Observation): void {
    const key = keyOf(observation);
    const at = this.seen.get(key);
    if (at === undefined) {
      this.seen.set(key, this.observations.length);
      this.observations.push(observation);
      return;
    }
    const first = this.observations[at] as Observation;
    if (first.value !== observation.value && observation.source !== undefined) {
      this.unread(partAt(observation.source, observation.asWritten ?? observation.value, "conflicting_value"));
    }
  }

  /** Notes a part of the document left unread. */
  unread(part: ReportUnread): void {
    this.unreadParts.push(part);
  }

  /** Notes a part left unread once per key (a row or a column, not each of its cells). */
  unreadOnce(key: string, part: ReportUnread): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.unread(part);
  }

  /** True if decimal `a` is less than decimal `b`. */
  isLess(a: string, b: string): boolean {
    return DecimalSum.of(a).minus(DecimalSum.of(b)).toDec().isNegative();
  }
}
