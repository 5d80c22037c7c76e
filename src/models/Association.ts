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
  id: IdSchema.optional(),
  name: TextSchema,
  nameEn: TextSchema.optional(),
  legalForm: z.literal("association").optional().meta({ description: "The LEGAL_FORMS id" }),
  founded: IsoPartialDateSchema.optional(),
  legalBasis: TextSchema.optional().meta({ description: "The law it is founded under" }),
  description: TextSchema.optional(),
  goals: z.array(TextSchema).optional(),
  activities: z.array(TextSchema).optional(),
  governingBodies: z
    .array(
      z.strictObject({
        name: TextSchema,
        role: z.enum(["highest_body", "collegial_management", "head", "other"]),
        description: TextSchema.optional(),
      }),
    )
    .optional(),
  membership: TextSchema.optional().meta({ description: "Who may be a member, as the statutes say" }),
  members: z.array(OrganizationSchema).optional(),
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
