import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBudget, type BudgetLine } from "../../src/budget/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

// The budget chapter of the 2023 Ignalina report, as the AnnualReport model holds it.
const chapter = {
  lines: (JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as { budgetLines: BudgetLine[] }).budgetLines,
};
const eur = (amount: string) => ({ amount, currency: "EUR" as const });

describe("checkBudget on the 2023 Ignalina budget chapter", () => {
  const findings = checkBudget(deepFreeze(chapter.lines));

  it("finds every real inconsistency and nothing else", () => {
    expect(findings.map((f) => [f.code, f.path.join(".")])).toEqual([
      // 698795,000 eurų: three decimals.
      ["too_many_decimals", "lines.1.received.amount"],
      // Social benefits: a plan of 5 100,00 and nothing received or used.
      ["plan_without_outcome", "lines.4"],
      // Two projects print "panaudoti 100 procentų" without the amount used.
      ["execution_unverifiable", "lines.8.executionPercent"],
      ["execution_unverifiable", "lines.9.executionPercent"],
      // The articles add up to 769 595, the municipal total says 774 795.
      ["articles_do_not_add_up", "lines.0.received"],
      ["articles_do_not_add_up", "lines.0.used"],
    ]);
  });

  it("gives both figures and the difference where the articles do not add up", () => {
    const received = findings.find((f) => f.code === "articles_do_not_add_up" && f.path[2] === "received");
    expect(received?.figures).toEqual({
      expected: "769595.000",
      actual: "774795.00",
      difference: "5200.000",
      articles: "4",
      articlesWithoutFigure: "1",
    });
    expect(received?.severity).toBe("error");
    expect(received?.message.en).toContain("769595.000");
    expect(received?.message.lt).toContain("5\u00a0200,000");
  });

  it("finds no false alarm in the printed balances and executions (0,00; 100,00 %; 100 %)", () => {
    expect(findings.some((f) => f.code === "balance_mismatch" || f.code === "execution_mismatch")).toBe(false);
  });
});

describe("checkBudget", () => {
  it("finds a printed balance that is not received − used", () => {
    const [finding] = checkBudget([{ year: 2023, sourceId: "s", received: eur("100.00"), used: eur("90.00"), carriedOver: eur("0.00") }]);
    expect(finding).toMatchObject({ code: "balance_mismatch", figures: { expected: "10.00", actual: "0.00", difference: "-10.00" } });
  });

  it("compares a printed execution at its printed precision, so rounding raises nothing", () => {
    const line = (executionPercent: string): BudgetLine => ({
      year: 2023,
      sourceId: "s",
      planned: eur("714000.00"),
      received: eur("698795.00"),
      used: eur("698795.00"),
      executionPercent,
    });
    expect(checkBudget([line("97.87")])).toEqual([]); // of the plan
    expect(checkBudget([line("100")])).toEqual([]); // of what was received
    expect(checkBudget([line("97.9")])).toEqual([]);
    expect(checkBudget([line("98.00")]).map((f) => f.code)).toEqual(["execution_mismatch"]);
  });

  it.each([
    [{ year: 2023, sourceId: "s", used: eur("1,5") }, ["lines", 0, "used", "amount"]],
    [{ year: 2023, sourceId: "s", carriedOver: eur("x") }, ["lines", 0, "carriedOver", "amount"]],
    [{ year: 2023, sourceId: "s", used: eur("1"), executionPercent: "100 %" }, ["lines", 0, "executionPercent"]],
  ] as Array<[BudgetLine, Array<string | number>]>)("rejects a malformed amount with invalid_decimal at its path", (line, path) => {
    expect(() => checkBudget([line])).toThrow(expect.objectContaining({ code: "invalid_decimal", path }));
  });

  it("finds more used than received", () => {
    expect(checkBudget([{ year: 2023, sourceId: "s", received: eur("10.00"), used: eur("12.50") }])).toMatchObject([
      { code: "used_exceeds_received", figures: { difference: "2.50" } },
    ]);
  });

  it("finds litas after the euro", () => {
    expect(checkBudget([{ year: 2016, sourceId: "s", used: { amount: "345.28", currency: "LTL" } }])).toMatchObject([
      { code: "litas_after_euro", figures: { converted: "100.00" } },
    ]);
  });

  it("does not add a sub-article to its parent article a second time", () => {
    expect(
      checkBudget([
        { year: 2023, sourceId: "s", used: eur("10.00") },
        { year: 2023, sourceId: "s", articleCode: "2.2", used: eur("10.00") },
        { year: 2023, sourceId: "s", articleCode: "2.2.1.1.1.30", used: eur("10.00") },
      ]),
    ).toEqual([]);
  });

  it("has an English and a Lithuanian message for every finding", () => {
    for (const finding of checkBudget(chapter.lines)) {
      expect(finding.message.en.length).toBeGreaterThan(20);
      expect(finding.message.lt.length).toBeGreaterThan(20);
      expect(finding.message.lt).not.toBe(finding.message.en);
    }
  });

  it("finds nothing in consistent budgets, and points at the one number changed", () => {
    const cents = fc.integer({ min: 0, max: 10_000_000 });
    const text = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, "0")}`;
    fc.assert(
      fc.property(fc.array(fc.tuple(cents, cents), { minLength: 1, maxLength: 8 }), fc.nat(), (articles, pick) => {
        const lines: BudgetLine[] = articles.map(([received, spare], i) => ({
          year: 2023,
          sourceId: "s",
          articleCode: `2.${i + 1}`,
          received: eur(text(received + spare)),
          used: eur(text(received)),
          carriedOver: eur(text(spare)),
        }));
        const receivedTotal = articles.reduce((sum, [r, s]) => sum + r + s, 0);
        const usedTotal = articles.reduce((sum, [r]) => sum + r, 0);
        lines.unshift({ year: 2023, sourceId: "s", received: eur(text(receivedTotal)), used: eur(text(usedTotal)) });
        expect(checkBudget(deepFreeze(lines))).toEqual([]);

        const broken = structuredClone(lines) as BudgetLine[];
        const index = 1 + (pick % articles.length);
        const target = broken[index] as BudgetLine;
        target.carriedOver = eur(text(articles[index - 1]![1] + 1));
        expect(checkBudget(broken).map((f) => [f.code, f.path[1]])).toEqual([["balance_mismatch", index]]);
      }),
      { numRuns: 100 },
    );
  });
});
