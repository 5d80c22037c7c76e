import { DECIMAL_STRING, INDICATOR_ID, RECORD_ID } from "../../_lib/patterns";
import { isIsoPartialDate } from "../../dates/types";
import { UNITS } from "../../lexicon/units";
import { firstDay, lastDay } from "./partialDates";

/** Whether a key is a field of `ObservationSchema` (a switch: faster than a set for a handful of keys). */
function isObservationKey(key: string): boolean {
  switch (key) {
    case "unitId":
    case "indicator":
    case "period":
    case "value":
    case "unit":
    case "differenceFrom":
    case "asWritten":
    case "note":
      return true;
    default:
      return false;
  }
}
const UNIT_IDS = new Set<string>(UNITS.map((unit) => unit.id));

/** A plain object (`{}` or `Object.create(null)`): what the check below reads as zod would. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isText(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

/**
 * A check, by hand, that an observation passes `ObservationSchema`: the same rules (strict keys,
 * id patterns, a `DatePeriod` that exists and does not end before it starts, a decimal string,
 * a lexicon unit, non-empty texts), several times faster than zod for the half a million figures
 * of a national dataset. `true` means zod would accept it (a property test compares the two);
 * `false` means "ask zod", which says what is wrong and where.
 *
 * The returned function remembers the dates it has seen valid, so make one per report.
 */
export function createObservationCheck(): (value: unknown) => boolean {
  // Imports read once into locals: a bundler or a test runner may put a getter behind each import.
  const decimal = DECIMAL_STRING;
  const isPartialDate = isIsoPartialDate;
  const dates = new Set<string>();
  const isDate = (value: unknown): boolean => {
    if (typeof value !== "string") return false;
    if (dates.has(value)) return true;
    if (!isPartialDate(value)) return false;
    dates.add(value);
    return true;
  };
  const isPeriod = (value: unknown): boolean => {
    if (!isPlainObject(value)) return false;
    let keys = 0;
    for (const key in value) {
      if (key !== "start" && key !== "end") return false;
      keys++;
    }
    if (keys !== 2) return false;
    const { start, end } = value;
    if (start === null || end === null) return (start === null || isDate(start)) && (end === null || isDate(end));
    if (start === end) return isDate(start);
    return isDate(start) && isDate(end) && !(lastDay(end as string) < firstDay(start as string));
  };
  // A report names a few thousand units and a few dozen indicators half a million times.
  // (One set per pattern: a valid indicator id need not be a valid unit id.)
  const matching = (pattern: RegExp) => {
    const seen = new Set<string>();
    return (value: unknown): boolean => {
      if (typeof value !== "string") return false;
      if (seen.has(value)) return true;
      if (!pattern.test(value)) return false;
      seen.add(value);
      return true;
    };
  };
  const isUnitId = matching(RECORD_ID); // (the pattern is read once, here)
  const isIndicatorId = matching(INDICATOR_ID);
  return (value: unknown): boolean => {
    if (!isPlainObject(value)) return false;
    for (const key in value) if (!isObservationKey(key)) return false;
    const { unitId, indicator, period, value: figure, unit, differenceFrom, asWritten, note } = value;
    return (
      isUnitId(unitId) &&
      isIndicatorId(indicator) &&
      isPeriod(period) &&
      typeof figure === "string" &&
      decimal.test(figure) &&
      (unit === undefined || (typeof unit === "string" && UNIT_IDS.has(unit))) &&
      (differenceFrom === undefined || isPeriod(differenceFrom)) &&
      (asWritten === undefined || isText(asWritten)) &&
      (note === undefined || isText(note))
    );
  };
}
