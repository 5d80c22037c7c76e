import { safeParseDate } from "../dates/parseDate";
import type { DatePeriod, IsoPartialDate } from "../dates/types";
import { checkOptions, checkText, readRefOption } from "./_lib/args";
import { isCaption, isSectionHeading, looksLikeHeading, splitLines } from "./_lib/lines";
import type { ChronicleEntry, TextSpan, UnreadSpan } from "./types";

/**
 * Options of {@link readChronicle}.
 *
 * @example
 * ```ts
 * import { readChronicle, type ReadChronicleOptions } from "bibliotekos/texts";
 * const options: ReadChronicleOptions = { ref: "2022" };
 * readChronicle("Kovo 5 d.\n\nĮvyko susitikimas.", options).entries[0]?.period;
 * //=> { start: "2022-03-05", end: "2022-03-05" }
 * ```
 */
export interface ReadChronicleOptions {
  /**
   * The chronicle's year (or any reference date) for headings that leave the year out
   * (`Kovo 5 d.`). Without it, the year of the last heading that gave one is used; a heading
   * that needs a year before any gave one is `heading_not_a_date`.
   * @default undefined
   */
  ref?: IsoPartialDate | undefined;
}

/**
 * The closing section of a chronicle that lists the year's agreements again
 * (`2022 m. bendradarbiavimo sutartys`): its heading and its paragraphs.
 *
 * @example
 * ```ts
 * import { readChronicle, type ChronicleSection } from "bibliotekos/texts";
 * const text = "2022 m. bendradarbiavimo sutartys\n\nVasario 1 d. biblioteka pasirašė sutartį su X.";
 * const [section]: ChronicleSection[] = readChronicle(text).sections;
 * [section?.heading.text, section?.paragraphs.length];
 * //=> ["2022 m. bendradarbiavimo sutartys", 1]
 * ```
 */
export interface ChronicleSection {
  /** The heading line. */
  heading: TextSpan;
  /** Its paragraphs (lines with text), in order. */
  paragraphs: TextSpan[];
}

/**
 * A line that is neither an entry nor in a section: the title and other lines before the first
 * heading (`preamble`), and year lines (`2022 metai`) with no paragraph under them (`year_line`).
 *
 * @example
 * ```ts
 * import { readChronicle, type NotEntry } from "bibliotekos/texts";
 * const notEntries: NotEntry[] = readChronicle("Kronika\n\n2022 metai\n\n2022 m. kovo 1 d.\n\nĮvyko.").notEntries;
 * notEntries.map((line) => [line.kind, line.text]);
 * //=> [["preamble", "Kronika"], ["year_line", "2022 metai"]]
 * ```
 */
export interface NotEntry extends TextSpan {
  /** What kind of line it is. */
  kind: "preamble" | "year_line";
}

/**
 * What {@link readChronicle} read.
 *
 * @example
 * ```ts
 * import { readChronicle, type Chronicle } from "bibliotekos/texts";
 * const chronicle: Chronicle = readChronicle("");
 * chronicle;
 * //=> { entries: [], sections: [], notEntries: [], unread: [] }
 * ```
 */
export interface Chronicle {
  /** The dated entries, in text order. */
  entries: ChronicleEntry[];
  /** The agreements section(s) (`… bendradarbiavimo sutartys`). */
  sections: ChronicleSection[];
  /** Title and year lines. */
  notEntries: NotEntry[];
  /** What could not be read, and why. */
  unread: UnreadSpan[];
}

interface Open {
  kind: "entry" | "unread" | "section";
  heading: TextSpan;
  period?: DatePeriod;
  paragraphs: TextSpan[];
}

const YEAR_ONLY = /^\d{4}$/;

