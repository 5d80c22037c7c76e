// Scores findQuantities on the held-out sentences of test/fixtures/heldout/quantities.json,
// written by hand by someone who did not read the reader (see that folder's README). The
// reader's own tests are in test/numbers; this score says how it does on text it was not tuned
// on. The floors are the scores measured when the reader landed, less a margin, so that a
// regression fails. Never raise a score by tuning rules on these files.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/numbers/index";
import { readFixture } from "../_lib/seeds";

interface Case {
  text: string;
  quantities: Array<{ text: string; value: string; unit: string }>;
}

const cases = (JSON.parse(readFixture("heldout/quantities.json")) as { cases: Case[] }).cases;

export function scoreQuantities(selected: Case[]) {
  let expected = 0;
  let found = 0;
  let correct = 0;
  let exactCases = 0;
  const failures: string[] = [];
  for (const c of selected) {
    const got = findQuantities(c.text).map((q) => `${q.value} ${q.unit}`);
    const want = c.quantities.map((q) => `${q.value} ${q.unit}`);
    expected += want.length;
    found += got.length;
    const pool = [...got];
    for (const w of want) {
      const at = pool.indexOf(w);
      if (at !== -1) {
        correct++;
        pool.splice(at, 1);
      }
    }
    if (got.join("|") === want.join("|")) exactCases++;
    else failures.push(`${c.text}\n    want ${want.join(", ") || "nothing"}\n    got  ${got.join(", ") || "nothing"}`);
  }
  return { cases: selected.length, exactCases, precision: found === 0 ? 1 : correct / found, recall: expected === 0 ? 1 : correct / expected, failures };
}

describe("findQuantities on the held-out sentences", () => {
  const score = scoreQuantities(cases);

  it("reports its score", () => {
    console.log(
      `held-out quantities: ${score.exactCases}/${score.cases} sentences exactly right, precision ${(score.precision * 100).toFixed(1)} %, recall ${(score.recall * 100).toFixed(1)} %`,
    );
    if (process.env.HELDOUT_VERBOSE) console.log(score.failures.join("\n"));
    expect(score.cases).toBeGreaterThan(100);
  });

  it("keeps its measured floor", () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.97); // measured 100.0 % (2026-11-23)
    expect(score.recall).toBeGreaterThanOrEqual(0.96); // measured 98.5 %
  });
});
