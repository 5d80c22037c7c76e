import type * as z from "zod";
import { isIsoPartialDate } from "../../dates/types";
import { bilingual } from "./bilingual";
import { firstDay, lastDay } from "./partialDates";

/**
 * Adds an issue for each history event that lies wholly before the event listed before it.
 * Partial dates that overlap ("2023" and "2023-05") are in order either way.
 */
export function checkChronology(history: unknown, ctx: z.core.$RefinementCtx<unknown>, path: ReadonlyArray<string | number>): void {
  if (!Array.isArray(history)) return;
  let previousStart: string | undefined;
  history.forEach((event: unknown, index) => {
    const date = (event as { date?: unknown } | null)?.date;
    if (!isIsoPartialDate(date)) return;
    if (previousStart !== undefined && lastDay(date) < previousStart) {
      ctx.addIssue({
        code: "custom",
        path: [...path, index, "date"],
        ...bilingual(
          "history_out_of_order",
          "History events must be listed oldest first",
          "Istorijos įvykiai turi būti surašyti nuo seniausio",
        ),
      });
    }
    previousStart = firstDay(date);
  });
}
