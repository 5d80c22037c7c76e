// Checks the fixtures against the generated JSON Schemas with a small validator of the keywords
// zod emits (type, properties, required, additionalProperties, items, enum, const, pattern,
// minLength, minimum, maximum, minItems, anyOf), so that a non-TypeScript app validating with
// schemas/*.json accepts what parseX accepts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJSONSchema, type ModelName } from "../../src/models/index";
import { readFixture } from "../_lib/seeds";
import { agreement, annualReport, association, institution, project, sponsor, support } from "./arbitraries";

type Schema = Record<string, unknown>;

function errors(schema: Schema, value: unknown, path: string): string[] {
  const out: string[] = [];
  if (Array.isArray(schema.anyOf)) {
    return (schema.anyOf as Schema[]).some((branch) => errors(branch, value, path).length === 0)
      ? []
      : [`${path}: no anyOf branch matches`];
  }
  const type = schema.type as string | undefined;
  const typeOf = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (type !== undefined && !(type === typeOf || (type === "number" && typeOf === "integer")))
    return [`${path}: expected ${type}, got ${typeOf}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${path}: not in enum`);
  if ("const" in schema && schema.const !== value) out.push(`${path}: not the const`);
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern).test(value))
      out.push(`${path}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === "number" && value.length < schema.minLength) out.push(`${path}: too short`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) out.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && value > schema.maximum) out.push(`${path}: above maximum`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems) out.push(`${path}: too few items`);
    if (schema.items) value.forEach((item, i) => out.push(...errors(schema.items as Schema, item, `${path}.${i}`)));
  }
  if (typeOf === "object") {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) out.push(`${path}.${key}: required`);
    for (const [key, item] of Object.entries(record)) {
      const sub = properties[key];
      if (sub) out.push(...errors(sub, item, `${path}.${key}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${key}: not allowed`);
    }
  }
  return out;
}

const FIXTURES: Array<[string, ModelName, (data: unknown) => unknown[]]> = [
  ["institution-ignalina.json", "Institution", (d) => [d]],
  ["agreements-2022-panevezys.json", "Agreement", (d) => d as unknown[]],
  ["projects.json", "Project", (d) => d as unknown[]],
  ["sponsors-2009-2011.json", "Sponsor", (d) => (d as { sponsors: unknown[] }).sponsors],
  ["sponsors-2009-2011.json", "Support", (d) => (d as { support: unknown[] }).support],
  ["association-regional-libraries.json", "Association", (d) => [d]],
  ["annual-report-2023-ignalina.json", "AnnualReport", (d) => [d]],
];

describe("the JSON Schemas", () => {
  it.each(FIXTURES)("accept the records of %s as %s", (file, model, pick) => {
    const schema = toJSONSchema(model);
    for (const record of pick(JSON.parse(readFixture(`models/${file}`)))) expect(errors(schema, record, "$")).toEqual([]);
  });

  it.each([
    ["Agreement", agreement],
    ["Institution", institution],
    ["Project", project],
    ["Sponsor", sponsor],
    ["Support", support],
    ["Association", association],
    ["AnnualReport", annualReport],
  ] as const)("accept every generated %s that parse accepts", (model, arbitrary) => {
    const schema = toJSONSchema(model);
    fc.assert(
      fc.property(arbitrary as fc.Arbitrary<unknown>, (record) => {
        expect(errors(schema, record, "$")).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("reject what the schema can say is wrong: a bad date, an unknown field, a missing party", () => {
    const schema = toJSONSchema("Agreement");
    expect(errors(schema, { library: "x", parties: [], signed: "2022-2-1", extra: 1 }, "$")).toEqual([
      "$.parties: too few items",
      "$.signed: does not match ^[1-9][0-9]{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
      "$.extra: not allowed",
    ]);
  });
});
