import * as z from "zod";
import { CountSchema } from "./common";

/**
 * Where a record came from in the document it was read from (`readReport` of
 * `bibliotekos/texts`): the block (paragraph or table) by its position in the
 * `ReportDocument`'s blocks, and in a table the cell's row and column, or in a paragraph (or a
 * cell) the UTF-16 offsets of the text it was read from (`end` exclusive). A finding on the record
 * can then point at the place in the document.
 *
 * @example
 * ```ts
 * import { SourceLocationSchema, type SourceLocation } from "bibliotekos/models";
 * const cell: SourceLocation = { block: 32, row: 2, column: 1 };
 * [SourceLocationSchema.safeParse(cell).success, SourceLocationSchema.safeParse({ block: -1 }).success];
 * //=> [true, false]
 * ```
 */
export const SourceLocationSchema = z.strictObject({
  /** The block's position in the document's blocks, from 0. */
  block: CountSchema,
  /** In a table: the cell's row, from 0. */
  row: CountSchema.optional(),
  /** In a table: the cell's column, from 0. */
  column: CountSchema.optional(),
  /** Where the text read starts in the paragraph's (or the cell's) text. */
  start: CountSchema.optional(),
  /** Where it ends (exclusive). */
  end: CountSchema.optional(),
});

/**
 * The type of {@link SourceLocationSchema}.
 *
 * @example
 * ```ts
 * import type { SourceLocation } from "bibliotekos/models";
 * const sentence: SourceLocation = { block: 5, start: 0, end: 42 };
 * (sentence.end ?? 0) - (sentence.start ?? 0);
 * //=> 42
 * ```
 */
export type SourceLocation = z.infer<typeof SourceLocationSchema>;
