// The shipped JSON Schemas against zod: the same valid and invalid records through both, in ajv
// (draft 2020-12, strict mode, ajv-formats), as an app without TypeScript would validate them.
// Where they differ, the difference is one of DIFFERENCES, each listed in docs/models.md.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "../../src/models/index";
import { readFixture } from "../_lib/seeds";
import { agreement, annualReport, association, institution, project, servicePoint, sponsor, support } from "./arbitraries";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validators = new Map<ModelName, ValidateFunction>();
function ajvAccepts(model: ModelName, record: unknown): boolean {
  let validate = validators.get(model);
  if (!validate) validators.set(model, (validate = ajv.compile(toJSONSchema(model))));
  return validate(record);
}

/** zod's verdict: `"valid"`, or its issues' codes (our rule names for custom issues) and paths. */
function zodIssues(model: ModelName, record: unknown): "valid" | Array<{ code: string; path: PropertyKey[] }> {
  const result = MODEL_SCHEMAS[model].safeParse(record);
  if (result.success) return "valid";
  return result.error.issues.map((issue) => {
    const rule = (issue as { params?: { rule?: unknown } }).params?.rule;
    return { code: typeof rule === "string" ? rule : issue.code, path: issue.path };
  });
}
function zodCodes(model: ModelName, record: unknown): "valid" | string[] {
  const issues = zodIssues(model, record);
  return issues === "valid" ? issues : issues.map((issue) => issue.code);
}
/** A difference of DIFFERENCES: a cross-field rule, or a URL the schema's scheme check lets through. */
function isListedDifference({ code, path }: { code: string; path: PropertyKey[] }): boolean {
  return CROSS_FIELD.has(code) || (code === "invalid_format" && path.at(-1) === "url");
}

/**
 * What zod rejects and the JSON Schemas cannot: rules that compare one field with another, or
 * with the rest of a list. Each has a record that shows it, and a row in docs/models.md.
 */
const DIFFERENCES: Array<{ code: string; model: ModelName; record: unknown }> = [
  { code: "reversed_range", model: "Project", record: { title: "X", period: { start: "2024", end: "2023-06" } } },
  {
    code: "reversed_range",
    model: "Support",
    record: { amount: { min: { amount: "100", currency: "EUR" }, max: { amount: "99.99", currency: "EUR" } } },
  },
  {
    code: "agreement_ends_before_signed",
    model: "Agreement",
    record: {
      library: "panevezys_county_library",
      parties: [{ name: "Kurija", kind: "religious", country: "LT" }],
      signed: "2022-02-01",
      validUntil: "2021",
    },
  },
  {
    code: "history_out_of_order",
    model: "Branch",
    record: {
      id: "ceikiniai",
      name: "Ceikinių filialas",
      type: "rural_branch",
      history: [
        { kind: "moved", date: "2020-05" },
        { kind: "opened", date: "1950" },
      ],
    },
  },
  {
    code: "duplicate_id",
    model: "AnnualReport",
    record: {
      institutionId: "x",
      year: 2023,
      reportingPeriod: { start: "2023", end: "2023" },
      units: [
        { id: "total", name: "Iš viso", kind: "total" },
        { id: "total", name: "Iš viso", kind: "total" },
      ],
    },
  },
  {
    code: "unknown_unit",
    model: "AnnualReport",
    record: {
      institutionId: "x",
      year: 2023,
      reportingPeriod: { start: "2023", end: "2023" },
      units: [{ id: "total", name: "Iš viso", kind: "total" }],
      observations: [{ unitId: "town", indicator: "events", period: { start: "2023", end: "2023" }, value: "237" }],
    },
  },
  {
    code: "unknown_branch",
    model: "Institution",
    record: {
      id: "ignalina",
      name: "Ignalinos rajono savivaldybės viešoji biblioteka",
      type: "municipal_public",
      branches: [{ id: "linkmenys", name: "Linkmenų filialas", type: "rural_branch" }],
      servicePoints: [{ id: "antalksne", name: "Antalksnės punktas", type: "service_point_regular", servedBy: "ceikiniai" }],
    },
  },
  {
    code: "duplicate_year",
    model: "Institution",
    record: {
      id: "ignalina",
      name: "Ignalinos rajono savivaldybės viešoji biblioteka",
      type: "municipal_public",
      staff: [
        { year: 2023, count: 48 },
        { year: 2023, count: 47 },
      ],
    },
  },
  // The schema checks a URL's scheme only; zod parses it as the URL standard does.
  { code: "invalid_format", model: "Project", record: { title: "X", url: "http://" } },
];

