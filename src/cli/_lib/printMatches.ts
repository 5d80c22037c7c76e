import type { CommandContext } from "./context";
import { position } from "./readInput";
import { oneLine, table } from "./style";

/** How {@link printMatches} prints: JSON or a table, its headings after "where" and "text", and what to say for none. */
export interface PrintMatchesOptions<M> {
  json: boolean;
  /** Headings: where, text, then one per cell of `cells`. */
  headings: [string, string, ...string[]];
  /** The cells of a match after its place and text. */
  cells: (match: M) => string[];
  /** What to print when nothing was found. */
  none: string;
}

/**
 * Prints what a reader found in a text: as JSON, each match with its line and column; or as a
 * table (line:column, the text on one line, then `cells`); or `none`.
 */
export function printMatches<M extends { index: number; text: string }>(
  context: CommandContext,
  text: string,
  matches: readonly M[],
  options: PrintMatchesOptions<M>,
): void {
  if (options.json) {
    context.out(
      JSON.stringify(
        matches.map((m) => ({ ...m, ...position(text, m.index) })),
        null,
        2,
      ) + "\n",
    );
    return;
  }
  if (matches.length === 0) {
    context.out(options.none + "\n");
    return;
  }
  const rows = matches.map((m) => {
    const { line, column } = position(text, m.index);
    return [`${line}:${column}`, oneLine(m.text), ...options.cells(m)];
  });
  context.out(table(options.headings, rows, context.paint));
}
