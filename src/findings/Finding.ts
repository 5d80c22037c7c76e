/**
 * How much a finding matters: `error` (a figure is wrong), `warning` (a figure is suspicious or
 * incomplete), `info` (worth a look).
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from "bibliotekos/budget";
 * const severities: FindingSeverity[] = ["error", "warning", "info"];
 * severities[0];
 * //=> "error"
 * ```
 */
export type FindingSeverity = "error" | "warning" | "info";

/**
 * Something a check found in a document, as plain data: never an exception. A report generator
 * lists findings; a librarian acts on them.
 *
 * @typeParam Code - the union of codes the producing check can give.
 *
 * @example
 * ```ts
 * import type { Finding } from "bibliotekos/budget";
 * const finding: Finding = {
 *   code: "balance_mismatch",
 *   severity: "error",
 *   path: ["lines", 0, "printed", "balance"],
 *   figures: { expected: "0.00", actual: "10.00", difference: "10.00" },
 *   message: { en: "Balance printed as 10.00 but received − used is 0.00", lt: "Likutis 10,00, o gauta − panaudota yra 0,00" },
 * };
 * finding.figures.difference;
 * //=> "10.00"
 * ```
 */
export interface Finding<Code extends string = string> {
  /** Stable code: branch on this. */
  code: Code;
  /** How much it matters. */
  severity: FindingSeverity;
  /** Where in the input (property names and indices). */
  path: Array<string | number>;
  /** The figures involved, as decimal strings: usually `expected`, `actual` and `difference`. */
  figures: Record<string, string>;
  /** What was found and what to do, in English and Lithuanian. */
  message: {
    /** In English. */
    en: string;
    /** In Lithuanian. */
    lt: string;
  };
}