/** What the schemas now say as zod does (each was accepted by the schemas before). */
const BOTH_REJECT: Array<[string, ModelName, unknown, string]> = [
  ...["abc", "2.1.1.", "2.1.1.1.1.01", "01.1", "2. 1", "0", "", "100.1", "2.1.1.1.1.1.1"].map(
    (code) =>
      [
        `article code ${JSON.stringify(code)}`,
        "AnnualReport",
        {
          institutionId: "x",
          year: 2023,
          reportingPeriod: { start: "2023", end: "2023" },
          units: [{ id: "total", name: "Iš viso", kind: "total" }],
          budgetLines: [{ year: 2023, sourceId: "municipal_budget", articleCode: code }],
        },
        "invalid_article_code",
      ] as [string, ModelName, unknown, string],
  ),
  ...["2022-02-29", "2023-02-30", "2023-04-31", "1900-02-29", "2100-02-29", "2022-00", "2022-13-01", "2022-2-1", "0999", "２０２２"].map(
    (date) =>
      [
        `date ${JSON.stringify(date)}`,
        "Agreement",
        { library: "panevezys_county_library", parties: [{ name: "Kurija", kind: "religious", country: "LT" }], signed: date },
        "invalid_date",
      ] as [string, ModelName, unknown, string],
  ),
  ["an amount range with no bound", "Support", { amount: { asWritten: "daug" } }, "amount_without_bounds"],
  [
    "an amount range in two currencies",
    "Support",
    { amount: { min: { amount: "1", currency: "EUR" }, max: { amount: "2", currency: "LTL" } } },
    "currency_mismatch",
  ],
  ["Arabic-Indic digits in a decimal", "Project", { title: "X", results: [{ text: "renginių", value: "١٢" }] }, "invalid_decimal"],
  ["a letter beyond ASCII in an id", "Project", { title: "X", id: "ąžuolas" }, "invalid_id"],
  [
    "a legal-entity code of 6 digits",
    "Institution",
    { id: "x", name: "X", type: "municipal_public", identifiers: { legalEntityCode: "123456" } },
    "invalid_format",
  ],
  [
    "a legal-entity code in Arabic-Indic digits",
    "Institution",
    { id: "x", name: "X", type: "municipal_public", identifiers: { legalEntityCode: "١٢٣٤٥٦٧" } },
    "invalid_format",
  ],
];

/** Valid records that must pass both (the schema must not be stricter than zod). */
const BOTH_ACCEPT: Array<[string, ModelName, unknown]> = [
  ...["2024-02-29", "2000-02-29", "1600-02-29", "2023-04-30", "2023-12-31", "2023-02-28", "1000", "9999-12"].map(
    (date) =>
      [
        `date ${JSON.stringify(date)}`,
        "Agreement",
        { library: "panevezys_county_library", parties: [{ name: "Kurija", kind: "religious", country: "LT" }], signed: date },
      ] as [string, ModelName, unknown],
  ),
  ...["https://ąžuolas.lt/naujienos", "https://www.ignalinosbiblioteka.lt/a b", "mailto:biblioteka@ignalina.lt"].map(
    (url) => [`url ${JSON.stringify(url)}`, "Project", { title: "X", url }] as [string, ModelName, unknown],
  ),
  ["an amount range with one bound", "Support", { amount: { max: { amount: "2", currency: "LTL" } } }],
];

const FIXTURES: Array<[string, ModelName, (data: unknown) => unknown[]]> = [
  ["institution-ignalina.json", "Institution", (d) => [d]],
  ["agreements-2022-panevezys.json", "Agreement", (d) => d as unknown[]],
  ["projects.json", "Project", (d) => d as unknown[]],
  ["sponsors-2009-2011.json", "Sponsor", (d) => (d as { sponsors: unknown[] }).sponsors],
  ["sponsors-2009-2011.json", "Support", (d) => (d as { support: unknown[] }).support],
  ["association-regional-libraries.json", "Association", (d) => [d]],
  ["annual-report-2023-ignalina.json", "AnnualReport", (d) => [d]],
];

