/**
 * Lithuanian numbers, percentages and amounts, and the library's one rounding rule.
 *
 * Everything here is exact: values are decimal strings, computed with an isolated decimal.js
 * clone that never touches the app's global `Decimal`.
 *
 * @module numbers
 */
export {
  DEFAULT_ROUNDING_RULE,
  roundDecimal,
  type RoundDecimalOptions,
  type RoundingRule,
} from "./roundDecimal";
export {
  BibliotekosError,
  isBibliotekosError,
  type ErrorCode,
  type SafeResult,
} from "../errors/index";
