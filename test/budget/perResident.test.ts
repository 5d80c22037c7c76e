import { describe, expect, it } from "vitest";
import { compareBudgets, perResident, perUser, summarizeBudget } from "../../src/budget/index";
import { deepFreeze } from "../_lib/seeds";

const eur = (amount: string) => ({ amount, currency: "EUR" as const });

describe("perResident and perUser", () => {
  it("divide exactly and round once, half-up to the cent", () => {
    expect(perResident(eur("1.00"), 3)).toEqual(eur("0.33"));
    expect(perResident(eur("2.00"), 3)).toEqual(eur("0.67"));
    expect(perResident(eur("0.05"), 2)).toEqual(eur("0.03")); // 0.025 → 0.03
    expect(perUser(eur("100.00"), 8, { decimals: 3 })).toEqual(eur("12.500"));
    expect(perUser(eur("0.05"), 2, { rule: "half_even" })).toEqual(eur("0.02"));
  });

  it("convert litas first (DOMAIN.md: 1,74 Lt per resident in 2012)", () => {
    expect(perResident({ amount: "17400", currency: "LTL" }, 10000)).toEqual(eur("0.50"));
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity])("reject %s heads with invalid_argument", (heads) => {
    expect(() => perResident(eur("1.00"), heads)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("compareBudgets", () => {
  it("gives the change by source and article, absolute and in percent", () => {
    const before = summarizeBudget(
      deepFreeze([
        { year: 2022, sourceId: "municipal_budget", articleCode: "2.1.1.1.1.1", used: eur("650000.00") },
        { year: 2022, sourceId: "state_budget", received: eur("24000.00") },
      ]),
    );
    const after = summarizeBudget(
      deepFreeze([
        { year: 2023, sourceId: "municipal_budget", articleCode: "2.1.1.1.1.1", used: eur("698795.00") },
        { year: 2023, sourceId: "paid_services", received: eur("0.00") },
      ]),
    );
    const comparison = compareBudgets(before, after);
    expect(comparison.bySource).toEqual([
      { source: "municipal_budget", change: { planned: null, received: null, used: { absolute: "48795.00", percent: "7.51" } } },
      { source: "state_budget", change: { planned: null, received: null, used: null } },
      { source: "paid_services", change: { planned: null, received: null, used: null } },
    ]);
    expect(comparison.byArticle.find((a) => a.article === "2.1")?.change.used).toEqual({ absolute: "48795.00", percent: "7.51" });
  });

  it("gives no percent where the previous figure is zero", () => {
    const line = (year: number, amount: string) => ({ year, sourceId: "s", received: eur(amount) });
    expect(compareBudgets(summarizeBudget([line(2022, "0.00")]), summarizeBudget([line(2023, "5.00")])).overall.received).toEqual({
      absolute: "5.00",
      percent: null,
    });
  });
});
