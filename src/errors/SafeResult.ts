import { BibliotekosError } from "./BibliotekosError";

/**
 * What every `safeParseX` returns: the data, or the error `parseX` would have thrown. Narrow on
 * `success` (`result.success ? result.data : result.error`); each side names the other's
 * property as absent, so that the narrowing works with `strict` off too.
 *
 * @example
 * ```ts
 * import { safeParseRomanNumeral, type SafeResult } from "bibliotekos";
 * const result: SafeResult<number> = safeParseRomanNumeral("XX");
 * result;
 * //=> { success: true, data: 20 }
 * result.success ? result.data : result.error.code;
 * //=> 20
 * ```
 */
export type SafeResult<T> =
  | {
      /** The input was read. */
      success: true;
      /** What was read. */
      data: T;
      /** Absent: there is no error. */
      error?: never;
    }
  | {
      /** The input could not be read. */
      success: false;
      /** Why, and where. */
      error: BibliotekosError;
      /** Absent: nothing was read. */
      data?: never;
    };

/**
 * Runs a throwing parser and returns its result as a {@link SafeResult}. Errors that are not
 * {@link BibliotekosError}s are bugs and are rethrown.
 *
 * @internal
 */
export function toSafeResult<T>(run: () => T): SafeResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof BibliotekosError) return { success: false, error };
    throw error;
  }
}
