import * as z from "zod";
import { DECIMAL_STRING, RECORD_ID } from "../_lib/patterns";
import { isIsoPartialDate } from "../dates/types";
import { bilingual } from "./_lib/bilingual";
import { compareDecimals } from "./_lib/compareDecimals";
import { ISO_PARTIAL_DATE } from "./_lib/jsonPatterns";
import { firstDay, lastDay } from "./_lib/partialDates";

/**
 * An {@link dates!IsoPartialDate | IsoPartialDate} as a zod schema: `"2022"`, `"2022-02"` or `"2022-02-01"`, and the day
 * must exist (`"2023-02-29"` is rejected).
 *
 * @example
 * ```ts
 * import { IsoPartialDateSchema } from "bibliotekos/models";
 * ["2022", "2022-02", "2023-02-29"].map((d) => IsoPartialDateSchema.safeParse(d).success);
 * //=> [true, true, false]
 * ```
 */
export const IsoPartialDateSchema = z
  .string()
  .refine(
    isIsoPartialDate,
    bilingual(
      "invalid_date",
      "Expected a date written YYYY, YYYY-MM or YYYY-MM-DD that exists",
      "Data turi būti rašoma MMMM, MMMM-MM arba MMMM-MM-DD ir egzistuoti",
    ),
  )
  .meta({
    description: "A date with the precision the text gave: YYYY, YYYY-MM or YYYY-MM-DD (the day must exist)",
    pattern: ISO_PARTIAL_DATE.source,
    examples: ["2022", "2022-02", "2022-02-01"],
  });

/**
 * A {@link dates!DatePeriod | DatePeriod} as a zod schema: `start` and `end` are partial dates or `null` (open),
 * inclusive, and the period may not end before it starts (compared on the first day of `start`
 * and the last day of `end`, so `{ start: "2023-12-01", end: "2023-12" }` is fine).
 *
 * @example
 * ```ts
 * import { DatePeriodSchema } from "bibliotekos/models";
 * DatePeriodSchema.safeParse({ start: "2023-01-01", end: "2023-12-31" }).success;
 * //=> true
 * DatePeriodSchema.safeParse({ start: "2024", end: "2023" }).success;
 * //=> false
 * ```
 */
export const DatePeriodSchema = z
  .strictObject({
    /** The first day, month or year (inclusive); `null` if open. */
    start: IsoPartialDateSchema.nullable(),
    /** The last day, month or year (inclusive); `null` if open. */
    end: IsoPartialDateSchema.nullable(),
  })
  .superRefine(
    (period, ctx) => {
      if (isIsoPartialDate(period?.start) && isIsoPartialDate(period?.end) && lastDay(period.end) < firstDay(period.start)) {
        ctx.addIssue({
          code: "custom",
          path: ["end"],
          ...bilingual("reversed_range", "The period ends before it starts", "Laikotarpis baigiasi anksčiau, nei prasideda"),
        });
      }
    },
    { when: () => true },
  );

/**
 * A plain decimal string, as models store every non-money number that may have a fraction
 * (percentages, ratios, indicator values): optional minus, digits, optional fraction, a dot as
 * the decimal point (`"22.3"`, `"-718"`). Never a JS number: the written precision is kept.
 *
 * @example
 * ```ts
 * import { DecimalStringSchema } from "bibliotekos/models";
 * ["22.3", "-718", "22,3", "1e3"].map((v) => DecimalStringSchema.safeParse(v).success);
 * //=> [true, true, false, false]
 * ```
 */
export const DecimalStringSchema = z
  .string()
  .refine(
    (value) => DECIMAL_STRING.test(value),
    bilingual(
      "invalid_decimal",
      'Expected a plain decimal string with a dot ("22.3", "-718")',
      "Tikėtasi dešimtainio skaičiaus su tašku („22.3“, „-718“)",
    ),
  )
  .meta({
    description: "A plain decimal string: optional minus, digits, optional fraction after a dot",
    pattern: DECIMAL_STRING.source,
    examples: ["22.3", "-718", "774795.00"],
  });

/**
 * A count: a non-negative whole number (branches, staff, events, physical units).
 *
 * @example
 * ```ts
 * import { CountSchema } from "bibliotekos/models";
 * [48, 0, -1, 2.5].map((n) => CountSchema.safeParse(n).success);
 * //=> [true, true, false, false]
 * ```
 */
export const CountSchema = z.int().nonnegative();

const MONEY_CURRENCIES = ["EUR", "LTL"] as const;

/**
 * A {@link Money} amount as a zod schema: a plain decimal string that keeps the written precision
 * and its currency, `"EUR"`, or `"LTL"` for figures from before 2015.
 *
 * @example
 * ```ts
 * import { MoneySchema } from "bibliotekos/models";
 * MoneySchema.safeParse({ amount: "774795.00", currency: "EUR" }).success;
 * //=> true
 * MoneySchema.safeParse({ amount: "774 795,00", currency: "EUR" }).success;
 * //=> false
 * ```
 */
export const MoneySchema = z.strictObject({
  /** The amount: a plain decimal string with a dot, as written (`"774795.00"`). */
  amount: DecimalStringSchema,
  /** `"EUR"`, or `"LTL"` for figures before 2015. */
  currency: z.literal(MONEY_CURRENCIES),
});

