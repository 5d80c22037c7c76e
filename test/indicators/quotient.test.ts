import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, fromDec } from "../../src/_lib/decimal";
import {
  divideRounded,
  quotientAndExact,
  quotientRoundsHalfUpTo,
  roundQuotient,
  truncatedQuotient,
  truncatedQuotientInBigInts,
} from "../../src/_lib/quotient";

const divideInBigInts = (n: string, d: string, m: string, decimals: number, rule: RoundingRule) =>
  roundQuotient(truncatedQuotientInBigInts(n, d, m, decimals), decimals, rule);
import { roundDec, type RoundingRule } from "../../src/numbers/roundDecimal";

const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
});
// Small operands (the number path) with a spread of scales and signs.
const small = fc.tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 6 })).map(([units, scale]) => {
  const digits = Math.abs(units)
    .toString()
    .padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return units < 0 ? `-${text}` : text;
});
const unsigned = small.map((value) => value.replace(/^-/, ""));
const rules: RoundingRule[] = ["half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"];

describe("divideRounded (the scaled-integer quotient of the hot paths)", () => {
  it("rounds exactly as roundDecimal does on decimal.js's quotient, for every rule", () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.constantFrom("1", "100", "1000"),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...rules),
        (n, d, m, decimals, rule) => {
          fc.pre(!new Dec(d).isZero());
          const expected = roundDec(new Dec(n).times(m).div(d), decimals, rule);
          expect(divideRounded(n, d, m, decimals, rule)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives the same digits on the number path and the BigInt path, up to 22 decimals", () => {
    fc.assert(
      fc.property(
        small,
        small,
        fc.constantFrom("1", "100", "1000", "0.5"),
        fc.integer({ min: 0, max: 22 }),
        fc.constantFrom(...rules),
        (n, d, m, decimals, rule) => {
          fc.pre(!new Dec(d).isZero());
          const expected = divideInBigInts(n, d, m, decimals, rule);
          expect(divideRounded(n, d, m, decimals, rule)).toBe(expected);
          expect(expected).toBe(roundDec(new Dec(n).times(m).div(d), decimals, rule));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("rounds a quotient cut at 22 decimals to fewer exactly as a division straight to them", () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.constantFrom("1", "100", "1000"),
        fc.integer({ min: 0, max: 22 }),
        fc.constantFrom(...rules),
        (n, d, m, decimals, rule) => {
          fc.pre(!new Dec(d).isZero());
          expect(roundQuotient(truncatedQuotient(n, d, m, 22), decimals, rule)).toBe(divideRounded(n, d, m, decimals, rule));
        },
      ),
      { numRuns: 2000 },
    );
    expect(roundQuotient(truncatedQuotient("1", "8", "1", 20), 2, "half_even")).toBe("0.12");
    expect(roundQuotient(truncatedQuotient("1", "8", "1", 20), 2, "half_up")).toBe("0.13");
    expect(roundQuotient(truncatedQuotient("100000000000000000001", "800000000000000000000", "1", 20), 2, "half_even")).toBe("0.13");
  });

  it("decides whether a printed figure is its quotient rounded half up, as a rounded division would", () => {
    let decided = 0;
    fc.assert(
      fc.property(
        fc.oneof(unsigned, small, decimal),
        fc.oneof(unsigned, small, decimal),
        fc.constantFrom("1", "100", "1000"),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -2, max: 2 }),
        (n, d, m, decimals, nudge) => {
          fc.pre(!new Dec(d).isZero());
          // A printed figure that is the rounded quotient, or one unit of its last digit beside it.
          const right = divideRounded(n, d, m, decimals, "half_up");
          const printed = fromDec(new Dec(right).plus(new Dec(nudge).div(new Dec(10).pow(decimals))), decimals);
          const verdict = quotientRoundsHalfUpTo(n, d, m, printed);
          if (verdict !== undefined) decided++;
          if (verdict !== undefined) expect(verdict).toBe(new Dec(printed).equals(right));
        },
      ),
      { numRuns: 3000 },
    );
    expect(decided).toBeGreaterThan(300);
    expect(quotientRoundsHalfUpTo("811", "1970", "100", "41.2")).toBe(true);
    expect(quotientRoundsHalfUpTo("811", "1970", "100", "41.1")).toBe(false);
    expect(quotientRoundsHalfUpTo("1", "8", "1", "0.13")).toBe(true); // the tie goes up
    expect(quotientRoundsHalfUpTo("1", "8", "1", "0.12")).toBe(false);
    expect(quotientRoundsHalfUpTo("-1", "8", "1", "-0.13")).toBeUndefined();
  });

  it("gives the rounded value and the exact quotient as two rounded divisions would, on the quick path and off it", () => {
    const count = fc.oneof(
      fc.integer({ min: 0, max: 60_000 }),
      fc.integer({ min: 0, max: 2 ** 40 }),
      fc.constantFrom(0, 1, 449_999, 4_499_999, 4_500_000, 9_999_999),
    );
    fc.assert(
      // Denominators of twos and fives end their quotients early: ties at the rounding digit.
      fc.property(
        fc.oneof(count.map(String), small),
        fc.oneof(count.filter((n) => n > 0).map(String), small, fc.constantFrom("2", "8", "16", "40", "125", "1280", "3125")),
        fc.constantFrom("1", "100", "1000"),
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...rules),
        (n, d, m, decimals, rule) => {
          fc.pre(!new Dec(d).isZero());
          const exact = divideRounded(n, d, m, 20, "half_up");
          expect(quotientAndExact(n, d, m, decimals, rule)).toEqual({
            value: divideRounded(n, d, m, decimals, rule),
            exact: exact.includes(".") ? exact.replace(/\.?0+$/, "") : exact,
          });
        },
      ),
      { numRuns: 3000 },
    );
    expect(quotientAndExact("811", "1970", "100", 1, "half_up")).toEqual({ value: "41.2", exact: "41.16751269035532994924" });
    expect(quotientAndExact("2", "3", "1", 0, "half_up")).toEqual({ value: "1", exact: "0.66666666666666666667" });
    expect(quotientAndExact("1", "1", "1", 2, "half_up")).toEqual({ value: "1.00", exact: "1" });
    expect(quotientAndExact("1", "8", "1", 2, "half_up")).toEqual({ value: "0.13", exact: "0.125" });
    expect(quotientAndExact("5", "2", "1", 0, "half_up")).toEqual({ value: "3", exact: "2.5" });
    expect(quotientAndExact("1", "2097152", "1", 2, "half_up")).toEqual({ value: "0.00", exact: "0.00000047683715820313" }); // 2^-21 has 21 decimals: a tie at the 20th
    expect(quotientAndExact("19999999999", "20000000000", "1", 2, "half_up")).toEqual({ value: "1.00", exact: "0.99999999995" });
    expect(quotientAndExact("1", "3", "1", 9, "half_up")).toEqual({ value: "0.333333333", exact: "0.33333333333333333333" });
    expect(quotientAndExact("2", "3", "1", 9, "half_up")).toEqual({ value: "0.666666667", exact: "0.66666666666666666667" });
    expect(quotientAndExact("99999999999", "99999", "1", 1, "half_up").value).toBe(
      divideRounded("99999999999", "99999", "1", 1, "half_up"),
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
