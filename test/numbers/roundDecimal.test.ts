import Decimal from "decimal.js";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { roundDecimal, type RoundingRule } from "../../src/numbers/index";

describe("roundDecimal", () => {
  it.each([
    // Published figures (DOMAIN.md §2): 811 / 1970 × 100 = 41.167… → 41,2; 38 169 / 1850 = 20.63… → 21.
    ["41.16751269035533", 1, "41.2"],
    ["20.63189189189189", 0, "21"],
    ["33.7", 1, "33.7"],
    ["698795.000", 2, "698795.00"],
    ["774795", 2, "774795.00"],
    ["72.4050", 2, "72.41"],
    ["0.005", 2, "0.01"],
    ["-0.005", 2, "-0.01"],
    ["-0.004", 2, "0.00"],
    ["2.5", 0, "3"],
    ["-2.5", 0, "-3"],
    ["+1.25", 1, "1.3"],
    ["007.50", 1, "7.5"],
    ["123456789012345678901234567890.125", 2, "123456789012345678901234567890.13"],
  ])("rounds %s to %i decimals half-up as %s", (value, decimals, expected) => {
    expect(roundDecimal(value, decimals)).toBe(expected);
  });

  it.each<[RoundingRule, string, string]>([
    ["half_up", "2.345", "2.35"],
    ["half_up", "-2.345", "-2.35"],
    ["half_even", "2.345", "2.34"],
    ["half_even", "2.355", "2.36"],
    ["half_down", "2.345", "2.34"],
    ["up", "2.341", "2.35"],
    ["down", "2.349", "2.34"],
    ["ceiling", "-2.349", "-2.34"],
    ["floor", "-2.341", "-2.35"],
  ])("with rule %s rounds %s to %s", (rule, value, expected) => {
    expect(roundDecimal(value, 2, { rule })).toBe(expected);
  });

  it.each(["1,5", "1e3", " 1", "", "NaN", "Infinity", ".5", "5.", "--5", "1.2.3", "O"])("rejects %j with invalid_decimal", (value) => {
    expect(() => roundDecimal(value, 2)).toThrow(expect.objectContaining({ code: "invalid_decimal", input: value }));
  });

  it("says where a bad decimal goes wrong", () => {
    expect(() => roundDecimal("12,50", 2)).toThrow(expect.objectContaining({ offset: 2 }));
    expect(() => roundDecimal("1.2.3", 2)).toThrow(expect.objectContaining({ offset: 3 }));
  });

  it("rejects a number, which would already have lost precision", () => {
    expect(() => roundDecimal(0.1 as unknown as string, 2)).toThrow(expect.objectContaining({ code: "invalid_decimal" }));
  });

  it.each([-1, 1.5, 101, Number.NaN])("rejects %s decimals with invalid_argument", (decimals) => {
    expect(() => roundDecimal("1", decimals)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  it("rejects an unknown rule with invalid_argument", () => {
    expect(() => roundDecimal("1", 0, { rule: "bankers" as RoundingRule })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });

  describe("and the app's global Decimal", () => {
    afterEach(() => {
      Decimal.set({ defaults: true });
    });

    it("neither reads nor changes it", () => {
      Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN, toExpPos: 2 });
      expect(roundDecimal("123456.785", 2)).toBe("123456.79");
      expect(Decimal.precision).toBe(3);
      expect(Decimal.rounding).toBe(Decimal.ROUND_DOWN);
    });
  });

  it("agrees with rounding the exact decimal by hand, for random values", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 6 }),
        (n, scale, decimals) => {
          const sign = n < 0n ? "-" : "";
          const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, "0");
          const value = scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
          const rounded = roundDecimal(value, decimals);
          // Reference: integer arithmetic on BigInt, half away from zero.
          const abs = n < 0n ? -n : n;
          let result: bigint;
          if (decimals >= scale) result = abs * 10n ** BigInt(decimals - scale);
          else {
            const divisor = 10n ** BigInt(scale - decimals);
            result = abs / divisor + ((abs % divisor) * 2n >= divisor ? 1n : 0n);
          }
          const resultDigits = result.toString().padStart(decimals + 1, "0");
          const body = decimals === 0 ? resultDigits : `${resultDigits.slice(0, -decimals)}.${resultDigits.slice(-decimals)}`;
          expect(rounded).toBe(result === 0n ? body : `${sign}${body}`);
        },
      ),
      { numRuns: 500 },
    );
  });
});
