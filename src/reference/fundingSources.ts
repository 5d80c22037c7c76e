import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A funding source (finansavimo šaltinis) of a library budget, as the budget chapter of an annual
 * report names them (DOMAIN.md §4).
 *
 * @example
 * ```ts
 * import { findById, FUNDING_SOURCES, type FundingSource } from "bibliotekos/reference";
 * const source: FundingSource | undefined = findById(FUNDING_SOURCES, "paid_services");
 * source?.code;
 * //=> "1.4.2.1.1.1"
 * ```
 */
export interface FundingSource extends ReferenceEntry {
  /** For paid services, the revenue code of the economic classification (act style). */
  readonly code?: string;
}

/**
 * The funding sources: municipal budget, state budget, EU funds, project funds, donations
 * (parama) and among them the personal income tax share (1,2 % GPM since 2020-01-01, 2 % before;
 * the 2023 Ignalina report still writes „Gyventojų parama 2 proc.“), and paid services (revenue
 * code 1.4.2.1.1.1, written 1.4.2.1.1.01 by the Ministry's FAQ).
 *
 * @example
 * ```ts
 * import { findByName, FUNDING_SOURCES } from "bibliotekos/reference";
 * FUNDING_SOURCES.map((s) => s.id);
 * //=> ["municipal_budget", "state_budget", "eu_funds", "project_funds", "donations", "personal_income_tax_share", "paid_services"]
 * findByName(FUNDING_SOURCES, "1,2 % GPM")?.id;
 * //=> "personal_income_tax_share"
 * ```
 */
export const FUNDING_SOURCES: readonly FundingSource[] = [
  {
    id: "municipal_budget",
    nameLt: "savivaldybės biudžeto lėšos",
    nameEn: "municipal budget",
    aliases: ["savivaldybės lėšos", "savivaldybės biudžetas"],
  },
  {
    id: "state_budget",
    nameLt: "valstybės biudžeto lėšos",
    nameEn: "state budget",
    aliases: ["valstybės lėšos", "valstybės biudžeto dotacija", "valstybės biudžetas"],
  },
  {
    id: "eu_funds",
    nameLt: "Europos Sąjungos lėšos",
    nameEn: "EU funds",
    aliases: ["ES lėšos", "Europos Sąjungos ir kitos finansinės paramos lėšos"],
  },
  { id: "project_funds", nameLt: "projektų lėšos", nameEn: "project funds", aliases: ["projektinės lėšos"] },
  {
    id: "donations",
    nameLt: "fizinių, juridinių asmenų paramos lėšos",
    nameEn: "donations (support from persons and companies)",
    aliases: ["parama", "paramos lėšos"],
  },
  {
    id: "personal_income_tax_share",
    nameLt: "gyventojų pajamų mokesčio dalis (1,2 % GPM parama)",
    nameEn: "personal income tax share (1.2 %, 2 % before 2020)",
    aliases: ["1,2 % GPM", "1,2 proc. GPM", "2 % GPM", "gyventojų parama 2 proc.", "gyventojų parama 1,2 proc."],
  },
  {
    id: "paid_services",
    nameLt: "pajamos už mokamas paslaugas",
    nameEn: "paid services",
    code: "1.4.2.1.1.1",
    aliases: [
      "lėšos už mokamas paslaugas",
      "Biudžetinių įstaigų pajamos už prekes ir paslaugas",
      "pajamos už paslaugas",
      "specialiųjų programų lėšos",
    ],
  },
];
