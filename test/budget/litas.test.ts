// Litas lines are checked in litas, and converted only to present their figures (issue #17: they
// were converted and rounded to the cent first, which raised findings that are not there and hid
// those that are).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBudget, summarizeBudget, type BudgetLine } from "../../src/budget/index";
import { roundDecimal } from "../../src/numbers/index";
import { Dec } from "../../src/_lib/decimal";
import { deepFreeze } from "../_lib/seeds";

const lt = (amount: string) => ({ amount, currency: "LTL" as const });
const codes = (lines: BudgetLine[]) => checkBudget(deepFreeze(lines)).map((f) => f.code);

describe("checkBudget on litas lines", () => {
  it("checks an execution in litas: 0,50 of 1,00 Lt is 50 %", () => {
    expect(codes([{ year: 2010, sourceId: "state_budget", received: lt("1.00"), used: lt("0.50"), executionPercent: "50" }])).toEqual([]);
    const [finding] = checkBudget([
      { year: 2010, sourceId: "state_budget", received: lt("1.00"), used: lt("0.50"), executionPercent: "48" },
    ]);
    expect([finding?.code, finding?.figures]).toEqual([
      "execution_mismatch",
      { expected: "50", actual: "48", difference: "-2", numerator: "0.50", denominator: "1.00" },
    ]);
  });

  it("finds 10,01 Lt used of 10,00 Lt received, and presents its figures in euros", () => {
    const findings = checkBudget([{ year: 2010, sourceId: "state_budget", received: lt("10.00"), used: lt("10.01") }]);
    expect(findings.map((f) => [f.code, f.path.join("."), f.figures])).toEqual([
      ["used_exceeds_received", "lines.0.used", { received: "2.90", used: "2.90", difference: "0.00" }],
    ]);
    expect(codes([{ year: 2010, sourceId: "state_budget", received: lt("345.28"), used: lt("690.56") }])).toEqual([
      "used_exceeds_received",
    ]);
    expect(checkBudget([{ year: 2010, sourceId: "state_budget", received: lt("345.28"), used: lt("690.56") }])[0]?.figures).toEqual({
      received: "100.00",
      used: "200.00",
      difference: "100.00",
    });
  });

  it("writes a litas line's amounts in litas beside the euros, so a difference of 0,01 Lt does not read 0,00 Eur", () => {
    const [used] = checkBudget([{ year: 2010, sourceId: "state_budget", received: lt("10.00"), used: lt("10.01") }]);
    expect(used?.message).toEqual({
      en: "state budget (2010): used 10.01 LTL = 2.90 EUR is 0.01 LTL more than received 10.00 LTL = 2.90 EUR.",
      lt: "valstybės biudžeto lėšos (2010 m.): panaudota 10,01 Lt = 2,90 Eur, 0,01 Lt daugiau nei gauta asignavimų (10,00 Lt = 2,90 Eur).",
    });
    const [balance] = checkBudget([
      { year: 2010, sourceId: "state_budget", received: lt("10.00"), used: lt("5.00"), carriedOver: lt("4.99") },
    ]);
    expect(balance?.message.lt).toBe(
      "valstybės biudžeto lėšos (2010 m.): nurodytas likutis 4,99 Lt = 1,45 Eur, bet gauta asignavimų − panaudota = 5,00 Lt = 1,45 Eur.",
    );
    // A euro line is written as before.
    const eur = (amount: string) => ({ amount, currency: "EUR" as const });
    expect(checkBudget([{ year: 2023, sourceId: "state_budget", received: eur("10.00"), used: eur("10.01") }])[0]?.message.en).toBe(
      "state budget (2023): used 10.01 EUR is 0.01 EUR more than received 10.00 EUR.",
    );
  });

  it("summarizes a group all in litas with its execution in litas, as checkBudget checks it", () => {
    const litas = summarizeBudget([{ year: 2010, sourceId: "state_budget", received: lt("1.00"), used: lt("0.50") }]).overall;
    expect([litas.received, litas.used, litas.execution.ofReceived]).toEqual(["0.29", "0.14", { percent: "50.00", exact: "50" }]);
    // Litas and euros together: the execution of the euro sums.
    const mixed = summarizeBudget([
      { year: 2010, sourceId: "state_budget", received: lt("1.00"), used: lt("0.50") },
      { year: 2015, sourceId: "state_budget", received: { amount: "1.00", currency: "EUR" }, used: { amount: "1.00", currency: "EUR" } },
    ]).overall.execution.ofReceived;
    expect(mixed.percent).toBe("88.37");
  });

  it("checks a balance and the articles' sum in litas", () => {
    expect(codes([{ year: 2010, sourceId: "state_budget", received: lt("10.00"), used: lt("9.99"), carriedOver: lt("0.01") }])).toEqual([]);
    const line = (articleCode: string | undefined, amount: string): BudgetLine => ({
      year: 2010,
      sourceId: "state_budget",
      ...(articleCode === undefined ? {} : { articleCode }),
      received: lt(amount),
    });
    expect(codes([line(undefined, "1.00"), line("2.1", "0.50"), line("2.2", "0.50")])).toEqual([]);
    const findings = checkBudget([line(undefined, "1.00"), line("2.1", "0.50"), line("2.2", "0.40")]);
    expect(findings.map((f) => [f.code, f.figures.difference])).toEqual([["articles_do_not_add_up", "0.03"]]);
  });

  it("converts a line that mixes litas and euros to euros before it compares them", () => {
    expect(codes([{ year: 2014, sourceId: "state_budget", received: lt("345.28"), used: { amount: "100.00", currency: "EUR" } }])).toEqual(
      [],
    );
    expect(codes([{ year: 2014, sourceId: "state_budget", received: lt("345.28"), used: { amount: "100.01", currency: "EUR" } }])).toEqual([
      "used_exceeds_received",
    ]);
  });

  /** A litas amount: up to 9 digits and 2 decimals. */
  const litas = fc.bigInt({ min: 0n, max: 10n ** 11n }).map((cents) => {
    const digits = cents.toString().padStart(3, "0");
    return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  });

  it("finds nothing on litas lines whose figures agree in litas, whatever their conversions' cents", () => {
    fc.assert(
      fc.property(litas, litas, fc.constantFrom(0, 1, 2), (a, b, decimals) => {
        const [used, received] = new Dec(a).lessThanOrEqualTo(b) ? [a, b] : [b, a];
        const carriedOver = new Dec(received).minus(used).toFixed(2);
        const executionPercent = new Dec(received).isZero()
          ? undefined
          : roundDecimal(new Dec(used).times(100).div(received).toFixed(), decimals);
        const line: BudgetLine = {
          year: 2010,
          sourceId: "state_budget",
          received: lt(received),
          used: lt(used),
          carriedOver: lt(carriedOver),
        };
        expect(codes([executionPercent === undefined ? line : { ...line, executionPercent }])).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("finds every use over what was received in litas, by a cent or more", () => {
    fc.assert(
      fc.property(litas, fc.integer({ min: 1, max: 10_000 }), (received, cents) => {
        const used = new Dec(received).plus(new Dec(cents).div(100)).toFixed(2);
        expect(codes([{ year: 2010, sourceId: "state_budget", received: lt(received), used: lt(used) }])).toEqual([
          "used_exceeds_received",
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("finds nothing on litas articles that add up to their stated total in litas", () => {
    fc.assert(
      fc.property(fc.array(litas, { minLength: 1, maxLength: 6 }), (parts) => {
        const total = parts.reduce((sum, part) => sum.plus(part), new Dec(0)).toFixed(2);
        const lines: BudgetLine[] = [
          { year: 2012, sourceId: "municipal_budget", received: lt(total) },
          ...parts.map((amount, i): BudgetLine => ({
            year: 2012,
            sourceId: "municipal_budget",
            articleCode: `2.${i + 1}`,
            received: lt(amount),
          })),
        ];
        expect(codes(lines)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
