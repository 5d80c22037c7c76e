/**
 * Lithuanian dates as plain data: partial dates that keep their precision (`"2022"`,
 * `"2022-02"`, `"2022-02-01"`) and inclusive periods. Parse one expression, find all in free
 * text, format back in the official style; compare, measure and expand periods. No runtime
 * dependencies (luxon only in `bibliotekos/dates/luxon`, which the root `bibliotekos` does not
 * re-export).
 *
 * @module dates
 */
export { daysInMonth, isIsoPartialDate, isLeapYear, type DateMatch, type DatePeriod, type IsoPartialDate } from "./types";
export { parseDate, safeParseDate, type ParseDateOptions } from "./parseDate";
export { findDates, type FindDatesOptions } from "./findDates";
export { formatDate, type FormatDateOptions } from "./formatDate";
export { comparePeriods } from "./comparePeriods";
export { periodContains } from "./periodContains";
export { periodsOverlap } from "./periodsOverlap";
export { periodLength } from "./periodLength";
export { expandToDays } from "./expandToDays";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
