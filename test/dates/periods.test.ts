import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePeriods, expandToDays, isLeapYear, periodContains, periodLength, periodsOverlap } from "../../src/dates/index";
import { deepFreeze } from "../_lib/seeds";

describe("expandToDays", () => {
  it.each([
    ["2024-02", { start: "2024-02-01", end: "2024-02-29" }],
    ["2023-02", { start: "2023-02-01", end: "2023-02-28" }],
    ["1900-02", { start: "1900-02-01", end: "1900-02-28" }],
    ["2000-02", { start: "2000-02-01", end: "2000-02-29" }],
    ["2023", { start: "2023-01-01", end: "2023-12-31" }],
    ["2023-04-30", { start: "2023-04-30", end: "2023-04-30" }],
  ])("expands %s to its first and last day", (date, expected) => {
    expect(expandToDays(date)).toEqual(expected);
  });

  it("keeps open ends open and does not touch its input", () => {
    const input = deepFreeze({ start: "1990", end: null });
    expect(expandToDays(input)).toEqual({ start: "1990-01-01", end: null });
  });

  it("refuses dates that do not exist and reversed periods", () => {
    expect(() => expandToDays("2023-02-29")).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
    expect(() => expandToDays({ start: "2023", end: "2022" })).toThrowError(expect.objectContaining({ code: "reversed_range" }) as Error);
  });
});

describe("periodLength", () => {
  it("counts the days of every year from 1000 to 2100, leap years right", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2100 }), (y) => {
        expect(periodLength(String(y))).toBe(isLeapYear(y) ? 366 : 365);
      }),
    );
  });

  it("counts both ends", () => {
    expect(periodLength({ start: "2022-12-28", end: "2023-01-05" })).toBe(9);
    expect(periodLength({ start: "2021", end: "2027" })).toBe(2556);
  });

  it("refuses an open period", () => {
    expect(() => periodLength({ start: null, end: "2022" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["start"] }) as Error,
    );
  });
});

describe("comparePeriods, periodContains, periodsOverlap", () => {
  it("orders open starts first and open ends last", () => {
    const list = deepFreeze([{ start: "2022", end: null }, { start: "2022", end: "2022" }, { start: null, end: "2022-01" }, "2021-12-31"]);
    expect([...list].sort(comparePeriods)).toEqual([
      { start: null, end: "2022-01" },
      "2021-12-31",
      { start: "2022", end: "2022" },
      { start: "2022", end: null },
    ]);
  });

  it("knows a month lies within its year, not the other way round", () => {
    expect(periodContains("2023", "2023-07")).toBe(true);
    expect(periodContains("2023-07", "2023")).toBe(false);
    expect(periodContains({ start: null, end: null }, "1000")).toBe(true);
  });

  it("sees overlap on a shared day only", () => {
    expect(periodsOverlap({ start: "2022-01-01", end: "2022-01-31" }, { start: "2022-01-31", end: "2022-02-05" })).toBe(true);
    expect(periodsOverlap("2022-01", "2022-02")).toBe(false);
  });

  it("agree with each other: containment implies overlap, and overlap is symmetric", () => {
    const date = fc
      .tuple(fc.integer({ min: 2000, max: 2003 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(0, 1))
      .map(([y, m, p]) => (p === 0 ? String(y) : `${y}-${String(m).padStart(2, "0")}`));
    fc.assert(
      fc.property(date, date, (a, b) => {
        if (periodContains(a, b)) expect(periodsOverlap(a, b)).toBe(true);
        expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
        expect(comparePeriods(a, b)).toBe(-comparePeriods(b, a) || 0);
      }),
    );
  });
});
