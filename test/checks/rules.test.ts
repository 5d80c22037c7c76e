import { describe, expect, it } from "vitest";
import { checkReport, REPORT_CHECKS, type ReportFindingCode } from "../../src/checks/index";
import { en } from "../../src/checks/_lib/locales/en";
import { lt } from "../../src/checks/_lib/locales/lt";
import { RULES } from "../../src/checks/_lib/rules/index";
import type { AnnualReport } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

const report = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport);
const codes = (findings: ReadonlyArray<{ code: string }>) => findings.map((f) => f.code);

describe("checkReport's rules", () => {
  const all = checkReport(report);

  it("switches a check off: its findings go, the others stay in their order", () => {
    const without = checkReport(report, { rules: { sign_lost: "off" } });
    expect(codes(without)).toEqual(codes(all).filter((code) => code !== "sign_lost"));
    expect(without).toEqual(all.filter((f) => f.code !== "sign_lost"));
  });

  it("switches off a rule's every code, the budget's too", () => {
    const budgetCodes = ["too_many_decimals", "plan_without_outcome", "execution_unverifiable", "articles_do_not_add_up"] as const;
    const off = checkReport(report, { rules: Object.fromEntries(budgetCodes.map((code) => [code, "off"])) });
    expect(codes(off)).toEqual(codes(all).filter((code) => !(budgetCodes as readonly string[]).includes(code)));
    expect(off.some((f) => f.path[0] === "budgetLines")).toBe(false);
  });

  it("changes a check's severity, and nothing else of its findings", () => {
    const changed = checkReport(report, { rules: { claim_differs_from_table: "error", too_many_decimals: "info" } });
    expect(changed.map((f) => f.severity)).toEqual(
      all.map((f) => (f.code === "claim_differs_from_table" ? "error" : f.code === "too_many_decimals" ? "info" : f.severity)),
    );
    expect(changed.map(({ severity: _, ...rest }) => rest)).toEqual(all.map(({ severity: _, ...rest }) => rest));
  });

  it("gives each finding the default severity its rule's metadata says", () => {
    const severity = new Map(REPORT_CHECKS.map((c) => [c.code as string, c.severity]));
    for (const finding of all) expect([finding.code, finding.severity]).toEqual([finding.code, severity.get(finding.code)]);
  });

  it("does not mutate the options", () => {
    const options = deepFreeze({ rules: { sign_lost: "off" as const } });
    expect(() => checkReport(report, options)).not.toThrow();
  });
});

describe("REPORT_CHECKS", () => {
  it("lists every code once, in the order the findings are listed", () => {
    const listed = REPORT_CHECKS.map((c) => c.code);
    expect(new Set(listed).size).toBe(listed.length);
    const order = new Map(listed.map((code, i) => [code as string, i]));
    const ranks = checkReport(report).map((f) => order.get(f.code) ?? -1);
    // Within the budget rule, checkBudget's own order (single lines, then sums) stands.
    const ruleOf = new Map(REPORT_CHECKS.map((c) => [c.code as string, RULES.findIndex((r) => r.name === c.rule)]));
    const ruleRanks = checkReport(report).map((f) => ruleOf.get(f.code) ?? -1);
    expect(ruleRanks).toEqual([...ruleRanks].sort((a, b) => a - b));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
  });

  it("has a one-line description and a real example for every code", () => {
    for (const check of REPORT_CHECKS) {
      expect(check.description, check.code).toMatch(/^[a-z].+[^.]$/);
      expect(check.description.includes("\n"), check.code).toBe(false);
      expect(check.example.length, check.code).toBeGreaterThan(3);
    }
  });

  it("names each rule after its file", () => {
    expect(RULES.map((r) => r.name)).toEqual(["totals", "breakdowns", "differences", "shares", "derived", "targets", "claims", "budget"]);
  });
});

describe("the rules' message tables", () => {
  it("have a message in English and in Lithuanian for exactly the rules' codes", () => {
    const ruleCodes = RULES.filter((r) => r.name !== "budget")
      .flatMap((r) => Object.keys(r.codes))
      .sort();
    expect(Object.keys(en).sort()).toEqual(ruleCodes);
    expect(Object.keys(lt).sort()).toEqual(ruleCodes);
  });

  it("write Lithuanian numbers in the Lithuanian message and plain ones in the English", () => {
    const finding = checkReport(report).find((f) => f.code === ("breakdown_does_not_add_up" satisfies ReportFindingCode));
    expect(finding?.message.en).toContain("73417");
    expect(finding?.message.lt.replace(/\u00a0/g, " ")).toContain("73 417");
  });
});
