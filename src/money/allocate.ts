import { assertDecimalPlaces } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { amountToUnitDigits, checkMoney, decimalsOf, makeMoney, unitsToAmount } from "./_lib/checkMoney";
import { checkRatio } from "./_lib/checkRatio";
import type { Money } from "./types";

/** Options of {@link allocate}.
 *
 * @example
 * ```ts
 * import { allocate, money, type AllocateOptions } from "bibliotekos/money";
 * const wholeEuros: AllocateOptions = { decimals: 0 };
 * allocate(money("100", "EUR"), [1, 1, 1], wholeEuros).map((m) => m.amount);
 * //=> ["34", "33", "33"]
 * ```
 */
export interface AllocateOptions {
  /**
   * The unit of the shares, as decimals: 2 for cents. Must be at least the decimals the
   * total really uses (`"100.50"` cannot be shared in whole euros).
   * @default the decimals written in the total, but at least 2
   */
  decimals?: number;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Integers of 10^-decimals units: JS numbers while every product stays a safe integer, BigInt beyond. */
type Units = number | bigint;

/** The unit of the shares (`options.decimals`, or the total's own but at least 2), checked against the total. */
function shareDecimals(total: Money, ratios: ReadonlyArray<string | number>, options: AllocateOptions | undefined): number {
  if (!Array.isArray(ratios) || ratios.length === 0) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "Expected at least one ratio",
      input: ratios,
      path: [1],
      expected: "a non-empty array of ratios",
      received: Array.isArray(ratios) ? "[]" : typeof ratios,
    });
  }
  const own = decimalsOf(total.amount);
  const decimals = options?.decimals ?? Math.max(2, own);
  assertDecimalPlaces(decimals);
  if (own > decimals && /[1-9]/.test(total.amount.slice(total.amount.length - (own - decimals)))) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `The total ${total.amount} cannot be split in units of ${decimals} decimals without losing its last digits; round it first or pass more decimals`,
      input: total,
      path: [0, "amount"],
      expected: `at most ${decimals} decimals`,
      received: total.amount,
    });
  }
  return decimals;
}

/** The magnitude of the total in units of the shares, and its sign (its extra zero decimals dropped). */
function totalUnits(total: Money, decimals: number): { units: bigint; negative: boolean } {
  const own = decimalsOf(total.amount);
  const amount = own > decimals ? total.amount.slice(0, total.amount.length - (own - decimals)) : total.amount;
  const digits = amountToUnitDigits(amount, decimals);
  const negative = digits[0] === "-";
  return { units: BigInt(negative ? digits.slice(1) : digits), negative };
}

/** The ratios as integer weights of one common scale (`"0.7"`, `"0.25"` → 70n, 25n), each checked. */
function weightsOf(ratios: ReadonlyArray<string | number>): bigint[] {
  const texts: string[] = new Array<string>(ratios.length);
  let ratioDecimals = 0;
  for (let i = 0; i < ratios.length; i++) {
    const r = checkRatio(ratios[i], [1, i], ratios);
    if (r[0] === "-" && /[1-9]/.test(r)) {
      throw new BibliotekosError({
        code: "invalid_argument",
        message: `Ratio ${i} is negative (${r}); ratios are zero or more`,
        input: ratios,
        path: [1, i],
        expected: "a ratio ≥ 0",
        received: r,
      });
    }
    texts[i] = r;
    const d = decimalsOf(r);
    if (d > ratioDecimals) ratioDecimals = d;
  }
  const weights = texts.map((t) => BigInt(amountToUnitDigits(t, ratioDecimals)));
  if (!weights.some((w) => w > 0n)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "All ratios are zero; at least one must be positive",
      input: ratios,
      path: [1],
      expected: "a positive ratio",
      received: "all zero",
    });
  }
  return weights;
}

/** Each share's exact proportion rounded toward zero, and what that rounding lost (the remainder over the weights' sum). */
interface Floors {
  shares: Units[];
  remainders: Units[];
  /** What the rounded shares add up to. */
  given: Units;
}

/** {@link Floors} in JS numbers: for totals and weights whose products stay safe integers. */
function floorsInNumbers(units: number, weights: readonly bigint[], weightSum: number): Floors {
  const n = weights.length;
  const shares = new Array<Units>(n);
  const remainders = new Array<Units>(n);
  let given = 0;
  for (let i = 0; i < n; i++) {
    const product = units * Number(weights[i]);
    let share = Math.floor(product / weightSum);
    if (share * weightSum > product) share--;
    else if ((share + 1) * weightSum <= product) share++;
    shares[i] = share;
    remainders[i] = product - share * weightSum;
    given += share;
  }
  return { shares, remainders, given };
}

