import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  change,
  computeIndicator,
  evaluateTarget,
  getIndicator,
  INDICATORS,
  rollup,
  share,
  type Observation,
  type ReportingUnit,
} from "../../src/indicators/index";
import { parseAnnualReport } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

const tables = JSON.parse(readFixture("indicators/ignalina-2023-tables.json")) as {
  units: Array<Pick<ReportingUnit, "id" | "members">>;
  acquisitions: Record<"2023" | "2022" | "difference", Record<string, [string, string]>>;
  stock2023: Record<
    string,
    { stock: string; share?: string; fiction: [string, string]; nonFiction: [string, string]; periodicals: [string, string] }
  >;
  reach: Record<"2023" | "2022", Record<string, string>>;
  events2023: Record<string, [string, string, string, string]>;
};
const UNITS = ["central", "dukstas", "rural"];

describe("the indicator catalogue", () => {
  it("has every indicator the issue names, each with Lithuanian and English names", () => {
    const required = [
      "registered_users",
      "new_users",
      "visits",
      "virtual_visits",
      "loans",
      "loans_books",
      "stock",
      "stock_fiction",
      "stock_non_fiction",
      "stock_periodicals",
      "acquisitions",
      "acquisitions_titles",
      "withdrawals",
      "events",
      "event_attendances",
      "educational_sessions",
      "inquiries_received",
      "inquiries_answered",
      "internet_sessions",
      "computers_users",
      "computers_staff",
      "floor_area",
      "shelving_metres",
      "staff",
      "staff_trained",
      "population",
      "home_delivery_users",
      "home_delivery_visits",
      "service_points",
      "reach",
      "loans_per_resident",
      "loans_per_user",
      "visits_per_user",
      "stock_turnover",
      "stock_per_resident",
      "acquisitions_per_1000_residents",
      "acquisition_spending_per_resident",
      "inquiries_answered_share",
    ];
    for (const id of required) expect(getIndicator(id), id).toBeDefined();
    for (const indicator of INDICATORS) {
      expect(indicator.nameLt.length, indicator.id).toBeGreaterThan(3);
      expect(indicator.nameEn.length, indicator.id).toBeGreaterThan(3);
      expect(indicator.id).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
    }
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
  });

  it("builds every formula from indicators of the catalogue, and never sums a ratio or a title count", () => {
    for (const indicator of INDICATORS) {
      if (indicator.formula) {
        expect(getIndicator(indicator.formula.numerator), indicator.id).toBeDefined();
        expect(getIndicator(indicator.formula.denominator), indicator.id).toBeDefined();
        expect(indicator.additive, indicator.id).toBe(false);
      }
      if (indicator.unit === "titles" || indicator.unit === "percent") expect(indicator.additive, indicator.id).toBe(false);
      if (indicator.partOf) expect(getIndicator(indicator.partOf)?.unit, indicator.id).toBe(indicator.unit);
    }
  });
});

