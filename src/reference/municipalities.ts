import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A municipality (savivaldybė): one of the 60, with its ISO 3166-2:LT code (`LT-01` … `LT-60`),
 * its county, its official name and the short name reports use (`Ignalinos r.`).
 *
 * @example
 * ```ts
 * import { findById, MUNICIPALITIES, type Municipality } from "bibliotekos/reference";
 * const ignalina: Municipality | undefined = findById(MUNICIPALITIES, "ignalina_district");
 * [ignalina?.shortNameLt, ignalina?.countyId];
 * //=> ["Ignalinos r.", "utena"]
 * ```
 */
export interface Municipality extends ReferenceEntry {
  /** ISO 3166-2:LT code (`"LT-09"`). Note the pairs: Kauno m. 15 / r. 16, Klaipėdos m. 20 / r. 21, Šiaulių m. 43 / r. 44. */
  readonly code: string;
  /** The short form of reports and tables: `Ignalinos r.`, `Kauno m.`, `Birštono`. */
  readonly shortNameLt: string;
  /** The {@link County} it lies in. */
  readonly countyId: string;
}

/**
 * The 60 municipalities of Lithuania, grouped by county (DOMAIN.md §5). Official names follow the
 * rule of the source: „r.“ is „rajono savivaldybė“, „m.“ „miesto savivaldybė“, otherwise
 * „… savivaldybė“. Ids: the English stem, with `_district` or `_city` where the name has „r.“ or „m.“.
 *
 * @example
 * ```ts
 * import { MUNICIPALITIES } from "bibliotekos/reference";
 * MUNICIPALITIES.length;
 * //=> 60
 * MUNICIPALITIES.filter((m) => m.countyId === "utena").map((m) => m.shortNameLt);
 * //=> ["Anykščių r.", "Ignalinos r.", "Molėtų r.", "Utenos r.", "Visagino", "Zarasų r."]
 * ```
 */
