import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, fromDec } from "../../src/_lib/decimal";
import { divideRounded } from "../../src/_lib/quotient";
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

  it("breaks ties the named way", () => {
    expect(divideRounded("1", "8", "1", 2, "half_up")).toBe("0.13"); // 0.125
    expect(divideRounded("1", "8", "1", 2, "half_even")).toBe("0.12");
    expect(divideRounded("-1", "8", "1", 2, "half_up")).toBe("-0.13");
    expect(divideRounded("-1", "8000", "1", 2, "half_up")).toBe("0.00");
    expect(fromDec(new Dec("0.125"), 2)).toBe("0.13");
  });
});
