// Scores findQuantities on the held-out sentences of test/fixtures/heldout/quantities.json,
// written by hand by someone who did not read the reader (see that folder's README). The
// reader's own tests are in test/numbers; this score says how it does on text it was not tuned
// on. The floors are the scores measured when the reader landed, less a margin, so that a
// regression fails. Never raise a score by tuning rules on these files.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/numbers/index";
import { score, scoreLine } from "../_lib/score";
import { readFixture } from "../_lib/seeds";

interface Case {
  text: string;
  quantities: Array<{ text: string; value: string; unit: string }>;
}

const cases = (JSON.parse(readFixture("heldout/quantities.json")) as { cases: Case[] }).cases;

describe("findQuantities on the held-out sentences", () => {
  const result = score(
    cases,
    (c) => c.quantities.map((q) => `${q.value} ${q.unit}`),
    (c) => findQuantities(c.text).map((q) => `${q.value} ${q.unit}`),
    (c) => c.text,
  );

  it("reports its score", () => {
    console.log(scoreLine("held-out quantities", result));
    if (process.env.HELDOUT_VERBOSE) console.log(result.failures.join("\n"));
    expect(result.cases).toBeGreaterThan(100);
  });

  it("keeps its measured floor", () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.97); // measured 100.0 % (2026-11-23)
    expect(result.recall).toBeGreaterThanOrEqual(0.96); // measured 98.5 %
  });
});
