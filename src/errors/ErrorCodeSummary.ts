import type { ErrorCode } from "./BibliotekosError";
import { SUMMARIES_EN, SUMMARIES_LT } from "./_lib/summaries";

/**
 * A code's one-line summary in both languages.
 *
 * @example
 * ```ts
 * import { ERROR_CODE_SUMMARIES, type ErrorCodeSummary } from "bibliotekos";
 * const summary: ErrorCodeSummary = ERROR_CODE_SUMMARIES.needs_reference;
 * summary.en;
 * //=> "The text needs a reference date to be read"
 * ```
 */
export interface ErrorCodeSummary {
  /** In English. */
  readonly en: string;
  /** In Lithuanian. */
  readonly lt: string;
}

/**
 * Lithuanian and English one-line summaries of each code, for messages and docs.
 *
 * @example
 * ```ts
 * import { ERROR_CODE_SUMMARIES } from "bibliotekos";
 * ERROR_CODE_SUMMARIES.invalid_date.lt;
 * //=> "Tokios datos nėra arba ji parašyta netaisyklingai"
 * ```
 */
export const ERROR_CODE_SUMMARIES: Readonly<Record<ErrorCode, ErrorCodeSummary>> = /* @__PURE__ */ (() => {
  const summaries = {} as Record<ErrorCode, ErrorCodeSummary>;
  for (const code of Object.keys(SUMMARIES_EN) as ErrorCode[]) summaries[code] = { en: SUMMARIES_EN[code], lt: SUMMARIES_LT[code] };
  return summaries;
})();
