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
  // The entries still open for a paragraph, by signing date, each with its stems (made once: a
  // chronicle with many entries of one date would otherwise stem each of them per paragraph).
  const byDate = new Map<string, Array<{ slot: FoundPair; stems: Set<string> }>>();
  for (const slot of merged) {
    const entry = slot.entry as Found;
    const open = { slot, stems: nameStems(entry.names) };
    const list = byDate.get(entry.signed);
    if (list === undefined) byDate.set(entry.signed, [open]);
    else list.push(open);
  }
  for (const section of fromSections) {
    const stems = nameStems(section.names);
    const list = byDate.get(section.signed) ?? [];
    let best = -1;
    let bestScore = 0;
    list.forEach((open, i) => {
      const score = overlap(open.stems, stems);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    if (best >= 0 && bestScore >= 0.5) {
      (list[best] as { slot: FoundPair }).slot.section = section;
      list.splice(best, 1);
    } else merged.push({ section });
  }
  return merged;
}
