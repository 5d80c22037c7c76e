/**
 * Exact money as plain data: `{ amount: "774795.00", currency: "EUR" }`, in euros and, for
 * figures before 2015, litas.
 *
 * @module money
 */
export { type Currency, type Money } from "./types";
export {
  BibliotekosError,
  isBibliotekosError,
  type ErrorCode,
  type SafeResult,
} from "../errors/index";
