import { describe, expect, it } from "vitest";
import { compareMoney, convertLtlToEur, LTL_PER_EUR, money, sumMoney } from "../../src/money/index";
import { parseQuantity } from "../../src/numbers/index";

describe("convertLtlToEur", () => {
  it.each([
    // DOMAIN.md §6: the official examples.
    ["250", "72.41"],
    ["10", "2.90"],
    ["1540", "446.01"],
    ["3.4528", "1.00"],
    ["100000", "28962.00"],
    ["0.01", "0.00"],
    ["0.02", "0.01"],
    ["-250", "-72.41"],
  ])("converts %s Lt to %s € by the mathematical rule", (ltl, eur) => {
    expect(convertLtlToEur(money(ltl, "LTL"))).toEqual({ amount: eur, currency: "EUR" });
  });

  it("rounds wages up for the recipient and fines to whole euros for the payer", () => {
    expect(convertLtlToEur(money("1540", "LTL"), { rule: "up" }).amount).toBe("446.02");
    expect(convertLtlToEur(money("250", "LTL"), { decimals: 0, rule: "down" }).amount).toBe("72");
  });

  it("uses the fixed rate", () => {
    expect(LTL_PER_EUR).toBe("3.45280");
  });

  it("leaves euros as they are, so mixed years can be summed in euros", () => {
    const seed = parseQuantity("100 tūkst. Lt");
    const amounts = [money(seed.value, "LTL"), money("5900.00", "EUR")];
    expect(() => sumMoney(amounts)).toThrow(expect.objectContaining({ code: "currency_mismatch" }));
    expect(sumMoney(amounts.map((m) => convertLtlToEur(m)))).toEqual({ amount: "34862.00", currency: "EUR" });
    expect(compareMoney(convertLtlToEur(money("250", "LTL")), money("72.41", "EUR"))).toBe(0);
  });

  it("rejects bad options with invalid_argument", () => {
    expect(() => convertLtlToEur(money("1", "LTL"), { decimals: 1.5 })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => convertLtlToEur(money("1", "LTL"), { rule: "bankers" as "up" })).toThrow(
      expect.objectContaining({ code: "invalid_argument" }),
    );
  });
});
