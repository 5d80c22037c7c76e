// Budget lines, and the arguments of the budget functions, are checked before they are read
// (issue #17: a line without `year` gave `years: [2023, undefined]` and "(undefined m.)";
// `perResident({ amount: "", currency: "EUR" }, 1)` threw decimal.js's own error).
import { describe, expect, it } from "vitest";
import { checkBudget, compareBudgets, perResident, perUser, summarizeBudget, type BudgetLine } from "../../src/budget/index";

const eur = (amount: string) => ({ amount, currency: "EUR" as const });
const good: BudgetLine = { year: 2023, sourceId: "state_budget", received: eur("1.00"), used: eur("1.00") };

const errorOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    const { name, code, path } = error as { name: string; code: string; path?: unknown };
    return { name, code, path };
  }
  return undefined;
};

describe("budget lines that are not budget lines", () => {
  const bad: Array<[string, unknown, unknown[]]> = [
    ["without a year", { sourceId: "state_budget", received: eur("1.00") }, ["lines", 1, "year"]],
    ["with a year in words", { year: "2023", sourceId: "state_budget" }, ["lines", 1, "year"]],
    ["with a year out of range", { year: 10000, sourceId: "state_budget" }, ["lines", 1, "year"]],
    ["with a fractional year", { year: 2023.5, sourceId: "state_budget" }, ["lines", 1, "year"]],
    ["undefined", undefined, ["lines", 1]],
    ["null", null, ["lines", 1]],
    ["without a source", { year: 2023 }, ["lines", 1]],
    ["with a purpose that is not text", { year: 2023, sourceId: "state_budget", purpose: 7 }, ["lines", 1, "purpose"]],
    ["with an article that is not text", { year: 2023, sourceId: "state_budget", article: {} }, ["lines", 1, "article"]],
  ];

  it.each(bad)("a line %s is invalid_argument, with its path, in summarizeBudget and checkBudget", (_what, line, path) => {
    for (const call of [summarizeBudget, checkBudget]) {
      expect(errorOf(() => call([good, line as BudgetLine]))).toEqual({ name: "BibliotekosError", code: "invalid_argument", path });
    }
  });

  it("checkBudget([undefined]) is invalid_argument", () => {
    expect(errorOf(() => checkBudget([undefined as never]))).toEqual({
      name: "BibliotekosError",
      code: "invalid_argument",
      path: ["lines", 0],
    });
  });

  it("an amount that is not a decimal is invalid_decimal, with its path", () => {
    expect(errorOf(() => checkBudget([{ ...good, used: eur("") }]))).toMatchObject({
      code: "invalid_decimal",
      path: ["lines", 0, "used", "amount"],
    });
    expect(errorOf(() => summarizeBudget([{ ...good, used: eur("1,00") }]))).toMatchObject({ code: "invalid_decimal" });
  });
});

describe("perResident and perUser", () => {
  it("give invalid_decimal for an amount that is not a decimal, invalid_argument for one that is not money", () => {
    expect(errorOf(() => perResident(eur(""), 1))).toEqual({
      name: "BibliotekosError",
      code: "invalid_decimal",
      path: ["amount", "amount"],
    });
    expect(errorOf(() => perUser(eur("1e3"), 1))).toMatchObject({ code: "invalid_decimal" });
    expect(errorOf(() => perResident(null as never, 1))).toMatchObject({ code: "invalid_argument" });
    expect(errorOf(() => perResident(eur("10.00"), 2n as never))).toMatchObject({ code: "invalid_argument" });
  });
});

describe("compareBudgets", () => {
  it("gives invalid_argument for what is not a budget summary", () => {
    const summary = summarizeBudget([good]);
    for (const other of [
      undefined,
      null,
      {},
      { overall: {}, bySource: null, byArticle: [] },
      { overall: {}, bySource: [null], byArticle: [] },
      "x",
    ]) {
      expect(errorOf(() => compareBudgets(summary, other as never))).toMatchObject({ code: "invalid_argument" });
      expect(errorOf(() => compareBudgets(other as never, summary))).toMatchObject({ code: "invalid_argument" });
    }
  });

  it("gives invalid_decimal for a figure that is not a decimal", () => {
    const summary = summarizeBudget([good]);
    const broken = { ...summary, overall: { ...summary.overall, received: "many" } };
    expect(errorOf(() => compareBudgets(summary, broken as never))).toMatchObject({ code: "invalid_decimal" });
  });
});
