/**
 * Exact money as plain data: `{ amount: "774795.00", currency: "EUR" }`, in euros and, for
 * figures before 2015, litas; sums, allocation without losing a cent, rounding once at
 * presentation, and the litas-to-euro conversion.
 *
 * @module money
 */
export { type Currency, type Money } from "./types";
export { money } from "./money";
export { addMoney } from "./addMoney";
export { subtractMoney } from "./subtractMoney";
export { sumMoney, type SumMoneyOptions } from "./sumMoney";
export { multiplyMoney } from "./multiplyMoney";
export { percentOfMoney } from "./percentOfMoney";
export { compareMoney } from "./compareMoney";
export { isZeroMoney } from "./isZeroMoney";
export { allocate, type AllocateOptions } from "./allocate";
export { roundMoney } from "./roundMoney";
export { convertLtlToEur, LTL_PER_EUR, type ConvertLtlToEurOptions } from "./convertLtlToEur";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
