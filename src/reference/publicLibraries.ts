import type { ReferenceEntry } from "./ReferenceEntry";

/**
 * A public library of the national network: a county public library (apskrities viešoji
 * biblioteka), a municipal public library (savivaldybės viešoji biblioteka) or a national library.
 * `status` says whether `nameLt` was checked against a source (`"confirmed"`, with the source in
 * `source`) or is written after the usual pattern or from memory (`"unconfirmed"`): correct an
 * unconfirmed name from the library's own statutes (nuostatai) before printing it in an official
 * document.
 *
 * @example
 * ```ts
 * import { findById, PUBLIC_LIBRARIES, type PublicLibrary } from "bibliotekos/reference";
 * const library: PublicLibrary | undefined = findById(PUBLIC_LIBRARIES, "ignalina_district_library");
 * [library?.nameLt, library?.status];
 * //=> ["Ignalinos rajono savivaldybės viešoji biblioteka", "confirmed"]
 * ```
 */
export interface PublicLibrary extends ReferenceEntry {
  /** A {@link LibraryType} id: `"national"`, `"county_public"` or `"municipal_public"`. */
  readonly type: "national" | "county_public" | "municipal_public";
  /** The municipality whose library it is (municipal libraries) or where it stands. */
  readonly municipalityId: string;
  /** County libraries: the two counties each serves (order 2010-06-29 Nr. ĮV-372, DOMAIN.md §5). */
  readonly servesCountyIds?: readonly string[];
  /** Whether `nameLt` was checked against a source. */
  readonly status: "confirmed" | "unconfirmed";
  /** Where the name was checked, or why it is unconfirmed: a short citation (`alytus.mvb.lt, statutes 2023`). */
  readonly source: string;
  /** The day (`YYYY-MM-DD`) or year (`YYYY`) since which `nameLt` is the name, where a source gives it. */
  readonly nameSince?: string;
  /**
   * The library's other names, as data: former names with the days they were in use, and the short
   * forms texts write. Their spellings are also in `aliases` (which is built from this list), so
   * {@link findByName} finds them; {@link findByNameMatch} says which one matched.
   */
  readonly otherNames?: readonly LibraryName[];
}

/**
 * One other name of a library: a `former` name (with `from`/`until` where a source gives them), a
 * `short` form texts write (without „rajono savivaldybės“, say), or a `variant` spelling seen in a
 * text that is neither. `from` and `until` are days (`YYYY-MM-DD`) or years (`YYYY`), both
 * inclusive. The `VB` abbreviation of a name (`Skuodo rajono savivaldybės VB`) is not listed:
 * {@link findByNameMatch} reads it from the lexicon's `LIBRARY_NAME_HEADS`.
 *
 * @example
 * ```ts
 * import { findById, PUBLIC_LIBRARIES, type LibraryName } from "bibliotekos/reference";
 * const former: LibraryName | undefined = findById(PUBLIC_LIBRARIES, "skuodas_district_library")?.otherNames?.[0];
 * [former?.name, former?.kind, former?.until];
 * //=> ["Skuodo rajono savivaldybės viešoji biblioteka", "former", "2015-09-30"]
 * ```
 */
export interface LibraryName {
  /** The name as the source writes it, in the nominative. */
  readonly name: string;
  /** `former`: no longer the name; `short`: a shorter form in use; `variant`: another spelling in use. */
  readonly kind: "former" | "short" | "variant";
  /** The first day (or year) the name was in use, where known. */
  readonly from?: string;
  /** The last day (or year) the name was in use, where known. */
  readonly until?: string;
  /** Where the name was read. */
  readonly source: string;
}

// `aliases` (what every reference entry has) are the spellings of `otherNames`: written once.
function withAliases(entries: readonly Omit<PublicLibrary, "aliases">[]): readonly PublicLibrary[] {
  return entries.map((entry) =>
    entry.otherNames === undefined ? entry : { ...entry, aliases: entry.otherNames.map((other) => other.name) },
  );
}

