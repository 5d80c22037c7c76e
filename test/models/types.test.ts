import { describe, expectTypeOf, it } from "vitest";
import type { IsoPartialDate } from "../../src/dates/index";
import type { Money } from "../../src/money/index";
import type { Agreement, AnnualReport, Institution, Project, SafeResult } from "../../src/models/index";
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
});
