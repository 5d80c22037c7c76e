import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAmount, formatNumber, formatPercent } from "../../src/numbers/index";

const NBSP = "\u00a0";

describe("formatNumber", () => {
  it.each([
    ["774795.00", {}, `774${NBSP}795,00`],
    ["73341", {}, `73${NBSP}341`],
    ["2152", {}, `2${NBSP}152`],
    ["2152", { useGrouping: "min2" as const }, "2152"],
    ["12345", { useGrouping: "min2" as const }, `12${NBSP}345`],
    ["1234567.5", { useGrouping: false as const }, "1234567,5"],
    ["-718", {}, "-718"],
    ["-1234.5", { minusSign: "−" }, `−1${NBSP}234,5`],
    ["150191", { groupSeparator: " " }, "150 191"],
    ["41.16751269", { decimals: 1 }, "41,2"],
    ["2.345", { decimals: 2, rule: "half_even" as const }, "2,34"],
    ["24", { decimals: 1 }, "24,0"],
    ["-0.004", { decimals: 2 }, "0,00"],
    ["+007.50", {}, "7,50"],
    ["0", {}, "0"],
  ])("writes %s with %j as %j", (value, options, expected) => {
    expect(formatNumber(value, options)).toBe(expected);
  });

  it("agrees with Intl.NumberFormat('lt-LT') except for its U+2212 minus, where Intl's float is exact", () => {
    const intl = new Intl.NumberFormat("lt-LT", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const value = `${int}.${String(cents).padStart(2, "0")}`;
        const n = Number(value.replace("-", ""));
        const expected = intl.format(int < 0 || Object.is(int, -0) ? -n : n);
        expect(formatNumber(value, { minusSign: "\u2212" })).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("is exact where Intl.NumberFormat is handed a float that has already gone wrong", () => {
    expect(new Intl.NumberFormat("lt-LT", { maximumFractionDigits: 20 }).format(0.1 + 0.2)).toBe("0,30000000000000004");
    expect(formatNumber("12345678901234567.89")).toBe(`12${NBSP}345${NBSP}678${NBSP}901${NBSP}234${NBSP}567,89`);
  });

  it.each(["1,5", "1e3", "", " 1", "NaN"])("rejects %j with invalid_decimal", (value) => {
    expect(() => formatNumber(value)).toThrow(expect.objectContaining({ code: "invalid_decimal" }));
  });

  it("rejects a JS number with invalid_decimal and bad decimals with invalid_argument", () => {
    expect(() => formatNumber(0.3 as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_decimal" }));
    expect(() => formatNumber("1", { decimals: -1 })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});

describe("formatPercent", () => {
  it.each([
    ["24.0", {}, `24,0${NBSP}%`],
    ["0.005", {}, `0,005${NBSP}%`],
    ["33.74", { decimals: 1, symbol: "proc." as const }, `33,7${NBSP}proc.`],
    ["-2.0", {}, `-2,0${NBSP}%`],
  ])("writes %s with %j as %j", (value, options, expected) => {
    expect(formatPercent(value, options)).toBe(expected);
  });

  it("takes the percentage, where Intl's percent style takes a fraction", () => {
    expect(new Intl.NumberFormat("lt-LT", { style: "percent", minimumFractionDigits: 1 }).format(0.24)).toBe(formatPercent("24.0"));
  });
});

describe("formatAmount", () => {
  it.each([
    ["774795", {}, `774${NBSP}795,00${NBSP}Eur`],
    ["698795.000", {}, `698${NBSP}795,00${NBSP}Eur`],
    ["2.745", {}, `2,75${NBSP}Eur`],
    ["100000", { currency: "LTL" as const, decimals: 0 }, `100${NBSP}000${NBSP}Lt`],
    ["12500", { display: "code" as const, decimals: 0 }, `12${NBSP}500${NBSP}EUR`],
    ["10499.35", { display: "symbol" as const }, `10${NBSP}499,35${NBSP}€`],
  ])("writes %s with %j as %j", (value, options, expected) => {
    expect(formatAmount(value, options)).toBe(expected);
  });

  it("writes money with its own currency", () => {
    expect(formatAmount({ amount: "250", currency: "LTL" })).toBe(`250,00${NBSP}Lt`);
  });

  it("differs from Intl's currency style only in the sign of the currency, unless asked for €", () => {
    const intl = new Intl.NumberFormat("lt-LT", { style: "currency", currency: "EUR" });
    expect(formatAmount("774795", { display: "symbol" })).toBe(intl.format(774795));
    expect(formatAmount("774795")).toBe(intl.format(774795).replace("€", "Eur"));
  });

  it("rejects an unknown currency with invalid_argument", () => {
    expect(() => formatAmount("1", { currency: "USD" as "EUR" })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
