import { assertText } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";
import { lookupUnit, type UnitId } from "../lexicon/units";
import { isNumberHorizontalSpace, isNumberSpace, LOST_SIGN } from "./_lib/chars";
import { toDecimalString } from "./_lib/readNumber";
import { readScaledNumber } from "./_lib/readScale";
import { checkDotOption, throwNumberFailure, type ParseNumberOptions } from "./parseNumber";

/**
 * A number with its unit, as plain data: `{ value: "24.0", unit: "percent" }`.
 *
 * @example
 * ```ts
 * import { parseQuantity, type Quantity } from "bibliotekos/numbers";
 * const quantity: Quantity = parseQuantity("6690 fiz. vnt.");
 * quantity;
 * //=> { value: "6690", unit: "physical_units" }
 * ```
 */
export interface Quantity {
  /** The value as a plain decimal string that keeps the written precision (`"24.0"`). */
  value: string;
  /** The unit's id in the lexicon (`UNITS`), or `null` when none was written. */
  unit: UnitId | null;
  /**
   * Present (and `true`) when the sign was lost: a middle dot `·` stands where a converter
   * dropped a minus or a plus (`· 2,0 %` in a difference column). `value` is then the
   * magnitude, unsigned; the sign must come from elsewhere (the table's other columns).
   */
  signUnknown?: true;
}

/** Options of {@link parseQuantity} and {@link safeParseQuantity}: those of {@link parseNumber}.
 *
 * @example
 * ```ts
 * import { parseQuantity, type ParseQuantityOptions } from "bibliotekos/numbers";
 * const options: ParseQuantityOptions = { dot: "thousands" };
 * parseQuantity("12.500 Eur", options);
 * //=> { value: "12500", unit: "EUR" }
 * ```
 */
export type ParseQuantityOptions = ParseNumberOptions;

/**
 * Reads one number with its unit: `"24,0 %"` → `{ value: "24.0", unit: "percent" }`,
 * `"774795,00 eurų"` → `{ value: "774795.00", unit: "EUR" }`, `"100 tūkst. Lt"` →
 * `{ value: "100000", unit: "LTL" }`.
 *
 * The number is read as {@link parseNumber} reads it (scale words included); the unit is any
 * spelling the lexicon knows (`lookupUnit`: `%`, `proc.`, `procentų`, `Eur`, `EUR`, `€`,
 * `eurais`, `Lt`, `litų`, `fiz. vnt.`, `pav.`, `m²`, `val.`, … in any letter case, with or
 * without diacritics). A sentence's full stop after the unit is allowed (`5 Eur.`). Without a
 * unit, `unit` is `null`. A leading middle dot (`· 2,0 %`) marks a lost sign: see
 * {@link Quantity.signUnknown}.
 *
 * Counted nouns are not units: `48 darbuotojai` throws `unknown_unit`; read the number with
 * {@link parseNumber} or find it with {@link findQuantities} and `bareNumbers`.
 *
 * @param text - one quantity, as written.
 * @param options - {@link ParseQuantityOptions}.
 * @returns the {@link Quantity}.
 * @throws {@link BibliotekosError} `invalid_number` / `ambiguous_number` as {@link parseNumber};
 *   `unknown_unit` (with `offset`) when the text after the number is not a known unit.
 *
 * @example
 * ```ts
 * import { parseQuantity } from "bibliotekos/numbers";
 * parseQuantity("24,0 %");
 * //=> { value: "24.0", unit: "percent" }
 * parseQuantity("774795,00 eurų");
 * //=> { value: "774795.00", unit: "EUR" }
 * parseQuantity("100 tūkst. Lt");
 * //=> { value: "100000", unit: "LTL" }
 * parseQuantity("· 2,0 %");
 * //=> { value: "2.0", unit: "percent", signUnknown: true }
 * parseQuantity("48 darbuotojai");
 * //=> throws unknown_unit
 * ```
 */
export function parseQuantity(text: string, options?: ParseQuantityOptions): Quantity {
  assertText(text);
  const dot = checkDotOption(options);
  let i = 0;
  while (i < text.length && isNumberSpace(text.charCodeAt(i))) i++;
  let signUnknown = false;
  if (text.charCodeAt(i) === LOST_SIGN) {
    signUnknown = true;
    i++;
    while (i < text.length && isNumberHorizontalSpace(text.charCodeAt(i))) i++;
  }
  const scaled = readScaledNumber(text, i, dot);
  if (!("read" in scaled)) throwNumberFailure(text, scaled);
  const { read, exponent } = scaled;
  let j = scaled.end;
  while (j < text.length && isNumberHorizontalSpace(text.charCodeAt(j))) j++;
  let end = text.length;
  while (end > j && isNumberSpace(text.charCodeAt(end - 1))) end--;
  let unit: UnitId | null = null;
  if (end > j) {
    const written = text.slice(j, end);
    const found = lookupUnit(written) ?? (written.endsWith(".") ? lookupUnit(written.slice(0, -1)) : undefined);
    if (found === undefined) {
      throw new BibliotekosError({
        code: "unknown_unit",
        message: `Unknown unit ${JSON.stringify(written.length > 30 ? `${written.slice(0, 30)}…` : written)} at offset ${j}`,
        input: text,
        offset: j,
        expected: "a unit of the lexicon (%, proc., Eur, Lt, fiz. vnt., pav., …)",
        received: written,
      });
    }
    unit = found.id;
  }
  const value = toDecimalString({ negative: read.negative && !signUnknown, int: read.int, frac: read.frac }, exponent);
  return signUnknown ? { value, unit, signUnknown: true } : { value, unit };
}

/**
 * {@link parseQuantity} that returns its error instead of throwing it.
 *
 * @param text - one quantity, as written.
 * @param options - {@link ParseQuantityOptions}.
 * @returns `{ success: true, data }` with the {@link Quantity}, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeParseQuantity } from "bibliotekos/numbers";
 * safeParseQuantity("2,75 Eur");
 * //=> { success: true, data: { value: "2.75", unit: "EUR" } }
 * const result = safeParseQuantity("45 mokymai");
 * result.success ? result.data : [result.error.code, result.error.offset];
 * //=> ["unknown_unit", 3]
 * ```
 */
export function safeParseQuantity(text: string, options?: ParseQuantityOptions): SafeResult<Quantity> {
  return toSafeResult(() => parseQuantity(text, options));
}
