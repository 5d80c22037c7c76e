import { daysInMonth, type IsoPartialDate } from "../../dates/types";

/** The first day of a partial date, as a full ISO date: "2024" → "2024-01-01", "2024-12" → "2024-12-01". */
export function firstDay(date: IsoPartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last day of a partial date, as a full ISO date: "2024" → "2024-12-31", "2024-02" → "2024-02-29". */
export function lastDay(date: IsoPartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(days).padStart(2, "0")}`;
  }
  return date;
}
