import { DecimalSum } from "../../../_lib/sum";
import { readClaims } from "../../../texts/readClaims";
import { claimIndicator, nearButDifferent } from "../claims";
import type { ReportRule, RuleContext } from "../rule";

/** The table's figure a claim restates: the total's value for the report's year, or its change from the year before (unsigned). */
function tableFigure(context: RuleContext, totalId: string, indicator: string, difference: boolean): string | undefined {
  const { index, document: report } = context;
  const now = index.get(totalId, indicator, String(report.year))?.observation.value;
  if (now === undefined || !difference) return now;
  const before = index.get(totalId, indicator, String(report.year - 1))?.observation.value;
  if (before === undefined) return undefined;
  const delta = DecimalSum.of(now).minus(DecimalSum.of(before)).toString();
  return delta.startsWith("-") ? delta.slice(1) : delta;
}

/**
 * Numbers of the narrative against the tables they restate: each claim `readClaims` finds,
 * tied to an indicator by the catalogue's `narrativeStems`, is compared with the total unit's
 * figure for the report's year (or the year-on-year change when its clause says so); only near
 * misses (2 % or less) are raised.
 */
export const claims: ReportRule = {
  name: "claims",
  codes: {
    claim_differs_from_table: {
      severity: "warning",
      figures: ["expected", "actual", "difference", "offset", "text"],
      description:
        "a number in the narrative restates a figure of the tables (same indicator, the total unit, the report's year; `mažiau`/`daugiau` make it the year-on-year change) and differs from it by 2 % or less",
      example: 'the text: "įsigijo 717 fiz. vnt. dokumentų mažiau nei 2022 metais"; the table: 6 690 − 7 408 = −718',
    },
  },
  check(context) {
    const { total } = context;
    if (total === undefined) return;
    const since = String(context.document.year - 1);
    (context.document.narrative ?? []).forEach((section, at) => {
      for (const claim of readClaims(section.text).claims) {
        const tied = claimIndicator(claim);
        if (tied === undefined) continue;
        const table = tableFigure(context, total.id, tied.indicator.id, tied.difference);
        if (table === undefined || !nearButDifferent(claim.value, table)) continue;
        context.report(
          "claim_differs_from_table",
          ["narrative", at, "text"],
          {
            expected: table,
            actual: claim.value,
            difference: DecimalSum.of(claim.value).minus(DecimalSum.of(table)).toString(),
            offset: String(claim.index),
            text: claim.text,
          },
          tied.difference
            ? { indicator: tied.indicator.id, phrase: claim.phrase.text, since }
            : { indicator: tied.indicator.id, phrase: claim.phrase.text },
        );
      }
    });
  },
};
