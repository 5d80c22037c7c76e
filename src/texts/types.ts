import type { DatePeriod } from "../dates/types";

/**
 * A stretch of the input: its text and where it stands (`text === input.slice(index, end)`,
 * UTF-16 offsets, `end` exclusive).
 *
 * @example
 * ```ts
 * import type { TextSpan } from "bibliotekos/texts";
 * const input = "2022 metai";
 * const span: TextSpan = { text: "2022 metai", index: 0, end: 10 };
 * input.slice(span.index, span.end) === span.text;
 * //=> true
 * ```
 */
export interface TextSpan {
  /** The text as written. */
  text: string;
  /** Where it starts. */
  index: number;
  /** Where it ends (exclusive). */
  end: number;
}

/**
 * Why a reader left a span unread (docs/texts.md lists when each is given):
 *
 * - `heading_not_a_date`: a line shaped like a chronicle heading (it starts with a date, is short
 *   and is not a sentence) that does not read as one date; the span holds it and its paragraphs.
 * - `agreement_without_partner`: a paragraph that signs an agreement (`pasirašė … sutartį`) but
 *   names no partner after „su“.
 * - `agreement_without_date`: a paragraph of the agreements section that signs an agreement but
 *   has no signing date the reader can read.
 * - `end_date_unreadable`: an end-date phrase (`Sutarties įvykdymo data …`) with no date after it.
 * - `number_without_noun`: a number in running text with no unit and no word after it (a table
 *   cell, a number before a line break).
 *
 * @example
 * ```ts
 * import type { UnreadReason } from "bibliotekos/texts";
 * const reason: UnreadReason = "heading_not_a_date";
 * reason;
 * //=> "heading_not_a_date"
 * ```
 */
export type UnreadReason =
  "heading_not_a_date" | "agreement_without_partner" | "agreement_without_date" | "end_date_unreadable" | "number_without_noun";

/**
 * A span of the input a reader could not read, and why.
 *
 * @example
 * ```ts
 * import { readChronicle, type UnreadSpan } from "bibliotekos/texts";
 * const unread: UnreadSpan[] = readChronicle("2022 m. kovo 32 d.\n\nKažkas įvyko.", { ref: "2022" }).unread;
 * unread.map((u) => [u.reason, u.index]);
 * //=> [["heading_not_a_date", 0]]
 * ```
 */
export interface UnreadSpan extends TextSpan {
  /** Why it was not read. */
  reason: UnreadReason;
}

/**
 * One dated entry of a chronicle: the heading line and its period, the paragraph(s) under it
 * until the next heading (image captions and blank lines aside), and where both stand.
 *
 * @example
 * ```ts
 * import { readChronicle, type ChronicleEntry } from "bibliotekos/texts";
 * const [entry]: ChronicleEntry[] = readChronicle("2022 m. kovo mėn.\n\nIšleistas leidinys.").entries;
 * [entry?.period, entry?.text, entry?.heading.index, entry?.body.index];
 * //=> [{ start: "2022-03", end: "2022-03" }, "Išleistas leidinys.", 0, 19]
 * ```
 */
export interface ChronicleEntry {
  /** The heading line, trailing spaces aside. */
  heading: TextSpan;
  /** The period the heading names, with its written precision. */
  period: DatePeriod;
  /** The body: from its first paragraph to the end of its last (empty at the heading's end if none). */
  body: TextSpan;
  /** The body text (`body.text`). */
  text: string;
}
