// Scores findDates on the held-out sentences of test/fixtures/heldout/dates.json, written by
// hand by someone who did not read the reader (see that folder's README). The reader's own
// tests are in test/dates; this score says how it does on text it was not tuned on. The floors
// are the scores measured when the reader landed, less a margin, so that a regression fails.
// Never raise a score by tuning rules on these files.
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/dates/index";
import { score, scoreLine } from "../_lib/score";
import { readFixture } from "../_lib/seeds";

interface Case {
  text: string;
  ref: string | null;
  form: string;
  conventionDependent?: boolean;
  dates: Array<{ text: string; start: string | null; end: string | null }>;
}

const cases = (JSON.parse(readFixture("heldout/dates.json")) as { cases: Case[] }).cases;
const run = (selected: Case[]) =>
  score(
    selected,
    (c) => c.dates.map((d) => `${d.start}..${d.end}`),
    (c) => findDates(c.text, c.ref === null ? {} : { ref: c.ref }).map((m) => `${m.period.start}..${m.period.end}`),
    (c) => `[${c.form}] ${c.text}`,
  );

describe("findDates on the held-out sentences", () => {
  const main = run(cases.filter((c) => !c.conventionDependent));
  const convention = run(cases.filter((c) => c.conventionDependent));

  it("reports its score", () => {
    console.log(`${scoreLine("held-out dates", main)}\n${scoreLine("held-out dates (convention-dependent)", convention)}`);
    if (process.env.HELDOUT_VERBOSE) console.log(main.failures.join("\n"));
    expect(main.cases).toBeGreaterThan(150);
  });

  it("keeps its measured floor", () => {
    expect(main.precision).toBeGreaterThanOrEqual(0.97); // measured 100.0 % (2026-11-23)
    expect(main.recall).toBeGreaterThanOrEqual(0.95); // measured 97.8 %
  });
});
