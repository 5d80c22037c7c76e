import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  isBibliotekosError,
  MODEL_SCHEMAS,
  parseAgreement,
  safeParseAgreement,
  safeParseAnnualReport,
  safeParseInstitution,
  safeParseProject,
  type ErrorIssue,
} from "../../src/models/index";
import { readFixture } from "../_lib/seeds";

function issuesOf(result: { success: boolean; error?: { issues?: readonly ErrorIssue[] | undefined } }): readonly ErrorIssue[] {
  expect(result.success).toBe(false);
  return result.error?.issues ?? [];
}

describe("bad input", () => {
  it("gets every problem of an agreement at once, each with its path, in English and in Lithuanian", () => {
    const result = safeParseAgreement({
      library: "panevezys_county_library",
      parties: [{ name: "", kind: "club", country: "lt" }],
      signed: "2022-02-30",
      validUntil: "2021",
      purpse: "typo",
    });
    const issues = issuesOf(result);
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["parties.0.name", "too_small"],
      ["parties.0.kind", "invalid_value"],
      ["parties.0.country", "invalid_country"],
      ["signed", "invalid_date"],
      ["", "unrecognized_keys"],
    ]);
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(5);
      expect(issue.messageLt.length).toBeGreaterThan(5);
      expect(issue.messageLt).not.toBe(issue.message);
    }
  });

  it("checks the cross-field rule even when other fields are wrong, with our own Lithuanian wording", () => {
    const issues = issuesOf(
      safeParseAgreement({
        library: "x",
        parties: [{ name: "A", kind: "club", country: "LT" }],
        signed: "2022-03-10",
        validUntil: "2021-12-31",
      }),
    );
    expect(issues.map((i) => i.path.join("."))).toEqual(["parties.0.kind", "validUntil"]);
    expect(issues[1]).toEqual({
      path: ["validUntil"],
      code: "agreement_ends_before_signed",
      message: "The agreement ends before it was signed",
      messageLt: "Sutarties pabaigos data ankstesnė už pasirašymo datą",
    });
  });

  it("compares partial dates by the days they cover: an agreement signed 2022-02-01 may run until 2022-02", () => {
    expect(
      safeParseAgreement({
        library: "x",
        parties: [{ name: "A", kind: "ngo", country: "LT" }],
        signed: "2022-02-01",
        validUntil: "2022-02",
      }).success,
    ).toBe(true);
    expect(
      safeParseAgreement({
        library: "x",
        parties: [{ name: "A", kind: "ngo", country: "LT" }],
        signed: "2022-02-01",
        validUntil: "2022-01",
      }).success,
    ).toBe(false);
  });

  it("says in Lithuanian which field is missing and which type was expected", () => {
    const issues = issuesOf(safeParseAgreement({ library: 7, parties: [{ name: "A", kind: "ngo", country: "LT" }] }));
    expect(issues.map((i) => [i.path.join("."), i.messageLt])).toEqual([
      ["library", "Tikėtasi, kad bus tekstas, o yra skaičius"],
      ["signed", "Privalomas laukas: tikėtasi, kad bus tekstas"],
    ]);
  });

  it("throws one BibliotekosError (invalid_model) from parseX, never a ZodError, with the first path and a summary in both languages", () => {
    let caught: unknown;
    try {
      parseAgreement({ library: "x", parties: [], signed: "2022" });
    } catch (error) {
      caught = error;
    }
    expect(caught).not.toBeInstanceOf(ZodError);
    expect(isBibliotekosError(caught)).toBe(true);
    const error = caught as { code: string; path: unknown; message: string; messageLt: string; toJSON(): unknown };
    expect(error.code).toBe("invalid_model");
    expect(error.path).toEqual(["parties"]);
    expect(error.message).toBe("Agreement: 1 problem: parties: Expected at least 1 item");
    expect(error.messageLt).toBe("Agreement: 1 klaida: parties: Turi būti bent 1 elementas");
    expect(JSON.parse(JSON.stringify(error.toJSON()))).toMatchObject({
      code: "invalid_model",
      issues: [{ path: ["parties"], code: "too_small" }],
    });
  });

  it("reports problems deep in an annual report: a bad amount, an unknown unit, a reversed period, the FAQ form of a code", () => {
    const report = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as Record<string, unknown> & {
      observations: Array<Record<string, unknown>>;
      budgetLines: Array<Record<string, unknown>>;
    };
    report.reportingPeriod = { start: "2023-12-31", end: "2023-01-01" };
    report.observations[3] = { ...report.observations[3], unitId: "kaimas" };
    report.budgetLines[1] = { ...report.budgetLines[1], articleCode: "2.1.1.1.1.01", used: { amount: "698 795,00", currency: "EUR" } };
    const issues = issuesOf(safeParseAnnualReport(report));
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["reportingPeriod.end", "reversed_range"],
      ["budgetLines.1.articleCode", "invalid_article_code"],
      ["budgetLines.1.used.amount", "invalid_decimal"],
      ["observations.3.unitId", "unknown_unit"],
    ]);
  });

  it("reports a service point served by a branch the institution does not have, and duplicate ids", () => {
    const issues = issuesOf(
      safeParseInstitution({
        id: "x",
        name: "Biblioteka",
        type: "municipal_public",
        branches: [
          { id: "a", name: "A filialas", type: "rural_branch" },
          { id: "a", name: "B filialas", type: "rural_branch" },
        ],
        servicePoints: [{ id: "p", name: "Punktas", type: "service_point_regular", servedBy: "c" }],
        staff: [
          { year: 2023, count: 48 },
          { year: 2023, count: 47 },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join("."), i.code])).toEqual([
      ["branches.1.id", "duplicate_id"],
      ["servicePoints.0.servedBy", "unknown_branch"],
      ["staff.1.year", "duplicate_year"],
    ]);
  });

  it("reports history listed out of order", () => {
    const issues = issuesOf(
      safeParseInstitution({
        id: "x",
        name: "B",
        type: "municipal_public",
        branches: [
          {
            id: "a",
            name: "A",
            type: "rural_branch",
            history: [
              { kind: "closed", date: "2020" },
              { kind: "opened", date: "1950-05" },
            ],
          },
        ],
      }),
    );
    expect(issues.map((i) => [i.path.join("."), i.messageLt])).toEqual([
      ["branches.0.history.1.date", "Istorijos įvykiai turi būti surašyti nuo seniausio"],
    ]);
  });

  it.each([null, undefined, 42, "sutartis", [], true])("rejects %j as any model, with the record itself as the path", (input) => {
    for (const name of Object.keys(MODEL_SCHEMAS)) {
      const result = (name === "Project" ? safeParseProject : safeParseAgreement)(input);
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.path).toEqual([]);
    }
  });

  it("stays fast and exact on long adversarial strings", () => {
    const long = "2022-".repeat(20_000);
    const issues = issuesOf(
      safeParseAgreement({
        library: "x",
        parties: [{ name: "A".repeat(100_000), kind: "ngo", country: "LT".repeat(10_000) }],
        signed: long,
      }),
    );
    expect(issues.map((i) => i.path.join("."))).toEqual(["parties.0.country", "signed"]);
    expect(safeParseProject({ title: "X", funding: [{ received: { amount: "1".repeat(50_000) + ".", currency: "EUR" } }] }).success).toBe(
      false,
    );
  });
});

describe("an issue's message", () => {
  it("says what was received, read from the input at the issue's path", () => {
    const result = safeParseAgreement({
      library: "x",
      parties: [{ name: "A", kind: "ngo", country: "LT", city: ["Panevėžys"] }],
      signed: 2022,
    });
    expect(result.success ? [] : result.error.issues?.map((i) => [i.message, i.messageLt])).toEqual([
      ["Expected string, received array", "Tikėtasi, kad bus tekstas, o yra masyvas"],
      ["Expected string, received number", "Tikėtasi, kad bus tekstas, o yra skaičius"],
    ]);
    const missing = safeParseProject({});
    expect(missing.success ? [] : missing.error.issues?.map((i) => i.messageLt)).toEqual(["Privalomas laukas: tikėtasi, kad bus tekstas"]);
  });
});
