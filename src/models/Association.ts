import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { parseModel } from "./_lib/issues";
import { IdSchema, IsoPartialDateSchema, TextSchema } from "./common";
import { OrganizationSchema } from "./Organization";

/**
 * An association (asociacija) of libraries or librarians, as its statutes describe it: name,
 * founding date, legal basis, what it is, its goals (tikslai) and activities, its governing
 * bodies (the general meeting, the board, the head), who may be a member, and the members
 * where known.
 *
 * @example
 * ```ts
 * import { AssociationSchema } from "bibliotekos/models";
 * AssociationSchema.safeParse({ name: "Lietuvos regionų bibliotekų asociacija", founded: "2012", goals: ["Skatinti inovacijų diegimą."] }).success;
 * //=> true
 * ```
 */
export const AssociationSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema.optional(),
  /** The name as the document writes it. */
  name: TextSchema,
  /** An English name. */
  nameEn: TextSchema.optional(),
  /** A `LEGAL_FORMS` id. */
  legalForm: z.literal("association").optional().meta({ description: "The LEGAL_FORMS id" }),
  /** When it was founded. */
  founded: IsoPartialDateSchema.optional(),
  /** The law it is founded under. */
  legalBasis: TextSchema.optional().meta({ description: "The law it is founded under" }),
  /** What it is, as the document says. */
  description: TextSchema.optional(),
  /** Its goals (tikslai), as listed. */
  goals: z.array(TextSchema).optional(),
  /** What it does to reach its goals, as listed. */
  activities: z.array(TextSchema).optional(),
  /** Its governing bodies. */
  governingBodies: z
    .array(
      z.strictObject({
        /** The name as the document writes it. */
        name: TextSchema,
        /** Its role. */
        role: z.literal(["highest_body", "collegial_management", "head", "other"]),
        /** What it is, as the document says. */
        description: TextSchema.optional(),
      }),
    )
    .optional(),
  /** Who may be a member, as the statutes say. */
  membership: TextSchema.optional().meta({ description: "Who may be a member, as the statutes say" }),
  /** Ids of the units or members it is made of. */
  members: z.array(OrganizationSchema).optional(),
  /** Where the record comes from (document, section). */
  source: TextSchema.optional(),
});

/**
 * An association as plain data.
 *
 * @example
 * ```ts
 * import { parseAssociation, type Association } from "bibliotekos/models";
 * const association: Association = parseAssociation({ name: "Lietuvos regionų bibliotekų asociacija", founded: "2012" });
 * association.founded;
 * //=> "2012"
 * ```
 */
export type Association = z.infer<typeof AssociationSchema>;

/**
 * Validates an {@link Association}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseAssociation } from "bibliotekos/models";
 * parseAssociation({ name: "Asociacija", founded: "12" });
 * //=> throws invalid_model
 * ```
 */
export function parseAssociation(input: unknown): Association {
  return parseModel(AssociationSchema, input, "Association");
}

/**
 * Like {@link parseAssociation}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseAssociation } from "bibliotekos/models";
 * safeParseAssociation({ name: "Lietuvos regionų bibliotekų asociacija", governingBodies: [{ name: "Valdyba", role: "collegial_management" }] }).success;
 * //=> true
 * ```
 */
export function safeParseAssociation(input: unknown): SafeResult<Association> {
  return toSafeResult(() => parseAssociation(input));
}
