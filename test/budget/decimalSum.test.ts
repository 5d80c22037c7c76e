import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecimalSum } from "../../src/_lib/sum";

const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), fc.integer({ min: 0, max: 4 })).map(([units, scale]) => {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return { text: negative ? `-${text}` : text, units, scale };
});

describe("DecimalSum (the exact running sum of the hot paths)", () => {
  it("sums exactly through both accumulators, whatever the sizes and scales", () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 60 }), fc.boolean(), (values, validated) => {
        const sum = new DecimalSum();
        for (const v of values) validated ? sum.addValid(v.text) : sum.add(v.text);
        const scale = Math.max(0, ...values.map((v) => v.scale));
        const expected = values.reduce((acc, v) => acc + v.units * 10n ** BigInt(scale - v.scale), 0n);
        const text = sum.toString();
        expect(BigInt(text.replace(".", ""))).toBe(expected);
        expect(text.split(".")[1]?.length ?? 0).toBe(scale);
      }),
      { numRuns: 500 },
    );
  });

  it("stays exact past 2^53", () => {
    const sum = new DecimalSum();
    for (let i = 0; i < 1000; i++) sum.addValid("9007199254740.99");
    expect(sum.toString()).toBe("9007199254740990.00");
    sum.addValid("0.01");
    expect(sum.toString()).toBe("9007199254740990.01");
  });
});
