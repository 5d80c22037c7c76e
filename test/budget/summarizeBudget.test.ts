import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { summarizeBudget, type BudgetLine } from "../../src/budget/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

// The budget chapter of the 2023 Ignalina report, as the AnnualReport model holds it.
const chapter = {
  lines: (JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as { budgetLines: BudgetLine[] }).budgetLines,
};

describe("summarizeBudget on the 2023 Ignalina budget chapter", () => {
  const summary = summarizeBudget(deepFreeze(chapter.lines));
  const source = (id: string) => summary.bySource.find((s) => s.source === id);
  const article = (code: string) => summary.byArticle.find((a) => a.article === code)?.figures;

  it("reproduces the municipal funds as printed: 774 795,00 received and used, balance 0,00, execution 100,00 %", () => {
    const municipal = source("municipal_budget");
    expect(municipal?.stated).toBe(true);
    expect(municipal?.figures.received).toBe("774795.00");
    expect(municipal?.figures.used).toBe("774795.00");
    expect(municipal?.figures.balance).toBe("0.00");
    expect(municipal?.figures.execution.ofReceived).toMatchObject({ percent: "100.00" });
  });

  it("reproduces the state funds (24 884,00, balance 0,00, 100 %) and the non-formal education funds (5 900,00)", () => {
    const purpose = (start: string) => summary.byPurpose.find((p) => p.purpose.startsWith(start))?.figures;
    expect(purpose("Bibliotekos dokumentams")).toMatchObject({
      received: "24884.00",
      used: "24884.00",
      balance: "0.00",
      carriedOver: "0.00",
    });
    expect(purpose("Bibliotekos dokumentams")?.execution.ofReceived).toMatchObject({ percent: "100.00" });
    expect(purpose("NVŠ")).toMatchObject({ received: "5900.00", used: "5900", balance: "0.00" });
    expect(source("state_budget")?.figures).toMatchObject({ received: "30784.00", used: "30784.00", balance: "0.00" });
  });

  it("keeps the paid services' income apart, with no appropriations received or used", () => {
    expect(source("paid_services")?.figures).toMatchObject({
      received: "0.00",
      collected: "1119.42",
      used: "0.00",
      carriedOver: null,
      balance: "0.00",
    });
    expect(source("paid_services")?.figures.execution.ofReceived).toEqual({ percent: null, reason: "zero_base" });
  });

  it("says which printed figures it cannot reproduce, and why: two projects print 100 % without the amount used", () => {
    const projects = summary.byPurpose.filter((p) => p.source === "project_funds");
    expect(projects.map((p) => p.figures.execution.ofReceived)).toEqual([
      { percent: "100.00", exact: "100" },
      { percent: null, reason: "no_used" },
      { percent: null, reason: "no_used" },
    ]);
    expect(source("personal_income_tax_share")?.figures.execution.ofReceived).toEqual({ percent: null, reason: "no_used" });
    // So the overall use is partial, and the summary says so instead of printing a wrong execution.
    expect(summary.overall.incomplete).toEqual(["used"]);
    expect(summary.overall.execution.ofReceived).toEqual({ percent: null, reason: "incomplete" });
    expect(summary.overall.balance).toBeNull();
  });

  it("sums the stated totals of the sources, never the articles a second time", () => {
    expect(summary.overall.received).toBe("812998.18");
  });

  it("rolls the articles up the classification: wages and social insurance into 2.1, everything into 2", () => {
    expect(article("2.1")).toMatchObject({ planned: "727800.00", received: "712595.000", used: "712595.00", balance: "0.000" });
    expect(article("2.1")?.execution.ofPlanned).toMatchObject({ percent: "97.91" });
    expect(article("2.1.1")?.execution.ofPlanned).toMatchObject({ percent: "97.87" });
    // Social benefits have a plan only: missing is not zero.
    expect(article("2.7")).toMatchObject({ planned: "5100.00", received: null, used: null, balance: null });
    expect(article("2.7")?.execution.ofPlanned).toEqual({ percent: null, reason: "no_used" });
    expect(article("2")).toMatchObject({ planned: "789900.00", received: "769595.000", incomplete: ["received", "used"] });
    expect(summary.byArticle.map((a) => a.article)).toEqual(["2", "2.1", "2.1.1", "2.1.2", "2.2", "2.7"]);
  });

  it("gives plain data that survives JSON", () => {
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe("summarizeBudget", () => {
  const eur = (amount: string) => ({ amount, currency: "EUR" as const });

  it("converts litas to euros at 3.45280, half-up to the cent, before any sum", () => {
    const summary = summarizeBudget([
      { year: 2012, sourceId: "state_budget", received: { amount: "250", currency: "LTL" } },
      { year: 2012, sourceId: "state_budget", received: { amount: "10", currency: "LTL" } },
    ]);
    expect(summary.overall.received).toBe("75.31"); // 72.41 + 2.90
  });

  it("reads the FAQ's two-digit sixth level as the act's code", () => {
    const summary = summarizeBudget([
      { year: 2023, sourceId: "s", articleCode: "2.1.1.1.1.01", used: eur("1.00") },
      { year: 2023, sourceId: "s", articleCode: "2.1.1.1.1.1.", used: eur("2.00") },
    ]);
    expect(summary.byArticle.find((a) => a.article === "2.1.1.1.1.1")?.figures.used).toBe("3.00");
  });

  it("rejects a bad article code with its path", () => {
    expect(() => summarizeBudget([{ year: 2023, sourceId: "s", articleCode: "2.x", used: eur("1") }])).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["lines", 0, "articleCode"] }),
    );
  });

  it.each(["1,5", "", "1e3", "NaN", " 1"])("rejects the amount %j with invalid_decimal and its path", (amount) => {
    expect(() => summarizeBudget([{ year: 2023, sourceId: "s", used: eur(amount) }])).toThrow(
      expect.objectContaining({ code: "invalid_decimal", path: ["lines", 0, "used", "amount"] }),
    );
  });

  it("rejects what is not a list of lines", () => {
    expect(() => summarizeBudget("lines" as unknown as BudgetLine[])).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => summarizeBudget([null as unknown as BudgetLine])).toThrow(expect.objectContaining({ path: ["lines", 0] }));
  });

  const amount = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 3 })).map(([units, scale]) => {
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    return { text: negative ? `-${text}` : text, units, scale };
  });
  const articleCode = fc.constantFrom("2.1.1.1.1.1", "2.1.2.1.1.1", "2.2.1.1.1.30", "2.7.3.1.1.1", "3.1.1");
  const source = fc.constantFrom("municipal_budget", "state_budget", "project_funds");

  it("sums exactly, whatever the amounts (against BigInt arithmetic)", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 40 }), (amounts) => {
        const lines = amounts.map((a) => ({ year: 2023, sourceId: "s", used: eur(a.text) }));
        const scale = Math.max(...amounts.map((a) => a.scale));
        const expected = amounts.reduce((sum, a) => sum + a.units * 10n ** BigInt(scale - a.scale), 0n);
        expect(BigInt(summarizeBudget(lines).overall.used?.replace(".", "") ?? "x")).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("gives the same total rolled up by article, by source, or overall", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(source, articleCode, amount), { minLength: 1, maxLength: 30 }), (rows) => {
        const lines: BudgetLine[] = rows.map(([s, article, a]) => ({ year: 2023, sourceId: s, articleCode: article, used: eur(a.text) }));
        const summary = summarizeBudget(deepFreeze(lines));
        const total = summary.overall.used ?? "x";
        const same = (values: Array<string | null>) => {
          const sum = values.reduce(
            (acc, v) =>
              acc + BigInt((v ?? "0").replace(".", "").padEnd(1, "0")) * 10n ** BigInt(3 - ((v ?? "").split(".")[1]?.length ?? 0)),
            0n,
          );
          return sum === BigInt(total.replace(".", "")) * 10n ** BigInt(3 - (total.split(".")[1]?.length ?? 0));
        };
        expect(same(summary.bySource.map((s) => s.figures.used))).toBe(true);
        expect(same(summary.byArticle.filter((a) => a.level === 1).map((a) => a.figures.used))).toBe(true);
        expect(same(summary.bySourceAndArticle.filter((a) => a.level === 1).map((a) => a.figures.used))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