describe("computeIndicator", () => {
  it.each([
    // DOMAIN.md §2: formulas that reproduce published figures.
    ["reach", { registered_users: "811", population: "1970" }, "41.2"],
    ["reach", { registered_users: "945892", population: "2806000" }, "33.7"],
    ["loans_per_user", { loans: "38169", registered_users: "1850" }, "20.6"],
    ["visits_per_user", { visits: "27430", registered_users: "1850" }, "14.8"],
    ["loans_per_user", { loans: "15775310", registered_users: "945892" }, "16.7"],
    ["acquisitions_per_1000_residents", { acquisitions: "6690", population: "14169" }, "472"],
    ["staff_trained_share", { staff_trained: "36", staff: "48" }, "75"],
    ["inquiries_answered_share", { inquiries_answered: "1909", inquiries_received: "1911" }, "99.9"],
  ])("computes %s from %j as %s", (id, inputs, expected) => {
    expect(computeIndicator(id, deepFreeze(inputs)).value).toBe(expected);
  });

  it("rejects an indicator that is not derived", () => {
    expect(() => computeIndicator("loans", {})).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("rejects inputs that are not decimal strings", () => {
    expect(() => computeIndicator("reach", { registered_users: "8,11", population: "1" })).toThrow(
      expect.objectContaining({ code: "invalid_decimal" }),
    );
  });
});

describe("share", () => {
  it("reproduces the fund shares of the 2023 report (34,5 / 6,3 / 59,2 %), which add up to 100,0", () => {
    const total = tables.stock2023["ignalina-library"]?.stock as string;
    const shares = UNITS.map((unit) => share(tables.stock2023[unit]?.stock as string, total)?.percent);
    expect(shares).toEqual(UNITS.map((unit) => tables.stock2023[unit]?.share));
  });

  it("reproduces every fiction / non-fiction / periodicals share of the stock table", () => {
    for (const [unit, row] of Object.entries(tables.stock2023)) {
      for (const [count, printed] of [row.fiction, row.nonFiction, row.periodicals]) {
        expect(share(count, row.stock)?.percent, `${unit} ${count}`).toBe(printed);
      }
    }
  });
});

describe("change", () => {
  it("reproduces the difference column of the acquisitions table", () => {
    for (const unit of ["ignalina-library", ...UNITS]) {
      const [units2023, titles2023] = tables.acquisitions["2023"][unit] as [string, string];
      const [units2022, titles2022] = tables.acquisitions["2022"][unit] as [string, string];
      expect([change(units2022, units2023).absolute, change(titles2022, titles2023).absolute]).toEqual(
        tables.acquisitions.difference[unit],
      );
    }
  });

  it("gives reach differences in percentage points, with the sign the report lost (· 2,0 %)", () => {
    const differences = ["ignalina-library", ...UNITS].map((unit) =>
      change(tables.reach["2022"][unit] as string, tables.reach["2023"][unit] as string, { indicator: "reach" }),
    );
    expect(differences.map((d) => d.absolute)).toEqual(["-2.0", "-8.4", "1.1", "1.4"]);
    expect(differences.every((d) => d.absoluteUnit === "percentage_points")).toBe(true);
  });
});

describe("evaluateTarget", () => {
  it("reads the report's targets: reach at least 24,0 % not met with 22,3 %; 300 trained with 479 met", () => {
    expect(evaluateTarget({ indicator: "reach", comparison: "at_least", value: "24.0" }, "22.3").status).toBe("not_met");
    expect(evaluateTarget({ comparison: "at_least", value: "300" }, "479").status).toBe("met");
    expect(evaluateTarget({ comparison: "at_least", value: "18000" }, "21053").status).toBe("met");
  });

  it("calls a target almost met only within an explicit tolerance", () => {
    const target = { comparison: "at_least" as const, value: "75000" };
    expect(evaluateTarget(target, "73341").status).toBe("not_met");
    expect(evaluateTarget(target, "73341", { tolerancePercent: "5" }).status).toBe("almost_met");
    expect(evaluateTarget(target, "73341", { tolerancePercent: "1" }).status).toBe("not_met");
  });

  it("handles at most and exactly", () => {
    expect(evaluateTarget({ comparison: "at_most", value: "10" }, "12")).toEqual({
      status: "not_met",
      shortfall: "2",
      achievedPercent: "120.0",
    });
    expect(evaluateTarget({ comparison: "exactly", value: "10.0" }, "10")).toEqual({
      status: "met",
      shortfall: "0",
      achievedPercent: "100.0",
    });
    expect(() => evaluateTarget({ comparison: "about" as "exactly", value: "1" }, "1")).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});

describe("rollup", () => {
  const year = (y: string) => ({ start: y, end: y });
  const acquisitions = (y: "2023" | "2022"): Observation[] =>
    UNITS.flatMap((unitId) => {
      const [units, titles] = tables.acquisitions[y][unitId] as [string, string];
      return [
        { unitId, indicator: "acquisitions", period: year(y), value: units },
        { unitId, indicator: "acquisitions_titles", period: year(y), value: titles },
      ];
    });
  const all = [{ id: "all", members: ["a", "b"] }, { id: "a" }, { id: "b" }];

  it("sums the acquisitions of the 2023 report's units into the library's total (6 690), and leaves titles alone", () => {
    const result = rollup(deepFreeze([...acquisitions("2023"), ...acquisitions("2022")]), deepFreeze(tables.units));
    const library = result.filter((o) => o.unitId === "ignalina-library");
    expect(library).toEqual([
      { unitId: "ignalina-library", indicator: "acquisitions", period: year("2023"), value: "6690", origin: "rolled_up" },
      { unitId: "ignalina-library", indicator: "acquisitions", period: year("2022"), value: "7408", origin: "rolled_up" },
    ]);
    // The titles of the units add up to 1 744, the report's total is 971: titles are not additive.
  });

  it("sums the events table by kind into its totals", () => {
    const observations: Observation[] = UNITS.flatMap((unitId) => {
      const [, complex, oral, visual] = tables.events2023[unitId] as string[];
      return [
        { unitId, indicator: "events_complex", period: year("2023"), value: complex as string },
        { unitId, indicator: "events_oral", period: year("2023"), value: oral as string },
        { unitId, indicator: "events_visual", period: year("2023"), value: visual as string },
      ];
    });
    const library = rollup(observations, tables.units)
      .filter((o) => o.unitId === "ignalina-library")
      .map((o) => o.value);
    expect(library).toEqual((tables.events2023["ignalina-library"] as string[]).slice(1));
  });

  it("recomputes a ratio from summed inputs, never by averaging the children's ratios", () => {
    const result = rollup(
      [
        { unitId: "a", indicator: "registered_users", period: year("2023"), value: "10" },
        { unitId: "a", indicator: "population", period: year("2023"), value: "100" },
        { unitId: "b", indicator: "registered_users", period: year("2023"), value: "90" },
        { unitId: "b", indicator: "population", period: year("2023"), value: "100" },
      ],
      all,
    );
    expect(result.find((o) => o.unitId === "all" && o.indicator === "reach")?.value).toBe("50.0");
    expect(result.find((o) => o.unitId === "a" && o.indicator === "reach")?.value).toBe("10.0");
  });

  it("does not sum where a child has no value (missing is not zero), and keeps reported parents", () => {
    const result = rollup(
      [
        { unitId: "a", indicator: "loans", period: year("2023"), value: "10" },
        { unitId: "all", indicator: "visits", period: year("2023"), value: "7" },
        { unitId: "a", indicator: "visits", period: year("2023"), value: "3" },
        { unitId: "b", indicator: "visits", period: year("2023"), value: "3" },
      ],
      all,
    );
    expect(result.filter((o) => o.unitId === "all")).toEqual([
      { unitId: "all", indicator: "visits", period: year("2023"), value: "7", origin: "reported" },
    ]);
  });

  it("groups by the whole period, and keeps difference columns as reported without summing them", () => {
    const half = { start: "2023-01", end: "2023-06" };
    const result = rollup(
      [
        { unitId: "a", indicator: "visits", period: half, value: "3" },
        { unitId: "b", indicator: "visits", period: half, value: "4" },
        { unitId: "a", indicator: "visits", period: { start: "2023-01", end: null }, value: "5" },
        { unitId: "a", indicator: "visits", period: year("2023"), differenceFrom: year("2022"), value: "-1" },
        { unitId: "b", indicator: "visits", period: year("2023"), differenceFrom: year("2022"), value: "-2" },
      ],
      all,
    );
    expect(result.filter((o) => o.origin === "rolled_up")).toEqual([
      { unitId: "all", indicator: "visits", period: half, value: "7", origin: "rolled_up" },
    ]);
    expect(result.filter((o) => o.differenceFrom !== undefined).map((o) => [o.unitId, o.value, o.origin])).toEqual([
      ["a", "-1", "reported"],
      ["b", "-2", "reported"],
    ]);
  });

  it("takes an annual report's observations and units as they are: a group of branches the report does not list is not summed", () => {
    const report = parseAnnualReport(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")));
    const result = rollup(deepFreeze(report.observations ?? []), deepFreeze(report.units));
    const reported = result.filter((o) => o.origin === "reported");
    expect(reported).toHaveLength(report.observations?.length ?? 0);
    // Every reported figure comes back as it was, the model's fields with it.
    expect(reported.map(({ origin: _, ...rest }) => rest)).toEqual(report.observations);
    expect(result.some((o) => o.unitId === "rural" && o.origin === "rolled_up")).toBe(false);
    // The result shares no object with the input; its periods are read-only.
    expect(result[0]?.period).not.toBe(report.observations?.[0]?.period);
    expect(Object.isFrozen(result[0]?.period)).toBe(true);
  });

  it("rejects a bad unit, a member of two units, a cycle and bad observations with their paths", () => {
    const reject = (units: unknown[], path: Array<string | number>, observations: unknown[] = []) =>
      expect(() => rollup(observations as Observation[], units as ReportingUnit[])).toThrow(
        expect.objectContaining({ code: "invalid_argument", path }),
      );
    reject([{ id: "a" }, null], ["units", 1]);
    reject([{ id: "a", members: "b" }], ["units", 0, "members"]);
    reject([{ id: "a", members: [1] }], ["units", 0, "members", 0]);
    reject([{ id: "a" }, { id: "a" }], ["units", 1, "id"]);
    reject([{ id: "a", members: ["c"] }, { id: "b", members: ["c"] }, { id: "c" }], ["units", 1, "members", 0]);
    reject([{ id: "a", members: ["c", "c"] }, { id: "c" }], ["units", 0, "members", 1]);
    reject(
      [
        { id: "a", members: ["b"] },
        { id: "b", members: ["a"] },
      ],
      ["units"],
    );
    reject([{ id: "a", members: ["a"] }], ["units"]);
    const o = { unitId: "a", indicator: "loans", period: year("2023"), value: "1" };
    reject([{ id: "a" }], ["observations", 1], [o, o]);
    reject([{ id: "a" }], ["observations", 1], [o, null]);
    reject([{ id: "a" }], ["observations", 0], [{ ...o, period: "2023" }]);
    reject([{ id: "a" }], ["observations", 0], [{ ...o, period: { start: 2023, end: 2023 } }]);
    reject([{ id: "a" }], ["observations", 0, "unitId"], [{ ...o, unitId: "b" }]);
    reject([{ id: "a" }], ["observations", 0, "differenceFrom"], [{ ...o, differenceFrom: "2022" }]);
    expect(() => rollup([{ ...o, value: "1,5" }], [{ id: "a" }])).toThrow(
      expect.objectContaining({ code: "invalid_decimal", path: ["observations", 0, "value"] }),
    );
  });

  it("names the cycle it found", () => {
    const units = [{ id: "other" }, { id: "a", members: ["b"] }, { id: "b", members: ["c"] }, { id: "c", members: ["a"] }];
    expect(() => rollup([], units)).toThrow("a → b → c → a");
  });

  it("changes nothing when rolled up again, whatever the tree", () => {
    const tree = fc
      .integer({ min: 2, max: 12 })
      .chain((n) =>
        fc.tuple(
          fc.constant(n),
          fc.array(fc.nat(), { minLength: n, maxLength: n }),
          fc.array(fc.tuple(fc.nat({ max: 100000 }), fc.nat({ max: 100000 })), { minLength: n, maxLength: n }),
        ),
      );
    fc.assert(
      fc.property(tree, ([n, parents, values]) => {
        // Unit i (i > 0) is a member of one of the units before it.
        const units = Array.from({ length: n }, (_, i) => ({ id: `u${i}`, members: [] as string[] }));
        for (let i = 1; i < n; i++) units[(parents[i] as number) % i]?.members.push(`u${i}`);
        const leaves = units.filter((u) => u.members.length === 0);
        const observations: Observation[] = leaves.flatMap((u, i) => [
          { unitId: u.id, indicator: "registered_users", period: year("2023"), value: String((values[i] as [number, number])[0]) },
          {
            unitId: u.id,
            indicator: "population",
            period: year("2023"),
            value: String((values[i] as [number, number])[0] + (values[i] as [number, number])[1] + 1),
          },
        ]);
        const once = rollup(deepFreeze(observations), deepFreeze(units));
        expect(rollup(deepFreeze(once), units)).toEqual(once);
        const root = once.find((o) => o.unitId === "u0" && o.indicator === "registered_users")?.value;
        const expected = observations.filter((o) => o.indicator === "registered_users").reduce((sum, o) => sum + BigInt(o.value), 0n);
        expect(root === undefined ? undefined : BigInt(root)).toBe(
          leaves.some((l) => l.id === "u0") ? BigInt(observations[0]?.value ?? "0") : expected,
        );
      }),
      { numRuns: 200 },
    );
  });
});
