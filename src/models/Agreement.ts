import * as z from "zod";
import { isIsoPartialDate } from "../dates/types";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { bilingual } from "./_lib/bilingual";
import { parseModel } from "./_lib/issues";
import { firstDay, lastDay } from "./_lib/partialDates";
import { IdSchema, IsoPartialDateSchema, TextSchema } from "./common";
import { OrganizationSchema } from "./Organization";

/**
 * A cooperation agreement (bendradarbiavimo sutartis) as a chronicle records it: who signed
 * (`library`, the library whose record it is, by id or name) with whom (`parties`: one or many;
 * one line of the 2022 Panevėžys chronicle signs with eleven libraries at once), when (`signed`),
 * what for (`purpose`), for which project (`project`, a title or a project id), and until when it
 * runs (`validUntil`, „Sutarties įvykdymo data“; absent when the text gives none).
 *
 * Cross-field rule: `validUntil` may not be before `signed` („Sutarties pabaigos data ankstesnė už
 * pasirašymo datą“). Dates compare by the days they cover: signed `"2022-02-01"`, valid until
 * `"2022-02"` is fine.
 *
 * @example
 * ```ts
 * import { AgreementSchema } from "bibliotekos/models";
 * const result = AgreementSchema.safeParse({
 *   library: "panevezys_county_library",
 *   parties: [{ name: "Panevėžio vyskupijos kurija", kind: "religious", country: "LT" }],
 *   signed: "2022-02-01",
 *   validUntil: "2024-12-31",
 * });
 * result.success;
 * //=> true
 * ```
 */
export const AgreementSchema = z
  .strictObject({
    /** Stable id of the record. */
    id: IdSchema.optional(),
    /** What kind it is. */
    kind: z
      .literal(["cooperation", "partnership", "other"])
      .optional()
      .meta({ description: "cooperation: bendradarbiavimo sutartis (the default reading); partnership: partnerystės sutartis" }),
    /** The library whose record it is: a `PUBLIC_LIBRARIES` id or its name. */
    library: TextSchema.meta({ description: "The library whose agreement it is: a PUBLIC_LIBRARIES id or its name" }),
    /** The other side: one or many bodies. */
    parties: z.array(OrganizationSchema).min(1).meta({ description: "The other side: one or many bodies" }),
    /** When it was signed. */
    signed: IsoPartialDateSchema,
    /** Its last day (month, year): „Sutarties įvykdymo data“; absent if not written. */
    validUntil: IsoPartialDateSchema.optional().meta({
      description: "Sutarties įvykdymo data: the last day (month, year) it runs; absent if not written",
    }),
    /** What it is for. */
    purpose: TextSchema.optional(),
    /** The linked project: its title or a `Project` id. */
    project: TextSchema.optional().meta({ description: "The linked project: its title or a Project id" }),
    /** Where the record comes from (document, section). */
    source: TextSchema.optional().meta({ description: "Where the record comes from (document, section)" }),
    /** A note. */
    note: TextSchema.optional(),
  })
  .superRefine(
    (value, ctx) => {
      const { signed, validUntil } = (value ?? {}) as { signed?: unknown; validUntil?: unknown };
      if (isIsoPartialDate(signed) && isIsoPartialDate(validUntil) && lastDay(validUntil) < firstDay(signed)) {
        ctx.addIssue({
          code: "custom",
          path: ["validUntil"],
          ...bilingual(
            "agreement_ends_before_signed",
            "The agreement ends before it was signed",
            "Sutarties pabaigos data ankstesnė už pasirašymo datą",
          ),
        });
      }
    },
    { when: () => true },
  );

/**
 * A cooperation agreement as plain data.
 *
 * @example
 * ```ts
 * import { parseAgreement, type Agreement } from "bibliotekos/models";
 * const agreement: Agreement = parseAgreement({ library: "panevezys_county_library", parties: [{ name: "Lietuvos kurčiųjų draugija", kind: "ngo", country: "LT" }], signed: "2022-10-13" });
 * agreement.validUntil;
 * //=> undefined
 * ```
 */
export type Agreement = z.infer<typeof AgreementSchema>;

/**
 * Validates an {@link Agreement}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseAgreement } from "bibliotekos/models";
 * parseAgreement({ library: "x", parties: [{ name: "VšĮ Visapusiško lavinimo centras", kind: "education_centre", country: "LT" }], signed: "2022-02-18", validUntil: "2024-02-18" }).validUntil;
 * //=> "2024-02-18"
 * parseAgreement({ library: "x", parties: [], signed: "2022-02-18", validUntil: "2021" });
 * //=> throws invalid_model
 * ```
 */
export function parseAgreement(input: unknown): Agreement {
  return parseModel(AgreementSchema, input, "Agreement");
}

/**
 * Like {@link parseAgreement}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseAgreement } from "bibliotekos/models";
 * const result = safeParseAgreement({ library: "x", parties: [{ name: "VšĮ Gerų naujienų televizija", kind: "media", country: "LT" }], signed: "2022-03-10", validUntil: "2021-12-31" });
 * result.success ? null : [result.error.path, result.error.issues?.[0]?.messageLt];
 * //=> [["validUntil"], "Sutarties pabaigos data ankstesnė už pasirašymo datą"]
 * ```
 */
export function safeParseAgreement(input: unknown): SafeResult<Agreement> {
  return toSafeResult(() => parseAgreement(input));
}
