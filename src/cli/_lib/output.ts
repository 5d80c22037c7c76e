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
