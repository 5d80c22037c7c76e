// Scores findDates on real web passages annotated as in test/fixtures/web/README.md (issue #18),
// for the dev test (test/dates/web.dev.test.ts) and the held-out test
// (test/heldout/web.heldout.test.ts) alike: a convention-dependent item is not required, and a
// match over it is left out unless it also stands over a required item (as the quantities' scorer
// does, test/_lib/webQuantities.ts; until 2026-12-03 it was kept whenever its period was expected
// elsewhere in the passage, which counted a day written three times, once required, as two false
// positives); a match over a trap (an age, a clock time, a phone number, …) is a trap hit. The
// time of day of a day in a plan (`7 d. 12.00 val.`) is scored too: the annotated time must be the
// match's `time`, and a match over an item without one has none.
import { findDates, type DateMatch } from "../../src/dates/index";
import { score, scoreLine, type Score } from "./score";
import { readFixture } from "./seeds";
import { locate, overlaps, type Span } from "./webPassages";

export interface WebDate extends Span {
  start: string | null;
  end: string | null;
  time?: string;
}
export interface WebDateCase {
  id: string;
  text: string;
  ref: string;
  dates: WebDate[];
  traps: Span[];
}

interface WebDateRun {
  expected: string[];
  found: string[];
  trapHits: string[];
  times: { wanted: number; right: number; wrong: string[] };
}

const keyOf = (m: DateMatch) => `${m.period.start}..${m.period.end}`;

/** The cases of a dates file (`{ cases }`) under test/fixtures. */
export function readWebDates(path: string): WebDateCase[] {
  return (JSON.parse(readFixture(path)) as { cases: WebDateCase[] }).cases;
}

function runWebDates(c: WebDateCase): WebDateRun {
  const items = locate(c.text, c.dates);
  const traps = locate(c.text, c.traps);
  const expected = c.dates.filter((d) => !d.conventionDependent).map((d) => `${d.start}..${d.end}`);
  const matches = findDates(c.text, { ref: c.ref }).filter(
    (m) =>
      !items.some((at) => overlaps(m, at) && at.item.conventionDependent === true) ||
      items.some((at) => overlaps(m, at) && at.item.conventionDependent !== true),
  );
  const trapHits = matches
    .filter((m) => traps.some((t) => overlaps(m, t)))
    .map((m) => `${c.id}: ${m.text} -> ${keyOf(m)} (${traps.find((t) => overlaps(m, t))?.item.text})`);
  const times = { wanted: 0, right: 0, wrong: [] as string[] };
  for (const at of items) {
    const match = matches.find((m) => overlaps(m, at));
    if (at.item.time === undefined) {
      if (match?.time !== undefined) times.wrong.push(`${c.id}: ${match.text} has time ${match.time}, none written`);
      continue;
    }
    times.wanted++;
    if (match?.time === at.item.time) times.right++;
    else times.wrong.push(`${c.id}: ${at.item.text} wants time ${at.item.time}, got ${match?.time ?? "none"}`);
  }
  return { expected, found: matches.map(keyOf), trapHits, times };
}

/** A set's score, its trap hits and times of day, and its line for the log (`name: …, trap hits N`). */
export interface WebDatesScore {
  result: Score;
  trapHits: string[];
  timesWanted: number;
  timesRight: number;
  timesWrong: string[];
  line: string;
}

/** Scores findDates on a set of cases. */
export function scoreWebDates(name: string, set: readonly WebDateCase[]): WebDatesScore {
  const byId = new Map(set.map((c) => [c.id, runWebDates(c)]));
  const result = score(
    set,
    (c) => byId.get(c.id)?.expected ?? [],
    (c) => byId.get(c.id)?.found ?? [],
    (c) => `${c.id} ${c.text.slice(0, 60).replace(/\s+/g, " ")}…`,
  );
  const all = [...byId.values()];
  const trapHits = all.flatMap((r) => r.trapHits);
  return {
    result,
    trapHits,
    timesWanted: all.reduce((n, r) => n + r.times.wanted, 0),
    timesRight: all.reduce((n, r) => n + r.times.right, 0),
    timesWrong: all.flatMap((r) => r.times.wrong),
    line: `${scoreLine(name, result)}, trap hits ${trapHits.length}`,
  };
}
