import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * One article (straipsnis) of the economic classification of revenue and expenditure (Finance Minister order
 * 1K-184, new wording 1K-343 of 2018). `code` is written as the act writes it, without the
 * trailing dot: dot-separated levels, one number each (`"2.1.1.1.1.1"`). The Ministry's FAQ
 * writes the 6th level with two digits (`"2.1.1.1.1.01"`): that form is `faqCode`, and
 * {@link normalizeClassificationCode} turns either into `code`. A code's parent is the code
 * without its last level, so sums roll up along the dots.
 *
 * @example
 * ```ts
 * import { lookupEconomicClassification, type EconomicClassificationEntry } from "bibliotekos/reference";
 * const wages: EconomicClassificationEntry | undefined = lookupEconomicClassification("2.1.1.1.1.01");
 * [wages?.code, wages?.nameLt];
 * //=> ["2.1.1.1.1.1", "Darbo užmokestis pinigais"]
 * ```
 */
export interface EconomicClassificationEntry extends ReferenceEntry {
  /** The code as the act writes it, without the trailing dot (`"2.1.1.1.1.1"`). */
  readonly code: string;
  /** The 6-level code as the Ministry's FAQ writes it (`"2.1.1.1.1.01"`), for 6-level codes. */
  readonly faqCode?: string;
  /** How many levels the code has (1 … 6). */
  readonly level: number;
  /** `"confirmed"` when code and name were read in a cited source (DOMAIN.md §4), `"unconfirmed"` otherwise. */
  readonly status: "confirmed" | "unconfirmed";
  /** Where code and name were read (`"confirmed"`), or where the code's place in the act comes from (`"unconfirmed"`). */
  readonly source: string;
}

/** The Finance Ministry's FAQ on applying the economic classification (DOMAIN.md §4 [S33]; REFERENCE-CHECK.md, 2026-12). */
const FAQ = "Finance Ministry FAQ on the economic classification (finmin.lrv.lt, ekonominės klasifikacijos taikymo DUK)";
/** The act's structure only (DOMAIN.md §4 [S39]): the code's place is known, its wording was not checked. */
const ACT_STRUCTURE = "order 1K-184 (new wording 1K-343), structure as DOMAIN.md §4 reports it; wording not checked";

/**
 * The expenditure articles a library budget uses: wages, social insurance, goods and services,
 * social benefits, other expenditure, and fixed-asset acquisition, with their groups; and the
 * revenue article of a budget institution's paid services (`1.4.2.1.1.1`). Names are the act's:
 * the act repeats a name at each level, so levels are told apart by `code`. The codes the
 * Finance Ministry's FAQ confirms are `"confirmed"` with that FAQ as `source`; names and codes
 * marked `"unconfirmed"` are the act's structure as DOMAIN.md §4 reports it, wording not checked.
 *
 * @example
 * ```ts
 * import { ECONOMIC_CLASSIFICATION } from "bibliotekos/reference";
 * ECONOMIC_CLASSIFICATION.filter((e) => e.level === 2).map((e) => e.code);
 * //=> ["2.1", "2.2", "2.7", "3.1"]
 * ```
 */