/** {@link Floors} in BigInts, for any total and weights. */
function floorsInBigInts(units: bigint, weights: readonly bigint[], weightSum: bigint): Floors {
  const n = weights.length;
  const shares = new Array<Units>(n);
  const remainders = new Array<Units>(n);
  let given = 0n;
  for (let i = 0; i < n; i++) {
    const product = units * (weights[i] as bigint);
    const share = product / weightSum;
    shares[i] = share;
    remainders[i] = product % weightSum;
    given += share;
  }
  return { shares, remainders, given };
}

/** The floors of every share, in JS numbers when that is exact. */
function floorsOf(units: bigint, weights: readonly bigint[]): Floors {
  let weightSum = 0n;
  let maxWeight = 0n;
  for (const w of weights) {
    weightSum += w;
    if (w > maxWeight) maxWeight = w;
  }
  return units * maxWeight + weightSum <= BigInt(SAFE)
    ? floorsInNumbers(Number(units), weights, Number(weightSum))
    : floorsInBigInts(units, weights, weightSum);
}

/**
 * Gives the units left over, one each, to the shares whose rounding lost the most (largest
 * remainder); ties to the larger weight, then to the earlier share. Mutates `floors.shares`,
 * which this module made.
 */
function giveLeftover(floors: Floors, weights: readonly bigint[], leftover: number): void {
  const { shares, remainders } = floors;
  const order: number[] = [];
  for (let i = 0; i < shares.length; i++) if (remainders[i] !== 0 && remainders[i] !== 0n) order.push(i);
  order.sort((a, b) => {
    const ra = remainders[a] as Units;
    const rb = remainders[b] as Units;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = weights[a] as bigint;
    const wb = weights[b] as bigint;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return a - b;
  });
  for (let k = 0; k < order.length && leftover > 0; k++, leftover--) {
    const i = order[k] as number;
    const s = shares[i] as Units;
    shares[i] = typeof s === "bigint" ? s + 1n : s + 1;
  }
}

/**
 * Splits money by ratios without losing or inventing a cent: the shares always add up to the
 * total exactly.
 *
 * Each share first gets its exact proportion rounded toward zero to the unit (a cent by
 * default). The few cents left over (fewer than the number of shares) go one each to the
 * shares whose exact proportion lost the most in that rounding (the largest remainder, or
 * Hamilton, method); ties go to the larger ratio, then to the earlier share. So
 * `100.00 × [1, 2]` is `33.33 + 66.67`: each share is its exact proportion rounded to the
 * nearest cent wherever that adds up. A zero ratio always gets zero. A negative total is
 * split as its magnitude and negated.
 *
 * dinero.js v2 gives the left-over units to the larger ratios first instead; the two agree
 * on most splits but not all: 0.10 € by `[5, 3, 3]` is `0.05 + 0.03 + 0.02` there and
 * `0.04 + 0.03 + 0.03` here, nearer the exact `0.0455 + 0.0273 + 0.0273`.
 *
 * @param total - the money to split.
 * @param ratios - non-negative decimal strings (`"0.25"`) or whole numbers, not all zero.
 * @param options - {@link AllocateOptions}: the unit of the shares.
 * @returns one share per ratio, in order, each with exactly `decimals` decimals.
 * @throws {@link BibliotekosError} `invalid_argument` for no ratios, a negative ratio, ratios
 *   that are all zero, or a total finer than the unit; `invalid_decimal` for a malformed
 *   ratio (with `path` [1, index]).
 *
 * @example
 * ```ts
 * import { allocate, money } from "bibliotekos/money";
 * allocate(money("100.00", "EUR"), [1, 1, 1]).map((m) => m.amount);
 * //=> ["33.34", "33.33", "33.33"]
 * allocate(money("100.00", "EUR"), [1, 2]).map((m) => m.amount);
 * //=> ["33.33", "66.67"]
 * allocate(money("0.10", "EUR"), [5, 3, 3]).map((m) => m.amount);
 * //=> ["0.04", "0.03", "0.03"]
 * allocate(money("0.05", "EUR"), ["0.7", "0.3"]).map((m) => m.amount);
 * //=> ["0.04", "0.01"]
 * allocate(money("-10", "EUR"), [1, 0, 2]).map((m) => m.amount);
 * //=> ["-3.33", "0.00", "-6.67"]
 * ```
 */
export function allocate(total: Money, ratios: ReadonlyArray<string | number>, options?: AllocateOptions): Money[] {
  checkMoney(total, [0]);
  const decimals = shareDecimals(total, ratios, options);
  const weights = weightsOf(ratios);
  const { units, negative } = totalUnits(total, decimals);
  const floors = floorsOf(units, weights);
  const leftover = Number(units - BigInt(floors.given));
  if (leftover > 0) giveLeftover(floors, weights, leftover);
  return floors.shares.map((s) => makeMoney(unitsToAmount(negative ? -s : s, decimals), total.currency));
}
