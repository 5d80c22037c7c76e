import { CASE_ENDINGS, type CaseEnding } from "../../lexicon/caseEndings";

/**
 * A pattern that tests whether a lower-case word ends in one of the case endings of
 * `CASE_ENDINGS` that `keep` selects (an alternation anchored at the end: linear).
 */
export function endingPattern(keep: (ending: CaseEnding) => boolean): RegExp {
  const endings = CASE_ENDINGS.filter(keep).map((e) => e.ending);
  return new RegExp(`(?:${endings.join("|")})$`, "u");
}
