// The budget findings' messages, one table per language (as zod's locales are), held to the same
// codes as the checks. The tables' type (MessageTable over BudgetFindingFigures) holds them to
// BudgetFindingCode at compile time; these tests hold the checks and the docs to them at run time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, expectTypeOf, it } from "vitest";
import { checkBudget, type BudgetFindingFigures } from "../../src/budget/index";
import { BUDGET_CHECKS } from "../../src/budget/_lib/checks/index";
import { en } from "../../src/budget/_lib/locales/en";
import { lt } from "../../src/budget/_lib/locales/lt";

const codes = BUDGET_CHECKS.map((check) => check.code).sort();
const eur = (amount: string) => ({ amount, currency: "EUR" as const });

describe("the budget message tables", () => {
  it.each([
    ["en", en],
    ["lt", lt],
  ] as const)("%s has a message for exactly the checks' codes", (_language, table) => {
    expect(Object.keys(table).sort()).toEqual(codes);
  });
});

describe("the budget checks", () => {
  it("are one per code", () => {
    expect(new Set(codes).size).toBe(BUDGET_CHECKS.length);
  });

  it.each(BUDGET_CHECKS.map((check) => [check.code, check] as const))("%s has a severity and a one-line description", (_code, check) => {
    expect(["error", "warning", "info"]).toContain(check.severity);
    expect(check.description).toMatch(/^[a-z][^\n]{10,}[^.]$/);
  });

  it.each(["src/budget/BudgetFinding.ts", "docs/budget.md"])("are listed in the table of %s with their severities", (file) => {
    const text = readFileSync(join(__dirname, "..", "..", file), "utf8");
    const rows = [...text.matchAll(/^(?: \* )?\| `([a-z_]+)` \| (error|warning|info) \|/gm)].map((row) => `${row[1]} ${row[2]}`);
    expect(rows.sort()).toEqual(BUDGET_CHECKS.map((check) => `${check.code} ${check.severity}`).sort());
  });
});

describe("BudgetFinding", () => {
  it("types the figures by code and still lets them be read by name", () => {
    const [finding] = checkBudget([{ year: 2023, sourceId: "s", received: eur("10.00"), used: eur("12.50") }]);
    expectTypeOf(finding!.figures.difference).toExtend<string | undefined>(); // as any Finding's
    if (finding?.code !== "used_exceeds_received") throw new Error(`unexpected ${finding?.code}`);
    expectTypeOf(finding.figures).toExtend<BudgetFindingFigures["used_exceeds_received"]>();
    expect(finding.figures).toEqual({ received: "10.00", used: "12.50", difference: "2.50" });
  });
});

describe("the figures each budget check names", () => {
  it("are the keys of its findings, in their order, for every code", () => {
    const findings = checkBudget([
      { year: 2023, sourceId: "s", received: eur("10.00"), used: eur("12.50"), carriedOver: eur("1.00"), executionPercent: "100" },
      { year: 2023, sourceId: "s", articleCode: "2.1", planned: eur("5.000") },
      { year: 2023, sourceId: "s", articleCode: "2.2", received: eur("3.00"), executionPercent: "100" },
      { year: 2016, sourceId: "t", used: { amount: "345.28", currency: "LTL" } },
    ]);
    expect(new Set(findings.map((f) => f.code)).size).toBe(BUDGET_CHECKS.length);
    const names = new Map(BUDGET_CHECKS.map((check) => [check.code as string, check.figures]));
    for (const finding of findings) expect([finding.code, Object.keys(finding.figures)]).toEqual([finding.code, names.get(finding.code)]);
  });
});
