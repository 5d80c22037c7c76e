import { BibliotekosError } from "../errors/BibliotekosError";

/** Throws `invalid_argument` unless `decimals` is an integer from 0 to 100 (a number of decimal places). */
export function assertDecimalPlaces(decimals: unknown): asserts decimals is number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected decimals to be an integer from 0 to 100, got ${String(decimals)}`,
      input: decimals,
      expected: "integer from 0 to 100",
      received: String(decimals),
    });
  }
}

/** Throws `invalid_argument` unless `text` is a string: the first check of every reader. */
export function assertText(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a string, got ${typeof text}`,
      input: text,
      expected: "string",
      received: typeof text,
    });
  }
}
