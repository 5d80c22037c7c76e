import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { LEGAL_FORMS } from "../reference/legalForms";
import { bilingual } from "./_lib/bilingual";
import { parseModel } from "./_lib/issues";
import { BranchSchema, ServicePointSchema } from "./Branch";
import { CountSchema, DecimalStringSchema, IdSchema, IsoPartialDateSchema, TextSchema } from "./common";

const LEGAL_FORM_IDS = LEGAL_FORMS.map((form) => form.id) as [string, ...string[]];

/**
 * A library as an institution (įstaiga): its type and legal form, municipality and founder, the
 * parent it belongs to (for a branch library described on its own), address, identifiers (LIBIS
 * sigla, legal-entity code, ISIL if one is ever assigned), structural departments, staff by year,
 * and its branches and service points with their history.
 *
 * Cross-field rules: branch and service point ids are unique; a service point's `servedBy` is one
 * of the branches; one staff entry per year.
 *
 * @example
 * ```ts
 * import { InstitutionSchema } from "bibliotekos/models";
 * const result = InstitutionSchema.safeParse({
 *   id: "ignalina_district_library",
 *   name: "Ignalinos rajono savivaldybės viešoji biblioteka",
 *   type: "municipal_public",
 *   legalForm: "budget_institution",
 *   municipalityId: "ignalina_district",
 *   staff: [{ year: 2023, count: 48 }],
 * });
 * result.success;
 * //=> true
 * ```
 */
