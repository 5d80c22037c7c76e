// What every division path returns and the rounding table reads: a quotient cut after a
// number of decimals, with how what was cut compares with half a unit.

/** How what was cut from a quotient compares with half a unit of its last digit. */
export type Rest = "none" | "below_half" | "half" | "above_half";

/**
 * A quotient cut after `decimals` fraction digits: `digits` is |quotient| × 10^decimals without
 * its fraction (at least decimals + 1 digits), `rest` compares what was cut with half a unit of
 * the last digit (`"none"` when nothing was cut), and `negative` is the quotient's sign.
 */
export interface Truncated {
  digits: string;
  decimals: number;
  rest: Rest;
  negative: boolean;
}

/** How a remainder compares with half the divisor. */
export function restOf(twiceRemainder: number | bigint, divisor: number | bigint): Rest {
  if (twiceRemainder === 0 || twiceRemainder === 0n) return "none";
  return twiceRemainder < divisor ? "below_half" : twiceRemainder === divisor ? "half" : "above_half";
}
