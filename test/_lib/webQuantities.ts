// Scores findQuantities on real web passages annotated as in test/fixtures/web/README.md (issue
// #18): convention-dependent items not required and not held against the reader, a malformed
// number's written value excused, matches over traps counted as trap hits.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { findQuantities, type FindQuantitiesOptions } from "../../src/numbers/index";
import { score, scoreLine, type Score } from "./score";
import { readFixture } from "./seeds";
import { locate, overlaps, type Located, type Span } from "./webPassages";

export interface WebQuantity extends Span {
  value: string;
  unit: string;
  noun?: string;
  malformed?: boolean;
}
export interface WebQuantityCase {
  id: string;
  text: string;
  traps: Span[];
  quantities: WebQuantity[];
}
interface Found {
  key: string;
  value: string;
  noun: string | undefined;
  index: number;
  end: number;
}

export interface WebRun {
  expected: string[];
  found: string[];
  trapHits: string[];
  /** Counted-noun matches whose lemma differs from the annotation's `noun`. */
  nounMisses: string[];
}

export function runWebQuantities(c: WebQuantityCase, options?: FindQuantitiesOptions): WebRun {
  const items = locate(c.text, c.quantities);
  const expected = c.quantities.filter((q) => !q.conventionDependent && !q.malformed).map((q) => `${q.value} ${q.unit}`);
  const all: Found[] = findQuantities(c.text, options).map((m) => ({
    key: `${m.value} ${m.unit}`,
    value: m.value,
    noun: m.noun,
    index: m.index,
    end: m.end,
  }));
  // A match over a convention-dependent item is left out unless it also stands over an item the
  // case requires. (Until 2026-12-02 it was kept whenever its value and unit were required
  // elsewhere in the passage, so that `30 tūkst. šalies gyventojų`, convention-dependent, counted
  // as a false positive beside a required `30 tūkst. gyventojų`.)
  const required = items.filter((at) => !at.item.conventionDependent);
  const found = all.filter((f) => {
    for (const at of items) {
      if (!overlaps(f, at)) continue;
      if (at.item.conventionDependent && !required.some((r) => overlaps(f, r))) return false;
      if (at.item.malformed && f.value === at.item.value) return false;
    }
    return true;
  });
  const traps = locate(c.text, c.traps);
  const trapHits = found
    .filter((f) => traps.some((t) => overlaps(f, t)))
    .map((f) => `${c.id}: ${c.text.slice(f.index, f.end)} -> ${f.key}`);
  const nounMisses: string[] = [];
  for (const at of items) {
    if (at.item.noun === undefined) continue;
    const f = found.find((m) => overlaps(m, at) && m.key === `${at.item.value} ${at.item.unit}`);
    if (f !== undefined && f.noun !== at.item.noun) nounMisses.push(`${c.id}: ${at.item.text} noun ${f.noun} (want ${at.item.noun})`);
  }
  return { expected, found: found.map((f) => f.key), trapHits, nounMisses };
}

export interface WebScore {
  result: Score;
  trapHits: string[];
  nounMisses: string[];
}

export function scoreWebQuantities(cases: readonly WebQuantityCase[], options?: FindQuantitiesOptions): WebScore {
  const runs = new Map(cases.map((c) => [c.id, runWebQuantities(c, options)]));
  const result = score(
    cases,
    (c) => runs.get(c.id)?.expected ?? [],
    (c) => runs.get(c.id)?.found ?? [],
    (c) => `${c.id} ${c.text.slice(0, 60).replace(/\s+/g, " ")}…`,
  );
  return {
    result,
    trapHits: [...runs.values()].flatMap((r) => r.trapHits),
    nounMisses: [...runs.values()].flatMap((r) => r.nounMisses),
  };
}

/** The cases of every annotator's file (`quantities-<annotator>.json`) in a fixtures folder, in the files' order. */
export function readAnnotatorSets(folder: string): WebQuantityCase[] {
  return readdirSync(join(__dirname, "..", "fixtures", folder))
    .filter((name) => /^quantities-[a-z]+\.json$/.test(name))
    .sort()
    .flatMap((name) => (JSON.parse(readFixture(`${folder}/${name}`)) as { cases: WebQuantityCase[] }).cases);
}

/** {@link scoreWebQuantities} with its score line (`name: … trap hits N`). */
export function scoreWebQuantitiesLine(name: string, cases: readonly WebQuantityCase[]): WebScore & { line: string } {
  const scored = scoreWebQuantities(cases);
  return { ...scored, line: `${scoreLine(name, scored.result)}, trap hits ${scored.trapHits.length}` };
}
