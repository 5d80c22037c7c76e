import { findDates } from "../dates/findDates";
import type { IsoPartialDate } from "../dates/types";
import { CHRONICLE_WORDS } from "../lexicon/entryRules";
import { foldForSearch, foldText } from "../lexicon/fold";
import { AgreementSchema, type Agreement } from "../models/Agreement";
import type { Organization } from "../models/Organization";
import { BibliotekosError } from "../errors/BibliotekosError";
import { checkOptions, checkText, readRefOption, readStringOption } from "./_lib/args";
import { resolveLibrary } from "./_lib/libraries";
import { findSigning, nameStems, partyKind, readPartners, sentenceEnd } from "./_lib/partners";
import { readChronicle } from "./readChronicle";
import type { TextSpan, UnreadSpan } from "./types";

/**
 * Options of {@link readAgreements}.
 *
 * @example
 * ```ts
 * import { readAgreements, type ReadAgreementsOptions } from "bibliotekos/texts";
 * const options: ReadAgreementsOptions = { ref: "2022", library: "panevezys_county_library" };
 * readAgreements("2022 m. spalio 13 d.\n\nBiblioteka pasirašė bendradarbiavimo sutartį su Lietuvos kurčiųjų draugija.", options).agreements[0]?.library;
 * //=> "panevezys_county_library"
 * ```
 */
export interface ReadAgreementsOptions {
  /**
   * The chronicle's year, for dates that leave it out (`Vasario 1 d. biblioteka pasirašė …`).
   * @default undefined (the year of the last dated heading)
   */
  ref?: IsoPartialDate | undefined;
  /**
   * The library whose chronicle it is (`Agreement.library`: a `PUBLIC_LIBRARIES` id or a name).
   * @default "Biblioteka"
   */
  library?: string | undefined;
  /**
   * The country of the partners (`Organization.country`): the chronicle does not write it.
   * @default "LT"
   */
  country?: string | undefined;
  /**
   * The `source` written into each record (the document's name); the place in it is added.
   * @default "chronicle"
   */
  source?: string | undefined;
}

/**
 * Where an agreement of {@link readAgreements} was read: the dated entry's signing sentence and
 * the agreements section's paragraph (offsets in the input; absent where it is not named).
 *
 * @example
 * ```ts
 * import { readAgreements, type AgreementSource } from "bibliotekos/texts";
 * const text = "2022 m. spalio 13 d.\n\nBiblioteka pasirašė bendradarbiavimo sutartį su Lietuvos kurčiųjų draugija.";
 * const [where]: AgreementSource[] = readAgreements(text).sources;
 * [where?.entry?.index, where?.section];
 * //=> [22, undefined]
 * ```
 */
export interface AgreementSource {
  /** The signing sentence in a dated entry. */
  entry?: TextSpan;
  /** The paragraph of the agreements section. */
  section?: TextSpan;
}

/**
 * What {@link readAgreements} read: the agreements (valid `Agreement` records, ordered by
 * signing date, then text order), where each was read (`sources[i]` for `agreements[i]`), and
 * what could not be read.
 *
 * @example
 * ```ts
 * import { readAgreements, type AgreementsRead } from "bibliotekos/texts";
 * const read: AgreementsRead = readAgreements("");
 * read;
 * //=> { agreements: [], sources: [], unread: [] }
 * ```
 */
export interface AgreementsRead {
  /** The agreements. */
  agreements: Agreement[];
  /** Where each was read. */
  sources: AgreementSource[];
  /** What could not be read, and why. */
  unread: UnreadSpan[];
}

interface Found {
  signed: IsoPartialDate;
  names: string[];
  validUntil?: IsoPartialDate;
  noEnd?: boolean;
  project?: string;
  purpose?: string;
  span: TextSpan;
  heading?: string;
  order: number;
}

const END_PHRASES = CHRONICLE_WORDS.endDate;
const NO_END = CHRONICLE_WORDS.noEnd;

