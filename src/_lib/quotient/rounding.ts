// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as digitStrings from "./digits";
import type { Rest, Truncated } from "./truncated";

const { incrementDigits, pointed } = digitStrings;

/**
 * The named rounding rules (documented, with examples, where `bibliotekos/numbers` exports
 * this type: `src/numbers/roundDecimal.ts`). Inlined in the API reference, which shows the union.
 *
 * @inline
 */
export type RoundingRule = "half_up" | "half_even" | "half_down" | "up" | "down" | "ceiling" | "floor";

/** Which way a cut quotient goes: by its magnitude, by its sign, or to an even last digit. */
type Direction = "away_from_zero" | "toward_zero" | "toward_positive" | "toward_negative" | "to_even";

/** How a rule decides: a tie (exactly half a unit cut) and any other remainder. */
interface RoundingEntry {
  tie: Direction;
  /** `nearest`: below half toward zero, above half away from it. */
  remainder: Direction | "nearest";
}

/** One entry per rule, as the table of `RoundingRule` in docs and TSDoc reads. */
const ROUNDING_RULES: Readonly<Record<RoundingRule, RoundingEntry>> = {
  half_up: { tie: "away_from_zero", remainder: "nearest" },
  half_even: { tie: "to_even", remainder: "nearest" },
  half_down: { tie: "toward_zero", remainder: "nearest" },
  up: { tie: "away_from_zero", remainder: "away_from_zero" },
  down: { tie: "toward_zero", remainder: "toward_zero" },
  ceiling: { tie: "toward_positive", remainder: "toward_positive" },
  floor: { tie: "toward_negative", remainder: "toward_negative" },
};

/** Whether the kept digits go one unit away from zero. */
function awayFromZero(direction: Direction | "nearest", rest: Rest, kept: string, negative: boolean): boolean {
  switch (direction) {
    case "nearest":
      return rest === "above_half";
    case "away_from_zero":
      return true;
    case "toward_zero":
      return false;
    case "toward_positive":
      return !negative;
    case "toward_negative":
      return negative;
    case "to_even":
      return (kept.charCodeAt(kept.length - 1) & 1) === 1;
  }
}

/** What the last `cut` digits of a quotient, and the rest beyond them, are against half a unit of the digit before. */
function restOfDropped(quotient: Truncated, cut: number): Rest {
  const first = quotient.digits.charCodeAt(quotient.digits.length - cut) - 48;
  let tail = quotient.rest !== "none";
  for (let at = quotient.digits.length - cut + 1; !tail && at < quotient.digits.length; at++) tail = quotient.digits.charCodeAt(at) !== 48;
  return first > 5 || (first === 5 && tail) ? "above_half" : first === 5 ? "half" : first > 0 || tail ? "below_half" : "none";
}

/**
 * Rounds a truncated quotient to `decimals` (at most its own) with a named rule and writes it
 * as a plain decimal string: the digits dropped, and the rest beyond them, decide.
 */
export function roundQuotient(quotient: Truncated, decimals: number, rule: RoundingRule): string {
  const cut = quotient.decimals - decimals;
  let kept = cut === 0 ? quotient.digits : quotient.digits.slice(0, -cut);
  const rest = cut > 0 ? restOfDropped(quotient, cut) : quotient.rest;
  if (rest !== "none") {
    const entry = ROUNDING_RULES[rule];
    if (awayFromZero(rest === "half" ? entry.tie : entry.remainder, rest, kept, quotient.negative)) kept = incrementDigits(kept);
  }
  const body = pointed(kept, decimals);
  return quotient.negative && !/^0*$/.test(kept) ? `-${body}` : body;
}
