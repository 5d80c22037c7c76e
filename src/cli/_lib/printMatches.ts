import type { CommandContext } from "./context";
import { lineLocator } from "./locate";
import { jsonArrayLines, writeLines } from "./output";
import { PROGRESS_WORDS, type Progress } from "./progress";
import { oneLine, tableLines, type Lang } from "./style";

/** How {@link printMatches} prints: JSON or a table, its headings after "where" and "text", and what to say for none. */
export interface PrintMatchesOptions<M> {
  json: boolean;
  /** Headings: where, text, then one per cell of `cells`. */
  headings: [string, string, ...string[]];
  /** The cells of a match after its place and text. */
  cells: (match: M) => string[];
  /** What to print when nothing was found. */
  none: string;
  /** The language of the progress line. */
  lang: Lang;
  /** The command's progress line (rows written). */
  progress: Progress;
}

/**
 * Prints what a reader found in a text: as JSON, each match with its line and column; or as a
 * table (line:column, the text on one line, then `cells`); or `none`. Linear in the text and the
 * matches (they come in text order: one forward pass finds every line and column), written in
 * chunks.
 */
export async function printMatches<M extends { index: number; text: string }>(
  context: CommandContext,
  text: string,
  matches: readonly M[],
  options: PrintMatchesOptions<M>,
): Promise<void> {
  const locate = lineLocator(text);
  const rowsWritten = (written: number) =>
    options.progress.step(PROGRESS_WORDS[options.lang].rows(Math.max(0, written - 1), matches.length));
  if (options.json) {
    await writeLines(context, jsonArrayLines(located(matches, locate)));
    return;
  }
  if (matches.length === 0) {
    context.out(options.none + "\n");
    return;
  }
  const rows = matches.map((m) => {
    const { line, column } = locate(m.index);
    return [`${line}:${column}`, oneLine(m.text), ...options.cells(m)];
  });
  await writeLines(context, tableLines(options.headings, rows, context.paint), rowsWritten);
}

function* located<M extends { index: number }>(matches: readonly M[], locate: ReturnType<typeof lineLocator>) {
  for (const m of matches) yield { ...m, ...locate(m.index) };
}
