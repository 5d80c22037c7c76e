import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { FUNDING_SOURCES } from "../reference/fundingSources";
import { PROGRAMMES } from "../reference/programmes";
import { parseModel } from "./_lib/issues";
import { DatePeriodSchema, DecimalStringSchema, IdSchema, MoneySchema, TextSchema } from "./common";
import { OrganizationSchema } from "./Organization";

const PROGRAMME_IDS = PROGRAMMES.map((p) => p.id) as [string, ...string[]];
const SOURCE_IDS = FUNDING_SOURCES.map((s) => s.id) as [string, ...string[]];

/**
 * A role in a project: coordinator (leads it), promoter (one of several implementing bodies,
 * projekto vykdytojas), partner (partnerio teisėmis).
 *
 * @example
 * ```ts
 * import { PROJECT_ROLES } from "bibliotekos/models";
 * PROJECT_ROLES;
 * //=> ["coordinator", "promoter", "partner"]
 * ```
 */
export const PROJECT_ROLES = ["coordinator", "promoter", "partner"] as const;

/**
 * A project (projektas) a library runs or joins: title (and other titles texts use), programme
 * (a `PROGRAMMES` id, and as written) and measure (priemonė), the library's `role`, the
 * participants with their countries and roles, period, status, funding lines (planned, received,
 * used, as `Money`; or the share used, as texts write „panaudoti 100 procentų“), goal, objectives,
 * and results as text with numbers.
 *
 * @example
 * ```ts
 * import { ProjectSchema } from "bibliotekos/models";
 * const result = ProjectSchema.safeParse({
 *   title: "Neformalusis švietimas bibliotekoje – galimybė kiekvienam",
 *   programmeId: "nordplus_adult",
 *   role: "partner",
 *   funding: [{ received: { amount: "2740.00", currency: "EUR" }, usedPercent: "100" }],
 * });
 * result.success;
 * //=> true
 * ```
 */
export const ProjectSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema.optional(),
  /** The title, as written. */
  title: TextSchema,
  /** Other titles the texts use for it. */
  otherTitles: z.array(TextSchema).optional().meta({ description: "Other titles the texts use for it" }),
  /** The library whose record it is: a `PUBLIC_LIBRARIES` id or its name. */
  library: TextSchema.optional().meta({ description: "The library whose record it is: a PUBLIC_LIBRARIES id or its name" }),
  /** A `PROGRAMMES` id. */
  programmeId: z.literal(PROGRAMME_IDS).optional().meta({ description: "A PROGRAMMES id" }),
  /** The programme as written. */
  programme: TextSchema.optional().meta({ description: "The programme as written" }),
  /** The measure (priemonė), as written. */
  measure: TextSchema.optional().meta({ description: "The measure (priemonė) as written" }),
  /** Its role. */
  role: z.literal(PROJECT_ROLES).optional().meta({ description: "The library's role" }),
  /** The other bodies, each with its role and country. */
  participants: z
    .array(
      z.strictObject({
        /** The body. */
        organization: OrganizationSchema,
        /** Its role in the project. */
        role: z.literal(PROJECT_ROLES),
      }),
    )
    .optional()
    .meta({ description: "The other bodies, each with its role and country" }),
  /** The period it covers. */
  period: DatePeriodSchema.optional(),
  /** Where it stands. */
  status: z.literal(["planned", "applied", "not_funded", "running", "completed"]).optional(),
  /** Funding lines: planned, received, used. */
  funding: z
    .array(
      z.strictObject({
        /** A `FUNDING_SOURCES` id. */
        sourceId: z.literal(SOURCE_IDS).optional().meta({ description: "A FUNDING_SOURCES id" }),
        /** The year. */
        year: z.int().min(1000).max(9999).optional(),
        /** What was planned (patvirtinta). */
        planned: MoneySchema.optional(),
        /** Appropriations or funds received (gauta). */
        received: MoneySchema.optional(),
        /** Used (panaudota, kasinės išlaidos). */
        used: MoneySchema.optional(),
        /** Share of the received funds used, in percent, as written. */
        usedPercent: DecimalStringSchema.optional().meta({
          description: "Share of received used, in percent, when the text gives a share",
        }),
        /** A note. */
        note: TextSchema.optional(),
      }),
    )
    .optional(),
  /** The goal (tikslas). */
  goal: TextSchema.optional(),
  /** Objectives (uždaviniai). */
  objectives: z.array(TextSchema).optional(),
  /** Results, as text with numbers. */
  results: z
    .array(
      z.strictObject({
        /** The text. */
        text: TextSchema,
        /** The value, as a decimal string. */
        value: DecimalStringSchema.optional(),
        /** A lexicon `UnitId` or unit as written. */
        unit: TextSchema.optional(),
      }),
    )
    .optional(),
  /** Web address. */
  url: z.url().optional(),
  /** Where the record comes from (document, section). */
  source: TextSchema.optional().meta({ description: "Where the record comes from" }),
  /** A note. */
  note: TextSchema.optional(),
});

/**
 * A project as plain data.
 *
 * @example
 * ```ts
 * import { parseProject, type Project } from "bibliotekos/models";
 * const project: Project = parseProject({ title: "Bendradarbiavimas kuriant biblioteką šeimai", programmeId: "enpi_cbc_lt_pl_ru_2007_2013" });
 * project.programmeId;
 * //=> "enpi_cbc_lt_pl_ru_2007_2013"
 * ```
 */
export type Project = z.infer<typeof ProjectSchema>;

/**
 * Validates a {@link Project}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseProject } from "bibliotekos/models";
 * parseProject({ title: "Europa skaito ir kuria", role: "leader" });
 * //=> throws invalid_model
 * ```
 */
export function parseProject(input: unknown): Project {
  return parseModel(ProjectSchema, input, "Project");
}

/**
 * Like {@link parseProject}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeParseProject } from "bibliotekos/models";
 * const result = safeParseProject({ title: "X", funding: [{ received: { amount: "3298,00", currency: "EUR" } }] });
 * result.success ? null : result.error.issues?.map((issue) => issue.path.join("."));
 * //=> ["funding.0.received.amount"]
 * ```
 */
export function safeParseProject(input: unknown): SafeResult<Project> {
  return toSafeResult(() => parseProject(input));
}
