// Options are validated, one way for the whole library (issue #17: `decimals: "2"` gave
// "undefined66.67", `1.5` "666.7", `-1` "7.", `Infinity` ran 7 s then threw RangeError, `1e9`
// hung; unknown rounding rules were taken for half up; `lang: "de"` threw TypeError; a group
// separator of 9 was written into the number). For each function that rounds: decimals and a rule
// that are right give exactly `roundDecimal` of the exact value; any others give invalid_argument.
// For each option with a fixed set of values: a value outside it gives invalid_argument.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/_lib/decimal";
import { compareBudgets, perResident, perUser, summarizeBudget } from "../../src/budget/index";
import { checkReport, renderTableHtml, renderTableMarkdown, type IndicatorTable } from "../../src/checks/index";
import { findDates, formatDate, parseDate } from "../../src/dates/index";
import { isBibliotekosError } from "../../src/errors/index";
import { change, computeIndicator, evaluateTarget, share } from "../../src/indicators/index";
import { allocate, convertLtlToEur, sumMoney } from "../../src/money/index";
import {
  findQuantities,
  formatAmount,
  formatNumber,
  formatPercent,
  parseNumber,
  roundDecimal,
  type RoundingRule,
} from "../../src/numbers/index";

const RULES: readonly RoundingRule[] = ["half_up", "half_even", "half_down", "up", "down", "ceiling", "floor"];

/** What a call gave: its value, or the code of the BibliotekosError it threw (anything else fails the test). */
function outcome<T>(call: () => T): { value: T } | { code: string } {
  try {
    return { value: call() };
  } catch (error) {
    if (!isBibliotekosError(error)) throw error;
    return { code: error.code };
  }
}

/** Decimals that are right (0 to 100) and wrong (every other value a caller may pass). */
const decimalsArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.constantFrom(0, 100, undefined),
  fc.constantFrom(-1, 101, 1.5, 1e9, Infinity, -Infinity, NaN, -0.5, "2", "", null, true, 2n, [2], { valueOf: () => 2 }),
  fc.integer({ min: -1000, max: -1 }),
  fc.integer({ min: 101, max: 1e9 }),
  fc.double({ noInteger: true }),
);

/** Rules that are right and wrong (inherited names among them). */
const ruleArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...RULES, undefined),
  fc.constantFrom("HALF_UP", "half-up", "round", "", "toString", "constructor", "__proto__", "hasOwnProperty", null, 1, 1n, {}, ["down"]),
  fc.string({ maxLength: 8 }),
);

const isDecimals = (value: unknown): boolean =>
  value === undefined || (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100);
const isRule = (value: unknown): boolean =>
  value === undefined || (typeof value === "string" && (RULES as readonly string[]).includes(value));

const eur = (amount: string) => ({ amount, currency: "EUR" as const });
const line = (year: number, received: string, used: string) => ({
  year,
  sourceId: "state_budget" as const,
  received: eur(received),
  used: eur(used),
});

/**
 * The functions that round once: the call with `{ [key]: decimals, rule }`, the value it rounds
 * (exact: every divisor below is a power of 2 or 5, or the value is computed to 64 digits), and
 * the decimals when none are given (-1: as written; NaN: never absent).
 */
