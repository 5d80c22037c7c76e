import { DecimalSum } from "../../_lib/sum";
export { findClaimIndicator as claimIndicator } from "../../texts/findClaimIndicator";

/**
 * True if a claimed value is near a table's value but not equal: within 2 % of it (a typo, a
 * miscount, a figure changed after the text was written). Figures farther apart are taken for
 * claims about something else, not raised: no false alarm from a loose match.
 */
export function nearButDifferent(claimed: string, table: string): boolean {
  const difference = DecimalSum.of(claimed).minus(DecimalSum.of(table)).toDec().abs();
  if (difference.isZero()) return false;
  const base = DecimalSum.of(table).toDec().abs();
  return !base.isZero() && difference.times(100).lessThanOrEqualTo(base.times(2));
}