export const ECONOMIC_CLASSIFICATION: readonly EconomicClassificationEntry[] = [
  { id: "expenditure", code: "2", level: 1, nameLt: "Išlaidos", nameEn: "Expenditure", status: "unconfirmed", source: ACT_STRUCTURE },
  {
    id: "wages_and_social_insurance",
    code: "2.1",
    level: 2,
    nameLt: "Darbo užmokestis ir socialinis draudimas",
    nameEn: "Wages and social insurance",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
  },
  {
    id: "wages",
    code: "2.1.1",
    level: 3,
    nameLt: "Darbo užmokestis",
    nameEn: "Wages",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
    aliases: ["darbo užmokesčio"],
  },
  {
    id: "wages_in_cash",
    code: "2.1.1.1.1.1",
    faqCode: "2.1.1.1.1.01",
    level: 6,
    nameLt: "Darbo užmokestis pinigais",
    nameEn: "Wages in cash",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "social_insurance",
    code: "2.1.2",
    level: 3,
    nameLt: "Socialinio draudimo įmokos",
    nameEn: "Social insurance contributions",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
    aliases: ["socialinio draudimo įmokų"],
  },
  {
    id: "social_insurance_contributions",
    code: "2.1.2.1.1.1",
    faqCode: "2.1.2.1.1.01",
    level: 6,
    nameLt: "Socialinio draudimo įmokos",
    nameEn: "Social insurance contributions",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
  },
  {
    id: "goods_and_services",
    code: "2.2",
    level: 2,
    nameLt: "Prekių ir paslaugų naudojimas",
    nameEn: "Use of goods and services",
    status: "confirmed",
    source: FAQ,
    aliases: ["prekių ir paslaugų", "prekės ir paslaugos"],
  },
  {
    id: "food",
    code: "2.2.1.1.1.1",
    faqCode: "2.2.1.1.1.01",
    level: 6,
    nameLt: "Mitybos išlaidos",
    nameEn: "Food",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "transport",
    code: "2.2.1.1.1.6",
    faqCode: "2.2.1.1.1.06",
    level: 6,
    nameLt: "Transporto išlaikymo ir transporto paslaugų įsigijimo išlaidos",
    nameEn: "Transport upkeep and transport services",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "experts_and_consultants",
    code: "2.2.1.1.1.17",
    faqCode: "2.2.1.1.1.17",
    level: 6,
    nameLt: "Ekspertų ir konsultantų paslaugų įsigijimo išlaidos",
    nameEn: "Expert and consultant services",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "household_inventory",
    code: "2.2.1.1.1.23",
    faqCode: "2.2.1.1.1.23",
    level: 6,
    nameLt: "Ūkinio inventoriaus įsigijimo išlaidos",
    nameEn: "Household inventory",
    status: "unconfirmed",
    source: "DOMAIN.md §4: the FAQ [S33] names the article (.23, ūkinis inventorius), not its wording",
  },
  {
    id: "other_goods_and_services",
    code: "2.2.1.1.1.30",
    faqCode: "2.2.1.1.1.30",
    level: 6,
    nameLt: "Kitų prekių ir paslaugų įsigijimo išlaidos",
    nameEn: "Other goods and services",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "social_benefits",
    code: "2.7",
    level: 2,
    nameLt: "Socialinės išmokos",
    nameEn: "Social benefits",
    status: "confirmed",
    source: FAQ,
    aliases: ["socialinės išmokos (pašalpos)"],
  },
  {
    id: "employer_social_support_in_cash",
    code: "2.7.3.1.1.1",
    faqCode: "2.7.3.1.1.01",
    level: 6,
    nameLt: "Darbdavių socialinė parama pinigais",
    nameEn: "Employer social support in cash",
    status: "confirmed",
    source: FAQ,
    aliases: ["darbdavių socialinė parama"],
  },
  {
    id: "other_expenditure",
    code: "2.8.1",
    level: 3,
    nameLt: "Kitos išlaidos",
    nameEn: "Other expenditure",
    status: "confirmed",
    source: FAQ,
  },
  {
    id: "asset_acquisition",
    code: "3",
    level: 1,
    nameLt: "Turto įsigijimo išlaidos",
    nameEn: "Acquisition of assets",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
  },
  {
    id: "fixed_assets",
    code: "3.1",
    level: 2,
    nameLt: "Materialiojo ir nematerialiojo turto įsigijimo išlaidos",
    nameEn: "Acquisition of tangible and intangible (fixed) assets",
    status: "unconfirmed",
    source: ACT_STRUCTURE,
    aliases: ["ilgalaikio turto įsigijimo išlaidos"],
  },
  {
    id: "inventories",
    code: "3.1.3",
    level: 3,
    nameLt: "Atsargų įsigijimo išlaidos",
    nameEn: "Acquisition of inventories",
    status: "confirmed",
    source: FAQ,
  },
  { id: "revenue", code: "1", level: 1, nameLt: "Pajamos", nameEn: "Revenue", status: "unconfirmed", source: ACT_STRUCTURE },
  {
    id: "budget_institution_revenue_goods_and_services",
    code: "1.4.2.1.1.1",
    faqCode: "1.4.2.1.1.01",
    level: 6,
    nameLt: "Biudžetinių įstaigų pajamos už prekes ir paslaugas",
    nameEn: "Budget institutions' revenue from goods and services",
    status: "confirmed",
    source: FAQ,
  },
];

