/**
 * zod schemas and types of the records apps exchange: organizations, institutions with their
 * branches and service points, cooperation agreements, projects, sponsors and support,
 * associations and annual reports. `parseX` throws one `BibliotekosError` (`invalid_model`)
 * carrying every problem with its path, in English and Lithuanian; `safeParseX` returns it.
 * `toJSONSchema` gives each model's JSON Schema. Depends on zod only.
 *
 * @module models
 */
export {
  AmountRangeSchema,
  CountSchema,
  CountryCodeSchema,
  DatePeriodSchema,
  DecimalStringSchema,
  IdSchema,
  IsoPartialDateSchema,
  MoneySchema,
  TextSchema,
} from "./common";
export { SourceLocationSchema, type SourceLocation } from "./SourceLocation";
export { ORGANIZATION_KINDS, OrganizationSchema, parseOrganization, safeParseOrganization, type Organization } from "./Organization";
export {
  BranchSchema,
  parseBranch,
  parseServicePoint,
  safeParseBranch,
  safeParseServicePoint,
  ServicePointSchema,
  UNIT_EVENT_KINDS,
  UnitEventSchema,
  type Branch,
  type ServicePoint,
  type UnitEvent,
} from "./Branch";
export { InstitutionSchema, parseInstitution, safeParseInstitution, type Institution } from "./Institution";
export { AgreementSchema, parseAgreement, safeParseAgreement, type Agreement } from "./Agreement";
export { agreementsActiveOn, agreementStatus, type AgreementDates, type AgreementStatus } from "./agreementStatus";
export { parseProject, PROJECT_ROLES, ProjectSchema, safeParseProject, type Project } from "./Project";
export {
  parseSponsor,
  parseSupport,
  safeParseSponsor,
  safeParseSupport,
  SponsorSchema,
  SupportSchema,
  type Sponsor,
  type Support,
} from "./Sponsor";
export { AssociationSchema, parseAssociation, safeParseAssociation, type Association } from "./Association";
export {
  AnnualReportSchema,
  ObservationSchema,
  parseAnnualReport,
  ReportingUnitSchema,
  type Observation,
  type ReportingUnit,
  safeParseAnnualReport,
  type AnnualReport,
} from "./AnnualReport";
export { BudgetLineSchema, type BudgetLine } from "./BudgetLine";
export { TargetSchema } from "./Target";
export { validateAnnualReport } from "./validateAnnualReport";
export { MODEL_SCHEMAS, toJSONSchema, type ModelName } from "./toJSONSchema";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type ErrorIssue, type SafeResult } from "../errors/index";
