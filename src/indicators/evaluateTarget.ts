import { describeValue, invalidArgument, optionsObject, receivedOf } from "../_lib/arguments";
import { Dec, fromDec, toDec } from "../_lib/decimal";
import { decimalsOf } from "../_lib/patterns";
import { BibliotekosError } from "../errors/BibliotekosError";
import { roundDec } from "../numbers/roundDecimal";

/**
 * A planned value of an indicator: `ne mažiau kaip 75 000` is `at_least`, `ne daugiau kaip` is
 * `at_most`.
 *
 * @example
 * ```ts
 * import type { IndicatorTarget } from "bibliotekos/indicators";
 * const loansTarget: IndicatorTarget = { indicator: "loans", comparison: "at_least", value: "75000" };
 * loansTarget.comparison;
 * //=> "at_least"
 * ```
 */
export interface IndicatorTarget {
  /** The indicator's id, if known. */
  indicator?: string;
  /** How the actual value is compared with the target. */
  comparison: "at_least" | "at_most" | "exactly";
  /** The planned value, a decimal string. */
  value: string;
}

/** Options of {@link evaluateTarget}.
 *
 * @example
 * ```ts
 * import { evaluateTarget, type EvaluateTargetOptions } from "bibliotekos/indicators";
 * const options: EvaluateTargetOptions = { tolerancePercent: "10" };
 * evaluateTarget({ comparison: "at_least", value: "24.0" }, "22.3", options).status;
 * //=> "almost_met"
 * ```
 */
export interface EvaluateTargetOptions {
  /**
   * A tolerance, in percent of the target, within which a missed target is `almost_met` (the
   * reports' "beveik pasiektas"). Without it, a target is met or not.
   * @default undefined
   */
  tolerancePercent?: string;
}

/**
 * How an actual value compares with its target.
 *
 * @example
 * ```ts
 * import { evaluateTarget, type TargetEvaluation } from "bibliotekos/indicators";
 * const result: TargetEvaluation = evaluateTarget({ comparison: "at_least", value: "300" }, "479");
 * result.status;
 * //=> "met"
 * ```
 */
export interface TargetEvaluation {
  /** `met`, `almost_met` (within the tolerance) or `not_met`. */
  status: "met" | "almost_met" | "not_met";
  /** How far from the target the actual value falls short (or exceeds an `at_most`), never negative; `"0"` when met. */
  shortfall: string;
  /** Actual ÷ target × 100, to one decimal; `null` when the target is 0. */
  achievedPercent: string | null;
}

/**
 * Evaluates an `at least` / `at most` / `exactly` target against the actual value. "Almost met"
 * is never guessed: it needs an explicit tolerance (in percent of the target).
 *
 * @param target - the target.
 * @param actual - the actual value, a decimal string.
 * @param options - {@link EvaluateTargetOptions}.
 * @returns the status and the shortfall.
 * @throws {@link BibliotekosError} `invalid_decimal` for values that are not decimal strings,
 *   `invalid_argument` for a target that is not an object or an unknown comparison.
 *
 * @example
 * ```ts
 * import { evaluateTarget } from "bibliotekos/indicators";
 * evaluateTarget({ indicator: "reach", comparison: "at_least", value: "24.0" }, "22.3");
 * //=> { status: "not_met", shortfall: "1.7", achievedPercent: "92.9" }
 * evaluateTarget({ indicator: "loans", comparison: "at_least", value: "75000" }, "73341", { tolerancePercent: "5" });
 * //=> { status: "almost_met", shortfall: "1659", achievedPercent: "97.8" }
 * ```
 */
export function evaluateTarget(target: IndicatorTarget, actual: string, options?: EvaluateTargetOptions): TargetEvaluation {
  if (target === null || typeof target !== "object") throw invalidArgument("the target", "an object { comparison, value }", target);
  const { tolerancePercent } = optionsObject(options);
  const planned = toDec(target.value, "target.value");
  const value = toDec(actual, "actual");
  const scale = Math.max(decimalsOf(target.value), decimalsOf(actual));
  let gap: InstanceType<typeof Dec>;
  switch (target.comparison) {
    case "at_least":
      gap = planned.minus(value);
      break;
    case "at_most":
      gap = value.minus(planned);
      break;
    case "exactly":
      gap = value.minus(planned).abs();
      break;
    default:
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Unknown comparison ${describeValue(target.comparison)}; expected at_least, at_most or exactly`,
        input: target,
        path: ["comparison"],
        expected: "at_least | at_most | exactly",
        received: receivedOf(target.comparison),
      });
  }
  const achievedPercent = planned.isZero() ? null : roundDec(value.times(100).div(planned), 1);
  if (gap.lessThanOrEqualTo(0)) return { status: "met", shortfall: "0", achievedPercent };
  const tolerance = tolerancePercent === undefined ? undefined : toDec(tolerancePercent as string, "tolerancePercent");
  const allowed = tolerance === undefined ? undefined : planned.abs().times(tolerance).div(100);
  return {
    status: allowed !== undefined && gap.lessThanOrEqualTo(allowed) ? "almost_met" : "not_met",
    shortfall: fromDec(gap, scale),
    achievedPercent,
  };
}
