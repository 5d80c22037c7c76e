/**
 * Lithuanian dates as plain data: partial dates that keep their precision (`"2022"`,
 * `"2022-02"`, `"2022-02-01"`) and inclusive periods. No runtime dependencies.
 *
 * @module dates
 */
export { daysInMonth, isIsoPartialDate, isLeapYear, type DateMatch, type DatePeriod, type IsoPartialDate } from "./types";
export {
  BibliotekosError,
  isBibliotekosError,
  type ErrorCode,
  type SafeResult,
} from "../errors/index";