export const InstitutionSchema = z
  .strictObject({
    /** Stable id of the record. */
    id: IdSchema,
    /** The name as the document writes it. */
    name: TextSchema.meta({ description: "The official name (nominative)" }),
    /** An English name. */
    nameEn: TextSchema.optional(),
    /** A `PUBLIC_LIBRARIES` id, for libraries of the network. */
    referenceId: TextSchema.optional().meta({ description: "A PUBLIC_LIBRARIES id (bibliotekos/reference)" }),
    /** A `LIBRARY_TYPES` id. */
    type: z
      .literal(["national", "county_public", "municipal_public", "city_branch", "rural_branch"])
      .meta({ description: "A LIBRARY_TYPES id" }),
    /** A `LEGAL_FORMS` id. */
    legalForm: z.literal(LEGAL_FORM_IDS).optional().meta({ description: "A LEGAL_FORMS id" }),
    /** A `MUNICIPALITIES` id. */
    municipalityId: TextSchema.optional().meta({ description: "A MUNICIPALITIES id" }),
    /** The founder (steigėjas). */
    founder: TextSchema.optional().meta({ description: "The founder (steigėjas), e.g. the municipality" }),
    /** For a unit described on its own: the institution it belongs to. */
    parentId: IdSchema.optional().meta({ description: "For a unit described on its own: the institution it belongs to" }),
    /** Postal address. */
    address: TextSchema.optional(),
    /** Official identifiers, where known. */
    identifiers: z
      .strictObject({
        /** Legal-entity code (juridinio asmens kodas). */
        legalEntityCode: z
          .string()
          .regex(/^\d{7,9}$/)
          .optional()
          .meta({ description: "Juridinio asmens kodas" }),
        /** LIBIS sigla. */
        sigla: TextSchema.optional().meta({ description: "LIBIS sigla" }),
        /** ISIL code, if one is ever assigned. */
        isil: TextSchema.optional(),
      })
      .optional(),
    /** Structural departments (skyriai), as the report names them. */
    departments: z.array(TextSchema).optional().meta({ description: "Structural departments (skyriai), as the report names them" }),
    /** Staff by year. */
    staff: z
      .array(
        z.strictObject({
          /** The year. */
          year: z.int().min(1000).max(9999),
          /** Headcount (darbuotojai). */
          count: CountSchema.meta({ description: "Headcount (darbuotojai)" }),
          /** Full-time equivalents (etatai), a decimal string. */
          fte: DecimalStringSchema.optional().meta({ description: "Full-time equivalents (etatai)" }),
          /** The date the figure refers to. */
          asOf: IsoPartialDateSchema.optional(),
        }),
      )
      .optional(),
    /** Branches (filialai), each with its history. */
    branches: z.array(BranchSchema).optional(),
    /** Service points (bibliotekinio aptarnavimo punktai). */
    servicePoints: z.array(ServicePointSchema).optional(),
  })
  .superRefine(
    (value, ctx) => {
      if (typeof value !== "object" || value === null) return;
      const institution = value as { branches?: unknown; servicePoints?: unknown; staff?: unknown };
      const branchIds = new Set<string>();
      if (Array.isArray(institution.branches)) {
        institution.branches.forEach((branch: unknown, index) => {
          const id = (branch as { id?: unknown } | null)?.id;
          if (typeof id !== "string") return;
          if (branchIds.has(id))
            ctx.addIssue({
              code: "custom",
              path: ["branches", index, "id"],
              ...bilingual("duplicate_id", `Duplicate branch id "${id}"`, `Filialo identifikatorius „${id}“ kartojasi`),
            });
          branchIds.add(id);
        });
      }
      if (Array.isArray(institution.servicePoints)) {
        const pointIds = new Set<string>();
        institution.servicePoints.forEach((point: unknown, index) => {
          const { id, servedBy } = (point ?? {}) as { id?: unknown; servedBy?: unknown };
          if (typeof id === "string") {
            if (pointIds.has(id) || branchIds.has(id))
              ctx.addIssue({
                code: "custom",
                path: ["servicePoints", index, "id"],
                ...bilingual("duplicate_id", `Duplicate unit id "${id}"`, `Padalinio identifikatorius „${id}“ kartojasi`),
              });
            pointIds.add(id);
          }
          if (typeof servedBy === "string" && Array.isArray(institution.branches) && !branchIds.has(servedBy)) {
            ctx.addIssue({
              code: "custom",
              path: ["servicePoints", index, "servedBy"],
              ...bilingual("unknown_branch", `No branch with id "${servedBy}"`, `Nėra filialo, kurio identifikatorius „${servedBy}“`),
            });
          }
        });
      }
      if (Array.isArray(institution.staff)) {
        const years = new Set<unknown>();
        institution.staff.forEach((entry: unknown, index) => {
          const year = (entry as { year?: unknown } | null)?.year;
          if (years.has(year))
            ctx.addIssue({
              code: "custom",
              path: ["staff", index, "year"],
              ...bilingual(
                "duplicate_year",
                `Staff for ${String(year)} is given twice`,
                `${String(year)} m. darbuotojų skaičius nurodytas du kartus`,
              ),
            });
          years.add(year);
        });
      }
    },
    { when: () => true },
  );

/**
 * A library institution as plain data.
 *
 * @example
 * ```ts
 * import { parseInstitution, type Institution } from "bibliotekos/models";
 * const library: Institution = parseInstitution({ id: "kaunas_county_library", name: "Kauno apskrities viešoji biblioteka", type: "county_public" });
 * library.type;
 * //=> "county_public"
 * ```
 */
export type Institution = z.infer<typeof InstitutionSchema>;

/**
 * Validates an {@link Institution}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseInstitution } from "bibliotekos/models";
 * parseInstitution({ id: "x", name: "Biblioteka", type: "municipal_public", servicePoints: [{ id: "p", name: "Punktas", type: "service_point_regular", servedBy: "nowhere" }], branches: [] });
 * //=> throws invalid_model
 * ```
 */
export function parseInstitution(input: unknown): Institution {
  return parseModel(InstitutionSchema, input, "Institution");
}

/**
 * Like {@link parseInstitution}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseInstitution } from "bibliotekos/models";
 * const result = safeParseInstitution({ id: "x", name: "Biblioteka", type: "municipal_public", staff: [{ year: 2023, count: -48 }] });
 * result.success ? null : result.error.issues?.[0]?.messageLt;
 * //=> "Skaičius turi būti ne mažesnis kaip 0"
 * ```
 */
export function safeParseInstitution(input: unknown): SafeResult<Institution> {
  return toSafeResult(() => parseInstitution(input));
}