const ROUNDING: Array<{
  name: string;
  key: string;
  fallback: number;
  exact: string;
  call: (options: Record<string, unknown>) => string | null | undefined;
}> = [
  {
    name: "roundDecimal",
    key: "decimals",
    fallback: Number.NaN,
    exact: "-2.3456789",
    call: (o) => roundDecimal("-2.3456789", o.decimals as number, o.rule === undefined ? {} : { rule: o.rule as RoundingRule }),
  },
  {
    name: "computeIndicator",
    key: "decimals",
    fallback: 1,
    exact: new Dec(811).times(100).div(1024).toFixed(),
    call: (o) => computeIndicator("reach", { registered_users: "811", population: "1024" }, o).value,
  },
  {
    name: "share",
    key: "decimals",
    fallback: 1,
    exact: new Dec(-51796).times(100).div(131072).toFixed(),
    call: (o) => share("-51796", "131072", o)?.percent,
  },
  {
    name: "change",
    key: "percentDecimals",
    fallback: 2,
    exact: new Dec(6690 - 8192).times(100).div(8192).toFixed(),
    call: (o) => change("8192", "6690", o).relativePercent,
  },
  {
    name: "perResident",
    key: "decimals",
    fallback: 2,
    exact: new Dec("24884.01").div(4096).toFixed(),
    call: (o) => perResident(eur("24884.01"), 4096, o).amount,
  },
  {
    name: "perUser",
    key: "decimals",
    fallback: 2,
    exact: new Dec("-17.5").div(625).toFixed(),
    call: (o) => perUser(eur("-17.5"), 625, o).amount,
  },
  {
    name: "convertLtlToEur",
    key: "decimals",
    fallback: 2,
    exact: new Dec("1000.01").div("3.4528").toFixed(),
    call: (o) => convertLtlToEur({ amount: "1000.01", currency: "LTL" }, o).amount,
  },
  {
    name: "summarizeBudget",
    key: "percentDecimals",
    fallback: 2,
    exact: new Dec("698795.11").times(100).div(1048576).toFixed(),
    call: (o) => {
      const execution = summarizeBudget([line(2023, "1048576.00", "698795.11")], o).overall.execution.ofReceived;
      return execution.percent;
    },
  },
  {
    name: "compareBudgets",
    key: "percentDecimals",
    fallback: 2,
    exact: new Dec("24884.00").minus("32768.00").times(100).div("32768.00").toFixed(),
    call: (o) =>
      compareBudgets(summarizeBudget([line(2022, "32768.00", "1.00")]), summarizeBudget([line(2023, "24884.00", "1.00")]), o).overall
        .received?.percent,
  },
  {
    name: "formatNumber",
    key: "decimals",
    fallback: -1,
    exact: "-1234.56789",
    call: (o) => formatNumber("-1234.56789", { ...o, useGrouping: false }).replace(",", "."),
  },
];

describe("the decimals and rounding rule of every function that rounds", () => {
  it.each(ROUNDING)(
    "$name: right ones round the exact value as roundDecimal does, wrong ones throw invalid_argument",
    ({ key, fallback, exact, call }) => {
      fc.assert(
        fc.property(decimalsArbitrary, ruleArbitrary, (decimals, rule) => {
          const options: Record<string, unknown> = {};
          if (decimals !== undefined || key === "decimals") options[key] = decimals;
          if (rule !== undefined) options.rule = rule;
          const result = outcome(() => call(options));
          // roundDecimal's decimals are an argument of their own, never absent.
          if (isDecimals(decimals) && isRule(rule) && !(decimals === undefined && Number.isNaN(fallback))) {
            const places = (decimals ?? fallback) as number;
            const expected = places < 0 ? exact : roundDecimal(exact, places, { rule: (rule ?? "half_up") as RoundingRule });
            expect(result).toEqual({ value: expected });
          } else {
            expect(result).toEqual({ code: "invalid_argument" });
          }
        }),
        { numRuns: 300 },
      );
    },
  );

  it("takes an absent options argument for the defaults, and anything but an object for an error", () => {
    expect(share("1", "3")).toEqual(share("1", "3", {}));
    for (const options of [null, 5, "2", [], true, 2n]) {
      expect(outcome(() => share("1", "3", options as never))).toEqual({ code: "invalid_argument" });
      expect(outcome(() => roundDecimal("1.5", 0, options as never))).toEqual({ code: "invalid_argument" });
      expect(outcome(() => summarizeBudget([], options as never))).toEqual({ code: "invalid_argument" });
    }
  });

  it("reproduces the cases of issue #17", () => {
    const inputs = { registered_users: "2", population: "3" };
    for (const decimals of ["2", 1.5, -1, Infinity, 1e9]) {
      expect(outcome(() => computeIndicator("reach", inputs, { decimals: decimals as number }))).toEqual({ code: "invalid_argument" });
    }
    expect(outcome(() => share("1", "3", { rule: "nope" as RoundingRule }))).toEqual({ code: "invalid_argument" });
    expect(outcome(() => perResident(eur("10"), 3, { rule: "toString" as RoundingRule }))).toEqual({ code: "invalid_argument" });
    expect(outcome(() => formatNumber("1234567", { groupSeparator: 9 as never }))).toEqual({ code: "invalid_argument" });
  });
});

const table: IndicatorTable = {
  columns: [{ indicator: "events", kind: "value", year: "2023", label: { lt: "Renginiai, 2023 m.", en: "Events, 2023" } }],
  rows: [{ unitId: "total", label: "Iš viso", cells: [{ value: "764", text: "764" }] }],
};

