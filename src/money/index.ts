/**
 * Exact money as plain data: `{ amount: "774795.00", currency: "EUR" }`, in euros and, for
 * figures before 2015, litas; sums, allocation without losing a cent, rounding once at
 * presentation, and the litas-to-euro conversion.
 *
 * @module money
 */
export { type Currency, type Money } from "./types";
export { money } from "./money";
export { add } from "./add";
export { subtract } from "./subtract";
export { sum, type SumOptions } from "./sum";
export { multiply } from "./multiply";
export { percentOf } from "./percentOf";
export { compare } from "./compare";
export { isZero } from "./isZero";
export { allocate, type AllocateOptions } from "./allocate";
export { roundMoney } from "./roundMoney";
export { convertLtlToEur, LTL_PER_EUR, type ConvertLtlToEurOptions } from "./convertLtlToEur";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
