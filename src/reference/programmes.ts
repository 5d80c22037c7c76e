import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A funding programme that a library project can run under.
 *
 * @example
 * ```ts
 * import { findByName, PROGRAMMES, type Programme } from "bibliotekos/reference";
 * const programme: Programme | undefined = findByName(PROGRAMMES, "Erasmus+");
 * programme?.fundingSourceId;
 * //=> "eu_funds"
 * ```
 */
export interface Programme extends ReferenceEntry {
  /** The {@link FundingSource} its money counts under in a budget. */
  readonly fundingSourceId: string;
}

/**
 * The programmes the seed texts name: Erasmus+, the EEA and Norway Grants (2014–2021), Nordplus
 * Adult, the Lithuanian Council for Culture, the 2007–2013 Lithuania–Poland–Russia cross-border
 * cooperation programme (European Neighbourhood and Partnership Instrument), the Ministry of
 * Culture's document acquisition programme, and non-formal children's education (NVŠ).
 *
 * @example
 * ```ts
 * import { PROGRAMMES } from "bibliotekos/reference";
 * PROGRAMMES.map((p) => p.id);
 * //=> ["erasmus_plus", "eea_norway_grants", "nordplus_adult", "lithuanian_council_for_culture", "enpi_cbc_lt_pl_ru_2007_2013", "document_acquisition", "non_formal_children_education"]
 * ```
 */
export const PROGRAMMES: readonly Programme[] = [
  { id: "erasmus_plus", nameLt: "Erasmus+", nameEn: "Erasmus+", fundingSourceId: "eu_funds", aliases: ["„Erasmus+“ programa"] },
  {
    id: "eea_norway_grants",
    nameLt: "2014–2021 m. Europos ekonominės erdvės ir Norvegijos finansiniai mechanizmai",
    nameEn: "EEA and Norway Grants 2014–2021",
    fundingSourceId: "project_funds",
    aliases: ["EEE ir Norvegijos finansiniai mechanizmai", "Europos ekonominės erdvės finansinis mechanizmas", "EEA and Norway Grants"],
  },
  {
    id: "nordplus_adult",
    nameLt: "Nordplus Adult",
    nameEn: "Nordplus Adult",
    fundingSourceId: "project_funds",
    aliases: ["Nordplus Adult 2021"],
  },
  {
    id: "lithuanian_council_for_culture",
    nameLt: "Lietuvos kultūros taryba",
    nameEn: "Lithuanian Council for Culture",
    fundingSourceId: "project_funds",
    aliases: ["LKT"],
  },
  {
    id: "enpi_cbc_lt_pl_ru_2007_2013",
    nameLt: "2007–2013 m. Europos kaimynystės ir partnerystės priemonės Lietuvos, Lenkijos ir Rusijos bendradarbiavimo per sieną programa",
    nameEn: "Lithuania–Poland–Russia ENPI Cross-border Cooperation Programme 2007–2013",
    fundingSourceId: "eu_funds",
  },
  {
    id: "document_acquisition",
    nameLt: "Dokumentų įsigijimo viešosiose bibliotekose ir duomenų bazių centralizuotos prenumeratos programa",
    nameEn: "Ministry of Culture programme for document acquisition in public libraries and central database subscriptions",
    fundingSourceId: "state_budget",
  },
  {
    id: "non_formal_children_education",
    nameLt: "Neformaliojo vaikų švietimo (NVŠ) programos",
    nameEn: "Non-formal children's education (NVŠ) programmes",
    fundingSourceId: "state_budget",
    aliases: ["NVŠ"],
  },
];
