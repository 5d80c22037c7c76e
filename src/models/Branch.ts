import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { checkChronology } from "./_lib/history";
import { parseModel } from "./_lib/issues";
import { IdSchema, IsoPartialDateSchema, TextSchema } from "./common";

/**
 * What can happen to a branch or service point: opened, moved (to other premises), merged
 * (into another unit), regime changed (how a service point works), renamed, closed.
 *
 * @example
 * ```ts
 * import { UNIT_EVENT_KINDS } from "bibliotekos/models";
 * UNIT_EVENT_KINDS;
 * //=> ["opened", "moved", "merged", "regime_changed", "renamed", "closed"]
 * ```
 */
export const UNIT_EVENT_KINDS = ["opened", "moved", "merged", "regime_changed", "renamed", "closed"] as const;

/**
 * One dated event in the history of a branch or service point. `from` and `to` say what changed
 * (premises, regime, name); `mergedInto` names the unit a merged one joined.
 *
 * @example
 * ```ts
 * import { UnitEventSchema } from "bibliotekos/models";
 * UnitEventSchema.safeParse({ kind: "moved", date: "2023", from: "UAB „Meleksas“ patalpos", to: "Vidiškių gimnazijos patalpos" }).success;
 * //=> true
 * ```
 */
export const UnitEventSchema = z.strictObject({
  /** What kind it is. */
  kind: z.literal(UNIT_EVENT_KINDS),
  /** When, with the precision the text gave. */
  date: IsoPartialDateSchema,
  /** What it was before (premises, regime, name). */
  from: TextSchema.optional(),
  /** What it became (premises, regime, name). */
  to: TextSchema.optional(),
  /** For a merger: the id of the unit it joined. */
  mergedInto: IdSchema.optional(),
  /** A note. */
  note: TextSchema.optional(),
});

/**
 * One event in a unit's history, as plain data.
 *
 * @example
 * ```ts
 * import type { UnitEvent } from "bibliotekos/models";
 * const closed: UnitEvent = { kind: "closed", date: "2019-06" };
 * closed.kind;
 * //=> "closed"
 * ```
 */
export type UnitEvent = z.infer<typeof UnitEventSchema>;

const historySchema = z.array(UnitEventSchema).meta({ description: "Dated events, oldest first" });

/**
 * A branch (filialas) of a library: a city (town) branch or a rural branch, a structural unit
 * without legal-person status, with its history. `name` is as the report writes it
 * (`Dūkšto miesto filialas`); `locality` is the place (`Dūkštas`).
 *
 * @example
 * ```ts
 * import { BranchSchema } from "bibliotekos/models";
 * BranchSchema.safeParse({ id: "dukstas", name: "Dūkšto miesto filialas", type: "city_branch", locality: "Dūkštas" }).success;
 * //=> true
 * ```
 */
export const BranchSchema = z
  .strictObject({
    /** Stable id of the record. */
    id: IdSchema,
    /** The name as the document writes it. */
    name: TextSchema,
    /** A `LIBRARY_TYPES` id. */
    type: z.literal(["city_branch", "rural_branch"]).meta({ description: "A LIBRARY_TYPES id" }),
    /** The place it serves. */
    locality: TextSchema.optional(),
    /** Postal address. */
    address: TextSchema.optional(),
    /** Dated events, oldest first. */
    history: historySchema.optional(),
  })
  .superRefine((branch, ctx) => checkChronology((branch as { history?: unknown } | null)?.history, ctx, ["history"]), { when: () => true });

/**
 * A branch as plain data.
 *
 * @example
 * ```ts
 * import { parseBranch, type Branch } from "bibliotekos/models";
 * const branch: Branch = parseBranch({ id: "vidiskes", name: "Vidiškių filialas", type: "rural_branch", history: [{ kind: "moved", date: "2023", to: "Vidiškių gimnazijos patalpos" }] });
 * branch.history?.[0]?.kind;
 * //=> "moved"
 * ```
 */
export type Branch = z.infer<typeof BranchSchema>;

/**
 * A service point (bibliotekinio aptarnavimo punktas): regular (set hours, set premises) or on
 * demand (items brought when residents ask), served by the librarians of a branch
 * (`servedBy`, the branch id), with its history.
 *
 * @example
 * ```ts
 * import { ServicePointSchema } from "bibliotekos/models";
 * ServicePointSchema.safeParse({ id: "antalksne", name: "Antalksnės bibliotekinio aptarnavimo punktas", type: "service_point_regular", servedBy: "linkmenys" }).success;
 * //=> true
 * ```
 */
export const ServicePointSchema = z
  .strictObject({
    /** Stable id of the record. */
    id: IdSchema,
    /** The name as the document writes it. */
    name: TextSchema,
    /** A `LIBRARY_TYPES` id. */
    type: z.literal(["service_point_regular", "service_point_on_demand"]).meta({ description: "A LIBRARY_TYPES id: the regime now" }),
    /** The id of the branch whose librarians serve it. */
    servedBy: IdSchema.optional().meta({ description: "The id of the branch whose librarians serve it" }),
    /** The place it serves. */
    locality: TextSchema.optional(),
    /** Dated events, oldest first. */
    history: historySchema.optional(),
  })
  .superRefine((point, ctx) => checkChronology((point as { history?: unknown } | null)?.history, ctx, ["history"]), { when: () => true });

/**
 * A service point as plain data.
 *
 * @example
 * ```ts
 * import type { ServicePoint } from "bibliotekos/models";
 * const point: ServicePoint = { id: "svedriske", name: "Švedriškės bibliotekinio aptarnavimo punktas", type: "service_point_on_demand", servedBy: "kazitiskis" };
 * point.type;
 * //=> "service_point_on_demand"
 * ```
 */
export type ServicePoint = z.infer<typeof ServicePointSchema>;

/**
 * Validates a {@link Branch}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseBranch } from "bibliotekos/models";
 * parseBranch({ id: "ceikiniai", name: "Ceikinių filialas", type: "rural_branch" }).name;
 * //=> "Ceikinių filialas"
 * parseBranch({ id: "ceikiniai", name: "Ceikinių filialas", type: "village" });
 * //=> throws invalid_model
 * ```
 */
export function parseBranch(input: unknown): Branch {
  return parseModel(BranchSchema, input, "Branch");
}

/**
 * Like {@link parseBranch}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseBranch } from "bibliotekos/models";
 * safeParseBranch({ id: "dysna", name: "Dysnos filialas", type: "rural_branch" }).success;
 * //=> true
 * ```
 */
export function safeParseBranch(input: unknown): SafeResult<Branch> {
  return toSafeResult(() => parseBranch(input));
}

/**
 * Validates a {@link ServicePoint}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseServicePoint } from "bibliotekos/models";
 * parseServicePoint({ id: "rubelninkai", name: "Rubelninkų bibliotekinio aptarnavimo punktas", type: "service_point_regular", servedBy: "ceikiniai" }).servedBy;
 * //=> "ceikiniai"
 * ```
 */
export function parseServicePoint(input: unknown): ServicePoint {
  return parseModel(ServicePointSchema, input, "ServicePoint");
}

/**
 * Like {@link parseServicePoint}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseServicePoint } from "bibliotekos/models";
 * safeParseServicePoint({ id: "taujunai", name: "Taujūnų bibliotekinio aptarnavimo punktas", type: "sometimes" }).success;
 * //=> false
 * ```
 */
export function safeParseServicePoint(input: unknown): SafeResult<ServicePoint> {
  return toSafeResult(() => parseServicePoint(input));
}
