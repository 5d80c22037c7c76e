/**
 * Reference data as plain tables: counties and municipalities with their ISO 3166-2:LT codes,
 * the county and municipal public libraries, library types, legal forms, funding sources,
 * programmes and the economic classification of expenditure. Look-ups by id, name (diacritics,
 * case and spacing ignored) and code. No runtime dependencies.
 *
 * @module reference
 */
export type { ReferenceEntry } from "./ReferenceEntry";
export { findByCode, findById, findByName, findByNameMatch } from "./findByName";
export type { NameKind, NameMatch } from "./NameMatch";
export { COUNTIES, type County } from "./counties";
export { MUNICIPALITIES, type Municipality } from "./municipalities";
export { PUBLIC_LIBRARIES, type LibraryName, type PublicLibrary } from "./publicLibraries";
export { LIBRARY_TYPES, type LibraryType } from "./libraryTypes";
export { LEGAL_FORMS, type LegalForm } from "./legalForms";
export { FUNDING_SOURCES, type FundingSource } from "./fundingSources";
export { PROGRAMMES, type Programme } from "./programmes";
export {
  ECONOMIC_CLASSIFICATION,
  lookupEconomicClassification,
  normalizeClassificationCode,
  parentClassificationCode,
  type EconomicClassificationEntry,
} from "./economicClassification";
