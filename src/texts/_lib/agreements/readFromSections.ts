import { findDates } from "../../../dates/findDates";
import { foldForSearch } from "../../../lexicon/fold";
import type { ChronicleSection } from "../../readChronicle";
import type { UnreadSpan } from "../../types";
import { findSigning, readPartners, sentenceEnd } from "../partners";
import { purposeOf, readEnd, readProject, WINDOW } from "./clauses";
import { addClauses, type Found } from "./found";

/**
 * The agreements of a chronicle's agreements section (`Vasario 1 d. biblioteka pasirašė …
 * Sutarties įvykdymo data 2024 12 31.`): one per paragraph with a signing clause, dated by the
 * date before the signing word, the year from `ref` or the section's heading. A paragraph
 * without a partner or a date goes to `unread`.
 */
export function readFromSections(
  sections: readonly ChronicleSection[],
  optionRef: string | undefined,
): { found: Found[]; unread: UnreadSpan[] } {
  const found: Found[] = [];
  const unread: UnreadSpan[] = [];
  for (const section of sections) {
    const sectionYear = /^\d{4}/.exec(section.heading.text)?.[0];
    const ref = optionRef ?? sectionYear;
    for (const paragraph of section.paragraphs) {
      const body = paragraph.text;
      const folded = foldForSearch(body);
      const hit = findSigning(folded, 0);
      if (hit === undefined) continue;
      const limit = Math.min(body.length, hit.agreementEnd + WINDOW);
      const stop = sentenceEnd(body, hit.agreementEnd, limit);
      const partners = readPartners(body, folded, hit.agreementEnd, limit);
      const dates = findDates(body.slice(0, hit.sign), ref === undefined ? undefined : { ref });
      const signed = dates[0]?.period.start ?? null;
      if (partners === undefined || signed === null) {
        unread.push({ ...paragraph, reason: partners === undefined ? "agreement_without_partner" : "agreement_without_date" });
        continue;
      }
      const one: Found = { signed, names: partners.names, span: paragraph };
      const project = readProject(body, folded);
      const end = readEnd(body, folded, paragraph.index, ref, unread);
      addClauses(one, project, end, purposeOf(body, stop, end.sentence));
      found.push(one);
    }
  }
  return { found, unread };
}
