// Writing long output: lines gathered into chunks of about 64 KB, each written as soon as it is
// full (waiting for the reader when the pipe is full), so that no output is ever one giant string
// (V8 caps a string at about 512 MB, and a 50 MB text can print more than that as JSON).
import type { CommandContext } from "./context";

const CHUNK = 64 * 1024;

/**
 * Writes `lines`, each followed by a line end, in chunks of about 64 KB. `onChunk` is told after
 * each chunk how many lines are written (for progress).
 */
export async function writeLines(
  context: CommandContext,
  lines: Iterable<string>,
  onChunk: (written: number) => void = () => {},
): Promise<void> {
  let chunk = "";
  let written = 0;
  for (const line of lines) {
    chunk += line + "\n";
    written++;
    if (chunk.length >= CHUNK) {
      await context.write(chunk);
      chunk = "";
      onChunk(written);
    }
  }
  if (chunk !== "") await context.write(chunk);
  onChunk(written);
}

/**
 * The lines of `JSON.stringify(items, null, 2)`, made one item at a time: the same text, with no
 * limit on the number of items.
 */
export function* jsonArrayLines(items: Iterable<unknown>): Generator<string> {
  let previous: string | undefined;
  for (const item of items) {
    if (previous === undefined) yield "[";
    else yield previous + ",";
    // A JSON string holds no raw line end, so every "\n" of the item is between its lines.
    previous = "  " + JSON.stringify(item, null, 2).replace(/\n/g, "\n  ");
  }
  if (previous === undefined) yield "[]";
  else yield* [previous, "]"];
}

/** Is `value` written by JSON.stringify as an object or an array of its own members (no toJSON)? */
function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== "function";
}

/**
 * The lines of `JSON.stringify(value, null, 2)`, made member by member down to `depth` levels
 * (below it, a member is one stringify): the same text, never one giant string.
 */
export function* jsonLines(value: unknown, depth = 3, indent = "", head = "", tail = ""): Generator<string> {
  if (depth === 0 || !isContainer(value)) {
    yield head + (JSON.stringify(value ?? null, null, 2) ?? "null").replace(/\n/g, "\n" + indent) + tail;
    return;
  }
  const array = Array.isArray(value);
  const members: Array<[string, unknown]> = array
    ? (value as unknown[]).map((item) => ["", item])
    : Object.entries(value).flatMap(([key, item]): Array<[string, unknown]> => {
        // JSON.stringify leaves out the members it cannot write.
        const skipped = item === undefined || typeof item === "function" || typeof item === "symbol";
        return skipped ? [] : [[JSON.stringify(key) + ": ", item]];
      });
  const [open, close] = array ? ["[", "]"] : ["{", "}"];
  if (members.length === 0) {
    yield head + open + close + tail;
    return;
  }
  yield head + open;
  const inner = indent + "  ";
  for (let i = 0; i < members.length; i++) {
    const [key, item] = members[i] as [string, unknown];
    yield* jsonLines(item, depth - 1, inner, inner + key, i < members.length - 1 ? "," : "");
  }
  yield indent + close + tail;
}
