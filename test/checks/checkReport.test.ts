import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/checks/index";
import type { AnnualReport } from "../../src/models/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

const report = deepFreeze(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as AnnualReport);

describe("checkReport on the 2023 Ignalina annual report", () => {
  const findings = checkReport(report);
  const at = (path: Array<string | number>) => {
    let value: unknown = report;
    for (const key of path) value = (value as Record<string | number, unknown>)[key];
    return value;
  };

  it("finds every inconsistency of its tables and budget, and no false alarm", () => {
    const observation = (i: number) => at(["observations", i]) as { indicator: string; unitId: string };
    expect(
      findings.map((f) => {
        const o = f.path[0] === "observations" ? observation(f.path[1] as number) : undefined;
        return [f.code, o ? `${o.indicator}@${o.unitId}` : f.path.join(".")];
      }),
    ).toEqual([
      // Loans by document type: 37 510 + 35 057 + 690 + 160 = 73 417, the total says 73 341.
      ["breakdown_does_not_add_up", "loans@total"],
      // Reach differences: "· 2,0 %", "· 8,4 %", "· 1,1 %" lost their sign; all four are in % not p. p.
      ["sign_lost", "reach@total"],
      ["percent_for_percentage_points", "reach@total"],
      ["sign_lost", "reach@ignalina"],
      ["percent_for_percentage_points", "reach@ignalina"],
      ["sign_lost", "reach@dukstas"],
      ["percent_for_percentage_points", "reach@dukstas"],
      ["percent_for_percentage_points", "reach@rural"],
      // 36 of 48 staff trained is 75 %, the report says 77 %.
      ["derived_mismatch", "staff_trained_share@total"],
      // The text says 717 fewer documents were acquired; the table's difference is −718.
      ["claim_differs_from_table", "narrative.1.text"],
      // The budget chapter (see test/budget/checkBudget.test.ts).
      ["too_many_decimals", "budgetLines.1.received.amount"],
      ["plan_without_outcome", "budgetLines.4"],
      ["execution_unverifiable", "budgetLines.8.executionPercent"],
      ["execution_unverifiable", "budgetLines.9.executionPercent"],
      ["articles_do_not_add_up", "budgetLines.0.received"],
      ["articles_do_not_add_up", "budgetLines.0.used"],
    ]);
  });

  it("ties the narrative's numbers to the figures they restate, and raises only near misses", () => {
    const claim = findings.find((f) => f.code === "claim_differs_from_table");
    expect(claim?.figures).toMatchObject({ expected: "718", actual: "717", difference: "-1", text: "717 fiz. vnt." });
    const base = {
      ...report,
      narrative: [
        {
          heading: "Ištrauka",
          text: "Periodinių leidinių prenumeratai buvo panaudota 10499,35 Eur ir įsigyta 3527 fiz. vnt. periodinių leidinių.",
        },
      ],
    };
    expect(checkReport(base).filter((f) => f.code === "claim_differs_from_table")).toEqual([]);
    const typo = { ...report, narrative: [{ heading: "Ištrauka", text: "Įvyko 765 renginiai." }] };
    expect(
      checkReport(typo)
        .filter((f) => f.code === "claim_differs_from_table")
        .map((f) => f.figures.expected),
    ).toEqual(["764"]);
  });

  it("ties counted nouns to their indicators (#18): registered users and visits, without a unit word", () => {
    const figure = (indicator: string, value: string, unit: "persons" | "visits") => ({
      unitId: "total",
      indicator,
      period: { start: "2023", end: "2023" },
      value,
      unit,
    });
    const withUsers = {
      ...report,
      observations: [...(report.observations ?? []), figure("registered_users", "5470", "persons"), figure("visits", "81200", "visits")],
      narrative: [{ heading: "Ištrauka", text: "Bibliotekoje registruoti 5 469 vartotojai. Per metus užfiksuota 81 250 apsilankymų." }],
    };
    const near = checkReport(withUsers).filter((f) => f.code === "claim_differs_from_table");
    expect(
      near.map((f) => [
        f.figures.text,
        f.figures.expected,
        f.figures.actual,
        f.message.en.includes(f.figures.expected === "5470" ? "Registered users" : "Physical visits"),
      ]),
    ).toEqual([
      ["5 469 vartotojai", "5470", "5469", true],
      ["81 250 apsilankymų", "81200", "81250", true],
    ]);
    // A count of users served at home is not the registered users: no stem of theirs in its clause.
    const atHome = { ...withUsers, narrative: [{ heading: "Ištrauka", text: "Namuose aptarnauta 5 469 vartotojai." }] };
    expect(checkReport(atHome).filter((f) => f.code === "claim_differs_from_table")).toEqual([]);
  });

  it("gives the same findings for a report already validated (assumeValid)", () => {
    expect(checkReport(report, { assumeValid: true })).toEqual(findings);
  });

  it("gives the figures of each finding", () => {
    expect(findings.find((f) => f.code === "breakdown_does_not_add_up")?.figures).toMatchObject({
      expected: "73417",
      actual: "73341",
      difference: "-76",
    });
    // The derived finding names its inputs too: 36 staff who trained of 48 (numerator, denominator).
    expect(findings.find((f) => f.code === "derived_mismatch")?.figures).toEqual({
      expected: "75",
      actual: "77",
      difference: "2",
      numerator: "36",
      denominator: "48",
    });
  });

  it("raises nothing for what the printed precision explains: fund shares 34,5 / 6,3 / 59,2 %, titles that are not additive", () => {
    expect(findings.some((f) => f.code === "share_mismatch" || f.code === "parts_do_not_add_up")).toBe(false);
  });

  it("speaks English and Lithuanian in every finding", () => {
    for (const finding of findings) {
      expect(finding.message.en.length).toBeGreaterThan(10);
      expect(finding.message.lt.length).toBeGreaterThan(10);
    }
  });
});

