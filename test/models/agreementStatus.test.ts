import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementsActiveOn, agreementStatus } from "../../src/models/index";
import { deepFreeze } from "../_lib/seeds";
import { orderedDates, partialDate } from "./arbitraries";

describe("agreementStatus", () => {
  it.each([
    [{ signed: "2022-02-01", validUntil: "2024-12" }, "2024-12-15", "active"],
    [{ signed: "2022-02-01", validUntil: "2024-12" }, "2024-12-31", "active"],
    [{ signed: "2022-02-01", validUntil: "2024-12" }, "2025-01-01", "expired"],
    [{ signed: "2022-02-01", validUntil: "2024-12-31" }, "2024", "active"],
    [{ signed: "2022-02-01", validUntil: "2024-12-31" }, "2025", "expired"],
    [{ signed: "2022-02-01", validUntil: "2024-12-31" }, "2022-01", "not_started"],
    [{ signed: "2022-02-01", validUntil: "2024-12-31" }, "2022-02", "active"],
    [{ signed: "2022-02-01", validUntil: "2024-12-31" }, "2022", "active"],
    [{ signed: "2022-07-14" }, "2099-12-31", "active"],
    [{ signed: "2022-07" }, "2022-07-01", "active"],
    [{ signed: "2022-07" }, "2022-06-30", "not_started"],
  ] as const)("says %j on %s is %s", (agreement, ref, status) => {
    expect(agreementStatus(agreement, ref)).toBe(status);
  });

  it("throws invalid_date for a reference date or an agreement date that is not a partial date", () => {
    expect(() => agreementStatus({ signed: "2022-02-01" }, "2024-02-30")).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => agreementStatus({ signed: "vasario 1" }, "2024")).toThrow(expect.objectContaining({ code: "invalid_date" }));
    expect(() => agreementStatus({ signed: "2022", validUntil: "2024 12 31" }, "2030")).toThrow(
      expect.objectContaining({ code: "invalid_date" }),
    );
  });

  it("is active on its signing date and its last date, whatever their precision", () => {
    fc.assert(
      fc.property(orderedDates, ([signed, validUntil]) => {
        expect(agreementStatus({ signed, validUntil }, signed)).toBe("active");
        expect(agreementStatus({ signed, validUntil }, validUntil)).toBe("active");
      }),
      { numRuns: 200 },
    );
  });

  it("moves only forward in time: not started, then active, then expired", () => {
    const order = { not_started: 0, active: 1, expired: 2 } as const;
    fc.assert(
      fc.property(orderedDates, orderedDates, ([signed, validUntil], [a, b]) => {
        const first = order[agreementStatus({ signed, validUntil }, a)];
        const second = order[agreementStatus({ signed, validUntil }, b)];
        // a ≤ b by first day; partial dates overlap, so compare only when a ends before b starts
        const last = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
        const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
        if (last(a) < firstDay(b)) expect(first).toBeLessThanOrEqual(second);
      }),
      { numRuns: 200 },
    );
  });
});

describe("agreementsActiveOn", () => {
  it("keeps the list's order, returns a new array and leaves the (frozen) list alone", () => {
    fc.assert(
      fc.property(fc.array(orderedDates.map(([signed, validUntil]) => ({ signed, validUntil }))), partialDate, (list, ref) => {
        const frozen = deepFreeze(list);
        const active = agreementsActiveOn(frozen, ref);
        expect(active).toEqual(frozen.filter((a) => agreementStatus(a, ref) === "active"));
        expect(active).not.toBe(frozen);
      }),
      { numRuns: 100 },
    );
  });
});
