import { describe, expectTypeOf, it } from "vitest";
import type { DatePeriod, IsoPartialDate } from "../../src/dates/index";
import { rollup, type RolledUpObservation } from "../../src/indicators/index";
import type * as Indicators from "../../src/indicators/index";
import type { Money } from "../../src/money/index";
import type { Agreement, AnnualReport, Institution, Observation, Project, ReportingUnit, SafeResult } from "../../src/models/index";
import { parseAgreement, safeParseProject } from "../../src/models/index";

describe("the inferred types", () => {
  it("give dates as partial-date strings, amounts as Money and counts as numbers", () => {
    expectTypeOf<Agreement["signed"]>().toEqualTypeOf<IsoPartialDate>();
    expectTypeOf<Agreement["validUntil"]>().toEqualTypeOf<IsoPartialDate | undefined>();
    expectTypeOf<NonNullable<NonNullable<AnnualReport["budgetLines"]>[number]["used"]>>().toMatchTypeOf<Money>();
    expectTypeOf<NonNullable<Institution["staff"]>[number]["count"]>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<Project["role"]>>().toEqualTypeOf<"coordinator" | "promoter" | "partner">();
    expectTypeOf<Agreement["parties"][number]["country"]>().toEqualTypeOf<string>();
  });

  it("make parseX return the model and safeParseX a SafeResult of it", () => {
    expectTypeOf(parseAgreement).returns.toEqualTypeOf<Agreement>();
    expectTypeOf(safeParseProject).returns.toEqualTypeOf<SafeResult<Project>>();
  });

  it("give one Observation and one ReportingUnit: the report's, which rollup takes and returns", () => {
    expectTypeOf<NonNullable<AnnualReport["observations"]>[number]>().toEqualTypeOf<Observation>();
    expectTypeOf<AnnualReport["units"][number]>().toEqualTypeOf<ReportingUnit>();
    expectTypeOf<Observation["period"]>().toEqualTypeOf<DatePeriod>();
    expectTypeOf<Indicators.Observation>().toEqualTypeOf<Observation>();
    expectTypeOf<Indicators.ReportingUnit>().toEqualTypeOf<ReportingUnit>();
    expectTypeOf(rollup).parameter(0).toEqualTypeOf<ReadonlyArray<Observation | RolledUpObservation>>();
    expectTypeOf<AnnualReport["units"]>().toMatchTypeOf<Parameters<typeof rollup>[1]>();
    expectTypeOf(rollup).returns.toEqualTypeOf<RolledUpObservation[]>();
    expectTypeOf<RolledUpObservation>().toMatchTypeOf<Observation>();
  });
});
