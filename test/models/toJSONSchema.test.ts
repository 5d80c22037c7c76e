import { describe, expect, it } from "vitest";
import { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "../../src/models/index";

describe("toJSONSchema", () => {
  it.each(Object.keys(MODEL_SCHEMAS) as ModelName[])("gives %s a draft 2020-12 JSON Schema that is plain JSON", (name) => {
    const schema = toJSONSchema(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe(`bibliotekos/${name}`);
    expect(schema.title).toBe(name);
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("writes the shapes a non-TypeScript app needs: date patterns, the currency enum, required fields", () => {
    const agreement = toJSONSchema("Agreement") as {
      required: string[];
      properties: Record<string, { type?: string; description?: string }>;
    };
    expect(agreement.required).toEqual(["library", "parties", "signed"]);
    expect(agreement.properties.signed?.type).toBe("string");
    expect(JSON.stringify(toJSONSchema("AnnualReport"))).toContain('"enum":["EUR","LTL"]');
  });
});

describe("toJSONSchema of a name that is not a model (issue #17)", () => {
  it.each(["Nope", "toString", "constructor", "__proto__", "", 1, null, undefined, 1n])("throws invalid_argument for %s", (name) => {
    expect(() => toJSONSchema(name as ModelName)).toThrow(expect.objectContaining({ name: "BibliotekosError", code: "invalid_argument" }));
  });
});
