import { describeValue, receivedOf } from "./arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { Dec } from "./decimal";
import { DECIMAL_INPUT } from "./patterns";

/**
 * Throws `invalid_decimal`, with `path` when given (where the value stands in the caller's
 * input), unless `value` is a plain decimal string (`DECIMAL_INPUT`).
 *
 * @internal
 */
export function assertDecimal(value: unknown, path?: Array<string | number>): asserts value is string {
  if (typeof value === "string" && DECIMAL_INPUT.test(value)) return;
  const where = path === undefined ? "" : ` at ${path.join(".")}`;
  throw new BibliotekosError({
    code: "invalid_decimal",
    message: `Expected a plain decimal string such as "12.50"${where}, got ${describeValue(value)}`,
    messageLt: `Turi būti dešimtainis skaičius, pvz., "12.50"${where}, o gauta ${describeValue(value)}`,
    input: value,
    ...(path === undefined ? {} : { path }),
    expected: "decimal string",
    received: receivedOf(value),
  });
}

/**
 * An exact running sum of decimal strings, for sums over many values (a budget of a million
 * lines). Each value is read once into a scaled BigInt (digits × 10^-scale), so a sum is exact
 * whatever the number of terms, and costs one BigInt addition per value instead of a decimal.js
 * object. Convert to {@link Dec} with {@link DecimalSum.toDec} for division and rounding.
 *
 * @internal
 */
export class DecimalSum {
  private units = 0n;
  private scale = 0;
  /**
   * A running sum in a JS number, of integers at `scale`, kept a safe integer so that every
   * addition is exact; folded into `units` before it could lose a digit, and before any read.
   */
  private small = 0;
  /** How many values were added. */
  count = 0;

  /** Reads one plain decimal string as a sum of one term. */
  static of(value: string, path?: Array<string | number>): DecimalSum {
    const sum = new DecimalSum();
    sum.add(value, path);
    return sum;
  }

  /**
   * Adds a plain decimal string; throws `invalid_decimal` for anything else, with `path` when
   * given (where the value stands in the caller's input).
   */
  add(value: string, path?: Array<string | number>): void {
    assertDecimal(value, path);
    this.addValid(value);
  }

  /** Adds a decimal string the caller has already validated (hot paths). */
  addValid(value: string): void {
    const dot = value.indexOf(".");
    const scale = dot === -1 ? 0 : value.length - dot - 1;
    // Fast path: at most 15 digits at this sum's scale are an exact integer in a JS number.
    if (scale <= this.scale && value.length - scale + this.scale <= 16) {
      const digits = dot === -1 ? value : value.slice(0, dot) + value.slice(dot + 1);
      const units = Number(digits) * 10 ** (this.scale - scale);
      if (Number.isSafeInteger(units)) {
        // Integers whose exact sum is a safe integer add exactly in doubles; otherwise fold first.
        const next = this.small + units;
        if (Number.isSafeInteger(next)) this.small = next;
        else {
          this.flush();
          this.small = units;
        }
        this.count++;
        return;
      }
    }
    this.flush();
    let units = BigInt(dot === -1 ? value : value.slice(0, dot) + value.slice(dot + 1));
    if (scale > this.scale) {
      this.units *= 10n ** BigInt(scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) {
      units *= 10n ** BigInt(this.scale - scale);
    }
    this.units += units;
    this.count++;
  }

  /** Folds the number accumulator into the BigInt one. */
  private flush(): void {
    if (this.small !== 0) {
      this.units += BigInt(this.small);
      this.small = 0;
    }
  }

  /** Adds another sum. */
  addSum(other: DecimalSum): void {
    if (other.count === 0) return;
    this.flush();
    other.flush();
    this.count += other.count;
    let units = other.units;
    if (other.scale > this.scale) {
      this.units *= 10n ** BigInt(other.scale - this.scale);
      this.scale = other.scale;
    } else if (other.scale < this.scale) {
      units *= 10n ** BigInt(this.scale - other.scale);
    }
    this.units += units;
  }

  /** A new sum: this minus `other`, exact, at the larger of the two scales. */
  minus(other: DecimalSum): DecimalSum {
    other.flush();
    const result = new DecimalSum();
    result.addSum(this);
    const negated = new DecimalSum();
    negated.units = -other.units;
    negated.scale = other.scale;
    negated.count = other.count;
    result.addSum(negated);
    return result;
  }

  /** The sum as a plain decimal string with the largest scale seen (`"769595.000"`). */
  toString(): string {
    this.flush();
    const negative = this.units < 0n;
    const digits = (negative ? -this.units : this.units).toString().padStart(this.scale + 1, "0");
    const body = this.scale === 0 ? digits : `${digits.slice(0, -this.scale)}.${digits.slice(-this.scale)}`;
    return negative ? `-${body}` : body;
  }

  /** True if the sum is zero. */
  isZero(): boolean {
    this.flush();
    return this.units === 0n;
  }

  /** The sum as a {@link Dec}. */
  toDec(): InstanceType<typeof Dec> {
    return new Dec(this.toString());
  }
}
