import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodLength } from "../../src/dates/index";
import { toLuxonDateTime, toLuxonInterval } from "../../src/dates/luxon/index";

describe("toLuxonInterval", () => {
  it("covers as many days as periodLength counts (luxon intervals are half-open)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 0, max: 800 }), (y, extra) => {
        const start = `${y}-01-01`;
        const interval = toLuxonInterval({ start: String(y), end: String(y + Math.floor(extra / 365)) });
        expect(interval.start.toISODate()).toBe(start);
        expect(interval.length("days")).toBe(periodLength({ start: String(y), end: String(y + Math.floor(extra / 365)) }));
      }),
      { numRuns: 200 },
    );
  });

  it("uses the zone it is given, UTC otherwise", () => {
    expect(toLuxonInterval({ start: "2022-07", end: "2022-07" }, { zone: "Europe/Vilnius" }).start.toISO()).toBe(
      "2022-07-01T00:00:00.000+03:00",
    );
    expect(toLuxonInterval({ start: "2022-07", end: "2022-07" }).end.toISO()).toBe("2022-08-01T00:00:00.000Z");
  });

  it("refuses open periods and unknown zones", () => {
    expect(() => toLuxonInterval({ start: "2022", end: null })).toThrowError(
      expect.objectContaining({ code: "invalid_argument", path: ["end"] }) as Error,
    );
    expect(() => toLuxonInterval({ start: "2022", end: "2022" }, { zone: "Mars/Olympus" })).toThrowError(
      expect.objectContaining({ code: "invalid_argument" }) as Error,
    );
  });
});

describe("toLuxonDateTime", () => {
  it("gives the first moment of the first day and the last of the last day", () => {
    expect(toLuxonDateTime("2000-02", "end").toISO()).toBe("2000-02-29T23:59:59.999Z");
    expect(toLuxonDateTime("2023-12-31", "start").toISO()).toBe("2023-12-31T00:00:00.000Z");
  });

  it("refuses a date that does not exist and an unknown edge", () => {
    expect(() => toLuxonDateTime("2023-02-29", "start")).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
    expect(() => toLuxonDateTime("2023", "middle" as "start")).toThrowError(expect.objectContaining({ code: "invalid_argument" }) as Error);
  });
});
