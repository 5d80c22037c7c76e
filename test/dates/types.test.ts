import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth, isIsoPartialDate, isLeapYear } from "../../src/dates/index";

describe("isIsoPartialDate", () => {
  it.each(["2022", "2022-02", "2022-02-01", "2024-02-29", "2000-02-29", "1000", "9999-12-31", "2023-04-30"])("accepts %j", (value) => {
    expect(isIsoPartialDate(value)).toBe(true);
  });

  it.each([
    "2023-02-29",
    "1900-02-29",
    "2023-04-31",
    "2022-13",
    "2022-00",
    "2022-02-00",
    "2022-2-1",
    "22",
    "0999",
    "2022-02-01T00:00",
    " 2022",
    "2022-",
    "",
    "２０２２",
  ])("rejects %j", (value) => {
    expect(isIsoPartialDate(value)).toBe(false);
  });

  it("rejects what is not a string", () => {
    for (const value of [2022, null, undefined, {}, ["2022"]]) expect(isIsoPartialDate(value)).toBe(false);
  });

  it("agrees with the JS calendar on every day from 1000 to 2100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        const exists = date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(isIsoPartialDate(iso)).toBe(exists);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isLeapYear and daysInMonth", () => {
  it("follow the Gregorian rules", () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2024, i + 1))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("isLeapYear and daysInMonth of what is not a year or a month (issue #17)", () => {
  it.each<unknown>([1.5, NaN, Infinity, "2024", 2024n, Symbol("y"), null, undefined, {}])(
    "isLeapYear(%s) throws invalid_argument",
    (year) => {
      expect(() => isLeapYear(year as number)).toThrow(expect.objectContaining({ name: "BibliotekosError", code: "invalid_argument" }));
    },
  );

  it.each<[unknown, unknown]>([
    [2023, 13],
    [2023, 0],
    [2023, 2.5],
    [2023, "2"],
    [2023.5, 2],
    [2023.5, 3],
    [2023n, 2],
  ])("daysInMonth(%s, %s) throws invalid_argument (it gave 31 or 28)", (year, month) => {
    expect(() => daysInMonth(year as number, month as number)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
