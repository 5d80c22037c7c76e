import { jsonInput } from "./_lib/jsonInput";
import { SUMMARIES_LT } from "./_lib/summaries";
/**
 * Every error code bibliotekos throws, in one union. Callers branch on `code`; the message is
 * for people and may be reworded between versions, the code may not.
 *
 * | code | thrown when |
 * | --- | --- |
 * | `invalid_argument` | an argument has the wrong type or is out of the documented range |
 * | `invalid_roman_numeral` | a Roman numeral is malformed or outside I–XXI |
 * | `unknown_word` | a word is not in the lexicon (month, unit, scale word) |
 * | `invalid_decimal` | a decimal string is not a plain decimal (`"-12.50"`) |
 * | `invalid_date` | a date does not exist or is malformed (`vasario 30`, month 13) |
 * | `reversed_range` | a period ends before it starts |
 * | `needs_reference` | the text leaves out a part that only a reference date can give |
 * | `invalid_number` | a Lithuanian number is malformed (`1,2,3`, `--5`) |
 * | `ambiguous_number` | a number could be read two ways (`1.234`) and no option says which |
 * | `unknown_unit` | a quantity's unit is not one the lexicon knows |
 * | `currency_mismatch` | two amounts in different currencies meet without conversion |
 * | `invalid_model` | a record does not match its schema (see `path` and `issues`: every problem, in English and Lithuanian) |
 * | `file_too_large` | a file, or a part unpacked from it, is larger than the reader's `maxBytes` |
 * | `not_a_zip` | the bytes are not a zip archive, as every .docx is (a PDF, an RTF, a text file) |
 * | `not_a_docx` | a zip archive that is not a Word document (no `word/document.xml` or no document body) |
 * | `damaged_docx` | a Word document whose zip or XML is damaged (cut short, bad compression, XML not well-formed) |
 * | `encrypted_docx` | a password-protected Word document (an OLE compound file holding the encrypted package) |
 * | `legacy_doc` | an OLE compound file without an encrypted package: an old Word 97–2003 `.doc` (or another Office 97 file) |
 * | `empty_document` | a Word document with no text and no table |
 * | `report_unreadable` | `readReport` cannot tell whose report it is or for which year (give `institutionId` / `year`) |
 *
 * @example
 * ```ts
 * import { safeParseRomanNumeral, type ErrorCode } from "bibliotekos";
 * const result = safeParseRomanNumeral("MMXXII");
 * const code: ErrorCode | undefined = result.success ? undefined : result.error.code;
 * code;
 * //=> "invalid_roman_numeral"
 * ```
 */
export type ErrorCode =
  | "invalid_argument"
  | "invalid_roman_numeral"
  | "unknown_word"
  | "invalid_decimal"
  | "invalid_date"
  | "reversed_range"
  | "needs_reference"
  | "invalid_number"
  | "ambiguous_number"
  | "unknown_unit"
  | "currency_mismatch"
  | "invalid_model"
  | "file_too_large"
  | "not_a_zip"
  | "not_a_docx"
  | "damaged_docx"
  | "encrypted_docx"
  | "legacy_doc"
  | "empty_document"
  | "report_unreadable";

/**
 * Where in an object a problem is: property names and array indices, outermost first,
 * as zod writes them (`["agreements", 3, "signed"]`).
 *
 * @example
 * ```ts
 * import type { ErrorPath } from "bibliotekos";
 * const path: ErrorPath = ["agreements", 3, "signed"];
 * path.join(".");
 * //=> "agreements.3.signed"
 * ```
 */
export type ErrorPath = ReadonlyArray<string | number>;

/**
 * One problem of a record that does not match its schema: where (`path`), what kind (`code`,
 * zod's issue code or our own rule's), and a message in English and in Lithuanian. A
 * {@link BibliotekosError} with code `invalid_model` carries every problem of the record at once
 * in `issues`.
 *
 * @example
 * ```ts
 * import type { ErrorIssue } from "bibliotekos";
 * const issue: ErrorIssue = { path: ["validUntil"], code: "agreement_ends_before_signed", message: "The agreement ends before it was signed", messageLt: "Sutarties pabaigos data ankstesnė už pasirašymo datą" };
 * issue.path.join(".");
 * //=> "validUntil"
 * ```
 */
export interface ErrorIssue {
  /** The path to the offending value (`[]` for the record itself). */
  readonly path: ReadonlyArray<string | number>;
  /** zod's issue code (`invalid_type`, `too_small`, …) or the name of one of our rules. */
  readonly code: string;
  /** In English. */
  readonly message: string;
  /** In Lithuanian. */
  readonly messageLt: string;
}

/**
 * What a {@link BibliotekosError} is built from.
 *
 * @example
 * ```ts
 * import { BibliotekosError, type BibliotekosErrorDetails } from "bibliotekos";
 * const details: BibliotekosErrorDetails = { code: "invalid_model", message: "signed is after validUntil", input: {}, path: ["signed"] };
 * new BibliotekosError(details).messageLt;
 * //=> "Įrašas neatitinka schemos"
 * ```
 */
export interface BibliotekosErrorDetails {
  /** The stable code. */
  code: ErrorCode;
  /** English: what was wrong, and where. */
  message: string;
  /**
   * Lithuanian: the same. When absent, the code's Lithuanian summary is used (for the codes of
   * Word files, which bibliotekos/docx always gives a Lithuanian message, the English message).
   */
  messageLt?: string;
  /** The input the failing call was given (the whole string or object). */
  input: unknown;
  /** For text: the UTF-16 offset in `input` where the problem starts. */
  offset?: number;
  /** For objects: the path to the offending value. */
  path?: ErrorPath;
  /** What was expected there, in words or as a value. */
  expected?: string;
  /** What was found there. */
  received?: string;
  /** For records: every problem found, each with its path and both messages. */
  issues?: readonly ErrorIssue[];
}

