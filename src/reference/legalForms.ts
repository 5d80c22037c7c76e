import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A legal form (teisinė forma) of a library or a partner, with its usual abbreviation.
 *
 * @example
 * ```ts
 * import { findByName, LEGAL_FORMS, type LegalForm } from "bibliotekos/reference";
 * const form: LegalForm | undefined = findByName(LEGAL_FORMS, "VšĮ");
 * form?.id;
 * //=> "public_institution"
 * ```
 */
export interface LegalForm extends ReferenceEntry {
  /** The abbreviation written before or after names (`"VšĮ"`, `"UAB"`), if there is one. */
  readonly abbreviation?: string;
}

/**
 * The legal forms the seeds show: the budgetary institution (every public library: „savivaldybės
 * biudžetinė įstaiga“), the public institution (VšĮ), the association, companies (AB, UAB), the
 * support fund, religious legal persons (a diocesan curia) and, for partners abroad, a foreign
 * legal person.
 *
 * @example
 * ```ts
 * import { LEGAL_FORMS } from "bibliotekos/reference";
 * LEGAL_FORMS.map((f) => f.abbreviation ?? f.id);
 * //=> ["budget_institution", "VšĮ", "association", "AB", "UAB", "fund", "religious_body", "foreign_legal_person"]
 * ```
 */
export const LEGAL_FORMS: readonly LegalForm[] = [
  {
    id: "budget_institution",
    nameLt: "biudžetinė įstaiga",
    nameEn: "budgetary institution",
    aliases: ["savivaldybės biudžetinė įstaiga", "valstybės biudžetinė įstaiga"],
  },
  { id: "public_institution", nameLt: "viešoji įstaiga", nameEn: "public institution (non-profit)", abbreviation: "VšĮ", aliases: ["VšĮ"] },
  { id: "association", nameLt: "asociacija", nameEn: "association" },
  { id: "public_company", nameLt: "akcinė bendrovė", nameEn: "public limited company", abbreviation: "AB", aliases: ["AB"] },
  { id: "private_company", nameLt: "uždaroji akcinė bendrovė", nameEn: "private limited company", abbreviation: "UAB", aliases: ["UAB"] },
  { id: "fund", nameLt: "labdaros ir paramos fondas", nameEn: "charity and support fund", aliases: ["paramos fondas"] },
  { id: "religious_body", nameLt: "religinė bendruomenė ar bendrija", nameEn: "religious community or body" },
  { id: "foreign_legal_person", nameLt: "užsienio juridinis asmuo", nameEn: "foreign legal person" },
];
