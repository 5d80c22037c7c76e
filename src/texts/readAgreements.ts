import type { IsoPartialDate } from "../dates/types";
import { BibliotekosError } from "../errors/BibliotekosError";
import type { Agreement } from "../models/Agreement";
import { AGREEMENT_WORDS } from "../lexicon/textWords";
import { checkOptions, checkText, readRefOption, readStringOption } from "./_lib/args";
import { mergeFound } from "./_lib/agreements/mergeFound";
import { readFromEntries } from "./_lib/agreements/readFromEntries";
import { readFromSections } from "./_lib/agreements/readFromSections";
import { toAgreements } from "./_lib/agreements/toAgreements";
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
  const library = readStringOption(options?.library, "library", AGREEMENT_WORDS.ownLibrary);
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
  const source = readStringOption(options?.source, "source", "chronicle");
  const chronicle = readChronicle(text, optionRef === undefined ? undefined : { ref: optionRef });
  const fromEntries = readFromEntries(chronicle.entries);
  const fromSections = readFromSections(chronicle.sections, optionRef);
  const pairs = mergeFound(fromEntries.found, fromSections.found);
  const { agreements, sources, unread } = toAgreements(pairs, { library, country, source });
  const allUnread = [...fromEntries.unread, ...fromSections.unread, ...unread].sort((a, b) => a.index - b.index);
  return { agreements, sources, unread: allUnread };
}
