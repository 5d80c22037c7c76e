// Scores readReport on the held-out annual reports of test/fixtures/heldout/reports/, written by
// someone who never saw the reader, in other layouts, with planted inconsistencies listed in each
// answer key. The reader's own tests are in test/texts/readReport.test.ts; this score says how it
// does on reports it was not tuned on. Never tune rules on these files (see that folder's README).
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/checks/index";
import { readReport } from "../../src/texts/index";
import { readFixture } from "../_lib/seeds";

interface Answers {
  year: number;
  units: Array<{ name: string; kind: string }>;
  observations: Array<{ unit: string; indicator: string; period: string; value: string; differenceFrom?: string }>;
  planted: Array<{ kind: string }>;
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
const names = readdirSync(new URL("../fixtures/heldout/reports/", import.meta.url)).filter((f) => f.endsWith(".txt"));

describe("readReport on the held-out reports", () => {
  it.each(names)("%s: reports its score", (name) => {
    const text = readFixture(`heldout/reports/${name}`);
    const answers = JSON.parse(readFixture(`heldout/reports/${name.replace(/\.txt$/, ".answers.json")}`)) as Answers;
    const { report, unread } = readReport(text, { institutionId: "heldout", year: answers.year });
    const totalNames = new Set(answers.units.filter((u) => u.kind === "total").map((u) => fold(u.name)));
    const unitName = new Map(report.units.map((u) => [u.id, u.kind === "total" ? "total" : fold(u.name)]));
    const keyOf = (unit: string, indicator: string, period: string, from: string | undefined) =>
      [unit, indicator, period, from ?? ""].join("|");
    const read = new Map(
      (report.observations ?? []).map((o) => [
        keyOf(unitName.get(o.unitId) ?? o.unitId, o.indicator, o.period.start ?? "", o.differenceFrom?.start ?? undefined),
        o.value,
      ]),
    );
    let found = 0;
    let right = 0;
    for (const o of answers.observations) {
      const unit = totalNames.has(fold(o.unit)) ? "total" : fold(o.unit);
      const value = read.get(keyOf(unit, o.indicator, o.period, o.differenceFrom));
      if (value === undefined) continue;
      found++;
      if (Number(value) === Number(o.value)) right++;
    }
    const findings = checkReport(report).filter((f) => f.severity !== "info");
    const planted = new Map<string, number>();
    for (const p of answers.planted) planted.set(p.kind, (planted.get(p.kind) ?? 0) + 1);
    const raised = new Map<string, number>();
    for (const f of findings) raised.set(f.code, (raised.get(f.code) ?? 0) + 1);
    let caught = 0;
    let falseAlarms = 0;
    for (const [code, count] of raised) {
      const expected = planted.get(code) ?? 0;
      caught += Math.min(count, expected);
      falseAlarms += Math.max(0, count - expected);
    }
    console.log(
      `held-out report ${name}: observations ${right} right of ${found} found, of ${answers.observations.length} (${((100 * right) / answers.observations.length).toFixed(1)} %); ` +
        `planted found ${caught} of ${answers.planted.length}; false alarms ${falseAlarms}; budget lines ${report.budgetLines?.length ?? 0}; targets ${report.targets?.length ?? 0}; unread ${unread.length}`,
    );
    expect(answers.observations.length).toBeGreaterThan(0);
  });
});
