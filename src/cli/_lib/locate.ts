// Line and column of offsets in a text, for the commands' output. The readers give their matches
// in text order, so one cursor walking forward finds every position in a single pass over the
// text: the whole command stays linear (rescanning from the start for each match was quadratic).

/** A line and a column, both counted from 1 (the column in UTF-16 code units, as offsets are). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Returns a function from a UTF-16 offset to its line and column. Offsets asked in increasing
 * order cost one pass over the text in all; an offset before the last one asked restarts the
 * walk from the start (still right, only slower).
 */
export function lineLocator(text: string): (offset: number) => Position {
  let line = 1;
  let lineStart = 0;
  let scanned = 0; // every "\n" before `scanned` is counted in `line`
  return (offset) => {
    if (offset < scanned) {
      line = 1;
      lineStart = 0;
      scanned = 0;
    }
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = Math.max(scanned, offset);
    return { line, column: offset - lineStart + 1 };
  };
}

/** Line and column (from 1) of one UTF-16 offset. For many offsets, use {@link lineLocator}. */
export function position(text: string, offset: number): Position {
  return lineLocator(text)(offset);
}
