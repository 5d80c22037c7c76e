// Scores readChronicle and readAgreements on the held-out chronicles of test/fixtures/heldout
// (chronicle-2021-silenai, chronicle-2023-upyte), written by someone who did not read the readers
// (see that folder's README). This file was written after the texts rules were final, and the
// rules were not changed after seeing its scores. The floors are the measured scores less a
// margin, so that a regression fails. Never raise a score by tuning rules on these files.
import { describe, expect, it } from "vitest";
import { foldText } from "../../src/lexicon/index";
import { readAgreements, readChronicle } from "../../src/texts/index";
import { readFixture } from "../_lib/seeds";

interface Expected {
  entries: Array<{ heading: string; start: string | null; end: string | null }>;
  entryCount: number;
  agreements: Array<{ partners: string[]; signed: string; validUntil: string | null }>;
  notEntries?: string[];
}

const norm = (s: string) =>
  foldText(s)
    .replace(/[„“”"«»]/g, "")
    .replace(/\s+/g, " ")
    .trim();

export function scoreChronicle(name: string, ref: string) {
  const text = readFixture(`heldout/${name}.txt`);
  const expected = JSON.parse(readFixture(`heldout/${name}.expected.json`)) as Expected;
  const chronicle = readChronicle(text, { ref });
  const got = chronicle.entries.map((e) => `${e.heading.text.trimEnd()}|${e.period.start}|${e.period.end}`);
  const want = expected.entries.map((e) => `${e.heading.trimEnd()}|${e.start}|${e.end}`);
  const pool = [...got];
  let entriesRight = 0;
  const entryMisses: string[] = [];
  for (const w of want) {
    const at = pool.indexOf(w);
    if (at === -1) entryMisses.push(w);
    else {
      entriesRight++;
      pool.splice(at, 1);
    }
  }
  const { agreements } = readAgreements(text, { ref });
  let signedRight = 0;
  let partnersRight = 0;
  let partnerCountRight = 0;
  let untilRight = 0;
  const agreementMisses: string[] = [];
  const left = [...agreements];
  for (const w of expected.agreements) {
    const wantParties = w.partners.map(norm);
    // The record of the same signing date whose partners share the most with the expected ones.
    let best = -1;
    let bestShared = -1;
    for (const [k, a] of left.entries()) {
      if (a.signed !== w.signed) continue;
      const names = a.parties.map((p) => norm(p.name));
      const shared = names.filter((n) => wantParties.includes(n)).length;
      if (shared > bestShared) {
        bestShared = shared;
        best = k;
      }
    }
    if (best === -1) {
      agreementMisses.push(`missing ${w.signed} ${w.partners.join(" / ")}`);
      continue;
    }
    const a = left.splice(best, 1)[0] as (typeof agreements)[number];
    signedRight++;
    const names = a.parties.map((p) => norm(p.name));
    if (names.length === wantParties.length) partnerCountRight++;
    if (names.length === wantParties.length && names.every((n, i) => n === wantParties[i])) partnersRight++;
    else
      agreementMisses.push(`partners ${w.signed}: got ${JSON.stringify(a.parties.map((p) => p.name))}, want ${JSON.stringify(w.partners)}`);
    if ((a.validUntil ?? null) === w.validUntil) untilRight++;
    else agreementMisses.push(`validUntil ${w.signed}: got ${a.validUntil ?? null}, want ${w.validUntil}`);
  }
  for (const extra of left) agreementMisses.push(`extra ${extra.signed} ${extra.parties.map((p) => p.name).join(" / ")}`);
  const n = expected.agreements.length;
  return {
    name,
    entriesFound: chronicle.entries.length,
    entryCount: expected.entryCount,
    entryScore: entriesRight / expected.entries.length,
    entryPrecision: chronicle.entries.length === 0 ? 0 : entriesRight / chronicle.entries.length,
    agreementsFound: agreements.length,
    agreementsExpected: n,
    signedScore: signedRight / n,
    partnerCountScore: partnerCountRight / n,
    partnerScore: partnersRight / n,
    validUntilScore: untilRight / n,
    unread: chronicle.unread.map((u) => `${u.reason}: ${u.text.slice(0, 60)}`),
    entryMisses,
    agreementMisses,
  };
}

describe("readChronicle and readAgreements on the held-out chronicles", () => {
  const scores = [scoreChronicle("chronicle-2021-silenai", "2021"), scoreChronicle("chronicle-2023-upyte", "2023")];

  it("prints the scores", () => {
    console.log(JSON.stringify(scores, null, 2));
    expect(scores).toHaveLength(2);
  });

  it.each(scores.map((s) => [s.name, s] as const))("reads the entries of %s above the floor", (_name, s) => {
    expect(s.entryScore).toBeGreaterThanOrEqual(FLOORS.entries);
    expect(s.entryPrecision).toBeGreaterThanOrEqual(FLOORS.entries);
  });

  it.each(scores.map((s) => [s.name, s] as const))("reads the agreements of %s above the floor", (_name, s) => {
    expect(s.signedScore).toBeGreaterThanOrEqual(FLOORS.signed);
    expect(s.partnerScore).toBeGreaterThanOrEqual(FLOORS.partners);
    expect(s.validUntilScore).toBeGreaterThanOrEqual(FLOORS.validUntil);
  });
});

/** The measured scores less a margin (recorded in docs/texts.md). */
// Measured on landing: 1.00 on every score of both chronicles (28 + 30 entries, 7 + 6 agreements).
// One miss in either file (1/28, 1/7 or 1/6) passes; two do not.
const FLOORS = { entries: 0.96, signed: 0.83, partners: 0.83, validUntil: 0.83 };
