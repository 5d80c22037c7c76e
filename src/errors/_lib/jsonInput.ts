// An error's input as JSON can write it: a BigInt (which JSON.stringify refuses) as its digits and "n".

/** Arrays and plain objects: what the walks below go into (a Date or a Map is left as it is). */
function isPlain(value: unknown): value is object {
  if (value === null || typeof value !== "object") return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return Array.isArray(value) || prototype === Object.prototype || prototype === null;
}

/** Whether `value` holds a BigInt, walking arrays and plain objects (each once: cycles end). */
function holdsBigInt(value: unknown, seen: Set<object>): boolean {
  if (typeof value === "bigint") return true;
  if (!isPlain(value) || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((item) => holdsBigInt(item, seen));
}

/** A copy of `value` with every BigInt as a string (`10n`); what it shares with itself is copied once. */
function withoutBigInts(value: unknown, copies: Map<object, unknown>): unknown {
  if (typeof value === "bigint") return `${value.toString()}n`;
  if (!isPlain(value)) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(withoutBigInts(item, copies));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = withoutBigInts(item, copies);
  return copy;
}

/** `input` itself when JSON can write it as far as BigInts go, else a copy with each BigInt written `10n`. */
export function jsonInput(input: unknown): unknown {
  return holdsBigInt(input, new Set()) ? withoutBigInts(input, new Map()) : input;
}
