import { foldText } from "../../../lexicon/fold";
import { AGREEMENT_WORDS } from "../../../lexicon/textWords";
import { AgreementSchema, type Agreement } from "../../../models/Agreement";
import type { Organization } from "../../../models/Organization";
import type { AgreementSource } from "../../readAgreements";
import type { UnreadSpan } from "../../types";
import { resolveLibrary } from "../libraries";
import { partyKind } from "../partners";
import type { Found } from "./found";
import type { FoundPair } from "./mergeFound";

const NO_END_NOTE = `${AGREEMENT_WORDS.noEndDate.word} (${AGREEMENT_WORDS.noEndDate.meaning})`;

/** What every record of a chronicle shares: the library whose chronicle it is, the partners' country, the document's name. */
export interface RecordContext {
  library: string;
  country: string;
  source: string;
}

/** The parties of a pair: the main reading's names, with the section's spelling as an alias where it differs. */
function partiesOf({ entry, section }: FoundPair, main: Found, country: string): Organization[] {
  return main.names.map((name, k) => {
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
}

/** The record a pair gives, before validation: the section's end date and purpose, the entry's project. */
function candidateOf(pair: FoundPair, main: Found, context: RecordContext): Record<string, unknown> {
  const { entry, section } = pair;
  const validUntil = section?.validUntil ?? entry?.validUntil;
  const project = entry?.project ?? section?.project;
  const purpose = section?.purpose ?? entry?.purpose;
  const places = [
    entry === undefined ? undefined : `„${entry.heading ?? ""}“`,
    section === undefined ? undefined : "agreements section",
  ].filter((p) => p !== undefined);
  const candidate: Record<string, unknown> = {
    kind: "cooperation",
    library: context.library,
    parties: partiesOf(pair, main, context.country),
    signed: main.signed,
    source: `${context.source}: ${places.join("; ")}`,
  };
  if (validUntil !== undefined) candidate.validUntil = validUntil;
  if (project !== undefined) candidate.project = project;
  if (purpose !== undefined) candidate.purpose = purpose;
  if (validUntil === undefined && (section?.noEnd === true || entry?.noEnd === true)) candidate.note = NO_END_NOTE;
  return candidate;
}

/**
 * The valid `Agreement` records of the pairs, ordered by signing date (ties in text order), with
 * where each was read. An end date the schema refuses (before the signing) is dropped and its
 * paragraph goes to `unread`.
 */
export function toAgreements(
  pairs: readonly FoundPair[],
  context: RecordContext,
): { agreements: Agreement[]; sources: AgreementSource[]; unread: UnreadSpan[] } {
  const records: { agreement: Agreement; source: AgreementSource; signed: string }[] = [];
  const unread: UnreadSpan[] = [];
  for (const pair of pairs) {
    const main = (pair.entry ?? pair.section) as Found;
    const candidate = candidateOf(pair, main, context);
    let parsed = AgreementSchema.safeParse(candidate);
    if (!parsed.success && candidate.validUntil !== undefined) {
      unread.push({ ...(pair.section ?? main).span, reason: "end_date_unreadable" });
      delete candidate.validUntil;
      parsed = AgreementSchema.safeParse(candidate);
    }
    if (!parsed.success) continue;
    const source: AgreementSource = {};
    if (pair.entry !== undefined) source.entry = pair.entry.span;
    if (pair.section !== undefined) source.section = pair.section.span;
    records.push({ agreement: parsed.data, source, signed: main.signed });
  }
  // A stable sort: the pairs come in text order, so ties keep it.
  records.sort((a, b) => (a.signed < b.signed ? -1 : a.signed > b.signed ? 1 : 0));
  return { agreements: records.map((r) => r.agreement), sources: records.map((r) => r.source), unread };
}
