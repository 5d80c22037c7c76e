// Generated dates for the dates properties: a valid ISO partial date at any precision.
import fc from "fast-check";
import { daysInMonth } from "../../src/dates/types";

/** Two digits. */
export const pad = (n: number): string => String(n).padStart(2, "0");

/** A valid partial date from 1000 to 2100 at any precision (`2022`, `2022-02`, `2022-02-28`). */
export const partialDate = fc
  .record({
    y: fc.integer({ min: 1000, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom(0, 1, 2),
  })
  .map(({ y, m, d, precision }) => {
    if (precision === 0) return String(y);
    if (precision === 1) return `${y}-${pad(m)}`;
    return `${y}-${pad(m)}-${pad(Math.min(d, daysInMonth(y, m)))}`;
  });
