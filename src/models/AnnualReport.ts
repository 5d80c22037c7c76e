import * as z from "zod";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { INDICATOR_ID } from "../_lib/patterns";
import { UNITS } from "../lexicon/units";
import { normalizeClassificationCode } from "../reference/economicClassification";
import { FUNDING_SOURCES } from "../reference/fundingSources";
import { bilingual } from "./_lib/bilingual";
import { parseModel } from "./_lib/issues";
import { CountSchema, DatePeriodSchema, DecimalStringSchema, IdSchema, MoneySchema, TextSchema } from "./common";

const SOURCE_IDS = FUNDING_SOURCES.map((s) => s.id) as [string, ...string[]];
const UNIT_IDS = UNITS.map((u) => u.id);

/**
 * A reporting unit of an annual report: a row label of its tables. `kind` says what it is: the
 * whole library system (`Iš viso`), the central library, a named branch, a group of branches
 * (`Kaimo filialai`) or a service point. `members` lists what a group or the total is made of:
 * its children in the hierarchy (unit ids, or ids of branches that have no row of their own);
 * `branchId` links a unit to a `Branch` of the institution.
 *
 * @example
 * ```ts
 * import { ReportingUnitSchema } from "bibliotekos/models";
 * ReportingUnitSchema.safeParse({ id: "rural", name: "Kaimo filialai", kind: "branch_group" }).success;
 * //=> true
 * ```
 */
export const ReportingUnitSchema = z.strictObject({
  /** Stable id of the record. */
  id: IdSchema,
  /** The name as the document writes it. */
  name: TextSchema.meta({ description: "The row label as the report writes it" }),
  /** What kind it is. */
  kind: z.literal(["total", "central_library", "branch", "branch_group", "service_point", "service_point_group"]),
  /** The `Branch` this unit is. */
  branchId: IdSchema.optional(),
  /** Ids of the units or members it is made of. */
  members: z.array(IdSchema).optional().meta({ description: "Unit or branch ids a group or total is made of" }),
});

/**
 * A reporting unit of an annual report, as plain data (the type of {@link ReportingUnitSchema}):
 * a row label of its tables. Its `members` are its children in the hierarchy that `rollup`
 * (`bibliotekos/indicators`) sums up and `checkReport` checks: what a group or the total is
 * made of.
 *
 * @example
 * ```ts
 * import type { ReportingUnit } from "bibliotekos/models";
 * const units: ReportingUnit[] = [
 *   { id: "total", name: "Iš viso", kind: "total", members: ["central", "rural"] },
 *   { id: "central", name: "Ignalinos biblioteka", kind: "central_library" },
 *   { id: "rural", name: "Kaimo filialai", kind: "branch_group" },
 * ];
 * units[0].members;
 * //=> ["central", "rural"]
 * ```
 */
export type ReportingUnit = z.infer<typeof ReportingUnitSchema>;

/**
 * One figure of a report: a unit × an indicator × a period → a value, kept as the decimal string
 * it was written as (`"22.3"`, `"73341"`). `indicator` is an indicator id (snake_case; the
 * catalogue comes with the indicators module). `unit` is a lexicon `UnitId` (`physical_units`,
 * `titles`, `percent`, …). A difference column is an observation with `differenceFrom`, the
 * period it is compared with.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from "bibliotekos/models";
 * ObservationSchema.safeParse({ unitId: "total", indicator: "acquisitions", period: { start: "2023", end: "2023" }, value: "6690", unit: "physical_units" }).success;
 * //=> true
 * ```
 */
export const ObservationSchema = z.strictObject({
  /** A reporting unit id. */
  unitId: IdSchema,
  /** Indicator id (snake_case). */
  indicator: z.string().regex(INDICATOR_ID).meta({ description: "Indicator id (snake_case)" }),
  /** The period it covers. */
  period: DatePeriodSchema,
  /** The value, as a decimal string. */
  value: DecimalStringSchema,
  /** A lexicon `UnitId` (`physical_units`, `titles`, `percent`, …). */
  unit: z.literal(UNIT_IDS).optional().meta({ description: "A lexicon UnitId: physical_units, titles, percent, persons, …" }),
  /** For a difference column: the period compared with. */
  differenceFrom: DatePeriodSchema.optional().meta({ description: "For a difference column: the period compared with" }),
  /** The text as the document writes it. */
  asWritten: TextSchema.optional(),
  /** A note. */
  note: TextSchema.optional(),
});

/**
 * One figure of a report, as plain data (the type of {@link ObservationSchema}): a unit ×
 * an indicator × a period → a value, the decimal string it was written as. The one shape of an
 * observation in the library: reports carry it, `rollup` (`bibliotekos/indicators`) takes it,
 * `checkReport` checks it.
 *
 * @example
 * ```ts
 * import type { Observation } from "bibliotekos/models";
 * const acquisitions: Observation = { unitId: "central", indicator: "acquisitions", period: { start: "2023", end: "2023" }, value: "1548" };
 * acquisitions.period.start;
 * //=> "2023"
 * ```
 */
export type Observation = z.infer<typeof ObservationSchema>;

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
});

