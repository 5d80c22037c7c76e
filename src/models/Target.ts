import * as z from "zod";
import { UNIT_IDS } from "./_lib/unitIds";
import { INDICATOR_ID } from "../_lib/patterns";
import { DecimalStringSchema, IdSchema, TextSchema } from "./common";
import { SourceLocationSchema } from "./SourceLocation";

/**
 * A target of the activity plan and how it went: what was planned (`planned.value` with its
 * comparison: at least, at most, exactly; or a qualitative criterion), what was achieved
 * (`actual`), and the verdict the report gives (pasiektas, beveik pasiektas, įgyvendintas
 * nevisiškai, nepasiektas).
 *
 * @example
 * ```ts
 * import { TargetSchema } from "bibliotekos/models";
 * TargetSchema.safeParse({ ref: "4.1", description: "Gerinti gyventojų sutelktumo procentą", indicator: "reach", planned: { comparison: "at_least", value: "24.0", unit: "percent" }, actual: "22.3", outcome: "not_achieved" }).success;
 * //=> true
 * ```
 */
export const TargetSchema = z.strictObject({
  /** The plan's numbering (`"4.1"`). */
  ref: TextSchema.optional().meta({ description: 'The plan\'s numbering ("4.1", "2.1.3")' }),
  /** What it is, as the document says. */
  description: TextSchema,
  /** Indicator id (snake_case). */
  indicator: z.string().regex(INDICATOR_ID).optional(),
  /** A reporting unit id. */
  unitId: IdSchema.optional(),
  /** What was planned (patvirtinta). */
  planned: z
    .strictObject({
      /** How the actual value is judged against the planned one. */
      comparison: z.literal(["at_least", "at_most", "exactly", "qualitative"]),
      /** The value, as a decimal string. */
      value: DecimalStringSchema.optional(),
      /** A lexicon `UnitId` (`physical_units`, `titles`, `percent`, …). */
      unit: z.literal(UNIT_IDS).optional(),
      /** A qualitative criterion, as written. */
      text: TextSchema.optional(),
    })
    .optional(),
  /** The value achieved (decimal string). */
  actual: DecimalStringSchema.optional(),
  /** The verdict the report gives. */
  outcome: z.literal(["achieved", "almost_achieved", "partly_achieved", "not_achieved"]).optional(),
  /** A note. */
  note: TextSchema.optional(),
  /** Where it was read from, when a reader read it from a document. */
  source: SourceLocationSchema.optional(),
});