/**
 * Reads a chronicle (kronika): a heading line per date (`2022 m. vasario 15 d.`,
 * `2022 m. kovo mėn.`, `2022 m. rugsėjo 30 – spalio 1 d.`), then the paragraph(s) of the entry.
 * Each entry keeps the period its heading names (precision kept: a month stays a month), its
 * text, and the offsets of heading and body in the input. Image captions
 * (`Vaizdas be pavadinimo`) and blank lines are not entries and not text. A line shaped like a
 * heading that is not one date (`2022 m. kovo 32 d.`) goes to `unread` with its paragraphs;
 * a dated heading about agreements (`2022 m. bendradarbiavimo sutartys`) opens a section,
 * returned in `sections`, that runs to the next dated heading.
 *
 * A heading is a line of at most 100 characters and 12 words that starts with a year or a month
 * word, has no sentence break inside and ends with a date word (`d.`, `mėn.`, `m.`, `metai`) or a
 * number; it is read with `parseDate`. Linear in the text; never throws on odd text.
 *
 * @param text - the chronicle as plain text, one paragraph a line.
 * @param options - {@link ReadChronicleOptions}: `ref`, the chronicle's year.
 * @returns a {@link Chronicle}: entries, sections, title lines and what was not read.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string or `options.ref`
 *   is not a partial date.
 *
 * @example
 * ```ts
 * import { readChronicle } from "bibliotekos/texts";
 * const text = "2022 metai\n\nVaizdas be pavadinimo\n\n2022 m. vasario 24–27 d.\n\nDalyvavome knygų mugėje.\n\n2022 m. rugsėjo 30 – spalio 1 d. \n\nSurengtas forumas.";
 * readChronicle(text, { ref: "2022" }).entries.map((e) => [e.period.start, e.period.end, e.text]);
 * //=> [["2022-02-24", "2022-02-27", "Dalyvavome knygų mugėje."], ["2022-09-30", "2022-10-01", "Surengtas forumas."]]
 * // @ts-expect-error: a number is not a text (JavaScript callers get the error)
 * readChronicle(42);
 * //=> throws invalid_argument
 * ```
 */
export function readChronicle(text: string, options?: ReadChronicleOptions): Chronicle {
  checkText(text);
  checkOptions(options);
  const optionRef = readRefOption(options?.ref);
  let lastYear: string | undefined;
  const result: Chronicle = { entries: [], sections: [], notEntries: [], unread: [] };
  let open: Open | undefined;

  const close = (): void => {
    if (open === undefined) return;
    const { heading, paragraphs } = open;
    if (open.kind === "section") {
      result.sections.push({ heading, paragraphs });
    } else if (open.kind === "unread") {
      const last = paragraphs[paragraphs.length - 1];
      const end = last === undefined ? heading.end : last.end;
      result.unread.push({ text: text.slice(heading.index, end), index: heading.index, end, reason: "heading_not_a_date" });
    } else {
      const period = open.period as DatePeriod;
      const first = paragraphs[0];
      const last = paragraphs[paragraphs.length - 1];
      if (first === undefined || last === undefined) {
        if (period.start !== null && period.start === period.end && YEAR_ONLY.test(period.start)) {
          result.notEntries.push({ ...heading, kind: "year_line" });
        } else {
          result.entries.push({ heading, period, body: { text: "", index: heading.end, end: heading.end }, text: "" });
        }
      } else {
        const body = { text: text.slice(first.index, last.end), index: first.index, end: last.end };
        result.entries.push({ heading, period, body, text: body.text });
      }
    }
    open = undefined;
  };

  for (const line of splitLines(text)) {
    if (line.text === "" || isCaption(line.text)) continue;
    if (isSectionHeading(line.text)) {
      close();
      open = { kind: "section", heading: line, paragraphs: [] };
      continue;
    }
    if (looksLikeHeading(line.text)) {
      const ref = optionRef ?? lastYear;
      const parsed = safeParseDate(line.text, ref === undefined ? undefined : { ref });
      close();
      if (parsed.success && (parsed.data.start !== null || parsed.data.end !== null)) {
        const year = (parsed.data.start ?? parsed.data.end ?? "").slice(0, 4);
        if (year !== "") lastYear = year;
        open = { kind: "entry", heading: line, period: parsed.data, paragraphs: [] };
      } else {
        open = { kind: "unread", heading: line, paragraphs: [] };
      }
      continue;
    }
    if (open === undefined) {
      result.notEntries.push({ ...line, kind: "preamble" });
      continue;
    }
    open.paragraphs.push(line);
  }
  close();
  return result;
}
