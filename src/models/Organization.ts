import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { LEGAL_FORMS } from "../reference/legalForms";
import { parseModel } from "./_lib/issues";
import { CountryCodeSchema, IdSchema, TextSchema } from "./common";

const LEGAL_FORM_IDS = LEGAL_FORMS.map((form) => form.id) as [string, ...string[]];

/**
 * What kind of body a partner is.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_KINDS } from "bibliotekos/models";
 * ORGANIZATION_KINDS.includes("kindergarten");
 * //=> true
 * ```
 */
export const ORGANIZATION_KINDS = [
  "library",
  "school",
  "kindergarten",
  "university",
  "education_centre",
  "ngo",
  "association",
  "municipality",
  "public_authority",
  "company",
  "media",
  "religious",
  "other",
] as const;

/**
 * Any partner, sponsor or party: a school, a kindergarten, an NGO, a municipality, a company, a
 * library, a foreign body (with its `country`). `name` is the name as the document writes it;
 * `legalForm` is a `LEGAL_FORMS` id; `referenceId` points into `PUBLIC_LIBRARIES` when the party
 * is a public library of the network.
 *
 * @example
 * ```ts
 * import { OrganizationSchema } from "bibliotekos/models";
 * OrganizationSchema.safeParse({ name: "Dembavos lopšelis-darželis „Smalsutis“", kind: "kindergarten", country: "LT" }).success;
 * //=> true
 * ```
 */
export const OrganizationSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema.optional(),
  /** The name as the document writes it. */
  name: TextSchema.meta({ description: "The name as the document writes it (nominative)" }),
  /** An English name. */
  nameEn: TextSchema.optional(),
  /** Other names the documents use for the same body. */
  aliases: z.array(TextSchema).optional().meta({ description: "Other names the documents use for the same body" }),
  /** What kind it is. */
  kind: z.literal(ORGANIZATION_KINDS),
  /** A `LEGAL_FORMS` id. */
  legalForm: z.literal(LEGAL_FORM_IDS).optional(),
  /** ISO 3166-1 alpha-2 country code (`"LT"`). */
  country: CountryCodeSchema.meta({ description: "ISO 3166-1 alpha-2 code" }),
  /** City or town. */
  city: TextSchema.optional(),
  /** A `MUNICIPALITIES` id. */
  municipalityId: TextSchema.optional().meta({ description: "A MUNICIPALITIES id (bibliotekos/reference), for bodies in Lithuania" }),
  /** A `PUBLIC_LIBRARIES` id, for libraries of the network. */
  referenceId: TextSchema.optional().meta({ description: "A PUBLIC_LIBRARIES id (bibliotekos/reference), for libraries of the network" }),
  /** The body it is a unit of. */
  parent: TextSchema.optional().meta({ description: "The body it is a unit of (a branch, a department, a district office)" }),
});

/**
 * A partner, sponsor or party, as plain data.
 *
 * @example
 * ```ts
 * import { parseOrganization, type Organization } from "bibliotekos/models";
 * const partner: Organization = parseOrganization({ name: "Black book", kind: "company", country: "NO", city: "Oslas" });
 * partner.country;
 * //=> "NO"
 * ```
 */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * Validates an {@link Organization}.
 *
 * @param input - a record, e.g. from `JSON.parse`.
 * @returns the record (a new object; the input is not changed).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseOrganization } from "bibliotekos/models";
 * parseOrganization({ name: "Lietuvos kurčiųjų draugija", kind: "ngo", country: "LT" }).kind;
 * //=> "ngo"
 * parseOrganization({ name: "", kind: "club", country: "LT" });
 * //=> throws invalid_model
 * ```
 */
export function parseOrganization(input: unknown): Organization {
  return parseModel(OrganizationSchema, input, "Organization");
}

/**
 * Like {@link parseOrganization}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseOrganization } from "bibliotekos/models";
 * const result = safeParseOrganization({ name: "VšĮ Gerų naujienų televizija", kind: "media", country: "lt" });
 * result.success ? [] : result.error.issues?.map((issue) => issue.path.join("."));
 * //=> ["country"]
 * ```
 */
export function safeParseOrganization(input: unknown): SafeResult<Organization> {
  return toSafeResult(() => parseOrganization(input));
}
