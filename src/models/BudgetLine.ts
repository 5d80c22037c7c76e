import * as z from "zod";
import { normalizeClassificationCode } from "../reference/economicClassification";
import { FUNDING_SOURCES } from "../reference/fundingSources";
import { bilingual } from "./_lib/bilingual";
import { ARTICLE_CODE } from "./_lib/jsonPatterns";
import { DecimalStringSchema, MoneySchema, TextSchema } from "./common";
import { SourceLocationSchema } from "./SourceLocation";

const SOURCE_IDS = FUNDING_SOURCES.map((s) => s.id) as [string, ...string[]];

/**
 * One line of a report's budget chapter: a year, a funding source (a `FUNDING_SOURCES` id), an
 * expenditure article (economic classification code as the act writes it, `"2.1.1.1.1.1"`, or a
 * group code `"2.1.1"`; the FAQ's `"2.1.1.1.1.01"` is rejected here: normalize it first with
 * `normalizeClassificationCode`), what it was for, and the amounts: planned (patvirtinta),
 * received (gauti asignavimai), collected (paid-service revenue the
 * library took in), used (panaudota, kasinės išlaidos), carried over (likutis), the
 * execution percentage as written, and a note.
 *
 * @example
 * ```ts
 * import { BudgetLineSchema } from "bibliotekos/models";
 * BudgetLineSchema.safeParse({ year: 2023, sourceId: "municipal_budget", articleCode: "2.2", planned: { amount: "57000.00", currency: "EUR" } }).success;
 * //=> true
 * BudgetLineSchema.safeParse({ year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1.1.1.01" }).success;
 * //=> false
 * ```
 */
export const BudgetLineSchema = z.strictObject({
  /** The year. */
  year: z.int().min(1000).max(9999),
  /** A `FUNDING_SOURCES` id. */
  sourceId: z.literal(SOURCE_IDS).meta({ description: "A FUNDING_SOURCES id" }),
  /** Economic classification code as the act writes it (`"2.1.1.1.1.1"`, no trailing dot). */
  articleCode: z
    .string()
    .refine(
      (code) => normalizeClassificationCode(code) === code,
      bilingual(
        "invalid_article_code",
        'Expected an economic classification code as the act writes it ("2.1.1.1.1.1", no trailing dot)',
        "Tikėtasi ekonominės klasifikacijos kodo, parašyto kaip akte („2.1.1.1.1.1“, be taško gale)",
      ),
    )
    .meta({ description: "Economic classification code as the act writes it (2.1.1.1.1.1, no trailing dot)", pattern: ARTICLE_CODE.source })
    .optional(),
  /** The article as the report names it. */
  article: TextSchema.optional().meta({ description: "The article as the report names it" }),
  /** What it is for. */
  purpose: TextSchema.optional().meta({ description: "What the money was for (a programme, a project, books)" }),
  /** What was planned (patvirtinta). */
  planned: MoneySchema.optional(),
  /** Appropriations or funds received (gauta). */
  received: MoneySchema.optional().meta({ description: "Appropriations received (gauti asignavimai)" }),
  /** Revenue the library collected itself (paid services). */
  collected: MoneySchema.optional().meta({
    description: "Revenue collected by the library itself (paid services), before it returns as appropriations",
  }),
  /** Used (panaudota, kasinės išlaidos). */
  used: MoneySchema.optional(),
  /** Balance at the end of the period (likutis). */
  carriedOver: MoneySchema.optional(),
  /** Execution (įvykdymas) in percent, as written. */
  executionPercent: DecimalStringSchema.optional(),
  /** A note. */
  note: TextSchema.optional(),
  /** Where it was read from, when a reader read it from a document. */
  source: SourceLocationSchema.optional(),
});

/**
 * One line of a budget chapter, as plain data (the type of {@link BudgetLineSchema}): what
 * `bibliotekos/budget` sums and checks.
 *
 * @example
 * ```ts
 * import type { BudgetLine } from "bibliotekos/models";
 * const wages: BudgetLine = { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1", planned: { amount: "714000.00", currency: "EUR" } };
 * wages.articleCode;
 * //=> "2.1.1"
 * ```
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
