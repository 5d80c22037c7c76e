// findQuantities on the dev set of real library web passages (issue #18, test/fixtures/web/dev/):
// the rule writers' set, annotated by hand without reading the reader. The floors are the scores
// reached; the held-out set (test/heldout/web.heldout.test.ts) is scored apart and never tuned on.
import { describe, expect, it } from "vitest";
import { scoreLine } from "../_lib/score";
import { readFixture } from "../_lib/seeds";
import { scoreWebQuantities, type WebQuantityCase } from "../_lib/webQuantities";

const cases = (JSON.parse(readFixture("web/dev/quantities.json")) as { cases: WebQuantityCase[] }).cases;

describe("findQuantities on the dev web passages (issue #18)", () => {
  const scored = scoreWebQuantities(cases);

  it("reaches its floors", () => {
    console.log(`${scoreLine("dev web quantities", scored.result)}, trap hits ${scored.trapHits.length}`);
    if (process.env.WEB_VERBOSE) console.log([...scored.result.failures, ...scored.trapHits, ...scored.nounMisses].join("\n"));
    expect(scored.result.cases).toBe(41);
    expect(scored.result.precision).toBe(1);
    expect(scored.result.recall).toBe(1);
    expect(scored.trapHits).toEqual([]);
    expect(scored.nounMisses).toEqual([]);
  });
});