/** Options with a fixed set of values: the call, the option, and the values it takes. */
const CHOICES: Array<{ name: string; key: string; values: readonly unknown[]; call: (options: Record<string, unknown>) => unknown }> = [
  { name: "renderTableHtml", key: "lang", values: ["lt", "en"], call: (o) => renderTableHtml(table, o) },
  { name: "renderTableMarkdown", key: "lang", values: ["lt", "en"], call: (o) => renderTableMarkdown(table, o) },
  { name: "formatPercent", key: "symbol", values: ["%", "proc."], call: (o) => formatPercent("24.3", o) },
  { name: "formatAmount", key: "display", values: ["abbreviation", "code", "symbol"], call: (o) => formatAmount("24.3", o) },
  { name: "formatAmount", key: "currency", values: ["EUR", "LTL"], call: (o) => formatAmount("24.3", o) },
  { name: "formatNumber", key: "useGrouping", values: ["always", "min2", false], call: (o) => formatNumber("12345", o) },
  { name: "formatDate", key: "style", values: ["long", "numeric"], call: (o) => formatDate({ start: "2022-02-01", end: "2022-02-01" }, o) },
  { name: "parseNumber", key: "dot", values: ["auto", "decimal", "thousands"], call: (o) => parseNumber("1,5", o) },
  { name: "findQuantities", key: "dot", values: ["auto", "decimal", "thousands"], call: (o) => findQuantities("1.5 Eur", o) },
  { name: "sumMoney", key: "currency", values: ["EUR", "LTL"], call: (o) => sumMoney([], o) },
  { name: "change", key: "indicator", values: ["reach", "loans", "events"], call: (o) => change("1", "2", o) },
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("de", "", "toString", "constructor", "LT", "eur", "%%", "Always", true, 0, 1, null, 2n, {}, [], NaN),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);

describe("options with a fixed set of values", () => {
  it.each(CHOICES)("$name: $key outside its values gives invalid_argument, inside them a result", ({ key, values, call }) => {
    for (const value of values) expect(outcome(() => call({ [key]: value }))).toHaveProperty("value");
    fc.assert(
      fc.property(anyValue, (value) => {
        fc.pre(!values.includes(value));
        expect(outcome(() => call({ [key]: value }))).toEqual({ code: "invalid_argument" });
      }),
      { numRuns: 200 },
    );
  });
});

describe("the other options", () => {
  const wrong: fc.Arbitrary<unknown> = fc.oneof(
    fc.constantFrom(undefined, null, true, 0, -1, 1.5, NaN, Infinity, 1e9, "", "x", "toString", 2n, [], {}, Object.create(null) as unknown),
    fc.string({ maxLength: 6 }),
    fc.integer(),
    fc.bigInt(),
  );
  const CALLS: Array<[string, readonly string[], (options: Record<string, unknown>) => unknown]> = [
    ["parseDate", ["ref"], (o) => parseDate("2022 m.", o)],
    ["findDates", ["ref", "minYear", "maxYear"], (o) => findDates("nuo 2020 m. iki šiol", o)],
    ["allocate", ["decimals"], (o) => allocate(eur("100.00"), ["1", "2"], o)],
    ["evaluateTarget", ["tolerancePercent"], (o) => evaluateTarget({ comparison: "at_least", value: "100" }, "90", o)],
    [
      "checkReport",
      ["tolerancePercent", "assumeValid", "rules"],
      (o) => checkReport({ institutionId: "x", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [] }, o),
    ],
    ["formatNumber", ["groupSeparator", "minusSign", "rule", "decimals"], (o) => formatNumber("-12345.678", o)],
  ];

  it.each(CALLS)("%s: any value of any type gives a result or a BibliotekosError, never another exception", (_name, keys, call) => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), wrong, { maxKeys: keys.length }), (options) => {
        outcome(() => call(options));
      }),
      { numRuns: 300 },
    );
  });

  it("writes no digit or comma of a separator or minus sign into a number", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (groupSeparator, minusSign) => {
        const result = outcome(() => formatNumber("-1234567.5", { groupSeparator, minusSign }));
        const valid = !/[\d,]/.test(groupSeparator) && !/[\d,]/.test(minusSign) && minusSign !== "";
        if (valid) expect(result).toEqual({ value: `${minusSign}1${groupSeparator}234${groupSeparator}567,5` });
        else expect(result).toEqual({ code: "invalid_argument" });
      }),
      { numRuns: 300 },
    );
  });
});
