import { quotientAndExact } from "../../_lib/quotient";
import type { RoundingRule } from "../../numbers/roundDecimal";
import type { IndicatorFormula } from "../catalogue";

/** A derived value: rounded once, and the exact quotient to 20 decimals; `null` for a zero denominator. */
type Derived = { value: string; exact: string } | null;

/** Drops a leading plus sign: the quotient takes plain decimals. */
function unsigned(value: string): string {
  return value.charCodeAt(0) === 43 ? value.slice(1) : value; // "+"
}

/**
 * A formula's value for inputs already validated as plain decimal strings (`DECIMAL_INPUT`):
 * the quotient rounded once to `decimals` with `rule`, and the exact quotient to 20 decimals
 * (half up, trailing zeros dropped). The one computation behind `computeIndicator`, `rollup` and
 * the derived-indicator check.
 */
export function deriveValue(
  formula: IndicatorFormula,
  numerator: string,
  denominator: string,
  decimals: number,
  rule: RoundingRule,
): Derived {
  const bottom = unsigned(denominator);
  if (!/[1-9]/.test(bottom)) return null;
  return quotientAndExact(unsigned(numerator), bottom, formula.multiplier, decimals, rule);
}
