import { isIsoPartialDate } from "../../dates/types";
import { BibliotekosError } from "../../errors/BibliotekosError";

/** Throws `invalid_argument` unless `text` is a string. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected a string, got ${text === null ? "null" : typeof text}`,
      messageLt: "Tekstas turi būti eilutė (string)",
      input: text,
      expected: "string",
      received: text === null ? "null" : typeof text,
    });
  }
}

/** Throws `invalid_argument` unless `options` is undefined or an object. */
export function checkOptions(options: unknown): void {
  if (options !== undefined && (options === null || typeof options !== "object")) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "Options must be an object",
      messageLt: "Parinktys turi būti objektas",
      input: options,
      path: ["options"],
      expected: "object",
      received: options === null ? "null" : typeof options,
    });
  }
}

/** Reads `options.ref`: undefined or an ISO partial date. */
export function readRefOption(ref: unknown): string | undefined {
  if (ref === undefined) return undefined;
  if (!isIsoPartialDate(ref)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `options.ref ${JSON.stringify(ref)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`,
      messageLt: "Atskaitos data turi būti rašoma MMMM, MMMM-MM arba MMMM-MM-DD",
      input: ref,
      path: ["options", "ref"],
      expected: "YYYY, YYYY-MM or YYYY-MM-DD",
    });
  }
  return ref;
}

/** Reads a string option: undefined gives the default; anything but a non-empty string throws. */
export function readStringOption(value: unknown, name: string, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || value.trim() === "") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `options.${name} must be a non-empty string`,
      messageLt: `options.${name} turi būti netuščia eilutė`,
      input: value,
      path: ["options", name],
      expected: "non-empty string",
      received: typeof value,
    });
  }
  return value;
}
