import { describeValue, invalidArgument, roundingOptions } from "../_lib/arguments";
import { assertDecimal } from "../_lib/sum";
import { BibliotekosError } from "../errors/BibliotekosError";
import type { RoundingRule } from "../numbers/roundDecimal";
import { getIndicator } from "./catalogue";
import { deriveValue } from "./_lib/derive";

/** Options of {@link computeIndicator}.
 *
 * @example
 * ```ts
 * import { computeIndicator, type ComputeIndicatorOptions } from "bibliotekos/indicators";
 * const options: ComputeIndicatorOptions = { decimals: 0 };
 * computeIndicator("loans_per_user", { loans: "38169", registered_users: "1850" }, options).value;
 * //=> "21"
 * ```
 */
export interface ComputeIndicatorOptions {
  /**
   * Decimals of `value`.
   * @default the indicator's printed precision from the catalogue
   */
  decimals?: number;
  /**
   * The rounding rule.
   * @default "half_up"
   */
  rule?: RoundingRule;
}

/**
 * A derived indicator's value, or why there is none.
 *
 * @example
 * ```ts
 * import { computeIndicator, type ComputedIndicator } from "bibliotekos/indicators";
 * const missing: ComputedIndicator = computeIndicator("reach", { registered_users: "811" });
 * missing;
 * //=> { value: null, reason: "missing_input", missing: ["population"] }
 * ```
 */
export type ComputedIndicator =
  | {
      /** Rounded once, to the printed precision (or `decimals`). */
      value: string;
      /** The exact quotient, to 20 decimals. */
      exact: string;
    }
  | {
      /** No value: see `reason`. */
      value: null;
      /** `missing_input`: an input is absent; `zero_denominator`: the denominator is 0. */
      reason: "missing_input" | "zero_denominator";
      /** The inputs that are absent. */
      missing: string[];
    };

/**
 * Computes a derived indicator from its inputs with the catalogue's formula, exactly, rounded
 * once to the printed precision: reach (`registered_users / population × 100`), loans per
 * resident and per user, visits per user, stock turnover, stock per resident, acquisitions per
 * 1 000 residents, acquisition spending per resident, shares.
 *
 * @param id - a derived indicator's id.
 * @param inputs - values of the formula's inputs, by indicator id, as decimal strings (not mutated).
 * @param options - {@link ComputeIndicatorOptions}.
 * @returns the value, or `null` with the reason.
 * @throws {@link BibliotekosError} `invalid_argument` if `id` is not a derived indicator of the
 *   catalogue, `inputs` is not an object, or an option is out of range (`decimals` an integer from
 *   0 to 100, `rule` a {@link RoundingRule}); `invalid_decimal` if an input is not a decimal string.
 *
 * @example
 * ```ts
 * import { computeIndicator } from "bibliotekos/indicators";
 * computeIndicator("reach", { registered_users: "811", population: "1970" });
 * //=> { value: "41.2", exact: "41.16751269035532994924" }
 * computeIndicator("loans_per_user", { loans: "38169", registered_users: "1850" }).value;
 * //=> "20.6"
 * computeIndicator("reach", { registered_users: "811", population: "0" });
 * //=> { value: null, reason: "zero_denominator", missing: [] }
 * ```
 */
export function computeIndicator(
  id: string,
  inputs: Readonly<Record<string, string>>,
  options?: ComputeIndicatorOptions,
): ComputedIndicator {
  const indicator = typeof id === "string" ? getIndicator(id) : undefined;
  if (indicator?.formula === undefined) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `${describeValue(id)} is not a derived indicator of the catalogue`,
      messageLt: `${describeValue(id)} nėra išvestinis katalogo rodiklis`,
      input: id,
      expected: "a derived indicator id (reach, loans_per_user, …)",
      received: describeValue(id),
    });
  }
  if (inputs === null || typeof inputs !== "object")
    throw invalidArgument("inputs", "an object of decimal strings by indicator id", inputs);
  const { decimals, rule } = roundingOptions(options, indicator.precision);
  const { numerator, denominator } = indicator.formula;
  const top = inputs[numerator];
  const bottom = inputs[denominator];
  if (top === undefined || bottom === undefined) {
    return { value: null, reason: "missing_input", missing: [numerator, denominator].filter((input) => inputs[input] === undefined) };
  }
  assertDecimal(top, ["inputs", numerator]);
  assertDecimal(bottom, ["inputs", denominator]);
  // Exact: a long division of scaled integers, rounded once (src/_lib/quotient.ts).
  return (
    deriveValue(indicator.formula, top, bottom, decimals, rule) ?? {
      value: null,
      reason: "zero_denominator",
      missing: [],
    }
  );
}