describe("checkReport", () => {
  it("never throws on a bad report: each problem is a finding with its path", () => {
    const bad = { institutionId: "x", year: "2023", units: [{ id: "a", name: "A", kind: "nope" }] } as unknown as AnnualReport;
    const findings = checkReport(bad);
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.every((f) => f.code === "invalid_report")).toBe(true);
    expect(findings.map((f) => f.path.join("."))).toEqual(expect.arrayContaining(["year", "reportingPeriod", "units.0.kind"]));
  });

  const year = { start: "2023", end: "2023" };
  const consistent = fc
    .array(fc.tuple(fc.nat({ max: 5000 }), fc.nat({ max: 500 }), fc.nat({ max: 500 })), { minLength: 2, maxLength: 6 })
    .map((rows): AnnualReport => {
      const units = rows.map((_, i) => ({ id: `u${i}`, name: `Filialas ${i}`, kind: "branch" as const }));
      const observations = rows.flatMap(([complex, oral, visual], i) => [
        { unitId: `u${i}`, indicator: "events_complex", period: year, value: String(complex) },
        { unitId: `u${i}`, indicator: "events_oral", period: year, value: String(oral) },
        { unitId: `u${i}`, indicator: "events_visual", period: year, value: String(visual) },
        { unitId: `u${i}`, indicator: "events", period: year, value: String(complex + oral + visual) },
      ]);
      const sum = (k: number) => rows.reduce((acc, row) => acc + (row[k] as number), 0);
      observations.push(
        { unitId: "total", indicator: "events_complex", period: year, value: String(sum(0)) },
        { unitId: "total", indicator: "events_oral", period: year, value: String(sum(1)) },
        { unitId: "total", indicator: "events_visual", period: year, value: String(sum(2)) },
        { unitId: "total", indicator: "events", period: year, value: String(sum(0) + sum(1) + sum(2)) },
      );
      return {
        institutionId: "library",
        year: 2023,
        reportingPeriod: { start: "2023-01-01", end: "2023-12-31" },
        units: [{ id: "total", name: "Iš viso", kind: "total", members: units.map((u) => u.id) }, ...units],
        observations,
      };
    });

  it("finds nothing in consistent reports, and points at the one number changed", () => {
    fc.assert(
      fc.property(consistent, fc.nat(), (generated, pick) => {
        expect(checkReport(deepFreeze(generated))).toEqual([]);
        const changed = structuredClone(generated);
        const observations = changed.observations ?? [];
        const index = pick % observations.length;
        const target = observations[index] as { value: string };
        target.value = String(Number(target.value) + 1);
        const findings = checkReport(changed);
        expect(findings.length).toBeGreaterThan(0);
        // Every finding points at the number changed, at its unit's breakdown, or at its total.
        const moved = observations[index] as { unitId: string; indicator: string };
        for (const finding of findings) {
          const flagged = observations[finding.path[1] as number] as { unitId: string; indicator: string };
          expect(finding.path[0]).toBe("observations");
          expect(
            flagged === moved || flagged.unitId === moved.unitId || (flagged.unitId === "total" && flagged.indicator === moved.indicator),
          ).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
