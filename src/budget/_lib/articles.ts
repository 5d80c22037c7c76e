import { describeValue, receivedOf } from "../../_lib/arguments";
import { BibliotekosError } from "../../errors/BibliotekosError";

/**
 * Normalises an economic classification code: the act writes `1.1.1.1.1.1.` (levels with a
 * trailing dot), the Ministry's FAQ `2.1.1.1.1.01` (a two-digit sixth level). Both name the same
 * article, so levels are compared as numbers: `2.1.1.1.1.01` → `2.1.1.1.1.1`.
 */
const normalized = new Map<string, string>();

/** The normalised code if this code was seen before (no path is built on the hot path). */
export function knownArticle(code: string): string | undefined {
  return normalized.get(code);
}

export function normalizeArticle(code: string, path: Array<string | number>): string {
  const known = normalized.get(code);
  if (known !== undefined) return known;
  const trimmed = typeof code === "string" ? code.trim().replace(/\.$/, "") : "";
  if (!/^\d{1,3}(?:\.\d{1,3}){0,5}$/.test(trimmed)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `Expected an economic classification code such as "2.1.1.1.1.1" at ${path.join(".")}, got ${describeValue(code)}`,
      messageLt: `Netinkamas ekonominės klasifikacijos kodas ${describeValue(code)} (${path.join(".")})`,
      input: code,
      path,
      expected: "1 to 6 dot-separated levels",
      received: receivedOf(code),
    });
  }
  const result = trimmed
    .split(".")
    .map((level) => String(Number(level)))
    .join(".");
  // A budget names few distinct articles; a million lines repeat them.
  if (normalized.size < 10_000) normalized.set(code, result);
  return result;
}

/** `2.1.1.1.1.1` → `["2", "2.1", "2.1.1", "2.1.1.1", "2.1.1.1.1", "2.1.1.1.1.1"]`. */
export function articleAncestry(code: string): string[] {
  const levels = code.split(".");
  return levels.map((_, i) => levels.slice(0, i + 1).join("."));
}

/** Orders codes level by level, numerically: `2.1` < `2.2` < `2.10`. */
export function compareArticles(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if ((x[i] as number) !== (y[i] as number)) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}