const ARBITRARIES = [
  ["Agreement", agreement],
  ["Institution", institution],
  ["ServicePoint", servicePoint],
  ["Project", project],
  ["Sponsor", sponsor],
  ["Support", support],
  ["Association", association],
  ["AnnualReport", annualReport],
] as const;

/** Values that break a field one way or another, put in place of any one value of a valid record. */
const BREAKERS: unknown[] = [
  ...["abc", "2.1.1.", "2022-02-29", "2023-02-30", "2023-04-31", "1900-02-29", "2024-02-29", "2023-13", "", " ", "0", "-1"],
  ...["1e3", "22,3", "x y", "LT", "lt", "EUR", "2.1.1.1.1.01", "01.1", "http://", "https://ąžuolas.lt", "１２", "١٢", "ąžuolas"],
  ...[0, -1, 1.5, 10000, 999, null, true, [], {}],
];

type Path = Array<string | number>;
function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [at];
  return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, Array.isArray(value) ? Number(key) : key]))];
}
function replaced(value: unknown, [head, ...rest]: Path, by: unknown): unknown {
  if (head === undefined) return by;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, by);
  return copy;
}

const CROSS_FIELD = new Set(DIFFERENCES.map((d) => d.code).filter((code) => code !== "invalid_format"));

describe("the JSON Schemas in ajv against zod", () => {
  it.each(FIXTURES)("accept the real records of %s as %s, as zod does", (file, model, pick) => {
    for (const record of pick(JSON.parse(readFixture(`models/${file}`)))) {
      expect(zodCodes(model, record)).toBe("valid");
      expect(ajvAccepts(model, record), ajv.errorsText(validators.get(model)?.errors)).toBe(true);
    }
  });

  it.each(ARBITRARIES)("accept every generated %s, as zod does", (model, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (record) => {
        expect(zodCodes(model, record)).toBe("valid");
        expect(ajvAccepts(model, record), ajv.errorsText(validators.get(model)?.errors)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it.each(BOTH_REJECT)("reject %s, as zod does", (_label, model, record, code) => {
    expect(zodCodes(model, record)).toEqual([code]);
    expect(ajvAccepts(model, record)).toBe(false);
  });

  it.each(BOTH_ACCEPT)("accept %s, as zod does", (_label, model, record) => {
    expect(zodCodes(model, record)).toBe("valid");
    expect(ajvAccepts(model, record), ajv.errorsText(validators.get(model)?.errors)).toBe(true);
  });

  it.each(DIFFERENCES.map((d) => [d.code, d.model, d] as const))("differ on %s (%s) only as docs/models.md says", (code, model, d) => {
    expect(zodCodes(model, d.record)).toEqual([code]);
    expect(ajvAccepts(model, d.record)).toBe(true);
  });

  it.each(ARBITRARIES)("agree on a generated %s with one value broken, but for the cross-field rules", (model, arbitrary) => {
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, fc.nat(), fc.constantFrom(...BREAKERS), (record, pick, breaker) => {
        const all = paths(record);
        const broken = replaced(record, all[pick % all.length] as Path, breaker);
        const zod = zodIssues(model, broken);
        const schema = ajvAccepts(model, broken);
        if (zod === "valid") expect(schema, `the schema rejects what zod accepts: ${JSON.stringify(broken)}`).toBe(true);
        else if (schema)
          expect(
            zod.filter((issue) => !isListedDifference(issue)),
            JSON.stringify(broken),
          ).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("are listed, every difference, in docs/models.md", () => {
    const guide = readFileSync(join(__dirname, "..", "..", "docs", "models.md"), "utf8");
    const section = guide.slice(guide.indexOf("## What the JSON Schemas do not say"));
    for (const { code, model } of DIFFERENCES)
      expect(section, `${code} (${model})`).toMatch(new RegExp(`\\| \`${code}\` \\|[^\\n]*\\b${model}\\b`));
  });
});