export const MUNICIPALITIES: readonly Municipality[] = [
  { id: "alytus_city", nameLt: "Alytaus miesto savivaldybė", nameEn: "Alytus City Municipality", code: "LT-02", shortNameLt: "Alytaus m.", countyId: "alytus" },
  { id: "alytus_district", nameLt: "Alytaus rajono savivaldybė", nameEn: "Alytus District Municipality", code: "LT-03", shortNameLt: "Alytaus r.", countyId: "alytus" },
  { id: "druskininkai", nameLt: "Druskininkų savivaldybė", nameEn: "Druskininkai Municipality", code: "LT-07", shortNameLt: "Druskininkų", countyId: "alytus" },
  { id: "lazdijai_district", nameLt: "Lazdijų rajono savivaldybė", nameEn: "Lazdijai District Municipality", code: "LT-24", shortNameLt: "Lazdijų r.", countyId: "alytus" },
  { id: "varena_district", nameLt: "Varėnos rajono savivaldybė", nameEn: "Varėna District Municipality", code: "LT-55", shortNameLt: "Varėnos r.", countyId: "alytus" },
  { id: "birstonas", nameLt: "Birštono savivaldybė", nameEn: "Birštonas Municipality", code: "LT-05", shortNameLt: "Birštono", countyId: "kaunas" },
  { id: "jonava_district", nameLt: "Jonavos rajono savivaldybė", nameEn: "Jonava District Municipality", code: "LT-10", shortNameLt: "Jonavos r.", countyId: "kaunas" },
  { id: "kaisiadorys_district", nameLt: "Kaišiadorių rajono savivaldybė", nameEn: "Kaišiadorys District Municipality", code: "LT-13", shortNameLt: "Kaišiadorių r.", countyId: "kaunas" },
  { id: "kaunas_city", nameLt: "Kauno miesto savivaldybė", nameEn: "Kaunas City Municipality", code: "LT-15", shortNameLt: "Kauno m.", countyId: "kaunas" },
  { id: "kaunas_district", nameLt: "Kauno rajono savivaldybė", nameEn: "Kaunas District Municipality", code: "LT-16", shortNameLt: "Kauno r.", countyId: "kaunas" },
  { id: "kedainiai_district", nameLt: "Kėdainių rajono savivaldybė", nameEn: "Kėdainiai District Municipality", code: "LT-18", shortNameLt: "Kėdainių r.", countyId: "kaunas" },
  { id: "prienai_district", nameLt: "Prienų rajono savivaldybė", nameEn: "Prienai District Municipality", code: "LT-36", shortNameLt: "Prienų r.", countyId: "kaunas" },
  { id: "raseiniai_district", nameLt: "Raseinių rajono savivaldybė", nameEn: "Raseiniai District Municipality", code: "LT-38", shortNameLt: "Raseinių r.", countyId: "kaunas" },
  { id: "klaipeda_city", nameLt: "Klaipėdos miesto savivaldybė", nameEn: "Klaipėda City Municipality", code: "LT-20", shortNameLt: "Klaipėdos m.", countyId: "klaipeda" },
  { id: "klaipeda_district", nameLt: "Klaipėdos rajono savivaldybė", nameEn: "Klaipėda District Municipality", code: "LT-21", shortNameLt: "Klaipėdos r.", countyId: "klaipeda" },
  { id: "kretinga_district", nameLt: "Kretingos rajono savivaldybė", nameEn: "Kretinga District Municipality", code: "LT-22", shortNameLt: "Kretingos r.", countyId: "klaipeda" },
  { id: "neringa", nameLt: "Neringos savivaldybė", nameEn: "Neringa Municipality", code: "LT-28", shortNameLt: "Neringos", countyId: "klaipeda" },
  { id: "palanga_city", nameLt: "Palangos miesto savivaldybė", nameEn: "Palanga City Municipality", code: "LT-31", shortNameLt: "Palangos m.", countyId: "klaipeda" },
  { id: "silute_district", nameLt: "Šilutės rajono savivaldybė", nameEn: "Šilutė District Municipality", code: "LT-46", shortNameLt: "Šilutės r.", countyId: "klaipeda" },
  { id: "skuodas_district", nameLt: "Skuodo rajono savivaldybė", nameEn: "Skuodas District Municipality", code: "LT-48", shortNameLt: "Skuodo r.", countyId: "klaipeda" },
  { id: "kalvarija", nameLt: "Kalvarijos savivaldybė", nameEn: "Kalvarija Municipality", code: "LT-14", shortNameLt: "Kalvarijos", countyId: "marijampole" },
  { id: "kazlu_ruda", nameLt: "Kazlų Rūdos savivaldybė", nameEn: "Kazlų Rūda Municipality", code: "LT-17", shortNameLt: "Kazlų Rūdos", countyId: "marijampole" },
  { id: "marijampole", nameLt: "Marijampolės savivaldybė", nameEn: "Marijampolė Municipality", code: "LT-25", shortNameLt: "Marijampolės", countyId: "marijampole" },
  { id: "sakiai_district", nameLt: "Šakių rajono savivaldybė", nameEn: "Šakiai District Municipality", code: "LT-41", shortNameLt: "Šakių r.", countyId: "marijampole" },
  { id: "vilkaviskis_district", nameLt: "Vilkaviškio rajono savivaldybė", nameEn: "Vilkaviškis District Municipality", code: "LT-56", shortNameLt: "Vilkaviškio r.", countyId: "marijampole" },
  { id: "birzai_district", nameLt: "Biržų rajono savivaldybė", nameEn: "Biržai District Municipality", code: "LT-06", shortNameLt: "Biržų r.", countyId: "panevezys" },
  { id: "kupiskis_district", nameLt: "Kupiškio rajono savivaldybė", nameEn: "Kupiškis District Municipality", code: "LT-23", shortNameLt: "Kupiškio r.", countyId: "panevezys" },
  { id: "panevezys_city", nameLt: "Panevėžio miesto savivaldybė", nameEn: "Panevėžys City Municipality", code: "LT-32", shortNameLt: "Panevėžio m.", countyId: "panevezys" },
  { id: "panevezys_district", nameLt: "Panevėžio rajono savivaldybė", nameEn: "Panevėžys District Municipality", code: "LT-33", shortNameLt: "Panevėžio r.", countyId: "panevezys" },
  { id: "pasvalys_district", nameLt: "Pasvalio rajono savivaldybė", nameEn: "Pasvalys District Municipality", code: "LT-34", shortNameLt: "Pasvalio r.", countyId: "panevezys" },
  { id: "rokiskis_district", nameLt: "Rokiškio rajono savivaldybė", nameEn: "Rokiškis District Municipality", code: "LT-40", shortNameLt: "Rokiškio r.", countyId: "panevezys" },
  { id: "akmene_district", nameLt: "Akmenės rajono savivaldybė", nameEn: "Akmenė District Municipality", code: "LT-01", shortNameLt: "Akmenės r.", countyId: "siauliai" },
  { id: "joniskis_district", nameLt: "Joniškio rajono savivaldybė", nameEn: "Joniškis District Municipality", code: "LT-11", shortNameLt: "Joniškio r.", countyId: "siauliai" },
  { id: "kelme_district", nameLt: "Kelmės rajono savivaldybė", nameEn: "Kelmė District Municipality", code: "LT-19", shortNameLt: "Kelmės r.", countyId: "siauliai" },
  { id: "pakruojis_district", nameLt: "Pakruojo rajono savivaldybė", nameEn: "Pakruojis District Municipality", code: "LT-30", shortNameLt: "Pakruojo r.", countyId: "siauliai" },
  { id: "radviliskis_district", nameLt: "Radviliškio rajono savivaldybė", nameEn: "Radviliškis District Municipality", code: "LT-37", shortNameLt: "Radviliškio r.", countyId: "siauliai" },
  { id: "siauliai_city", nameLt: "Šiaulių miesto savivaldybė", nameEn: "Šiauliai City Municipality", code: "LT-43", shortNameLt: "Šiaulių m.", countyId: "siauliai" },
  { id: "siauliai_district", nameLt: "Šiaulių rajono savivaldybė", nameEn: "Šiauliai District Municipality", code: "LT-44", shortNameLt: "Šiaulių r.", countyId: "siauliai" },
  { id: "jurbarkas_district", nameLt: "Jurbarko rajono savivaldybė", nameEn: "Jurbarkas District Municipality", code: "LT-12", shortNameLt: "Jurbarko r.", countyId: "taurage" },
  { id: "pagegiai", nameLt: "Pagėgių savivaldybė", nameEn: "Pagėgiai Municipality", code: "LT-29", shortNameLt: "Pagėgių", countyId: "taurage" },
  { id: "silale_district", nameLt: "Šilalės rajono savivaldybė", nameEn: "Šilalė District Municipality", code: "LT-45", shortNameLt: "Šilalės r.", countyId: "taurage" },
  { id: "taurage_district", nameLt: "Tauragės rajono savivaldybė", nameEn: "Tauragė District Municipality", code: "LT-50", shortNameLt: "Tauragės r.", countyId: "taurage" },
  { id: "mazeikiai_district", nameLt: "Mažeikių rajono savivaldybė", nameEn: "Mažeikiai District Municipality", code: "LT-26", shortNameLt: "Mažeikių r.", countyId: "telsiai" },
  { id: "plunge_district", nameLt: "Plungės rajono savivaldybė", nameEn: "Plungė District Municipality", code: "LT-35", shortNameLt: "Plungės r.", countyId: "telsiai" },
  { id: "rietavas", nameLt: "Rietavo savivaldybė", nameEn: "Rietavas Municipality", code: "LT-39", shortNameLt: "Rietavo", countyId: "telsiai" },
  { id: "telsiai_district", nameLt: "Telšių rajono savivaldybė", nameEn: "Telšiai District Municipality", code: "LT-51", shortNameLt: "Telšių r.", countyId: "telsiai" },
  { id: "anyksciai_district", nameLt: "Anykščių rajono savivaldybė", nameEn: "Anykščiai District Municipality", code: "LT-04", shortNameLt: "Anykščių r.", countyId: "utena" },
  { id: "ignalina_district", nameLt: "Ignalinos rajono savivaldybė", nameEn: "Ignalina District Municipality", code: "LT-09", shortNameLt: "Ignalinos r.", countyId: "utena" },
  { id: "moletai_district", nameLt: "Molėtų rajono savivaldybė", nameEn: "Molėtai District Municipality", code: "LT-27", shortNameLt: "Molėtų r.", countyId: "utena" },
  { id: "utena_district", nameLt: "Utenos rajono savivaldybė", nameEn: "Utena District Municipality", code: "LT-54", shortNameLt: "Utenos r.", countyId: "utena" },
  { id: "visaginas", nameLt: "Visagino savivaldybė", nameEn: "Visaginas Municipality", code: "LT-59", shortNameLt: "Visagino", countyId: "utena" },
  { id: "zarasai_district", nameLt: "Zarasų rajono savivaldybė", nameEn: "Zarasai District Municipality", code: "LT-60", shortNameLt: "Zarasų r.", countyId: "utena" },
  { id: "elektrenai", nameLt: "Elektrėnų savivaldybė", nameEn: "Elektrėnai Municipality", code: "LT-08", shortNameLt: "Elektrėnų", countyId: "vilnius" },
  { id: "salcininkai_district", nameLt: "Šalčininkų rajono savivaldybė", nameEn: "Šalčininkai District Municipality", code: "LT-42", shortNameLt: "Šalčininkų r.", countyId: "vilnius" },
  { id: "sirvintos_district", nameLt: "Širvintų rajono savivaldybė", nameEn: "Širvintos District Municipality", code: "LT-47", shortNameLt: "Širvintų r.", countyId: "vilnius" },
  { id: "svencionys_district", nameLt: "Švenčionių rajono savivaldybė", nameEn: "Švenčionys District Municipality", code: "LT-49", shortNameLt: "Švenčionių r.", countyId: "vilnius" },
  { id: "trakai_district", nameLt: "Trakų rajono savivaldybė", nameEn: "Trakai District Municipality", code: "LT-52", shortNameLt: "Trakų r.", countyId: "vilnius" },
  { id: "ukmerge_district", nameLt: "Ukmergės rajono savivaldybė", nameEn: "Ukmergė District Municipality", code: "LT-53", shortNameLt: "Ukmergės r.", countyId: "vilnius" },
  { id: "vilnius_city", nameLt: "Vilniaus miesto savivaldybė", nameEn: "Vilnius City Municipality", code: "LT-57", shortNameLt: "Vilniaus m.", countyId: "vilnius" },
  { id: "vilnius_district", nameLt: "Vilniaus rajono savivaldybė", nameEn: "Vilnius District Municipality", code: "LT-58", shortNameLt: "Vilniaus r.", countyId: "vilnius" },
];
