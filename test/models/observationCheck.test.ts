import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createObservationCheck } from "../../src/models/_lib/observationCheck";
import { validateAnnualReport } from "../../src/models/validateAnnualReport";
import { ObservationSchema, safeParseAnnualReport } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";
import { decimal, id, partialDate, period, text } from "./arbitraries";

// Fields drawn mostly from valid values, sometimes from near misses, so that both verdicts are common.
const mostly = <T, U>(valid: fc.Arbitrary<T>, near: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: near, weight: 1 });
const nearDate = mostly(partialDate, fc.constantFrom("2023-02-29", "2024-02-29", "2023-13", "23", "2023-1-01", "", null, 2023, undefined));
const nearPeriod = mostly(
  period,
  fc.oneof(
    fc.record({ start: nearDate, end: nearDate }),
    fc.record({ start: nearDate }),
    fc.record({ start: partialDate, end: partialDate, extra: fc.constant("x") }),
    fc.constantFrom(
      null,
      "2023",
      [],
      { start: "2023", end: "2022" },
      { start: "2023-06", end: "2023-05-31" },
      { start: "2024-03", end: "2024-02-29" },
    ),
  ),
);
const nearValue = mostly(decimal, fc.constantFrom("007", "+1", "1,5", "1.", ".5", "-0", "1e3", "", " 1", 12, null));
const nearId = mostly(id, fc.constantFrom("", "a b", "ą", "x".repeat(121), "x".repeat(120), 5));
const nearIndicator = mostly(fc.constantFrom("loans", "reach", "loans_books"), fc.constantFrom("Loans", "1x", "a-b", "", "a_", 3));
const nearUnit = fc.constantFrom(undefined, "physical_units", "percent", "titles", "Percent", "pcs", "");
const nearText = mostly(text, fc.constantFrom("", 1, null));
const observation = fc
  .tuple(
    fc.record(
      {
        unitId: nearId,
        indicator: nearIndicator,
        period: nearPeriod,
        value: nearValue,
        unit: nearUnit,
        differenceFrom: nearPeriod,
        asWritten: nearText,
        note: nearText,
      },
      { requiredKeys: ["unitId", "indicator", "period", "value"] },
    ),
    fc.constantFrom("none", "none", "none", "none", "drop", "extra"),
    fc.constantFrom("unitId", "indicator", "period", "value"),
  )
  .map(([record, change, key]) => {
    if (change === "drop") {
      const { [key]: _dropped, ...rest } = record;
      return rest;
    }
    return change === "extra" ? { ...record, surprise: 1 } : record;
  });

describe("the hand check of observations (the fast path of checkReport's validation)", () => {
  it("accepts an observation only if ObservationSchema does, and accepts the valid ones zod accepts in plain form", () => {
    const passes = createObservationCheck();
    let accepted = 0;
    fc.assert(
      fc.property(observation, (candidate) => {
        const zod = ObservationSchema.safeParse(candidate).success;
        const hand = passes(candidate);
        if (hand) accepted++;
        // Never more lenient than zod; as strict only where it says "ask zod".
        if (hand) expect(zod).toBe(true);
        return true;
      }),
      { numRuns: 4000 },
    );
    expect(accepted).toBeGreaterThan(400); // the generator reaches valid observations
  });

  it("agrees with zod on every valid observation of plain form (no false doubts on the hot path)", () => {
    const valid = fc.record(
      {
        unitId: id,
        indicator: fc.constantFrom("loans", "reach"),
        period,
        value: decimal,
        unit: fc.constantFrom("physical_units", "percent"),
        differenceFrom: period,
        asWritten: text,
        note: text,
      },
      { requiredKeys: ["unitId", "indicator", "period", "value"] },
    );
    const passes = createObservationCheck();
    fc.assert(
      fc.property(valid, (candidate) => passes(candidate) === ObservationSchema.safeParse(candidate).success),
      { numRuns: 1000 },
    );
  });

  it("remembers valid ids per field: an indicator id is not thereby a valid unit id", () => {
    const passes = createObservationCheck();
    const period = { start: "2023", end: "2023" };
    const long = "a".repeat(130); // a valid indicator id, too long for a record id
    expect(passes({ unitId: "total", indicator: long, period, value: "1" })).toBe(true);
    expect(passes({ unitId: long, indicator: "loans", period, value: "1" })).toBe(false);
    expect(passes({ unitId: "Total", indicator: "loans", period, value: "1" })).toBe(true);
    expect(passes({ unitId: "total", indicator: "Total", period, value: "1" })).toBe(false);
  });

  it("doubts what is not a plain object", () => {
    const passes = createObservationCheck();
    class Figure {
      unitId = "total";
      indicator = "loans";
      period = { start: "2023", end: "2023" };
      value = "1";
    }
    expect(passes(new Figure())).toBe(false);
    expect(passes(null)).toBe(false);
    expect(passes([])).toBe(false);
    expect(passes({ unitId: "total", indicator: "loans", period: { start: "2023", end: "2023" }, value: "1" })).toBe(true);
  });
});

describe("validateAnnualReport (checkReport's validation)", () => {
  const report = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as Record<string, unknown>);

  it("passes the Ignalina report, as safeParseAnnualReport does", () => {
    expect(safeParseAnnualReport(report).success).toBe(true);
    expect(validateAnnualReport(report)).toBeUndefined();
  });

  it("gives the same problems as safeParseAnnualReport for a report with a bad observation, a bad unit and both", () => {
    const observations = report.observations as Array<Record<string, unknown>>;
    const badObservation = { ...report, observations: [...observations, { ...observations[0], value: "1,5" }] };
    const unknownUnit = { ...report, observations: [...observations, { ...observations[0], unitId: "nowhere" }] };
    const badUnit = { ...report, units: [...(report.units as unknown[]), { id: "x", name: "", kind: "branch" }] };
    const both = { ...badObservation, units: badUnit.units };
    for (const input of [badObservation, unknownUnit, badUnit, both, { ...report, observations: "none" }, null]) {
      const expected = safeParseAnnualReport(input);
      const error = validateAnnualReport(input);
      expect(expected.success).toBe(false);
      expect(error?.issues).toEqual(expected.success ? undefined : expected.error.issues);
    }
  });
});
