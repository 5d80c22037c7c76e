import { InputError } from "./readInput";

// Output helpers: colours only on a terminal and never with NO_COLOR (https://no-color.org),
// plain tables whose columns line up, and the few words the commands print in two languages.

/** The languages of the command line's messages. */
export type Lang = "lt" | "en";

/** Reads the `--lang` option: Lithuanian unless English is asked for. */
export function readLang(value: unknown): Lang {
  if (value === undefined || value === "lt") return "lt";
  if (value === "en") return "en";
  throw new InputError(`--lang must be lt or en, not ${String(value)}`);
}

/** True when output to `stream` may be coloured. */
export function colourOn(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

/** ANSI styles that disappear when colour is off. */
export function painter(on: boolean) {
  const wrap = (open: number, close: number) => (text: string) => (on ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), green: wrap(32, 39) };
}

/** A painter's styles. */
export type Paint = ReturnType<typeof painter>;

/** The width of a cell: its code points (no spread: a cell can be long). */
function width(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a low surrogate belongs to the code point before it
  }
  return n;
}

/**
 * Lays out rows under a header, columns padded to their widest cell (by code points): the
 * header, then one line per row, made as they are asked for (a loop, no spread over the rows, so
 * any number of rows fits).
 */
export function* tableLines(header: string[], rows: readonly string[][], paint: Paint): Generator<string> {
  const widths = header.map(width);
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i] ?? 0, width(row[i] ?? ""));
  }
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(cell)))))
      .join("  ")
      .trimEnd();
  yield paint.bold(line(header));
  for (const row of rows) yield line(row);
}

/** Writes a path into a record as `observations[59].value`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  return out === "" ? "(record)" : out;
}

/** Shows line breaks and tabs in a cell of a one-line table. */
export function oneLine(text: string): string {
  return text.replace(/\n/g, "⏎").replace(/\t/g, " ");
}
