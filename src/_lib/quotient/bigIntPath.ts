// Imports bound once to module constants: see index.ts (the hot loops and module boundaries).
import * as truncated from "./truncated";
import type { Truncated } from "./truncated";

const { restOf } = truncated;

/** A plain decimal string as a scaled BigInt: `"-12.50"` → `{ units: -1250n, scale: 2 }`. */
function scaled(value: string): { units: bigint; scale: number } {
  const dot = value.indexOf(".");
  if (dot === -1) return { units: BigInt(value), scale: 0 };
  return { units: BigInt(value.slice(0, dot) + value.slice(dot + 1)), scale: value.length - dot - 1 };
}

/** The BigInt path, for any operands. */
export function truncateInBigInts(numerator: string, denominator: string, multiplier: string, decimals: number): Truncated {
  const n = scaled(numerator);
  const d = scaled(denominator);
  const m = scaled(multiplier);
  // quotient × 10^decimals = (n.units × m.units × 10^(decimals + d.scale)) / (d.units × 10^(n.scale + m.scale))
  let top = n.units * m.units * 10n ** BigInt(decimals + d.scale);
  let bottom = d.units * 10n ** BigInt(n.scale + m.scale);
  if (bottom < 0n) {
    top = -top;
    bottom = -bottom;
  }
  const negative = top < 0n;
  const magnitude = negative ? -top : top;
  return {
    digits: (magnitude / bottom).toString().padStart(decimals + 1, "0"),
    decimals,
    rest: restOf((magnitude % bottom) * 2n, bottom),
    negative,
  };
}
