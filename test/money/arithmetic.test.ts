import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  compareMoney,
  isZeroMoney,
  money,
  multiplyMoney,
  percentOfMoney,
  roundMoney,
  subtractMoney,
  sumMoney,
  type Money,
} from "../../src/money/index";
import { deepFreeze } from "../_lib/seeds";

const eur = (amount: string): Money => deepFreeze(money(amount, "EUR"));
const decimal = fc
  .tuple(fc.boolean(), fc.stringMatching(/^(?:0|[1-9]\d{0,17})$/), fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }))
  .map(([negative, int, frac]) => {
    const body = frac === undefined ? int : `${int}.${frac}`;
    return negative && /[1-9]/.test(body) ? `-${body}` : body;
  });

describe("money", () => {
  it("builds frozen plain data that keeps the written precision", () => {
    const m = money("698795.000", "EUR");
    expect(m).toEqual({ amount: "698795.000", currency: "EUR" });
    expect(Object.isFrozen(m)).toBe(true);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(money("+007.50", "LTL")).toEqual({ amount: "7.50", currency: "LTL" });
    expect(money("-0.00", "EUR").amount).toBe("0.00");
  });

  it.each(["774 795,00", "1,5", "", "1e3", ".5", "5."])("rejects the amount %j with invalid_decimal", (amount) => {
    expect(() => money(amount, "EUR")).toThrow(expect.objectContaining({ code: "invalid_decimal", path: ["amount"] }));
  });

  it("rejects JS numbers and unknown currencies", () => {
    expect(() => money(0.1 as unknown as string, "EUR")).toThrow(expect.objectContaining({ code: "invalid_decimal" }));
    expect(() => money("1", "USD" as "EUR")).toThrow(expect.objectContaining({ code: "invalid_argument", path: ["currency"] }));
  });
});

describe("add, subtract, sum", () => {
  it("is exact where floats are not", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addMoney(eur("0.1"), eur("0.2")).amount).toBe("0.3");
    expect(subtractMoney(eur("0.3"), eur("0.1")).amount).toBe("0.2");
    expect(sumMoney(Array.from({ length: 10 }, () => eur("0.1"))).amount).toBe("1.0");
    expect(addMoney(eur("9007199254740993"), eur("1")).amount).toBe("9007199254740994");
  });

  it("adds the seed report's budget lines to what it says", () => {
    // Savivaldybės lėšos: 698795.000 + 13800.00 + 57000.00 + 5100.00 = 774695.000 (the report says 774795,00)
    expect(sumMoney(["698795.000", "13800.00", "57000.00", "5100.00"].map(eur)).amount).toBe("774695.000");
  });

  it("keeps the larger number of decimals and never rounds", () => {
    expect(addMoney(eur("1.10"), eur("2.2")).amount).toBe("3.30");
    expect(sumMoney([eur("1"), eur("0.005")]).amount).toBe("1.005");
  });

  it("is associative and commutative, and sum agrees with repeated add", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, (a, b, c) => {
        const [x, y, z] = [eur(a), eur(b), eur(c)];
        expect(compareMoney(addMoney(addMoney(x, y), z), addMoney(x, addMoney(y, z)))).toBe(0);
        expect(addMoney(x, y)).toEqual(addMoney(y, x));
        expect(compareMoney(sumMoney([x, y, z]), addMoney(addMoney(x, y), z))).toBe(0);
        expect(compareMoney(subtractMoney(addMoney(x, y), y), x)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it("sums past 2^53 exactly with BigInt", () => {
    const big = eur("4503599627370496.01");
    expect(sumMoney([big, big, big]).amount).toBe("13510798882111488.03");
    expect(sumMoney(Array.from({ length: 4 }, () => eur("3000000000000000.00"))).amount).toBe("12000000000000000.00");
  });

  it("refuses to mix currencies, saying where", () => {
    expect(() => addMoney(eur("1"), money("1", "LTL"))).toThrow(
      expect.objectContaining({ code: "currency_mismatch", path: [1, "currency"] }),
    );
    expect(() => subtractMoney(eur("1"), money("1", "LTL"))).toThrow(expect.objectContaining({ code: "currency_mismatch" }));
    expect(() => compareMoney(eur("1"), money("1", "LTL"))).toThrow(expect.objectContaining({ code: "currency_mismatch" }));
    expect(() => sumMoney([eur("1"), eur("2"), money("3", "LTL")])).toThrow(
      expect.objectContaining({ code: "currency_mismatch", path: [2, "currency"] }),
    );
    expect(() => sumMoney([eur("1")], { currency: "LTL" })).toThrow(
      expect.objectContaining({ code: "currency_mismatch", path: [0, "currency"] }),
    );
  });

  it("needs a currency to sum nothing", () => {
    expect(() => sumMoney([])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(sumMoney([], { currency: "LTL" })).toEqual({ amount: "0", currency: "LTL" });
    expect(sumMoney(new Set([eur("1.5"), eur("2")]))).toEqual({ amount: "3.5", currency: "EUR" });
  });

  it("rejects malformed money with a path", () => {
    expect(() => sumMoney([eur("1"), { amount: "1,5", currency: "EUR" }])).toThrow(
      expect.objectContaining({ code: "invalid_decimal", path: [1, "amount"] }),
    );
    expect(() => addMoney(eur("1"), { amount: 2, currency: "EUR" } as unknown as Money)).toThrow(
      expect.objectContaining({ code: "invalid_decimal" }),
    );
  });
});

describe("multiply, percentOf, compare, isZero, roundMoney", () => {
  it("multiplies and takes percentages exactly, rounding only when asked", () => {
    expect(multiplyMoney(eur("10499.35"), "0.3")).toEqual({ amount: "3149.805", currency: "EUR" });
    expect(multiplyMoney(eur("0.1"), 3).amount).toBe("0.3");
    expect(percentOfMoney(eur("593.18"), "2").amount).toBe("11.8636");
    expect(roundMoney(percentOfMoney(eur("593.18"), "2")).amount).toBe("11.86");
    expect(roundMoney(eur("3149.805"), 2, { rule: "half_even" }).amount).toBe("3149.80");
    expect(() => multiplyMoney(eur("1"), 0.1)).toThrow(expect.objectContaining({ code: "invalid_decimal", path: [1] }));
  });

  it("compares by value and tells zero", () => {
    expect(compareMoney(eur("5.0"), eur("5.00"))).toBe(0);
    expect(compareMoney(eur("-1"), eur("0"))).toBe(-1);
    expect(compareMoney(eur("0.10"), eur("0.09"))).toBe(1);
    expect(isZeroMoney(eur("0.000"))).toBe(true);
    expect(isZeroMoney(eur("-0.001"))).toBe(false);
  });
});
