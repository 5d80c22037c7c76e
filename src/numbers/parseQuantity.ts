import { assertText } from "../_lib/arguments";
import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";
import { foldForSearch } from "../lexicon/fold";
import { lookupUnit, type UnitId } from "../lexicon/units";
import { countedAt } from "./_lib/countedNoun";
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
   * The lemma of the counted noun that gave the unit, when no unit word did (`312 lankytojų` →
   * `"lankytojas"`, unit `persons`): see `COUNTED_NOUNS` of bibliotekos/lexicon.
   */
  noun?: string;
  /**
   * Present (and `true`) when the sign was lost: a middle dot `·` stands where a converter
   * dropped a minus or a plus (`· 2,0 %` in a difference column). `value` is then the
   * magnitude, unsigned; the sign must come from elsewhere (the table's other columns).
   */
  signUnknown?: true;
}

/** Options of {@link parseQuantity} and {@link safeParseQuantity}: those of {@link parseNumber}, and `countedNouns`.
 *
 * @example
 * ```ts
 * import { parseQuantity, type ParseQuantityOptions } from "bibliotekos/numbers";
 * const options: ParseQuantityOptions = { dot: "thousands" };
 * parseQuantity("12.500 Eur", options);
 * //=> { value: "12500", unit: "EUR" }
 * ```
 */
export interface ParseQuantityOptions extends ParseNumberOptions {
  /**
   * Read a counted noun as the unit (`48 darbuotojai` → `persons`, `noun: "darbuotojas"`), as
   * `findQuantities` does; `false` for unit words only.
   * @default true
   */
  countedNouns?: boolean;
}

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
 * A counted noun of the lexicon (`COUNTED_NOUNS`), after at most one adjective, gives the unit
 * when no unit word does: `48 darbuotojai` → `{ value: "48", unit: "persons", noun:
 * "darbuotojas" }`; with `countedNouns: false` it throws `unknown_unit`, as any other word does.
 *
 * @param text - one quantity, as written.
 * @param options - {@link ParseQuantityOptions}.
 * @returns the {@link Quantity}.
 * @throws {@link BibliotekosError} `invalid_number` / `ambiguous_number` as {@link parseNumber};
 *   `unknown_unit` (with `offset`) when the text after the number is not a known unit or counted noun.
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
 * //=> { value: "48", unit: "persons", noun: "darbuotojas" }
 * parseQuantity("45 mokymai");
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
  let noun: string | undefined;
  if (end > j) {
    const written = text.slice(j, end);
    const found = lookupUnit(written) ?? (written.endsWith(".") ? lookupUnit(written.slice(0, -1)) : undefined);
    const counted = found === undefined ? countedAt(text, foldForSearch(text), j) : undefined;
    const countedEnd = counted?.end === end || (counted?.end === end - 1 && text[end - 1] === ".");
    if (found !== undefined) unit = found.id;
    else if (counted !== undefined && countedEnd && (counted.unit !== undefined || options?.countedNouns !== false)) {
      unit = counted.unit?.value ?? counted.noun?.unit ?? null;
      noun = counted.unit === undefined ? counted.noun?.lemma : undefined;
    } else {
      throw new BibliotekosError({
        code: "unknown_unit",
        message: `Unknown unit ${JSON.stringify(written.length > 30 ? `${written.slice(0, 30)}…` : written)} at offset ${j}`,
        input: text,
        offset: j,
        expected: "a unit of the lexicon (%, proc., Eur, Lt, fiz. vnt., pav., …)",
        received: written,
      });
    }
  }
  const value = toDecimalString({ negative: read.negative && !signUnknown, int: read.int, frac: read.frac }, exponent);
  const quantity: Quantity = noun === undefined ? { value, unit } : { value, unit, noun };
  if (signUnknown) quantity.signUnknown = true;
  return quantity;
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
