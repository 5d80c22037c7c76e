import type { RoundingRule } from "../numbers/roundDecimal";

/** A plain decimal string as a scaled BigInt: `"-12.50"` → `{ units: -1250n, scale: 2 }`. */
function scaled(value: string): { units: bigint; scale: number } {
  const dot = value.indexOf(".");
  if (dot === -1) return { units: BigInt(value), scale: 0 };
  return { units: BigInt(value.slice(0, dot) + value.slice(dot + 1)), scale: value.length - dot - 1 };
}

/**
 * `numerator × multiplier / denominator`, rounded once to `decimals` with a named rule, exactly:
 * the operands become scaled integers and the quotient is an integer division whose remainder
 * decides the rounding, so no digit is ever lost. It gives the same results as
 * `roundDecimal` on decimal.js's quotient (a property test checks), at a fraction of the cost,
 * for the hot paths (derived indicators over half a million observations).
 *
 * The operands must be plain decimal strings (validated by the caller) and the denominator
 * non-zero.
 *
 * @internal
 */
export function divideRounded(numerator: string, denominator: string, multiplier: string, decimals: number, rule: RoundingRule): string {
  const n = scaled(numerator);
  const d = scaled(denominator);
  const m = scaled(multiplier);
  // value = (n.units / 10^n.scale) × (m.units / 10^m.scale) / (d.units / 10^d.scale), times 10^decimals.
  let top = n.units * m.units * 10n ** BigInt(decimals + d.scale);
  let bottom = d.units * 10n ** BigInt(n.scale + m.scale);
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0n;
  const magnitude = negative ? -top : top;
  let q = magnitude / bottom;
  const r = magnitude % bottom;
  if (r !== 0n) {
    const twice = r * 2n;
    let up: boolean;
    switch (rule) {
      case "half_up":
        up = twice >= bottom;
        break;
      case "half_down":
        up = twice > bottom;
        break;
      case "half_even":
        up = twice > bottom || (twice === bottom && q % 2n === 1n);
        break;
      case "up":
        up = true;
        break;
      case "down":
        up = false;
        break;
      case "ceiling":
        up = !negative;
        break;
      case "floor":
        up = negative;
        break;
    }
    if (up) q += 1n;
  }
  const digits = q.toString().padStart(decimals + 1, "0");
  const body = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return negative && q !== 0n ? `-${body}` : body;
}
