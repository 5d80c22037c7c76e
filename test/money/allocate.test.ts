import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocate, compareMoney, money, sumMoney, type Money } from "../../src/money/index";
import { deepFreeze } from "../_lib/seeds";

const amounts = (shares: Money[]) => shares.map((m) => m.amount);

describe("allocate", () => {
  it.each<[string, Array<string | number>, string[]]>([
    ["100.00", [1, 1, 1], ["33.34", "33.33", "33.33"]],
    ["100.00", [1, 2], ["33.33", "66.67"]],
    ["100", [1, 2], ["33.33", "66.67"]],
    ["0.05", ["0.7", "0.3"], ["0.04", "0.01"]],
    ["0.10", [5, 3, 3], ["0.04", "0.03", "0.03"]],
    ["0.01", [1, 1, 1], ["0.01", "0.00", "0.00"]],
    ["0.01", [1, 1, 2], ["0.00", "0.00", "0.01"]],
    ["-10", [1, 0, 2], ["-3.33", "0.00", "-6.67"]],
    ["774695.00", ["698795", "13800", "57000", "5100"], ["698795.00", "13800.00", "57000.00", "5100.00"]],
    ["0.005", [1, 1], ["0.003", "0.002"]],
  ])("splits %s by %j into %j", (total, ratios, expected) => {
    const shares = allocate(deepFreeze(money(total, "EUR")), deepFreeze(ratios));
    expect(amounts(shares)).toEqual(expected);
    expect(compareMoney(sumMoney(shares), money(total, "EUR"))).toBe(0);
  });

  it("splits in the unit asked for, and refuses a total finer than it", () => {
    expect(amounts(allocate(money("100", "EUR"), [1, 1, 1], { decimals: 0 }))).toEqual(["34", "33", "33"]);
    expect(amounts(allocate(money("100.00", "EUR"), [1, 1, 1], { decimals: 0 }))).toEqual(["34", "33", "33"]);
    expect(() => allocate(money("100.50", "EUR"), [1, 1], { decimals: 0 })).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: [0, "amount"] }),
    );
  });

  it.each<[Array<string | number>, string, Array<string | number>]>([
    [[], "invalid_argument", [1]],
    [[0, 0], "invalid_argument", [1]],
    [[1, -1], "invalid_argument", [1, 1]],
    [[1, "1,5"], "invalid_decimal", [1, 1]],
    [[1, 0.5], "invalid_decimal", [1, 1]],
  ])("rejects the ratios %j with %s", (ratios, code, path) => {
    expect(() => allocate(money("1", "EUR"), ratios)).toThrow(expect.objectContaining({ code, path }));
  });

  it("never loses or invents a cent, and gives each share its proportion rounded to within a cent", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }),
        fc.array(fc.oneof(fc.nat({ max: 1000 }), fc.stringMatching(/^(?:0|[1-9]\d{0,5})\.\d{1,3}$/)), { minLength: 1, maxLength: 12 }),
        (cents, ratios) => {
          fc.pre(ratios.some((r) => Number(r) > 0));
          const magnitude = cents < 0n ? -cents : cents;
          const total = money(`${cents < 0n ? "-" : ""}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, "0")}`, "EUR");
          const shares = allocate(total, ratios);
          expect(shares).toHaveLength(ratios.length);
          expect(compareMoney(sumMoney(shares), total)).toBe(0);
          const weights = ratios.map((r) => Number(r));
          const totalWeight = weights.reduce((a, b) => a + b, 0);
          shares.forEach((share, i) => {
            if (weights[i] === 0) expect(Number(share.amount)).toBe(0);
            const exact = (Number(cents) * (weights[i] as number)) / totalWeight;
            expect(Math.abs(Number(share.amount) * 100 - exact)).toBeLessThan(1.000001 + Math.abs(exact) * 1e-12);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("splits huge totals and ratios with BigInt, still exactly", () => {
    const total = money("123456789012345678901234.56", "EUR");
    const shares = allocate(total, ["1.5", "123456789012345", "7"]);
    expect(compareMoney(sumMoney(shares), total)).toBe(0);
  });
});
