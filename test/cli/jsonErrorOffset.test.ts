import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonErrorOffset } from "../../src/cli/_lib/jsonErrorOffset";
import { readFixture } from "../_lib/seeds";

describe("jsonErrorOffset", () => {
  it.each([
    ['{\n  "year": 2023,\n  "units": [,]\n}', 30],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ["[1, 2", 5],
    ['"tab\there"', 4],
    ['"\\x"', 1],
    ["01", 1],
    ["tru", 0],
    ["{} x", 3],
    ["", 0],
  ])("finds where %j stops being JSON (offset %d)", (text, offset) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  it("finds nothing wrong in valid JSON: the 2023 report and generated values", () => {
    expect(jsonErrorOffset(readFixture("models/annual-report-2023-ignalina.json"))).toBe(-1);
    fc.assert(
      fc.property(fc.jsonValue(), (value) => jsonErrorOffset(JSON.stringify(value, null, 1)) === -1),
      { numRuns: 200 },
    );
  });

  it("gives no position, rather than a crash, for nesting too deep to scan", () => {
    expect([-1, 200_000]).toContain(jsonErrorOffset("[".repeat(200_000)));
  });
});