/**
 * The public libraries: the 2 national libraries that the seeds name, the 5 county public
 * libraries (founded by the Ministry of Culture, each serving two counties) and the 60 municipal
 * public libraries, one per municipality. Ids: the municipality id with `_library`
 * (`ignalina_district_library`), or the county id with `_county_library`.
 *
 * @example
 * ```ts
 * import { PUBLIC_LIBRARIES } from "bibliotekos/reference";
 * PUBLIC_LIBRARIES.filter((l) => l.type === "county_public").length;
 * //=> 5
 * PUBLIC_LIBRARIES.filter((l) => l.type === "municipal_public").length;
 * //=> 60
 * ```
 */
export const PUBLIC_LIBRARIES: readonly PublicLibrary[] = withAliases([
  {
    id: "national_library",
    nameLt: "Lietuvos nacionalinė Martyno Mažvydo biblioteka",
    nameEn: "Martynas Mažvydas National Library of Lithuania",
    type: "national",
    municipalityId: "vilnius_city",
    status: "confirmed",
    source: "annual-report-2023-ignalina.txt; DOMAIN.md §5",
    otherNames: [{ name: "LNB", kind: "short", source: "DOMAIN.md §5" }],
  },
  {
    id: "audiosensory_library",
    nameLt: "Lietuvos audiosensorinė biblioteka",
    nameEn: "Lithuanian Audiosensory Library",
    type: "national",
    municipalityId: "vilnius_city",
    status: "confirmed",
    source: 'annual-report-2023-ignalina.txt ("Lietuvos audiosensorinės bibliotekos"); formerly Lietuvos aklųjų biblioteka (DOMAIN.md §5)',
    otherNames: [
      {
        name: "Lietuvos aklųjų biblioteka",
        kind: "former",
        until: "2022-12-31",
        source: "DOMAIN.md §5; REFERENCE-CHECK.md: Lietuvos audiosensorinė biblioteka since 2023-01-01",
      },
    ],
  },
  {
    id: "vilnius_county_library",
    nameLt: "Vilniaus apskrities Adomo Mickevičiaus viešoji biblioteka",
    nameEn: "Vilnius County Adam Mickiewicz Public Library",
    type: "county_public",
    municipalityId: "vilnius_city",
    servesCountyIds: ["alytus", "vilnius"],
    status: "confirmed",
    source: 'DOMAIN.md §5 ("Vilniaus apskrities Adomo Mickevičiaus VB")',
  },
  {
    id: "kaunas_county_library",
    nameLt: "Kauno apskrities viešoji biblioteka",
    nameEn: "Kaunas County Public Library",
    type: "county_public",
    municipalityId: "kaunas_city",
    servesCountyIds: ["kaunas", "marijampole"],
    status: "confirmed",
    source: "annual-report-2023-ignalina.txt; DOMAIN.md §5",
  },
  {
    id: "klaipeda_county_library",
    nameLt: "Klaipėdos apskrities Ievos Simonaitytės viešoji biblioteka",
    nameEn: "Klaipėda County Ieva Simonaitytė Public Library",
    type: "county_public",
    municipalityId: "klaipeda_city",
    servesCountyIds: ["klaipeda", "taurage"],
    status: "confirmed",
    source: 'DOMAIN.md §5; annual-report-2023-ignalina.txt ("Klaipėdos apskrities I. Simonaitytės viešoji biblioteka")',
    otherNames: [
      { name: "Klaipėdos apskrities I. Simonaitytės viešoji biblioteka", kind: "short", source: "annual-report-2023-ignalina.txt" },
    ],
  },
  {
    id: "siauliai_county_library",
    nameLt: "Šiaulių apskrities Povilo Višinskio viešoji biblioteka",
    nameEn: "Šiauliai County Povilas Višinskis Public Library",
    type: "county_public",
    municipalityId: "siauliai_city",
    servesCountyIds: ["siauliai", "telsiai"],
    status: "confirmed",
    source: 'DOMAIN.md §5 ("Šiaulių apskrities Povilo Višinskio VB")',
  },
  {
    id: "panevezys_county_library",
    nameLt: "Panevėžio apskrities Gabrielės Petkevičaitės-Bitės viešoji biblioteka",
    nameEn: "Panevėžys County Gabrielė Petkevičaitė-Bitė Public Library",
    type: "county_public",
    municipalityId: "panevezys_city",
    servesCountyIds: ["panevezys", "utena"],
    status: "confirmed",
    source: "chronicle-2022-panevezys.txt; annual-report-2023-ignalina.txt",
    otherNames: [
      { name: "Panevėžio apskrities G. Petkevičaitės-Bitės viešoji biblioteka", kind: "short", source: "the table's earlier alias" },
      { name: "Bitės biblioteka", kind: "short", source: 'chronicle-2022-panevezys.txt ("Bitės bibliotekai")' },
    ],
  },
  {
    id: "alytus_city_library",
    nameLt: "Alytaus Jurgio Kunčino viešoji biblioteka",
    nameEn: "Alytus Jurgis Kunčinas Public Library",
    type: "municipal_public",
    municipalityId: "alytus_city",
    status: "confirmed",
    source: "alytus.mvb.lt, statutes 2023",
    otherNames: [
      {
        name: "Alytaus miesto savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "alytus_district_library",
    nameLt: "Alytaus rajono savivaldybės viešoji biblioteka",
    nameEn: "Alytus District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "alytus_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "druskininkai_library",
    nameLt: "Druskininkų savivaldybės viešoji biblioteka",
    nameEn: "Druskininkai Municipality Public Library",
    type: "municipal_public",
    municipalityId: "druskininkai",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "lazdijai_district_library",
    nameLt: "Lazdijų rajono savivaldybės viešoji biblioteka",
    nameEn: "Lazdijai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "lazdijai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "varena_district_library",
    nameLt: "Varėnos rajono savivaldybės viešoji biblioteka",
    nameEn: "Varėna District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "varena_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "birstonas_library",
    nameLt: "Birštono viešoji biblioteka",
    nameEn: "Birštonas Public Library",
    type: "municipal_public",
    municipalityId: "birstonas",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "jonava_district_library",
    nameLt: "Jonavos rajono savivaldybės viešoji biblioteka",
    nameEn: "Jonava District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "jonava_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "kaisiadorys_district_library",
    nameLt: "Kaišiadorių rajono savivaldybės viešoji biblioteka",
    nameEn: "Kaišiadorys District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "kaisiadorys_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "kaunas_city_library",
    nameLt: "Kauno miesto savivaldybės Vinco Kudirkos viešoji biblioteka",
    nameEn: "Kaunas City Municipality Vincas Kudirka Public Library",
    type: "municipal_public",
    municipalityId: "kaunas_city",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
    otherNames: [
      {
        name: "Kauno Vinco Kudirkos viešoji biblioteka",
        kind: "short",
        source: "REFERENCE-CHECK.md: the library styles itself so; the registry form is unconfirmed",
      },
    ],
  },
  {
    id: "kaunas_district_library",
    nameLt: "Kauno rajono savivaldybės viešoji biblioteka",
    nameEn: "Kaunas District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "kaunas_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "kedainiai_district_library",
    nameLt: "Kėdainių rajono savivaldybės Mikalojaus Daukšos viešoji biblioteka",
    nameEn: "Kėdainiai District Municipality Mikalojus Daukša Public Library",
    type: "municipal_public",
    municipalityId: "kedainiai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "prienai_district_library",
    nameLt: "Prienų Justino Marcinkevičiaus viešoji biblioteka",
    nameEn: "Prienai Justinas Marcinkevičius Public Library",
    type: "municipal_public",
    municipalityId: "prienai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "raseiniai_district_library",
    nameLt: "Raseinių rajono savivaldybės Marcelijaus Martinaičio viešoji biblioteka",
    nameEn: "Raseiniai District Municipality Marcelijus Martinaitis Public Library",
    type: "municipal_public",
    municipalityId: "raseiniai_district",
    status: "confirmed",
    source: "lsvba.lt, member page",
    otherNames: [
      {
        name: "Raseinių rajono savivaldybės viešoji biblioteka",
        kind: "former",
        source:
          'the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names ("Raseinių rajono savivaldybės viešąja biblioteka", a 2022 chronicle)',
      },
    ],
  },
  {
    id: "klaipeda_city_library",
    nameLt: "Klaipėdos miesto savivaldybės Imanuelio Kanto viešoji biblioteka",
    nameEn: "Klaipėda City Municipality Immanuel Kant Public Library",
    type: "municipal_public",
    municipalityId: "klaipeda_city",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "klaipeda_district_library",
    nameLt: "Klaipėdos rajono savivaldybės Jono Lankučio viešoji biblioteka",
    nameEn: "Klaipėda District Municipality Jonas Lankutis Public Library",
    type: "municipal_public",
    municipalityId: "klaipeda_district",
    nameSince: "2000-12-28",
    status: "confirmed",
    source: "gargzdaivb.lt, history",
    otherNames: [
      {
        name: "Klaipėdos rajono savivaldybės viešoji biblioteka",
        kind: "former",
        until: "2000-12-27",
        source: "gargzdaivb.lt, history (the name before 2000-12-28)",
      },
    ],
  },
  {
    id: "kretinga_district_library",
    nameLt: "Kretingos rajono savivaldybės Motiejaus Valančiaus viešoji biblioteka",
    nameEn: "Kretinga District Municipality Motiejus Valančius Public Library",
    type: "municipal_public",
    municipalityId: "kretinga_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "neringa_library",
    nameLt: "Neringos savivaldybės Viktoro Miliūno viešoji biblioteka",
    nameEn: "Neringa Municipality Viktoras Miliūnas Public Library",
    type: "municipal_public",
    municipalityId: "neringa",
    status: "confirmed",
    source: "neringosvb.lt, statutes 2016",
    otherNames: [
      {
        name: "Neringos savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "palanga_city_library",
    nameLt: "Palangos miesto savivaldybės viešoji biblioteka",
    nameEn: "Palanga City Municipality Public Library",
    type: "municipal_public",
    municipalityId: "palanga_city",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "silute_district_library",
    nameLt: "Šilutės rajono savivaldybės Fridricho Bajoraičio viešoji biblioteka",
    nameEn: "Šilutė District Municipality Fridrichas Bajoraitis Public Library",
    type: "municipal_public",
    municipalityId: "silute_district",
    status: "confirmed",
    source: "silutevb.lt",
    otherNames: [
      { name: "Šilutės Fridricho Bajoraičio viešoji biblioteka", kind: "short", source: "silutevb.lt (the short form also used)" },
    ],
  },
  {
    id: "skuodas_district_library",
    nameLt: "Skuodo rajono savivaldybės Romualdo Granausko viešoji biblioteka",
    nameEn: "Skuodas District Municipality Romualdas Granauskas Public Library",
    type: "municipal_public",
    municipalityId: "skuodas_district",
    nameSince: "2015-10-01",
    status: "confirmed",
    source: "svb.lt, history",
    otherNames: [
      {
        name: "Skuodo rajono savivaldybės viešoji biblioteka",
        kind: "former",
        until: "2015-09-30",
        source: "svb.lt, history (the name before 2015-10-01)",
      },
    ],
  },
  {
    id: "kalvarija_library",
    nameLt: "Kalvarijos savivaldybės viešoji biblioteka",
    nameEn: "Kalvarija Municipality Public Library",
    type: "municipal_public",
    municipalityId: "kalvarija",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "kazlu_ruda_library",
    nameLt: "Kazlų Rūdos savivaldybės viešoji biblioteka",
    nameEn: "Kazlų Rūda Municipality Public Library",
    type: "municipal_public",
    municipalityId: "kazlu_ruda",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "marijampole_library",
    nameLt: "Marijampolės Petro Kriaučiūno viešoji biblioteka",
    nameEn: "Marijampolė Petras Kriaučiūnas Public Library",
    type: "municipal_public",
    municipalityId: "marijampole",
    status: "confirmed",
    source: "project-notice-marijampole.txt",
  },
  {
    id: "sakiai_district_library",
    nameLt: "Šakių rajono savivaldybės viešoji biblioteka",
    nameEn: "Šakiai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "sakiai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "vilkaviskis_district_library",
    nameLt: "Vilkaviškio rajono savivaldybės viešoji biblioteka",
    nameEn: "Vilkaviškis District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "vilkaviskis_district",
    status: "confirmed",
    source: "project-notice-marijampole.txt",
  },
  {
    id: "birzai_district_library",
    nameLt: "Biržų rajono savivaldybės Jurgio Bielinio viešoji biblioteka",
    nameEn: "Biržai District Municipality Jurgis Bielinis Public Library",
    type: "municipal_public",
    municipalityId: "birzai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "kupiskis_district_library",
    nameLt: "Kupiškio rajono savivaldybės viešoji biblioteka",
    nameEn: "Kupiškis District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "kupiskis_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "panevezys_city_library",
    nameLt: "Panevėžio Elenos Mezginaitės viešoji biblioteka",
    nameEn: "Panevėžys Elena Mezginaitė Public Library",
    type: "municipal_public",
    municipalityId: "panevezys_city",
    status: "confirmed",
    source: "chronicle-2022-panevezys.txt",
  },
  {
    id: "panevezys_district_library",
    nameLt: "Panevėžio rajono savivaldybės viešoji biblioteka",
    nameEn: "Panevėžys District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "panevezys_district",
    status: "confirmed",
    source: 'chronicle-2022-panevezys.txt ("Panevėžio rajono savivaldybių viešosiomis bibliotekomis")',
  },
  {
    id: "pasvalys_district_library",
    nameLt: "Pasvalio Mariaus Katiliškio viešoji biblioteka",
    nameEn: "Pasvalys Marius Katiliškis Public Library",
    type: "municipal_public",
    municipalityId: "pasvalys_district",
    status: "confirmed",
    source: "chronicle-2022-panevezys.txt, annual-report-2023-ignalina.txt",
  },
  {
    id: "rokiskis_district_library",
    nameLt: "Rokiškio Juozo Keliuočio viešoji biblioteka",
    nameEn: "Rokiškis Juozas Keliuotis Public Library",
    type: "municipal_public",
    municipalityId: "rokiskis_district",
    status: "unconfirmed",
    source:
      'chronicle-2022-panevezys.txt ("Rokiškio Juozo Keliuočio viešosios bibliotekos"): a short form in use; the registry form is unconfirmed (REFERENCE-CHECK.md)',
  },
  {
    id: "akmene_district_library",
    nameLt: "Akmenės rajono savivaldybės viešoji biblioteka",
    nameEn: "Akmenė District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "akmene_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "joniskis_district_library",
    nameLt: "Joniškio rajono savivaldybės Jono Avyžiaus viešoji biblioteka",
    nameEn: "Joniškis District Municipality Jonas Avyžius Public Library",
    type: "municipal_public",
    municipalityId: "joniskis_district",
    status: "confirmed",
    source: "savb.lt, regional libraries",
    otherNames: [
      {
        name: "Joniškio rajono savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "kelme_district_library",
    nameLt: "Kelmės rajono savivaldybės Žemaitės viešoji biblioteka",
    nameEn: "Kelmė District Municipality Žemaitė Public Library",
    type: "municipal_public",
    municipalityId: "kelme_district",
    status: "confirmed",
    source: "kelmeszemaitesvb.lt, about (Apie mus)",
    otherNames: [
      {
        name: "Kelmės rajono centrinė biblioteka",
        kind: "former",
        from: "1977",
        until: "1995",
        source: "kelmeszemaitesvb.lt, about: the centralized system's centre from 1977; Žemaitė's name given in June 1995",
      },
      {
        name: "Kelmės rajono savivaldybės viešoji biblioteka",
        kind: "former",
        source:
          'the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names ("Kelmės rajono savivaldybės viešąja biblioteka", a 2022 chronicle)',
      },
      { name: "Kelmės r. savivaldybės Žemaitės viešoji biblioteka", kind: "short", source: "lsvba.lt, member page" },
    ],
  },
  {
    id: "pakruojis_district_library",
    nameLt: "Pakruojo rajono savivaldybės Juozo Paukštelio viešoji biblioteka",
    nameEn: "Pakruojis District Municipality Juozas Paukštelis Public Library",
    type: "municipal_public",
    municipalityId: "pakruojis_district",
    nameSince: "2018",
    status: "confirmed",
    source: "Pakruojis district council decision 2018-04-26 Nr. T-90",
    otherNames: [
      {
        name: "Pakruojo rajono savivaldybės viešoji biblioteka",
        kind: "former",
        until: "2018",
        source: "council decision 2018-04-26 Nr. T-90 gave Juozas Paukštelis' name; the day the new name took effect is not known",
      },
    ],
  },
  {
    id: "radviliskis_district_library",
    nameLt: "Radviliškio rajono savivaldybės viešoji biblioteka",
    nameEn: "Radviliškis District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "radviliskis_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "siauliai_city_library",
    nameLt: "Šiaulių miesto savivaldybės viešoji biblioteka",
    nameEn: "Šiauliai City Municipality Public Library",
    type: "municipal_public",
    municipalityId: "siauliai_city",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "siauliai_district_library",
    nameLt: "Šiaulių rajono savivaldybės viešoji biblioteka",
    nameEn: "Šiauliai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "siauliai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "jurbarkas_district_library",
    nameLt: "Jurbarko rajono savivaldybės viešoji biblioteka",
    nameEn: "Jurbarkas District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "jurbarkas_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "pagegiai_library",
    nameLt: "Pagėgių savivaldybės Vydūno viešoji biblioteka",
    nameEn: "Pagėgiai Municipality Vydūnas Public Library",
    type: "municipal_public",
    municipalityId: "pagegiai",
    status: "confirmed",
    source: "pagegiusvb.lt",
    otherNames: [
      {
        name: "Pagėgių savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "silale_district_library",
    nameLt: "Šilalės rajono savivaldybės viešoji biblioteka",
    nameEn: "Šilalė District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "silale_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "taurage_district_library",
    nameLt: "Tauragės rajono savivaldybės Birutės Baltrušaitytės viešoji biblioteka",
    nameEn: "Tauragė District Municipality Birutė Baltrušaitytė Public Library",
    type: "municipal_public",
    municipalityId: "taurage_district",
    nameSince: "2011-08-30",
    status: "confirmed",
    source: "tauragevb.lt",
    otherNames: [
      {
        name: "Tauragės rajono savivaldybės viešoji biblioteka",
        kind: "former",
        until: "2011-08-29",
        source: "tauragevb.lt (the name before 2011-08-30)",
      },
    ],
  },
  {
    id: "mazeikiai_district_library",
    nameLt: "Mažeikių rajono savivaldybės viešoji biblioteka",
    nameEn: "Mažeikiai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "mazeikiai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "plunge_district_library",
    nameLt: "Plungės rajono savivaldybės viešoji biblioteka",
    nameEn: "Plungė District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "plunge_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "rietavas_library",
    nameLt: "Rietavo savivaldybės Irenėjaus Oginskio viešoji biblioteka",
    nameEn: "Rietavas Municipality Irenėjus Oginskis Public Library",
    type: "municipal_public",
    municipalityId: "rietavas",
    status: "confirmed",
    source: "rietavovb.lt",
    otherNames: [
      {
        name: "Rietavo savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "telsiai_district_library",
    nameLt: "Telšių rajono savivaldybės Karolinos Praniauskaitės viešoji biblioteka",
    nameEn: "Telšiai District Municipality Karolina Praniauskaitė Public Library",
    type: "municipal_public",
    municipalityId: "telsiai_district",
    status: "confirmed",
    source: "kpbiblioteka.lt",
    otherNames: [
      {
        name: "Telšių Karolinos Praniauskaitės viešoji biblioteka",
        kind: "short",
        source: "the name this table gave before 2026-12; kpbiblioteka.lt",
      },
    ],
  },
  {
    id: "anyksciai_district_library",
    nameLt: "Anykščių rajono savivaldybės Liudvikos ir Stanislovo Didžiulių viešoji biblioteka",
    nameEn: "Anykščiai District Municipality Liudvika and Stanislovas Didžiulis Public Library",
    type: "municipal_public",
    municipalityId: "anyksciai_district",
    status: "confirmed",
    source: "anyksciuvb.lt (Liudvika: the writer Liudvika Didžiulienė-Žmona)",
    otherNames: [
      {
        name: "Anykščių Liudvikos ir Stanislovo Didžiulių viešoji biblioteka",
        kind: "short",
        source: "anyksciuvb.lt; the short form of the name this table gave before 2026-12, which misspelt Liudvikos as Liudviko",
      },
    ],
  },
  {
    id: "ignalina_district_library",
    nameLt: "Ignalinos rajono savivaldybės viešoji biblioteka",
    nameEn: "Ignalina District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "ignalina_district",
    status: "confirmed",
    source: "annual-report-2023-ignalina.txt (title and first sentence)",
  },
  {
    id: "moletai_district_library",
    nameLt: "Molėtų rajono savivaldybės viešoji biblioteka",
    nameEn: "Molėtai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "moletai_district",
    status: "confirmed",
    source: "chronicle-2022-panevezys.txt, annual-report-2023-ignalina.txt",
  },
  {
    id: "utena_district_library",
    nameLt: "Utenos A. ir M. Miškinių viešoji biblioteka",
    nameEn: "Utena A. and M. Miškinis Public Library",
    type: "municipal_public",
    municipalityId: "utena_district",
    status: "confirmed",
    source: "annual-report-2023-ignalina.txt",
  },
  {
    id: "visaginas_library",
    nameLt: "Visagino viešoji biblioteka",
    nameEn: "Visaginas Public Library",
    type: "municipal_public",
    municipalityId: "visaginas",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
    otherNames: [
      {
        name: "Visagino miesto viešoji biblioteka",
        kind: "variant",
        source: 'annual-report-2023-ignalina.txt ("Visagino miesto viešosiomis bibliotekomis")',
      },
    ],
  },
  {
    id: "zarasai_district_library",
    nameLt: "Zarasų rajono savivaldybės viešoji biblioteka",
    nameEn: "Zarasai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "zarasai_district",
    status: "confirmed",
    source: "annual-report-2023-ignalina.txt",
  },
  {
    id: "elektrenai_library",
    nameLt: "Elektrėnų savivaldybės viešoji biblioteka",
    nameEn: "Elektrėnai Municipality Public Library",
    type: "municipal_public",
    municipalityId: "elektrenai",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "salcininkai_district_library",
    nameLt: "Šalčininkų rajono savivaldybės viešoji biblioteka",
    nameEn: "Šalčininkai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "salcininkai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "sirvintos_district_library",
    nameLt: "Širvintų rajono savivaldybės Igno Šeiniaus viešoji biblioteka",
    nameEn: "Širvintos District Municipality Ignas Šeinius Public Library",
    type: "municipal_public",
    municipalityId: "sirvintos_district",
    status: "confirmed",
    source: "sirvintuvb.lt",
    otherNames: [
      {
        name: "Širvintų rajono savivaldybės viešoji biblioteka",
        kind: "former",
        source: "the name this table gave before 2026-12 (after the pattern); REFERENCE-CHECK.md: texts keep writing older names",
      },
    ],
  },
  {
    id: "svencionys_district_library",
    nameLt: "Švenčionių rajono savivaldybės viešoji biblioteka",
    nameEn: "Švenčionys District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "svencionys_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "trakai_district_library",
    nameLt: "Trakų rajono savivaldybės viešoji biblioteka",
    nameEn: "Trakai District Municipality Public Library",
    type: "municipal_public",
    municipalityId: "trakai_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "ukmerge_district_library",
    nameLt: "Ukmergės Vlado Šlaito viešoji biblioteka",
    nameEn: "Ukmergė Vladas Šlaitas Public Library",
    type: "municipal_public",
    municipalityId: "ukmerge_district",
    nameSince: "2005-09-28",
    status: "unconfirmed",
    source: "ukmergesvb.lt (the name in use since 2005-09-28); the registry form is unconfirmed (REFERENCE-CHECK.md)",
    otherNames: [
      {
        name: "Ukmergės rajono savivaldybės viešoji biblioteka",
        kind: "former",
        until: "2005-09-27",
        source: "ukmergesvb.lt (the name before 2005-09-28)",
      },
    ],
  },
  {
    id: "vilnius_city_library",
    nameLt: "Vilniaus miesto savivaldybės centrinė biblioteka",
    nameEn: "Vilnius City Municipality Central Library",
    type: "municipal_public",
    municipalityId: "vilnius_city",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
  {
    id: "vilnius_district_library",
    nameLt: "Vilniaus rajono savivaldybės centrinė biblioteka",
    nameEn: "Vilnius District Municipality Central Library",
    type: "municipal_public",
    municipalityId: "vilnius_district",
    status: "unconfirmed",
    source: "pattern „<savivaldybė> viešoji biblioteka“ or memory; not checked against the founding act",
  },
]);
