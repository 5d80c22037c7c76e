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

  it("gives both figures and the difference where the articles do not add up, at money precision", () => {
    const received = findings.find((f) => f.code === "articles_do_not_add_up" && f.path[2] === "received");
    // 698795,000 (three decimals, its own warning) does not make the sums 769595.000 and 5200.000.
    expect(received?.figures).toEqual({
      expected: "769595.00",
      actual: "774795.00",
      difference: "5200.00",
      articles: "4",
      articlesWithoutFigure: "1",
    });
    expect(received?.severity).toBe("error");
    expect(received?.message.en).toBe(
      "municipal budget (2023): the articles' received add up to 769595.00 EUR, but the total is stated as 774795.00 EUR (difference 5200.00 EUR); 1 of 4 articles gives no received figure.",
    );
    expect(received?.message.lt.replace(/\u00a0/g, " ")).toBe(
      "savivaldybės biudžeto lėšos (2023 m.): straipsnių gauta asignavimų suma 769 595,00 Eur nesutampa su nurodyta visa suma 774 795,00 Eur (skirtumas 5 200,00 Eur); 1 iš 4 straipsnių ši suma nenurodyta.",
    );
  });

  it("names the funding sources as the reference does, in each language, never by id", () => {
    for (const finding of findings) {
      expect(finding.message.lt).not.toMatch(/municipal_budget|project_funds/);
      expect(finding.message.en).not.toMatch(/municipal_budget|project_funds/);
    }
    expect(findings.map((f) => f.message.lt.split(" (")[0]!.split(" / ")[0])).toEqual([
      "savivaldybės biudžeto lėšos",
      "savivaldybės biudžeto lėšos",
      "projektų lėšos",
      "projektų lėšos",
      "savivaldybės biudžeto lėšos",
      "savivaldybės biudžeto lėšos",
    ]);
    expect(findings[2]?.message.en).toMatch(/^project funds \/ Jubiliejinis/);
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

  it("names the quotient an execution is checked against: used over received, or over the plan", () => {
    const [ofReceived] = checkBudget([
      {
        year: 2023,
        sourceId: "state_budget",
        planned: eur("714000.00"),
        received: eur("698795.00"),
        used: eur("698795.00"),
        executionPercent: "98.00",
      },
    ]);
    expect(ofReceived?.figures).toEqual({
      expected: "100.00",
      actual: "98.00",
      difference: "-2.00",
      numerator: "698795.00",
      denominator: "698795.00",
    });
    expect(ofReceived?.message.en).toBe(
      "state budget (2023): execution is printed as 98.00 %, but used / received × 100 = 698795.00 / 698795.00 × 100 = 100.00 %.",
    );
    expect(ofReceived?.message.lt.replace(/\u00a0/g, " ")).toBe(
      "valstybės biudžeto lėšos (2023 m.): nurodytas įvykdymas 98,00 %, bet panaudota / gauta asignavimų × 100 = 698 795,00 / 698 795,00 × 100 = 100,00 %.",
    );
    // Nothing received: the plan is the base, and the message says so.
    const ofPlan = checkBudget([
      { year: 2023, sourceId: "state_budget", planned: eur("800.00"), received: eur("0.00"), used: eur("600.00"), executionPercent: "70" },
    ]).find((f) => f.code === "execution_mismatch");
    expect(ofPlan?.figures).toMatchObject({ expected: "75", numerator: "600.00", denominator: "800.00" });
    expect(ofPlan?.message.en).toContain("used / planned × 100 = 600.00 / 800.00 × 100 = 75 %");
    expect(ofPlan?.message.lt).toContain("panaudota / planas × 100 = 600,00 / 800,00 × 100 = 75 %");
  });

  it("says in English how many articles give no figure, one or more", () => {
    const total = { year: 2023, sourceId: "s", received: eur("30.00") };
    const article = (articleCode: string, amount?: string) => ({
      year: 2023,
      sourceId: "s",
      articleCode,
      ...(amount ? { received: eur(amount) } : {}),
    });
    const one = checkBudget([total, article("2.1", "10.00"), article("2.2")]);
    expect(one[0]?.message.en).toContain("; 1 of 2 articles gives no received figure.");
    const two = checkBudget([total, article("2.1", "10.00"), article("2.2"), article("2.7")]);
    expect(two[0]?.message.en).toContain("; 2 of 3 articles give no received figure.");
    expect(two[0]?.message.lt).toContain("; 2 iš 3 straipsnių ši suma nenurodyta.");
    // A source the reference does not know is named by its id.
    expect(one[0]?.message.lt).toMatch(/^s \(2023 m\.\)/);
  });

  it("keeps digits past the cent that are not zeros", () => {
    const [finding] = checkBudget([
      { year: 2023, sourceId: "s", received: eur("30.00") },
      { year: 2023, sourceId: "s", articleCode: "2.1", received: eur("10.005") },
    ]);
    expect(finding?.code).toBe("too_many_decimals");
    const sum = checkBudget([
      { year: 2023, sourceId: "s", received: eur("30.00") },
      { year: 2023, sourceId: "s", articleCode: "2.1", received: eur("10.005") },
    ]).find((f) => f.code === "articles_do_not_add_up");
    expect(sum?.figures).toMatchObject({ expected: "10.005", actual: "30.00", difference: "19.995" });
    expect(sum?.message.lt).toContain("suma 10,005 Eur");
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
