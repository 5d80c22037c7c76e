/**
 * A period as a key, for grouping figures by period: `"2023"` for a period of one year, month or
 * day (start = end), else `"2023-01..2023-06"`, with an empty side for an open end. Rollups and
 * the checks' observation index group by it, so that both group alike.
 *
 * @internal
 */
export function periodKey(period: { start: string | null; end: string | null }): string {
  return period.start !== null && period.start === period.end ? period.start : `${period.start ?? ""}..${period.end ?? ""}`;
}
