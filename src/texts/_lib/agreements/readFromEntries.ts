import { foldForSearch } from "../../../lexicon/fold";
import type { ChronicleEntry, UnreadSpan } from "../../types";
import { findSigning, readPartners, sentenceEnd } from "../partners";
import { purposeOf, readEnd, readProject, WINDOW, type EndClause } from "./clauses";
import { addClauses, type Found } from "./found";

/**
 * The agreements signed in the dated entries of a chronicle (`Biblioteka pasirašė … sutartį su
 * …`): one per signing clause, dated by the entry's heading. A signing without a partner, or
 * under a heading with no day to give (`iki 2022 m.`), goes to `unread`.
 */
export function readFromEntries(entries: readonly ChronicleEntry[]): { found: Found[]; unread: UnreadSpan[] } {
  const found: Found[] = [];
  const unread: UnreadSpan[] = [];
  for (const entry of entries) {
    const body = entry.body.text;
    const folded = foldForSearch(body);
    const signed = entry.period.start;
    const at = entry.body.index;
    let from = 0;
    let end: EndClause | undefined;
    for (let hit = findSigning(folded, from); hit !== undefined; hit = findSigning(folded, from)) {
      let s = hit.sign;
      while (s > 0 && hit.sign - s < WINDOW && !/[.!?\n]/.test(body[s - 1] as string)) s--;
      const limit = Math.min(body.length, hit.agreementEnd + WINDOW);
      const partners = readPartners(body, folded, hit.agreementEnd, limit);
      const stop = sentenceEnd(body, hit.agreementEnd, limit);
      const span = { text: body.slice(s, stop), index: at + s, end: at + stop };
      if (partners === undefined || signed === null) {
        // An entry under an open range (iki 2022 m.) has no signing day to give.
        unread.push({ ...span, reason: partners === undefined ? "agreement_without_partner" : "agreement_without_date" });
      } else {
        const one: Found = { signed, names: partners.names, span, heading: entry.heading.text };
        const project = readProject(body.slice(s, s + WINDOW), folded.slice(s, s + WINDOW));
        // One end-date phrase per entry at most is read, once (the text is scanned once).
        end ??= readEnd(body, folded, at, signed.slice(0, 4), unread);
        addClauses(one, project, end, purposeOf(body, stop, end.sentence));
        found.push(one);
      }
      from = Math.max(stop, hit.agreementEnd);
    }
  }
  return { found, unread };
}
