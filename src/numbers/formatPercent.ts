import { invalidArgument } from "../_lib/arguments";
import { formatDecimal, toDecimalInput } from "./_lib/formatDecimal";
import { toFormatSpec, type FormatNumberOptions } from "./formatNumber";

/** Options of {@link formatPercent}.
 *
 * @example
 * ```ts
 * import { formatPercent, type FormatPercentOptions } from "bibliotekos/numbers";
 * const options: FormatPercentOptions = { decimals: 1, symbol: "proc." };
 * formatPercent("33.74", options);
 * //=> "33,7\u00a0proc."
 * ```
 */
export interface FormatPercentOptions extends FormatNumberOptions {
  /**
   * The sign after the number: `"%"` (ISO 80000, the seeds' tables) or `"proc."` (most
   * official prose). Always after a no-break space.
   * @default "%"
   */
  symbol?: "%" | "proc.";
}

/**
 * Writes a percentage in the official style: `"24.0"` → `"24,0 %"` with a no-break space before
 * the sign. The value is the percentage itself (`"24.0"` for 24 %), as reports write it and
 * {@link parseQuantity} returns it, not a fraction as `Intl.NumberFormat`'s `percent` style
 * takes (`0.24`).
 *
 * @param value - the percentage as a plain decimal string (or a whole JS number).
 * @param options - {@link FormatPercentOptions}: `decimals` and `rule` as in {@link formatNumber}.
 * @returns the percentage as Lithuanian texts write it.
 * @throws {@link BibliotekosError} `invalid_decimal`, `invalid_argument` as {@link formatNumber}.
 *
 * @example
 * ```ts
 * import { formatPercent } from "bibliotekos/numbers";
 * formatPercent("24.0");
 * //=> "24,0\u00a0%"
 * formatPercent("41.16751269", { decimals: 1 });
 * //=> "41,2\u00a0%"
 * formatPercent("-2", { decimals: 1, symbol: "proc." });
 * //=> "-2,0\u00a0proc."
 * ```
 */
export function formatPercent(value: string | number, options?: FormatPercentOptions): string {
  const decimal = toDecimalInput(value);
  const symbol = options?.symbol === undefined ? "%" : options.symbol;
  if (symbol !== "%" && symbol !== "proc.") throw invalidArgument("options.symbol", '"%" or "proc."', symbol, ["options", "symbol"]);
  return `${formatDecimal(decimal, toFormatSpec(options))}\u00a0${symbol}`;
}
