// The patterns the JSON Schemas state where zod checks with code (a partial date that exists, an article code as the act writes it), and portableSchema, which makes each generated node read the same in every validator.

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000–9999) whose day exists: days 29–31 only in the
 * months that have them, 29 February only in leap years (divisible by 4, centuries by 400).
 * Exactly what `isIsoPartialDate` accepts (a test sweeps every day of the years 1000–9999).
 */
export const ISO_PARTIAL_DATE =
  /^(?:[1-9]\d{3}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|1\d|2[0-8]))?)?|[1-9]\d{3}-(?:0[13-9]|1[0-2])-(?:29|30)|[1-9]\d{3}-(?:0[13578]|1[02])-31|(?:[1-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[13579][26]|[2468][048])00)-02-29)$/;

/**
 * An economic classification code as the act writes it: 1 to 6 dot-separated numbers of one or
 * two digits, no leading zero, no trailing dot (`2.1.1.1.1.1`, `2.2.1.1.1.30`). Exactly the
 * codes that `normalizeClassificationCode` leaves as they are (a property test compares them).
 */
export const ARTICLE_CODE = /^[1-9]\d?(?:\.(?:0|[1-9]\d?)){0,5}$/;

const CLASSES: Readonly<Record<string, readonly [outside: string, inside: string]>> = {
  d: ["[0-9]", "0-9"],
  w: ["[A-Za-z0-9_]", "A-Za-z0-9_"],
};

/**
 * A JavaScript pattern's source with `\d` and `\w` written as the ASCII classes they are in
 * JavaScript: in other validators' dialects (Python's `re`, used by `jsonschema`) they also match
 * non-ASCII digits and letters, which zod rejects.
 */
export function portablePattern(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === "\\") {
      const next = source[i + 1] ?? "";
      const ascii = CLASSES[next];
      out += ascii ? ascii[inClass ? 1 : 0] : char + next;
      i++;
    } else {
      if (char === "[") inClass = true;
      else if (char === "]") inClass = false;
      out += char;
    }
  }
  return out;
}

/** A URL has a scheme (`https:`, `mailto:`): what JSON Schema says of zod's `z.url()`. */
const URL_SCHEME = "^[A-Za-z][A-Za-z0-9+.-]*:";

/**
 * Rewrites one node of a generated JSON Schema (zod's `override`) so that validators read it as
 * zod does: patterns in ASCII classes, and a URL as a string with a scheme instead of
 * `format: "uri"`, which (RFC 3986) rejects the non-ASCII addresses the URL standard, and zod,
 * accept (`https://ąžuolas.lt`).
 */
export function portableSchema(node: Record<string, unknown>): void {
  if (typeof node.pattern === "string") node.pattern = portablePattern(node.pattern);
  if (node.format === "uri") {
    delete node.format;
    node.pattern = URL_SCHEME;
    node.description ??= "An absolute URL, as the URL standard reads it (zod's z.url()); the schema checks its scheme";
  }
}
