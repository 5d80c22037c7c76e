import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { parseModel } from "./_lib/issues";
import { AmountRangeSchema, DatePeriodSchema, IdSchema, TextSchema } from "./common";
import { OrganizationSchema } from "./Organization";

/**
 * A sponsor or partner of a library, a project or a campaign (rėmėjas), as a thank-you text
 * lists them: the body, its role (main commercial sponsor, sponsor of single actions,
 * information sponsor, partner in activities), what it supported and when.
 *
 * @example
 * ```ts
 * import { SponsorSchema } from "bibliotekos/models";
 * SponsorSchema.safeParse({ organization: { name: "UAB „Tiketa“", kind: "company", legalForm: "private_company", country: "LT" }, role: "main_sponsor", project: "Bibliotekos pažangai" }).success;
 * //=> true
 * ```
 */
export const SponsorSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema.optional(),
  /** The body. */
  organization: OrganizationSchema,
  /** Its role. */
  role: z.literal(["main_sponsor", "sponsor", "information_sponsor", "partner"]).meta({
    description:
      "main_sponsor: pagrindinis rėmėjas; sponsor: joined single actions on a support basis; information_sponsor: informacinis rėmėjas; partner: joined activities as a partner",
  }),
  /** The linked project: its title or a `Project` id. */
  project: TextSchema.optional().meta({ description: "The project or campaign supported (title or Project id)" }),
  /** The period it covers. */
  period: DatePeriodSchema.optional(),
  /** A note. */
  note: TextSchema.optional(),
});

/**
 * A sponsor as plain data.
 *
 * @example
 * ```ts
 * import { parseSponsor, type Sponsor } from "bibliotekos/models";
 * const sponsor: Sponsor = parseSponsor({ organization: { name: "Swedbank", kind: "company", country: "LT" }, role: "sponsor" });
 * sponsor.role;
 * //=> "sponsor"
 * ```
 */
export type Sponsor = z.infer<typeof SponsorSchema>;

/**
 * Support received (parama), as texts state it: from whom (sponsor ids or names; `fromNote` for
 * groups such as „partneriai, neskaitant informacinių rėmėjų“), for what, over which period,
 * and how much, as an {@link AmountRangeSchema | amount range} because texts write bounds
 * (`daugiau nei už 100 tūkst. Lt` is a lower bound in litas).
 *
 * @example
 * ```ts
 * import { SupportSchema } from "bibliotekos/models";
 * const result = SupportSchema.safeParse({
 *   project: "Bibliotekos pažangai",
 *   period: { start: "2009", end: "2011" },
 *   amount: { min: { amount: "100000", currency: "LTL" }, minExclusive: true, asWritten: "daugiau nei už 100 tūkst. Lt" },
 * });
 * result.success;
 * //=> true
 * ```
 */
export const SupportSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema.optional(),
  /** What it was before (premises, regime, name). */
  from: z.array(TextSchema).optional().meta({ description: "Sponsor ids or names" }),
  /** Who, when the text names a group rather than bodies. */
  fromNote: TextSchema.optional().meta({ description: "Who, when the text names a group rather than bodies" }),
  /** The linked project: its title or a `Project` id. */
  project: TextSchema.optional(),
  /** The period it covers. */
  period: DatePeriodSchema.optional(),
  /** What kind it is. */
  kind: z.literal(["money", "in_kind", "mixed"]).optional(),
  /** The amount: a plain decimal string with a dot, as written (`"774795.00"`). */
  amount: AmountRangeSchema.optional(),
  /** What it is for. */
  purpose: TextSchema.optional(),
  /** A note. */
  note: TextSchema.optional(),
});

/**
 * Support received as plain data.
 *
 * @example
 * ```ts
 * import { parseSupport, type Support } from "bibliotekos/models";
 * const support: Support = parseSupport({ amount: { min: { amount: "100000", currency: "LTL" }, minExclusive: true } });
 * support.amount?.min?.currency;
 * //=> "LTL"
 * ```
 */
export type Support = z.infer<typeof SupportSchema>;

/**
 * Validates a {@link Sponsor}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseSponsor } from "bibliotekos/models";
 * parseSponsor({ organization: { name: "Nordea", kind: "company", country: "LT" }, role: "donor" });
 * //=> throws invalid_model
 * ```
 */
export function parseSponsor(input: unknown): Sponsor {
  return parseModel(SponsorSchema, input, "Sponsor");
}

/**
 * Like {@link parseSponsor}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseSponsor } from "bibliotekos/models";
 * safeParseSponsor({ organization: { name: "„Tyto Alba“", kind: "company", country: "LT" }, role: "sponsor" }).success;
 * //=> true
 * ```
 */
export function safeParseSponsor(input: unknown): SafeResult<Sponsor> {
  return toSafeResult(() => parseSponsor(input));
}

/**
 * Validates a {@link Support} record. Amount bounds must share a currency and `min` may not
 * exceed `max`.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseSupport } from "bibliotekos/models";
 * parseSupport({ amount: { min: { amount: "200", currency: "EUR" }, max: { amount: "100", currency: "EUR" } } });
 * //=> throws invalid_model
 * ```
 */
export function parseSupport(input: unknown): Support {
  return parseModel(SupportSchema, input, "Support");
}

/**
 * Like {@link parseSupport}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseSupport } from "bibliotekos/models";
 * const result = safeParseSupport({ amount: { min: { amount: "100", currency: "EUR" }, max: { amount: "400", currency: "LTL" } } });
 * result.success ? null : result.error.issues?.[0]?.path;
 * //=> ["amount", "max", "currency"]
 * ```
 */
export function safeParseSupport(input: unknown): SafeResult<Support> {
  return toSafeResult(() => parseSupport(input));
}
