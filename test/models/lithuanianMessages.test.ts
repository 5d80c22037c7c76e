// The Lithuanian messages of a record's problems are whole sentences: issue #17 found every "too
// big" problem ending in "undefined" (`year: 10000` → "Skaičius turi būti ne didesnis kaip 9999
// undefined"), zod's own Lithuanian wording, in every model, in checkReport and in the CLI.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/checks/index";
import {
  safeParseAgreement,
  safeParseAnnualReport,
  safeParseAssociation,
  safeParseBranch,
  safeParseInstitution,
  safeParseOrganization,
  safeParseProject,
  safeParseServicePoint,
  safeParseSponsor,
  safeParseSupport,
  type ErrorIssue,
} from "../../src/models/index";
import { toErrorIssues } from "../../src/models/_lib/issues";
import { readFixture } from "../_lib/seeds";
import {
  agreement,
  annualReport,
  association,
  branch,
  institution,
  organization,
  project,
  servicePoint,
  sponsor,
  support,
} from "./arbitraries";

type Parse = (input: unknown) => { success: boolean; error?: { issues?: readonly ErrorIssue[] | undefined } };

const MODELS: Array<[string, fc.Arbitrary<unknown>, Parse]> = [
  ["Organization", organization, safeParseOrganization],
  ["Agreement", agreement, safeParseAgreement],
  ["Institution", institution, safeParseInstitution],
  ["Project", project, safeParseProject],
  ["AnnualReport", annualReport, safeParseAnnualReport],
  ["Branch", branch, safeParseBranch],
  ["ServicePoint", servicePoint, safeParseServicePoint],
  ["Sponsor", sponsor, safeParseSponsor],
  ["Support", support, safeParseSupport],
  ["Association", association, safeParseAssociation],
];

const issuesOf = (parse: Parse, input: unknown): readonly ErrorIssue[] => parse(input).error?.issues ?? [];

/** Every path to a leaf of a record (arrays and objects walked). */
function leaves(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== "object") return [path];
  const entries = Array.isArray(value) ? value.map((item, i) => [i, item] as const) : Object.entries(value);
  return entries.flatMap(([key, item]) => leaves(item, [...path, key]));
}

/** A deep copy of `record` with the leaf at `path` replaced by `value`. */
function withLeaf(record: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...Array<string | number>];
  const copy = (Array.isArray(record) ? [...(record as unknown[])] : { ...(record as object) }) as Record<string | number, unknown>;
  copy[key] = withLeaf(copy[key], rest, value);
  return copy;
}

describe("the Lithuanian messages of a record's problems", () => {
  it("say that a year is too big, in every model with a year, with no 'undefined'", () => {
    const report = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as Record<string, unknown>;
    const institution = JSON.parse(readFixture("models/institution-ignalina.json")) as Record<string, unknown>;
    const cases: Array<[Parse, unknown, string]> = [
      [safeParseAnnualReport, { ...report, year: 10000 }, "year"],
      [safeParseAnnualReport, withLeaf(report, ["budgetLines", 0, "year"], 10000), "budgetLines.0.year"],
      [
        safeParseProject,
        {
          name: "Legendos",
          role: "lead",
          period: { start: "2023", end: "2023" },
          funding: [{ year: 10000, amount: { amount: "1", currency: "EUR" } }],
        },
        "",
      ],
    ];
    for (const [parse, input, at] of cases) {
      const issues = issuesOf(parse, input).filter((issue) => issue.code === "too_big");
      expect(issues.length, at).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.messageLt).toBe("Skaičius turi būti ne didesnis kaip 9999");
      if (at !== "") expect(issues.map((issue) => issue.path.join("."))).toContain(at);
    }
    const staff = institution.staff as unknown[] | undefined;
    if (staff !== undefined && staff.length > 0) {
      const messages = issuesOf(safeParseInstitution, withLeaf(institution, ["staff", 0, "year"], 10000)).map((issue) => issue.messageLt);
      expect(messages).toContain("Skaičius turi būti ne didesnis kaip 9999");
    }
  });

  it("name the bound of a number, a text and a list, too small or too big, in both languages", () => {
    const issue = (code: "too_small" | "too_big", origin: string, bound: number | bigint, inclusive = true) =>
      ({
        code,
        origin,
        inclusive,
        path: [],
        message: "",
        input: undefined,
        ...(code === "too_big" ? { maximum: bound } : { minimum: bound }),
      }) as never;
    const messages = toErrorIssues([
      issue("too_big", "number", 9999),
      issue("too_big", "number", 100, false),
      issue("too_big", "bigint", 5n),
      issue("too_big", "string", 3),
      issue("too_big", "array", 1),
      issue("too_small", "number", 1000),
      issue("too_small", "string", 1),
      issue("too_small", "array", 2),
    ]).map((i) => [i.message, i.messageLt]);
    expect(messages).toEqual([
      ["Expected a number ≤ 9999", "Skaičius turi būti ne didesnis kaip 9999"],
      ["Expected a number < 100", "Skaičius turi būti mažesnis kaip 100"],
      ["Expected a number ≤ 5", "Skaičius turi būti ne didesnis kaip 5"],
      ["Expected at most 3 characters", "Turi būti ne daugiau kaip 3 simboliai"],
      ["Expected at most 1 item", "Turi būti ne daugiau kaip 1 elementas"],
      ["Expected a number ≥ 1000", "Skaičius turi būti ne mažesnis kaip 1000"],
      ["Must not be empty", "Negali būti tuščias"],
      ["Expected at least 2 items", "Turi būti bent 2 elementai"],
    ]);
  });

  it("never hold 'undefined', whatever value of whatever type a leaf of any model gets", () => {
    const wrong = fc.oneof(
      fc.constantFrom(undefined, 10000, 1e9, -1, 0, 1.5, NaN, "", "x", null, true, [], {}),
      fc.integer(),
      fc.bigInt(),
      fc.string({ maxLength: 3 }),
    );
    for (const [name, record, parse] of MODELS) {
      fc.assert(
        fc.property(
          // A record with no leaf (every optional part left out, and an empty list) has nothing to replace.
          record
            .filter((valid) => leaves(valid).length > 0)
            .chain((valid) => fc.tuple(fc.constant(valid), fc.constantFrom(...leaves(valid)), wrong)),
          ([valid, path, value]) => {
            for (const issue of issuesOf(parse, withLeaf(valid, path, value))) {
              expect(issue.messageLt, `${name} ${path.join(".")}`).not.toMatch(/undefined|\[object/);
              expect(issue.message, `${name} ${path.join(".")}`).not.toMatch(/undefined|\[object/);
            }
          },
        ),
        { numRuns: Number(process.env.FC_RUNS ?? 150) },
      );
    }
  });

  it("are checkReport's findings for a report that does not match the schema", () => {
    const report = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as Record<string, unknown>;
    const findings = checkReport({ ...report, year: 10000 } as never);
    expect(findings.map((f) => [f.code, f.path.join("."), f.message.lt])).toEqual([
      ["invalid_report", "year", "Skaičius turi būti ne didesnis kaip 9999"],
    ]);
  });
});
