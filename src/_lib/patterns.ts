/**
 * Patterns shared by modules that must not load decimal.js (models validates decimal strings
 * with them without doing arithmetic).
 */

/** A plain decimal string as stored in models: optional minus, digits, optional fraction. */
export const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A decimal string as input: optional sign, digits, optional fraction (`"+007.50"` passes). */
export const DECIMAL_INPUT = /^[+-]?\d+(?:\.\d+)?$/;

/** A record id: letters, digits, `_`, `-`, `.`; 1–120 characters. */
export const RECORD_ID = /^[\w.-]{1,120}$/;

/** An indicator id: snake_case, starting with a letter. */
export const INDICATOR_ID = /^[a-z][a-z0-9_]*$/;

/** How many decimals a plain decimal string is written with (`"698795.000"` → 3, `"5900"` → 0). */
export function decimalsOf(value: string): number {
  const point = value.indexOf(".");
  return point < 0 ? 0 : value.length - point - 1;
}