/**
 * An annual activity report (metų veiklos ataskaita): the institution, the year and reporting
 * period, the reporting units of its tables, the figures (observations), the budget lines, the
 * targets and the narrative sections. Enough to carry everything the 2023 Ignalina report holds.
 *
 * Cross-field rules: unit ids are unique; every observation, target and group member names a
 * declared unit.
 *
 * @example
 * ```ts
 * import { AnnualReportSchema } from "bibliotekos/models";
 * const result = AnnualReportSchema.safeParse({
 *   institutionId: "ignalina_district_library",
 *   year: 2023,
 *   reportingPeriod: { start: "2023-01-01", end: "2023-12-31" },
 *   units: [{ id: "total", name: "Iš viso", kind: "total" }],
 *   observations: [{ unitId: "total", indicator: "events", period: { start: "2023", end: "2023" }, value: "764" }],
 * });
 * result.success;
 * //=> true
 * ```
 */
export const AnnualReportSchema = z
  .strictObject({
    /** Id of the reporting institution. */
    institutionId: IdSchema,
    /** Name of the reporting institution, as the report writes it. */
    institutionName: TextSchema.optional(),
    /** The year. */
    year: z.int().min(1000).max(9999),
    /** The title, as written. */
    title: TextSchema.optional(),
    /** The reporting period (ataskaitinis laikotarpis). */
    reportingPeriod: DatePeriodSchema,
    /** Staff headcount in the year. */
    staffCount: CountSchema.optional(),
    /** The reporting units: the row labels of the tables. */
    units: z.array(ReportingUnitSchema),
    /** The figures: unit × indicator × period → value. */
    observations: z.array(ObservationSchema).optional(),
    /** The budget chapter, one line per source and article. */
    budgetLines: z.array(BudgetLineSchema).optional(),
    /** Targets of the activity plan and how they went. */
    targets: z.array(TargetSchema).optional(),
    /** Narrative sections, heading and text. */
    narrative: z
      .array(
        z.strictObject({
          /** The section heading, as the report writes it. */
          heading: TextSchema,
          /** The section text (or an excerpt). */
          text: TextSchema,
        }),
      )
      .optional(),
  })
  .superRefine(
    (value, ctx) => {
      if (typeof value !== "object" || value === null) return;
      const report = value as { units?: unknown; observations?: unknown; targets?: unknown };
      if (!Array.isArray(report.units)) return;
      const ids = new Set<string>();
      report.units.forEach((unit: unknown, index) => {
        const id = (unit as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (ids.has(id))
          ctx.addIssue({
            code: "custom",
            path: ["units", index, "id"],
            ...bilingual("duplicate_id", `Duplicate unit id "${id}"`, `Padalinio identifikatorius „${id}“ kartojasi`),
          });
        ids.add(id);
      });
      const unknownUnit = (id: string) =>
        bilingual("unknown_unit", `No reporting unit with id "${id}"`, `Nėra ataskaitos padalinio, kurio identifikatorius „${id}“`);
      for (const [key, field] of [
        ["observations", "unitId"],
        ["targets", "unitId"],
      ] as const) {
        const list = report[key];
        if (!Array.isArray(list)) continue;
        list.forEach((item: unknown, index) => {
          const id = (item as Record<string, unknown> | null)?.[field];
          if (typeof id === "string" && !ids.has(id)) ctx.addIssue({ code: "custom", path: [key, index, field], ...unknownUnit(id) });
        });
      }
    },
    { when: () => true },
  );

/**
 * An annual report as plain data.
 *
 * @example
 * ```ts
 * import { parseAnnualReport, type AnnualReport } from "bibliotekos/models";
 * const report: AnnualReport = parseAnnualReport({ institutionId: "x", year: 2023, reportingPeriod: { start: "2023-01-01", end: "2023-12-31" }, units: [] });
 * report.year;
 * //=> 2023
 * ```
 */
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

/**
 * Validates an {@link AnnualReport}.
 *
 * @param input - a record.
 * @returns the record (a new object).
 * @throws {@link BibliotekosError} `invalid_model`, with every problem in `issues`.
 *
 * @example
 * ```ts
 * import { parseAnnualReport } from "bibliotekos/models";
 * parseAnnualReport({ institutionId: "x", year: 2023, reportingPeriod: { start: "2023-12-31", end: "2023-01-01" }, units: [] });
 * //=> throws invalid_model
 * ```
 */
export function parseAnnualReport(input: unknown): AnnualReport {
  return parseModel(AnnualReportSchema, input, "AnnualReport");
}

/**
 * Like {@link parseAnnualReport}, but returns the error instead of throwing it: every problem at
 * once, each with its path.
 *
 * @example
 * ```ts
 * import { safeParseAnnualReport } from "bibliotekos/models";
 * const result = safeParseAnnualReport({
 *   institutionId: "x", year: 2023, reportingPeriod: { start: "2023-01-01", end: "2023-12-31" },
 *   units: [{ id: "total", name: "Iš viso", kind: "total" }],
 *   observations: [{ unitId: "rural", indicator: "events", period: { start: "2023", end: "2023" }, value: "527" }],
 *   budgetLines: [{ year: 2023, sourceId: "municipal_budget", used: { amount: "774795,00", currency: "EUR" } }],
 * });
 * result.success ? null : result.error.issues?.map((issue) => issue.path.join("."));
 * //=> ["budgetLines.0.used.amount", "observations.0.unitId"]
 * ```
 */
export function safeParseAnnualReport(input: unknown): SafeResult<AnnualReport> {
  return toSafeResult(() => parseAnnualReport(input));
}
