import { describeValue } from "../../_lib/arguments";
import { BibliotekosError } from "../../errors/BibliotekosError";
import type { ReportingUnit } from "../../models/AnnualReport";

/** A unit as `rollup` reads it: its id and its members (its children). */
export type HierarchyUnit = Pick<ReportingUnit, "id" | "members">;

/** The hierarchy of the units, read from their members. */
export interface Hierarchy {
  /** The units' ids in post-order: children before parents. */
  order: string[];
  /**
   * By position in `order`, the positions of the unit's children; `null` for a unit with a
   * member that is not one of the units (a branch the report does not list): that member has no
   * values, so the unit is never summed.
   */
  children: Array<number[] | null>;
}

/** A unit that is not `{ id, members? }`, at `units.<index>` (or deeper, at `path`). */
function badUnit(units: readonly HierarchyUnit[], index: number, path: Array<string | number> = []): BibliotekosError {
  return new BibliotekosError({
    code: "invalid_argument",
    message: `Expected a reporting unit { id, members? } at ${["units", index, ...path].join(".")}`,
    messageLt: `Padalinys ${["units", index, ...path].join(".")} turi būti { id, members? }`,
    input: units[index],
    path: ["units", index, ...path],
  });
}

/** Each unit's members, checked: ids, each a member of one unit only. */
function membersOf(units: readonly HierarchyUnit[]): Map<string, readonly string[]> {
  const members = new Map<string, readonly string[]>();
  const parentOf = new Map<string, string>();
  units.forEach((unit, index) => {
    if (unit === null || typeof unit !== "object" || typeof unit.id !== "string") throw badUnit(units, index);
    if (members.has(unit.id)) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Two units have the id ${describeValue(unit.id)} (units.${index})`,
        messageLt: `Padalinio identifikatorius ${describeValue(unit.id)} kartojasi (units.${index})`,
        input: unit,
        path: ["units", index, "id"],
      });
    }
    const list = unit.members ?? [];
    if (!Array.isArray(list)) throw badUnit(units, index, ["members"]);
    list.forEach((member: unknown, at) => {
      if (typeof member !== "string") throw badUnit(units, index, ["members", at]);
      const parent = parentOf.get(member);
      if (parent !== undefined) {
        const where =
          parent === unit.id
            ? `twice among the members of ${describeValue(parent)}`
            : `a member of both ${describeValue(parent)} and ${describeValue(unit.id)}`;
        throw new BibliotekosError({
          code: "invalid_argument",
          message: `Unit ${describeValue(member)} is ${where}: a unit has one parent`,
          messageLt: `Padalinys ${describeValue(member)} priklauso dviem padaliniams (${describeValue(parent)} ir ${describeValue(unit.id)}): padalinys turi vieną tėvinį padalinį`,
          input: unit,
          path: ["units", index, "members", at],
        });
      }
      parentOf.set(member, unit.id);
    });
    members.set(unit.id, list);
  });
  return members;
}

/**
 * The units in post-order (children before parents) with each unit's children, read from the
 * units' `members`; throws `invalid_argument` (with `path`) for a unit that is not one, a
 * repeated id, a member of two units, or a cycle.
 */
export function unitHierarchy(units: readonly HierarchyUnit[]): Hierarchy {
  const members = membersOf(units);
  const order: string[] = [];
  const position = new Map<string, number>();
  const onPath: string[] = [];
  const visiting = new Set<string>();
  // Post-order: children before parents; a unit met again on its own path is a cycle.
  const visit = (id: string): void => {
    if (position.has(id)) return;
    if (visiting.has(id)) {
      const cycle = [...onPath.slice(onPath.indexOf(id)), id].join(" → ");
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `The unit hierarchy has a cycle: ${cycle}`,
        messageLt: `Padalinių hierarchija uždara: ${cycle}`,
        input: units,
        path: ["units"],
      });
    }
    visiting.add(id);
    onPath.push(id);
    for (const member of members.get(id) as readonly string[]) if (members.has(member)) visit(member);
    onPath.pop();
    visiting.delete(id);
    position.set(id, order.length);
    order.push(id);
  };
  for (const unit of units) visit(unit.id);

  const children = order.map((id) => {
    const list = members.get(id) as readonly string[];
    return list.every((member) => members.has(member)) ? list.map((member) => position.get(member) as number) : null;
  });
  return { order, children };
}