/**
 * A {@link BibliotekosError} as plain data, from its `toJSON()`; absent fields are left out.
 *
 * @example
 * ```ts
 * import { BibliotekosError, type BibliotekosErrorJSON } from "bibliotekos";
 * const json: BibliotekosErrorJSON = new BibliotekosError({ code: "invalid_date", message: "No 30 February", input: "vasario 30", offset: 0 }).toJSON();
 * Object.keys(json);
 * //=> ["name", "code", "message", "messageLt", "input", "offset"]
 * ```
 */
export interface BibliotekosErrorJSON {
  /** Always `"BibliotekosError"`. */
  name: "BibliotekosError";
  /** The stable code. */
  code: ErrorCode;
  /** English message. */
  message: string;
  /** Lithuanian message. */
  messageLt: string;
  /** The input of the failing call. */
  input: unknown;
  /** For text: where the problem starts. */
  offset?: number;
  /** For objects: the path to the offending value. */
  path?: Array<string | number>;
  /** What was expected there. */
  expected?: string;
  /** What was found there. */
  received?: string;
  /** For records: every problem found. */
  issues?: ErrorIssue[];
}

/**
 * The one error class of bibliotekos. Every `parseX` throws it; every `safeParseX` returns it.
 * It says what was wrong (`code`, `message`, `messageLt`), on what (`input`) and where
 * (`offset` in a string, `path` in an object).
 *
 * Prefer {@link isBibliotekosError} to `instanceof` when errors may cross bundles or realms.
 *
 * @example
 * ```ts
 * import { BibliotekosError } from "bibliotekos";
 * const error = new BibliotekosError({
 *   code: "invalid_date",
 *   message: "February 2023 has no day 29",
 *   input: "2023 m. vasario 29 d.",
 *   offset: 8,
 * });
 * [error.name, error.code, error.offset];
 * //=> ["BibliotekosError", "invalid_date", 8]
 * ```
 */
export class BibliotekosError extends Error {
  /** Always `"BibliotekosError"`. */
  override readonly name = "BibliotekosError" as const;
  // The fields below are declared, not defined: the constructor assigns each of them, in this
  // order, so defining them too would only repeat their names in every bundle.
  /** The stable code: branch on this. */
  declare readonly code: ErrorCode;
  /** The same message in Lithuanian. */
  declare readonly messageLt: string;
  /** The input of the failing call. */
  declare readonly input: unknown;
  /** For text: where the problem starts (UTF-16 offset). */
  declare readonly offset: number | undefined;
  /** For objects: the path to the offending value. */
  declare readonly path: ErrorPath | undefined;
  /** What was expected there. */
  declare readonly expected: string | undefined;
  /** What was found there. */
  declare readonly received: string | undefined;
  /** For records (`invalid_model`): every problem found, each with its path and both messages. */
  declare readonly issues: readonly ErrorIssue[] | undefined;

  constructor(details: BibliotekosErrorDetails) {
    super(details.message);
    this.code = details.code;
    // (A Word-file code's throwers always give messageLt; without one, the English message.)
    this.messageLt = details.messageLt ?? SUMMARIES_LT[details.code] ?? details.message;
    this.input = details.input;
    this.offset = details.offset;
    this.path = details.path;
    this.expected = details.expected;
    this.received = details.received;
    this.issues = details.issues;
  }

  /**
   * A plain-data view of the error, for logs and JSON APIs: `JSON.stringify` writes it. An
   * `input` that holds a BigInt (which JSON cannot write) is given as a copy with each BigInt
   * written as its digits and `n` (`10n`).
   *
   * @example
   * ```ts
   * import { BibliotekosError } from "bibliotekos";
   * new BibliotekosError({ code: "invalid_number", message: "Two decimal commas", input: "1,2,3", offset: 3 }).toJSON().offset;
   * //=> 3
   * ```
   */
  toJSON(): BibliotekosErrorJSON {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      messageLt: this.messageLt,
      input: jsonInput(this.input),
      ...(this.offset === undefined ? {} : { offset: this.offset }),
      ...(this.path === undefined ? {} : { path: [...this.path] }),
      ...(this.expected === undefined ? {} : { expected: this.expected }),
      ...(this.received === undefined ? {} : { received: this.received }),
      ...(this.issues === undefined ? {} : { issues: this.issues.map((issue) => ({ ...issue, path: [...issue.path] })) }),
    };
  }
}

/**
 * True if `value` is a {@link BibliotekosError}, also when it comes from another copy of the
 * library (another bundle, CJS and ESM side by side, another realm).
 *
 * @example
 * ```ts
 * import { isBibliotekosError, safeParseRomanNumeral } from "bibliotekos";
 * const result = safeParseRomanNumeral("IIII");
 * result.success === false && isBibliotekosError(result.error);
 * //=> true
 * ```
 */
export function isBibliotekosError(value: unknown): value is BibliotekosError {
  return (
    value instanceof BibliotekosError ||
    (typeof value === "object" &&
      value !== null &&
      (value as { name?: unknown }).name === "BibliotekosError" &&
      typeof (value as { code?: unknown }).code === "string")
  );
}