function readProject(text: string, folded: string): string | undefined {
  const at = folded.search(/projekt/);
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
      if (depth === 0) return text.slice(open + 1, i).trim() || undefined;
    } else if (ch === "\n") break;
  }
  // An unclosed quote runs to the end of its sentence.
  const stop = sentenceEnd(text, open + 1, limit);
  const title = text
    .slice(open + 1, stop)
    .replace(/[.\s]+$/, "")
    .trim();
  return title === "" ? undefined : title;
}

/** The end date of a paragraph: the first date after an end phrase (its last day). */
function readEnd(
  text: string,
  folded: string,
  offset: number,
  ref: string | undefined,
  unread: UnreadSpan[],
): { validUntil?: IsoPartialDate; noEnd?: boolean; sentence?: [number, number] } {
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

/** How far past the signing word the readers look (a partner phrase, a project title, a purpose). */
const WINDOW = 1000;

function purposeOf(text: string, from: number, skip: [number, number] | undefined): string | undefined {
  let stop = Math.min(text.length, from + WINDOW);
  const newline = text.slice(from, stop).indexOf("\n");
  if (newline !== -1) stop = from + newline;
  let rest =
    skip === undefined || skip[0] < from || skip[0] > stop
      ? text.slice(from, stop)
      : text.slice(from, skip[0]) + text.slice(skip[1], Math.max(skip[1], stop));
  rest = rest
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .trim();
  return rest === "" || rest === "." ? undefined : rest;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * Reads the cooperation agreements of a chronicle into `Agreement` records (`bibliotekos/models`),
 * from both places a chronicle names them: dated entries (`2022 m. vasario 1 d.` … `Biblioteka
 * pasirašė bendradarbiavimo sutartį su Panevėžio vyskupijos kurija.`) and the closing agreements
 * section (`Vasario 1 d. biblioteka pasirašė … Sutarties įvykdymo data 2024 12 31.`). One record
 * per agreement: an entry and a section paragraph with the same signing date and the same partner
 * (names sharing at least half their word stems) are merged, the end date coming from the section.
 *
 * Partners are kept as written after „su“ (instrumental case: `Panevėžio vyskupijos kurija`),
 * one party per body: `su Pasvalio, Molėtų … ir Visagino miestų bei Panevėžio rajono
 * savivaldybių viešosiomis bibliotekomis` gives eleven parties, each with the shared head
 * (`Pasvalio viešosiomis bibliotekomis`). When the section writes a partner otherwise, that form
 * is in the party's `aliases`. A partner is never invented: a signing with no „su“ goes to
 * `unread`. The party `kind` comes from stems (`bibliotek` → `library`); `country` from options.
 * A library partner that points to exactly one library of `PUBLIC_LIBRARIES` gets its
 * `referenceId` (`Pasvalio viešosiomis bibliotekomis` → `pasvalys_district_library`).
 *
 * @param text - the chronicle.
 * @param options - {@link ReadAgreementsOptions}.
 * @returns {@link AgreementsRead}: the records, where each was read, and what was not read.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string or an option is
 *   bad (`ref` not a partial date; `library`, `source` not non-empty strings; `country` not two
 *   capital letters).
 *
 * @example
 * ```ts
 * import { readAgreements } from "bibliotekos/texts";
 * const text = [
 *   "2022 m. vasario 1 d.", "",
 *   "Biblioteka pasirašė bendradarbiavimo sutartį su Panevėžio vyskupijos kurija.", "",
 *   "2022 m. bendradarbiavimo sutartys", "",
 *   "Vasario 1 d. biblioteka pasirašė bendradarbiavimo sutartį su Panevėžio vyskupijos kurija. Sutarties įvykdymo data 2024 12 31.",
 * ].join("\n");
 * const [agreement] = readAgreements(text, { ref: "2022" }).agreements;
 * [agreement?.parties.map((p) => p.name), agreement?.signed, agreement?.validUntil];
 * //=> [["Panevėžio vyskupijos kurija"], "2022-02-01", "2024-12-31"]
 * ```
 */
export function readAgreements(text: string, options?: ReadAgreementsOptions): AgreementsRead {
  checkText(text);
  checkOptions(options);
  const optionRef = readRefOption(options?.ref);
  const library = readStringOption(options?.library, "library", "Biblioteka");
  const country = readStringOption(options?.country, "country", "LT");
  if (!/^[A-Z]{2}$/.test(country)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: `options.country ${JSON.stringify(country)} is not an ISO 3166-1 alpha-2 code`,
      messageLt: "Šalies kodas turi būti dvi didžiosios raidės (ISO 3166-1)",
      input: country,
      path: ["options", "country"],
      expected: "two capital letters",
    });
  }
  const sourceName = readStringOption(options?.source, "source", "chronicle");
  const chronicle = readChronicle(text, optionRef === undefined ? undefined : { ref: optionRef });
  const unread: UnreadSpan[] = [];
  const fromEntries: Found[] = [];
  const fromSections: Found[] = [];
  let order = 0;

  for (const entry of chronicle.entries) {
    const body = entry.body.text;
    const folded = foldForSearch(body);
    const signed = entry.period.start;
    let from = 0;
    let end: ReturnType<typeof readEnd> | undefined;
    for (let hit = findSigning(folded, from); hit !== undefined; hit = findSigning(folded, from)) {
      let s = hit.sign;
      while (s > 0 && hit.sign - s < WINDOW && !/[.!?\n]/.test(body[s - 1] as string)) s--;
      const limit = Math.min(body.length, hit.agreementEnd + WINDOW);
      const partners = readPartners(body, folded, hit.agreementEnd, limit);
      const stop = sentenceEnd(body, hit.agreementEnd, limit);
      if (partners === undefined || signed === null) {
        // An entry under an open range (iki 2022 m.) has no signing day to give.
        unread.push({
          text: body.slice(s, stop),
          index: entry.body.index + s,
          end: entry.body.index + stop,
          reason: partners === undefined ? "agreement_without_partner" : "agreement_without_date",
        });
      } else {
        const found: Found = {
          signed,
          names: partners.names,
          span: { text: body.slice(s, stop), index: entry.body.index + s, end: entry.body.index + stop },
          heading: entry.heading.text,
          order: order++,
        };
        const project = readProject(body.slice(s, s + WINDOW), folded.slice(s, s + WINDOW));
        if (project !== undefined) found.project = project;
        // One end-date phrase per entry at most is read, once (the text is scanned once).
        end ??= readEnd(body, folded, entry.body.index, signed.slice(0, 4), unread);
        if (end.validUntil !== undefined) found.validUntil = end.validUntil;
        if (end.noEnd === true) found.noEnd = true;
        const purpose = purposeOf(body, stop, end.sentence);
        if (purpose !== undefined) found.purpose = purpose;
        fromEntries.push(found);
      }
      from = Math.max(stop, hit.agreementEnd);
    }
  }

  for (const section of chronicle.sections) {
    const sectionYear = /^\d{4}/.exec(section.heading.text)?.[0];
    const ref = optionRef ?? sectionYear;
    for (const paragraph of section.paragraphs) {
      const body = paragraph.text;
      const folded = foldForSearch(body);
      const hit = findSigning(folded, 0);
      if (hit === undefined) continue;
      const limit = Math.min(body.length, hit.agreementEnd + WINDOW);
      const stop = sentenceEnd(body, hit.agreementEnd, limit);
      const partners = readPartners(body, folded, hit.agreementEnd, limit);
      const dates = findDates(body.slice(0, hit.sign), ref === undefined ? undefined : { ref });
      const signed = dates[0]?.period.start ?? null;
      if (partners === undefined || signed === null) {
        unread.push({ ...paragraph, reason: partners === undefined ? "agreement_without_partner" : "agreement_without_date" });
        continue;
      }
      const found: Found = { signed, names: partners.names, span: paragraph, order: order++ };
      const project = readProject(body, folded);
      if (project !== undefined) found.project = project;
      const end = readEnd(body, folded, paragraph.index, ref, unread);
      if (end.validUntil !== undefined) found.validUntil = end.validUntil;
      if (end.noEnd === true) found.noEnd = true;
      const purpose = purposeOf(body, stop, end.sentence);
      if (purpose !== undefined) found.purpose = purpose;
      fromSections.push(found);
    }
  }

  // Merge: a section paragraph joins the entry of the same date whose partners share the most stems.
  const merged: { entry?: Found; section?: Found }[] = fromEntries.map((entry) => ({ entry }));
  const byDate = new Map<string, { entry?: Found; section?: Found }[]>();
  for (const slot of merged) {
    const key = (slot.entry as Found).signed;
    const list = byDate.get(key);
    if (list === undefined) byDate.set(key, [slot]);
    else list.push(slot);
  }
  for (const section of fromSections) {
    const stems = nameStems(section.names);
    let best: { entry?: Found; section?: Found } | undefined;
    let bestScore = 0;
    for (const slot of byDate.get(section.signed) ?? []) {
      if (slot.section !== undefined || slot.entry === undefined) continue;
      const score = overlap(nameStems(slot.entry.names), stems);
      if (score > bestScore) {
        bestScore = score;
        best = slot;
      }
    }
    if (best !== undefined && bestScore >= 0.5) best.section = section;
    else merged.push({ section });
  }

  const records: { agreement: Agreement; source: AgreementSource; signed: string; order: number }[] = [];
  for (const { entry, section } of merged) {
    const main = (entry ?? section) as Found;
    const parties: Organization[] = main.names.map((name, k) => {
      const party: Organization = { name, kind: partyKind(name) as Organization["kind"], country };
      if (party.kind === "library" && country === "LT") {
        const library = resolveLibrary(name);
        if (library !== undefined) party.referenceId = library.id;
      }
      const other =
        entry !== undefined && section !== undefined && section.names.length === entry.names.length ? section.names[k] : undefined;
      if (other !== undefined && foldText(other) !== foldText(name)) party.aliases = [other];
      return party;
    });
    const validUntil = section?.validUntil ?? entry?.validUntil;
    const project = entry?.project ?? section?.project;
    const purpose = section?.purpose ?? entry?.purpose;
    const places = [
      entry === undefined ? undefined : `„${entry.heading ?? ""}“`,
      section === undefined ? undefined : "agreements section",
    ].filter((p) => p !== undefined);
    const candidate: Record<string, unknown> = {
      kind: "cooperation",
      library,
      parties,
      signed: main.signed,
      source: `${sourceName}: ${places.join("; ")}`,
    };
    if (validUntil !== undefined) candidate.validUntil = validUntil;
    if (project !== undefined) candidate.project = project;
    if (purpose !== undefined) candidate.purpose = purpose;
    if (validUntil === undefined && (section?.noEnd === true || entry?.noEnd === true)) candidate.note = "neterminuota (no end date)";
    let parsed = AgreementSchema.safeParse(candidate);
    if (!parsed.success && candidate.validUntil !== undefined) {
      const span = (section ?? entry) as Found;
      unread.push({ ...span.span, reason: "end_date_unreadable" });
      delete candidate.validUntil;
      parsed = AgreementSchema.safeParse(candidate);
    }
    if (!parsed.success) continue;
    const source: AgreementSource = {};
    if (entry !== undefined) source.entry = entry.span;
    if (section !== undefined) source.section = section.span;
    records.push({ agreement: parsed.data, source, signed: main.signed, order: main.order });
  }
  records.sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : a.order - b.order));
  unread.sort((a, b) => a.index - b.index);
  return { agreements: records.map((r) => r.agreement), sources: records.map((r) => r.source), unread };
}
