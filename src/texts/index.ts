/**
 * Reading real documents: a chronicle (kronika) into dated entries, its cooperation agreements into
 * `Agreement` records, and a report's narrative into numeric claims. Every reader is linear in the
 * text, never throws on odd text, and lists what it could not read as `unread` spans.
 *
 * @module texts
 */
export type { ChronicleEntry, TextSpan, UnreadReason, UnreadSpan } from "./types";
export { readChronicle, type Chronicle, type ChronicleSection, type NotEntry, type ReadChronicleOptions } from "./readChronicle";
export { classifyEntry, type ClassifyEntryOptions, type EntryClass } from "./classifyEntry";
export { readAgreements, type AgreementSource, type AgreementsRead, type ReadAgreementsOptions } from "./readAgreements";
export { readClaims, type Claim, type ClaimsRead } from "./readClaims";
export { readReportText } from "./readReportText";
export type {
  DocxSource,
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportParagraph,
  ReportSource,
  ReportTable,
  TextSource,
} from "./ReportDocument";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
export { readReport, type ReadReportOptions, type ReportRead, type ReportUnread, type ReportUnreadReason } from "./readReport";
export { findClaimIndicator, type ClaimIndicator } from "./findClaimIndicator";
