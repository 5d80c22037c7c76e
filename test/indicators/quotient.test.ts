import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, fromDec } from "../../src/_lib/decimal";
import { divideInBigInts, divideRounded } from "../../src/_lib/quotient";
import { roundDec, type RoundingRule } from "../../src/numbers/roundDecimal";

const decimal = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return negative ? `-${text}` : text;
  });
const rules: RoundingRule[] = ["half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"];

describe("divideRounded (the scaled-integer quotient of the hot paths)", () => {
  it("rounds exactly as roundDecimal does on decimal.js's quotient, for every rule", () => {
    fc.assert(
      fc.property(decimal, decimal, fc.constantFrom("1", "100", "1000"), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...rules), (n, d, m, decimals, rule) => {
        fc.pre(!new Dec(d).isZero());
        const expected = roundDec(new Dec(n).times(m).div(d), decimals, rule);
        expect(divideRounded(n, d, m, decimals, rule)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same digits on the number path and the BigInt path, up to 22 decimals", () => {
    // Small operands (the number path) and a wide spread of scales, decimals and signs.
    const small = fc
      .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, scale]) => {
        const digits = Math.abs(units).toString().padStart(scale + 1, "0");
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        return units < 0 ? `-${text}` : text;
      });
    fc.assert(
      fc.property(small, small, fc.constantFrom("1", "100", "1000", "0.5"), fc.integer({ min: 0, max: 22 }), fc.constantFrom(...rules), (n, d, m, decimals, rule) => {
        fc.pre(!new Dec(d).isZero());
        const expected = divideInBigInts(n, d, m, decimals, rule);
        expect(divideRounded(n, d, m, decimals, rule)).toBe(expected);
        expect(expected).toBe(roundDec(new Dec(n).times(m).div(d), decimals, rule));
      }),
      { numRuns: 3000 },
    );
  });

  it("rounds on the number path at carries, ties and zero", () => {
    expect(divideRounded("2", "3", "1", 20, "half_up")).toBe("0.66666666666666666667");
    expect(divideRounded("-2", "3", "1", 20, "half_up")).toBe("-0.66666666666666666667");
    expect(divideRounded("999", "1000", "1", 2, "half_up")).toBe("1.00");
    expect(divideRounded("-999", "1000", "1", 0, "half_up")).toBe("-1");
    expect(divideRounded("5", "2", "1", 0, "half_even")).toBe("2");
    expect(divideRounded("7", "2", "1", 0, "half_even")).toBe("4");
    expect(divideRounded("0", "-7", "100", 3, "ceiling")).toBe("0.000");
    expect(divideRounded("-1", "3", "1", 1, "ceiling")).toBe("-0.3");
    expect(divideRounded("-1", "3", "1", 1, "floor")).toBe("-0.4");
    expect(divideRounded("811", "1970", "100", 1, "half_up")).toBe("41.2");
  });

  it("breaks ties the named way", () => {
    expect(divideRounded("1", "8", "1", 2, "half_up")).toBe("0.13"); // 0.125
    expect(divideRounded("1", "8", "1", 2, "half_even")).toBe("0.12");
    expect(divideRounded("-1", "8", "1", 2, "half_up")).toBe("-0.13");
    expect(divideRounded("-1", "8000", "1", 2, "half_up")).toBe("0.00");
    expect(fromDec(new Dec("0.125"), 2)).toBe("0.13");
  });
});
