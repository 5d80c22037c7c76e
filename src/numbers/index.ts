/**
 * Lithuanian numbers, percentages and amounts, and the library's one rounding rule.
 *
 * Everything here is exact: values are decimal strings, computed with an isolated decimal.js
 * clone that never touches the app's global `Decimal`.
 *
 * @module numbers
 */
export { DEFAULT_ROUNDING_RULE, roundDecimal, type RoundDecimalOptions, type RoundingRule } from "./roundDecimal";
export { parseNumber, safeParseNumber, type DotRule, type ParseNumberOptions } from "./parseNumber";
export { parseQuantity, safeParseQuantity, type ParseQuantityOptions, type Quantity } from "./parseQuantity";
export { findQuantities, type FindQuantitiesOptions, type QuantityMatch } from "./findQuantities";
export { formatNumber, type FormatNumberOptions } from "./formatNumber";
export { formatPercent, type FormatPercentOptions } from "./formatPercent";
export { formatAmount, type AmountInput, type FormatAmountOptions } from "./formatAmount";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
