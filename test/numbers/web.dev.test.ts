// findQuantities on the dev set of real library web passages (issue #18, test/fixtures/web/dev/):
// the rule writers' set, annotated by hand without reading the reader. The floors are the scores
// reached; the held-out set (test/heldout/web.heldout.test.ts) is scored apart and never tuned on.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scoreLine } from "../_lib/score";
import { readFixture } from "../_lib/seeds";
import { scoreWebQuantities, type WebQuantityCase } from "../_lib/webQuantities";

const cases = (JSON.parse(readFixture("web/dev/quantities.json")) as { cases: WebQuantityCase[] }).cases;
// The second dev set (test/fixtures/web/dev2/, one file per annotator), collected after the rules
// of the first were written: its first score is its score on text never seen.
const dev2 = ["q", "r", "s", "t", "u"]
  .filter((annotator) => existsSync(join(__dirname, "..", "fixtures", "web", "dev2", `quantities-${annotator}.json`)))
  .flatMap((annotator) => (JSON.parse(readFixture(`web/dev2/quantities-${annotator}.json`)) as { cases: WebQuantityCase[] }).cases);

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

describe("findQuantities on the second dev web passages (issue #18)", () => {
  const scored = scoreWebQuantities(dev2);

  it("reaches its floors", () => {
    console.log(`${scoreLine("dev2 web quantities", scored.result)}, trap hits ${scored.trapHits.length}`);
    if (process.env.WEB_VERBOSE) console.log([...scored.result.failures, ...scored.trapHits, ...scored.nounMisses].join("\n"));
    expect(scored.result.cases).toBe(58);
    expect(scored.result.precision).toBeGreaterThanOrEqual(0.99);
    expect(scored.result.recall).toBeGreaterThanOrEqual(0.99);
    expect(scored.trapHits).toEqual([]);
  });
});
