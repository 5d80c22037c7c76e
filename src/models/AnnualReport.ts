import * as z from "zod";
import { UNIT_IDS } from "./_lib/unitIds";
import type { SafeResult } from "../errors/SafeResult";
import { toSafeResult } from "../errors/SafeResult";
import { INDICATOR_ID } from "../_lib/patterns";
import { bilingual } from "./_lib/bilingual";
import { BudgetLineSchema } from "./BudgetLine";
import { parseModel } from "./_lib/issues";
import { CountSchema, DatePeriodSchema, DecimalStringSchema, IdSchema, TextSchema } from "./common";
import { SourceLocationSchema } from "./SourceLocation";
import { TargetSchema } from "./Target";

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
 * units[0]?.members;
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
  /** Where it was read from, when a reader read it from a document. */
  source: SourceLocationSchema.optional(),
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
          /**
           * Where the text was read from: one location per paragraph, in order, with the `start`
           * and `end` in the paragraph of the part the text holds. `text` is those parts joined
           * with `\n`, so that an offset in it finds its paragraph (`locateFindings`).
           */
          sources: z.array(SourceLocationSchema).optional(),
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
