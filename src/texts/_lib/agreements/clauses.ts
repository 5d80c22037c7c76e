import { findDates } from "../../../dates/findDates";
import type { IsoPartialDate } from "../../../dates/types";
import { CHRONICLE_WORDS } from "../../../lexicon/entryRules";
import { foldText } from "../../../lexicon/fold";
import { AGREEMENT_WORDS } from "../../../lexicon/textWords";
import type { UnreadSpan } from "../../types";
import { sentenceEnd } from "../partners";
import { isSpaceAt, squeezeSpaces, trimSpaces } from "../spaces";

/** How far past the signing word the readers look (a partner phrase, a project title, a purpose). */
export const WINDOW = 1000;

const END_PHRASES = CHRONICLE_WORDS.endDate;
const NO_END = CHRONICLE_WORDS.noEnd;

/** The title of the project an agreement names (`projekto „…“`), inside its quotes. */
export function readProject(text: string, folded: string): string | undefined {
  const at = folded.indexOf(AGREEMENT_WORDS.project);
  if (at === -1) return undefined;
  const open = text.indexOf("„", at);
  if (open === -1 || open - at > 40) return undefined;
  let depth = 0;
  const limit = Math.min(text.length, open + 300);
  for (let i = open; i < limit; i++) {
    const ch = text[i];
    if (ch === "„") depth++;
    else if (ch === "“" || ch === "”") {
      depth--;
      if (depth === 0) return trimSpaces(text.slice(open + 1, i)) || undefined;
    } else if (ch === "\n") break;
  }
  // An unclosed quote runs to the end of its sentence, its periods and spaces left out.
  let stop = sentenceEnd(text, open + 1, limit);
  while (stop > open + 1 && (text[stop - 1] === "." || isSpaceAt(text, stop - 1))) stop--;
  const title = trimSpaces(text.slice(open + 1, stop));
  return title === "" ? undefined : title;
}

/** What the end-date clause of a paragraph says, and where its sentence stands. */
export interface EndClause {
  validUntil?: IsoPartialDate;
  noEnd?: boolean;
  sentence?: [number, number];
}

/** The end date of a paragraph: the first date after an end phrase (its last day). */
export function readEnd(text: string, folded: string, offset: number, ref: string | undefined, unread: UnreadSpan[]): EndClause {
  for (const phrase of END_PHRASES) {
    const at = folded.indexOf(phrase);
    if (at === -1) continue;
    const from = at + phrase.length;
    const stop = Math.min(text.length, from + 60);
    const window = text.slice(from, stop);
    const [date] = findDates(window, ref === undefined ? undefined : { ref });
    let start = at;
    while (start > 0 && !/[.!?]/.test(text[start - 1] as string)) start--;
    if (date === undefined) {
      const noEnd = NO_END.some((w) => foldText(window).includes(w));
      if (noEnd) return { noEnd: true, sentence: [start, sentenceEnd(text, from, text.length)] };
      const end = sentenceEnd(text, from, text.length);
      unread.push({ text: text.slice(at, end), index: offset + at, end: offset + end, reason: "end_date_unreadable" });
      return { sentence: [start, end] };
    }
    const last = date.period.end ?? date.period.start;
    return { ...(last === null ? {} : { validUntil: last }), sentence: [start, from + date.end] };
  }
  if (NO_END.some((w) => folded.includes(w))) return { noEnd: true };
  return {};
}

/** The purpose: the rest of the line after the partner phrase, the end-date sentence left out. */
export function purposeOf(text: string, from: number, skip: [number, number] | undefined): string | undefined {
  let stop = Math.min(text.length, from + WINDOW);
  const newline = text.slice(from, stop).indexOf("\n");
  if (newline !== -1) stop = from + newline;
  let rest =
    skip === undefined || skip[0] < from || skip[0] > stop
      ? text.slice(from, stop)
      : text.slice(from, skip[0]) + text.slice(skip[1], Math.max(skip[1], stop));
  // Squeezed, every space is " ".
  rest = squeezeSpaces(rest)
    .replace(/^[ .]+/, "")
    .trim();
  return rest === "" || rest === "." ? undefined : rest;
}