/**
 * An amount known only within bounds, as texts write support and estimates: `daugiau nei už
 * 100 tūkst. Lt` is `{ min: { amount: "100000", currency: "LTL" }, minExclusive: true }`. An exact
 * amount has `min` and `max` equal. At least one bound; both bounds in one currency; `min` not
 * above `max`. `asWritten` keeps the text.
 *
 * @example
 * ```ts
 * import { AmountRangeSchema } from "bibliotekos/models";
 * AmountRangeSchema.safeParse({ min: { amount: "100000", currency: "LTL" }, minExclusive: true, asWritten: "daugiau nei už 100 tūkst. Lt" }).success;
 * //=> true
 * AmountRangeSchema.safeParse({ asWritten: "daug" }).success;
 * //=> false
 * ```
 */
export const AmountRangeSchema = z
  .strictObject({
    /** Lower bound. */
    min: MoneySchema.optional(),
    /** `true`: more than `min` (daugiau nei); otherwise at least. */
    minExclusive: z.boolean().optional().meta({ description: "true: more than `min` (daugiau nei); absent or false: at least" }),
    /** Upper bound. */
    max: MoneySchema.optional(),
    /** `true`: less than `max` (mažiau nei); otherwise at most. */
    maxExclusive: z.boolean().optional().meta({ description: "true: less than `max` (mažiau nei); absent or false: at most" }),
    /** The text as the document writes it. */
    asWritten: z.string().optional(),
  })
  .superRefine(
    (range, ctx) => {
      if (typeof range !== "object" || range === null) return;
      const { min, max } = range as { min?: unknown; max?: unknown };
      if (min === undefined && max === undefined) {
        ctx.addIssue({
          code: "custom",
          path: [],
          ...bilingual(
            "amount_without_bounds",
            "An amount range needs min, max or both",
            "Sumų intervalui reikia mažiausios, didžiausios arba abiejų ribų",
          ),
        });
        return;
      }
      const lo = MoneySchema.safeParse(min);
      const hi = MoneySchema.safeParse(max);
      if (!lo.success || !hi.success) return;
      if (lo.data.currency !== hi.data.currency) {
        ctx.addIssue({
          code: "custom",
          path: ["max", "currency"],
          ...bilingual("currency_mismatch", "min and max are in different currencies", "Mažiausia ir didžiausia sumos skirtingų valiutų"),
        });
      } else if (compareDecimals(lo.data.amount, hi.data.amount) > 0) {
        ctx.addIssue({
          code: "custom",
          path: ["max"],
          ...bilingual("reversed_range", "max is below min", "Didžiausia suma mažesnė už mažiausią"),
        });
      }
    },
    { when: () => true },
  )
  // The same rules in JSON Schema where it can say them: a bound at least, one currency for both.
  .meta({
    allOf: [
      { anyOf: ["min", "max"].map((key) => ({ type: "object", properties: { [key]: {} }, required: [key] })) },
      {
        anyOf: MONEY_CURRENCIES.map((currency) => {
          const bound = { type: "object", properties: { currency: { const: currency } } };
          return { type: "object", properties: { min: bound, max: bound } };
        }),
      },
    ],
  });

/**
 * A country as an ISO 3166-1 alpha-2 code in capitals (`"LT"`, `"NO"`, `"RU"`).
 *
 * @example
 * ```ts
 * import { CountryCodeSchema } from "bibliotekos/models";
 * ["LT", "no", "LTU"].map((c) => CountryCodeSchema.safeParse(c).success);
 * //=> [true, false, false]
 * ```
 */
export const CountryCodeSchema = z
  .string()
  .refine(
    (value) => /^[A-Z]{2}$/.test(value),
    bilingual(
      "invalid_country",
      "Expected an ISO 3166-1 alpha-2 country code in capitals (LT, NO)",
      "Tikėtasi ISO 3166-1 dviejų didžiųjų raidžių šalies kodo (LT, NO)",
    ),
  )
  .meta({ description: "ISO 3166-1 alpha-2 country code", pattern: "^[A-Z]{2}$" });

/**
 * An id of a record: letters, digits, `_`, `-` and `.`, 1 to 120 characters, so that ids can be
 * file names and URL parts.
 *
 * @example
 * ```ts
 * import { IdSchema } from "bibliotekos/models";
 * ["ignalina_district_library", "agreement-2022-02-01", "su tarpu"].map((id) => IdSchema.safeParse(id).success);
 * //=> [true, true, false]
 * ```
 */
export const IdSchema = z
  .string()
  .refine(
    (value) => RECORD_ID.test(value),
    bilingual(
      "invalid_id",
      "Expected an id of letters, digits, _ - . (1–120 characters)",
      "Identifikatorius turi būti iš raidžių, skaitmenų, _ - . (1–120 simbolių)",
    ),
  )
  .meta({ description: "Record id", pattern: RECORD_ID.source });

/**
 * A non-empty text.
 *
 * @example
 * ```ts
 * import { TextSchema } from "bibliotekos/models";
 * [TextSchema.safeParse("Kaimo filialai").success, TextSchema.safeParse("").success];
 * //=> [true, false]
 * ```
 */
export const TextSchema = z.string().min(1);
