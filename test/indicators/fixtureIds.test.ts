import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/indicators/index";
import { readFixture } from "../_lib/seeds";

describe("the 2023 annual report fixture", () => {
  it("names its figures with catalogue indicators (shares of a total aside)", () => {
    const report = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as { observations: Array<{ indicator: string }> };
    const unknown = [...new Set(report.observations.map((o) => o.indicator))].filter((id) => getIndicator(id) === undefined);
    expect(unknown).toEqual(["stock_share_of_total"]);
  });
});