const CODE = /^[1-9]\d?(?:\.\d{1,2}){0,5}\.?$/;

/**
 * Writes an economic classification code the way the act does, without the trailing dot:
 * `"2.1.1.1.1.01"` (the FAQ's two-digit 6th level) and `"2.1.1.1.1.1."` (the act's trailing dot)
 * both become `"2.1.1.1.1.1"`. Spaces are dropped. Returns `undefined` for anything that is not a
 * code of 1 to 6 dot-separated numbers.
 *
 * @param code - a code as written.
 * @returns the normalized code, or `undefined`.
 *
 * @example
 * ```ts
 * import { normalizeClassificationCode } from "bibliotekos/reference";
 * [normalizeClassificationCode("2.1.1.1.1.01"), normalizeClassificationCode("2.2.1.1.1.30."), normalizeClassificationCode("2,1")];
 * //=> ["2.1.1.1.1.1", "2.2.1.1.1.30", undefined]
 * ```
 */
export function normalizeClassificationCode(code: string): string | undefined {
  if (typeof code !== "string") return undefined;
  const compact = code.replace(/\s+/g, "");
  if (!CODE.test(compact)) return undefined;
  return compact
    .replace(/\.$/, "")
    .split(".")
    .map((level) => String(Number(level)))
    .join(".");
}

/**
 * The parent of an economic classification code: the code without its last level
 * (`"2.1.1.1.1.1"` → `"2.1.1.1.1"`), or `undefined` for a top-level code or a malformed one.
 * The parent may be a level the table does not list: roll-ups walk the dots, not the table.
 *
 * @param code - a code in either form.
 * @returns the parent code, normalized.
 *
 * @example
 * ```ts
 * import { parentClassificationCode } from "bibliotekos/reference";
 * [parentClassificationCode("2.7.3.1.1.01"), parentClassificationCode("2")];
 * //=> ["2.7.3.1.1", undefined]
 * ```
 */
export function parentClassificationCode(code: string): string | undefined {
  const normalized = normalizeClassificationCode(code);
  if (normalized === undefined) return undefined;
  const cut = normalized.lastIndexOf(".");
  return cut === -1 ? undefined : normalized.slice(0, cut);
}

/**
 * The article of {@link ECONOMIC_CLASSIFICATION} with this code, read in either form
 * (`"2.1.1.1.1.01"`, `"2.1.1.1.1.1"`, `"2.1.1.1.1.1."`), or `undefined`.
 *
 * @param code - a code as written.
 * @returns the entry, or `undefined`.
 *
 * @example
 * ```ts
 * import { lookupEconomicClassification } from "bibliotekos/reference";
 * lookupEconomicClassification("2.7.3.1.1.01")?.nameEn;
 * //=> "Employer social support in cash"
 * lookupEconomicClassification("9.9");
 * //=> undefined
 * ```
 */
export function lookupEconomicClassification(code: string): EconomicClassificationEntry | undefined {
  const normalized = normalizeClassificationCode(code);
  if (normalized === undefined) return undefined;
  return ECONOMIC_CLASSIFICATION.find((entry) => entry.code === normalized);
}
