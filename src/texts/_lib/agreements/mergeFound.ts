import { nameStems } from "../partners";
import type { Found } from "./found";

/** One agreement: as read in a dated entry, in the agreements section, or both. */
export interface FoundPair {
  entry?: Found;
  section?: Found;
}

/** The share of the smaller set's stems the two sets have in common (0 when either is empty). */
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Merges what the entries and the section read: a section paragraph joins the entry of the same
 * signing date whose partners share the most stems (at least half), each entry at most one
 * paragraph. The pairs come in text order: the entries', then the section's that joined none.
 */
export function mergeFound(fromEntries: readonly Found[], fromSections: readonly Found[]): FoundPair[] {
  const merged: FoundPair[] = fromEntries.map((entry) => ({ entry }));
  const byDate = new Map<string, FoundPair[]>();
  for (const slot of merged) {
    const key = (slot.entry as Found).signed;
    const list = byDate.get(key);
    if (list === undefined) byDate.set(key, [slot]);
    else list.push(slot);
  }
  for (const section of fromSections) {
    const stems = nameStems(section.names);
    let best: FoundPair | undefined;
    let bestScore = 0;
    for (const slot of byDate.get(section.signed) ?? []) {
      if (slot.section !== undefined || slot.entry === undefined) continue;
      const score = overlap(nameStems(slot.entry.names), stems);
      if (score > bestScore) {
        bestScore = score;
        best = slot;
      }
    }
    if (best !== undefined && bestScore >= 0.5) best.section = section;
    else merged.push({ section });
  }
  return merged;
}
