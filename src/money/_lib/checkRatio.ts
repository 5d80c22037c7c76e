import { describeValue, receivedOf } from "../../_lib/arguments";
import { BibliotekosError, type ErrorPath } from "../../errors/BibliotekosError";
import { canonicalAmount, isLooseDecimal } from "./checkMoney";

/** A ratio as a canonical decimal string: decimal strings as they are, safe integers as numbers. */
export function checkRatio(ratio: unknown, path: ErrorPath, input: unknown, what = "ratio"): string {
  if (typeof ratio === "number" && Number.isSafeInteger(ratio)) return String(ratio);
  if (isLooseDecimal(ratio)) return canonicalAmount(ratio);
  throw new BibliotekosError({
    code: "invalid_decimal",
    message: `Expected the ${what} to be a plain decimal string such as "0.25" (or a whole number), got ${describeValue(ratio)}`,
    input,
    path,
    expected: "decimal string",
    received: receivedOf(ratio),
  });
}
