/**
 * What an indicator counts or measures.
 *
 * @example
 * ```ts
 * import { getIndicator, type IndicatorUnit } from "bibliotekos/indicators";
 * const unit: IndicatorUnit | undefined = getIndicator("loans")?.unit;
 * unit;
 * //=> "physical_units"
 * ```
 */
export type IndicatorUnit =
  | "persons"
  | "visits"
  | "physical_units"
  | "titles"
  | "items"
  | "events"
  | "sessions"
  | "requests"
  | "hours"
  | "m2"
  | "metres"
  | "fte"
  | "service_points"
  | "EUR"
  | "percent"
  | "ratio";

/**
 * How a derived indicator is computed from others, as data: `numerator / denominator ×
 * multiplier`. Reach is `registered_users / population × 100`; loans per user is
 * `loans / registered_users × 1`.
 *
 * @example
 * ```ts
 * import { getIndicator, type IndicatorFormula } from "bibliotekos/indicators";
 * const formula: IndicatorFormula | undefined = getIndicator("reach")?.formula;
 * formula;
 * //=> { numerator: "registered_users", denominator: "population", multiplier: "100" }
 * ```
 */
export interface IndicatorFormula {
  /** The indicator divided. */
  numerator: string;
  /** The indicator divided by. */
  denominator: string;
  /** A decimal string: `"100"` for percentages, `"1000"` for "per 1 000 residents", `"1"` otherwise. */
  multiplier: string;
}

/**
 * One indicator of the annual report: what it is called in Lithuanian and English, its unit,
 * whether it adds up over reporting units, whether it is a stock (at year end) or a flow (during
 * the year), its formula if derived, its printed precision, and its ISO counterpart.
 *
 * @example
 * ```ts
 * import { getIndicator, type Indicator } from "bibliotekos/indicators";
 * const titles: Indicator | undefined = getIndicator("acquisitions_titles");
 * [titles?.nameLt, titles?.additive];
 * //=> ["Gauta dokumentų (pavadinimai)", false]
 * ```
 */
export interface Indicator {
  /** Stable id (`snake_case`). */
  readonly id: string;
  /** The Lithuanian name as reports and the statistical forms write it. */
  readonly nameLt: string;
  /** The English name. */
  readonly nameEn: string;
  /** What it counts. */
  readonly unit: IndicatorUnit;
  /** `stock`: a count at the end of the year; `flow`: during the year; `derived`: computed by its formula. */
  readonly kind: "stock" | "flow" | "derived";
  /**
   * True if the value of a parent reporting unit is the sum of its children's. Titles are not
   * (one title sits in many branches); ratios and percentages never are (they are recomputed).
   */
  readonly additive: boolean;
  /** Decimals printed in reports (DOMAIN.md §2: ratios 1, money per head 2, counts 0). */
  readonly precision: number;
  /** For derived indicators. */
  readonly formula?: IndicatorFormula;
  /** The indicator this one is a part of (`loans_books` of `loans`), for parts-vs-total checks. */
  readonly partOf?: string;
  /**
   * The ISO 2789:2013 data-collection block (`6.1` libraries … `6.7` staff) the indicator falls
   * in: a block-level mapping inferred from the standard's structure (DOMAIN.md §3), not a clause.
   */
  readonly iso2789?: string;
  /**
   * The ISO 2789:2022 data-collection clause (clause 7: `7.1` libraries, `7.2` library services
   * and use) the indicator falls in, which the Lithuanian forms follow from 2024 data (order
   * ĮV-948 of 2023-12-07). Given only to the level known: `7.1` or `7.2` where the block is sure,
   * `"7"` (data collection) otherwise; which rows of the Lithuanian forms carry it is unconfirmed
   * (REFERENCE-CHECK.md: the forms' annexes were not found).
   */
  readonly iso2789Edition2022?: string;
  /**
   * The ISO 11620:2014 indicator code, where one is known: the codes come from third-party code
   * citing the standard (DOMAIN.md §3) and are to be verified against it.
   */
  readonly iso11620?: string;
  /** Where the definition or formula comes from, and caveats. */
  readonly note?: string;
  /**
   * Stems of the words a report's narrative uses for it, folded (`foldText`): how the checks tie
   * a number in the text to the figure it restates (`įsigijo 717 fiz. vnt.` → acquisitions).
   */
  readonly narrativeStems?: readonly string[];
  /**
   * Lemmas of the lexicon's `COUNTED_NOUNS` whose counts restate it (`5 apsilankymai` → visits).
   * With `narrativeStems`, a claim counting a noun ties to it only when its clause holds a stem
   * and the noun is one of these (`registruoti 945 892 vartotojai`); without, the noun alone does.
   * A derived indicator (a ratio) ties only to such a count (`vienam gyventojui teko 3,8 apsilankymo`).
   */
  readonly countedNouns?: readonly string[];
  /**
   * Stems of the words a table's header or row label uses for it, folded (`foldText`): how
   * `readReport` (`bibliotekos/texts`) maps a column like `Įsigyta dokumentų per 2023 m.` to
   * acquisitions. Where several match, a part of another match wins (`Išduota periodinių leidinių`
   * → loans_periodicals), then the longest stem.
   */
  readonly headerStems?: readonly string[];
  /** The indicator whose titles this one counts (`stock_titles` of `stock`): a `Pav.` sub-column under it. */
  readonly titlesOf?: string;
}

type Def = Omit<Indicator, "kind" | "additive" | "precision"> & Partial<Pick<Indicator, "kind" | "additive" | "precision">>;

function flow(def: Def): Indicator {
  return { kind: "flow", additive: true, precision: 0, ...def };
}
function stock(def: Def): Indicator {
  return { kind: "stock", additive: true, precision: 0, ...def };
}
function derived(def: Def & { formula: IndicatorFormula }): Indicator {
  return { kind: "derived", additive: false, precision: 1, ...def };
}
const FUNDS_NOTE =
  "Money only, by source (LNB's guidance for the statistics forms); the forms' own rows and wording are unconfirmed (REFERENCE-CHECK.md).";

/** The parts of `funds_received`: a `FUNDING_SOURCES` id of bibliotekos/reference, and the names. */
const FUNDS_BY_SOURCE: readonly (readonly [string, string, string])[] = [
  ["municipal_budget", "Gauta savivaldybės biudžeto lėšų", "Funds received: municipal budget"],
  ["state_budget", "Gauta valstybės biudžeto lėšų", "Funds received: state budget"],
  ["eu_funds", "Gauta Europos Sąjungos lėšų", "Funds received: EU funds"],
  ["project_funds", "Gauta projektų lėšų", "Funds received: project funds"],
  ["donations", "Gauta fizinių, juridinių asmenų paramos lėšų", "Funds received: donations"],
  [
    "personal_income_tax_share",
    "Gauta gyventojų pajamų mokesčio dalies (1,2 % GPM parama) lėšų",
    "Funds received: personal income tax share",
  ],
  ["paid_services", "Gauta pajamų už mokamas paslaugas", "Funds received: paid services"],
];

const ratio = (numerator: string, denominator: string, multiplier = "1"): IndicatorFormula => ({ numerator, denominator, multiplier });

/**
 * The indicator catalogue: the figures Lithuanian public libraries report every year (the
 * Ministry of Culture's forms, based on ISO 2789) and the ratios derived from them, with their
 * formulas (DOMAIN.md §1–3). Percentages and ratios are never summed over reporting units: they
 * are recomputed from summed numerators and denominators.
 *
 * @example
 * ```ts
 * import { INDICATORS } from "bibliotekos/indicators";
 * INDICATORS.filter((i) => i.kind === "derived").map((i) => i.id).slice(0, 3);
 * //=> ["reach", "loans_per_resident", "loans_per_user"]
 * ```
 */
export const INDICATORS: readonly Indicator[] = [
  // Users and visits (ISO 2789 6.2)
  stock({
    id: "registered_users",
    headerStems: ["registruoti vartotoj", "registruotu vartotoj", "vartotoju skaicius", "vartotojai", "skaitytojai", "skaitytoju skaicius"],
    nameLt: "Registruoti vartotojai",
    nameEn: "Registered users",
    narrativeStems: ["registruot", "vartotoju skaicius", "skaitytoju skaicius"],
    countedNouns: ["vartotojas", "skaitytojas", "skaitytoja", "naudotojas"],
    unit: "persons",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    note: "Additive within one library system if each person is counted once.",
  }),
  stock({
    id: "registered_users_children",
    headerStems: ["vartotojai vaikai", "vaiku vartotoj", "vartotoju vaiku"],
    nameLt: "Registruoti vartotojai vaikai",
    nameEn: "Registered users: children",
    unit: "persons",
    partOf: "registered_users",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
  }),
  flow({
    id: "new_users",
    headerStems: ["nauji vartotoj", "naujai uzregistruot", "nauju vartotoj", "naujai iregistruot"],
    narrativeStems: ["uzregistruot", "naujai registruot", "nauju vartotoj", "nauji vartotoj", "nauju skaitytoj", "nauji skaitytoj"],
    countedNouns: ["vartotojas", "skaitytojas", "skaitytoja", "naudotojas"],
    nameLt: "Naujai užregistruoti vartotojai",
    nameEn: "New registrations",
    unit: "persons",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
  }),
  flow({
    id: "visits",
    headerStems: ["apsilankymai", "apsilankymu", "lankytojai", "lankytoju skaicius", "fiziniai apsilankym"],
    nameLt: "Apsilankymai",
    nameEn: "Physical visits",
    countedNouns: ["apsilankymas"],
    unit: "visits",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
  }),
  flow({
    id: "virtual_visits",
    headerStems: ["virtualus apsilankym", "virtualiu apsilankym", "virtualus lankytoj"],
    nameLt: "Virtualūs apsilankymai",
    nameEn: "Virtual visits",
    unit: "visits",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    note: "Includes online events and training since 2020-11-24.",
  }),
  // Loans (6.2)
  flow({
    id: "loans",
    headerStems: ["isduotis", "isduota dokument", "isduota", "isdavimas", "dokumentu isduot"],
    nameLt: "Dokumentų išduotis",
    nameEn: "Loans",
    unit: "physical_units",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["isduot", "isdav"],
  }),
  flow({
    id: "loans_books",
    headerStems: ["isduota knyg", "knygos", "knygu"],
    nameLt: "Išduota knygų",
    nameEn: "Loans: books",
    unit: "physical_units",
    partOf: "loans",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["isduota knyg"],
  }),
  flow({
    id: "loans_periodicals",
    headerStems: ["isduota periodin", "periodiniu leidin"],
    nameLt: "Išduota periodinių leidinių",
    nameEn: "Loans: periodicals",
    unit: "physical_units",
    partOf: "loans",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["isduota periodin"],
  }),
  flow({
    id: "loans_audiovisual",
    headerStems: ["isduota garsin", "garsiniu dokument", "garsiniai dokumentai", "audiovizualin"],
    nameLt: "Išduota garsinių ir regimųjų dokumentų",
    nameEn: "Loans: audio and audiovisual documents",
    unit: "physical_units",
    partOf: "loans",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["isduota garsin"],
  }),
  flow({
    id: "loans_other",
    headerStems: ["kitu dokument", "kiti dokumentai"],
    nameLt: "Išduota kitų dokumentų",
    nameEn: "Loans: other documents",
    unit: "physical_units",
    partOf: "loans",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["isduota kitu dokument"],
  }),
  flow({
    id: "downloads",
    nameLt: "Atsisiųsti el. dokumentai",
    nameEn: "Downloads",
    unit: "items",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
  }),
  // Collection (6.3)
  stock({
    id: "stock",
    headerStems: ["fondo dydis", "dokumentu fondas", "fondas", "fonde", "fondo", "dokumentai", "dokumentu"],
    nameLt: "Dokumentų fondas",
    nameEn: "Collection (stock at year end)",
    unit: "physical_units",
    iso2789: "6.3",
    iso2789Edition2022: "7",
  }),
  stock({
    id: "stock_titles",
    titlesOf: "stock",
    nameLt: "Dokumentų fondas (pavadinimai)",
    nameEn: "Collection: titles",
    unit: "titles",
    additive: false,
    iso2789: "6.3",
    iso2789Edition2022: "7",
    note: "Not additive: one title sits in many branches (LNB: only non-repeating titles are counted).",
  }),
  stock({
    id: "stock_fiction",
    headerStems: ["grozine literatur", "grozines literatur", "grozine"],
    nameLt: "Grožinė literatūra (be periodikos)",
    nameEn: "Collection: fiction (without periodicals)",
    unit: "physical_units",
    partOf: "stock",
    iso2789: "6.3",
    iso2789Edition2022: "7",
  }),
  stock({
    id: "stock_non_fiction",
    headerStems: ["sakine literatur", "sakines literatur", "sakine"],
    nameLt: "Šakinė literatūra (be periodikos)",
    nameEn: "Collection: non-fiction (without periodicals)",
    unit: "physical_units",
    partOf: "stock",
    iso2789: "6.3",
    iso2789Edition2022: "7",
  }),
  stock({
    id: "stock_periodicals",
    headerStems: ["periodiniai leidiniai", "periodiniu leidin", "periodika"],
    nameLt: "Periodiniai leidiniai",
    nameEn: "Collection: periodicals",
    unit: "physical_units",
    partOf: "stock",
    iso2789: "6.3",
    iso2789Edition2022: "7",
  }),
  flow({
    id: "acquisitions",
    headerStems: [
      "isigyta dokument",
      "isigyta",
      "gauta dokument",
      "gauta nauju dokument",
      "gautu dokument",
      "isigijimas",
      "fondo papildymas",
    ],
    nameLt: "Gauta dokumentų (fiz. vnt.)",
    nameEn: "Acquisitions (physical units)",
    unit: "physical_units",
    iso2789: "6.3",
    iso2789Edition2022: "7",
    narrativeStems: ["isigij", "isigyt", "isigijo", "gauta dokument"],
  }),
  flow({
    id: "acquisitions_titles",
    titlesOf: "acquisitions",
    nameLt: "Gauta dokumentų (pavadinimai)",
    nameEn: "Acquisitions (titles)",
    unit: "titles",
    additive: false,
    iso2789: "6.3",
    iso2789Edition2022: "7",
    note: "Not additive over branches: the same new title may go to several.",
  }),
  flow({
    id: "withdrawals",
    headerStems: ["nurasyta", "nurasyt"],
    nameLt: "Nurašyta dokumentų",
    nameEn: "Withdrawals",
    unit: "physical_units",
    iso2789: "6.3",
    iso2789Edition2022: "7",
  }),
  // Services (6.2)
  flow({
    id: "events",
    headerStems: ["organizuota rengin", "renginiai", "renginiu skaicius", "renginiu", "rengin"],
    nameLt: "Renginiai",
    nameEn: "Events",
    unit: "events",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["rengin"],
  }),
  flow({
    id: "events_complex",
    headerStems: ["kompleksin"],
    nameLt: "Kompleksiniai renginiai",
    nameEn: "Events: complex",
    unit: "events",
    partOf: "events",
  }),
  flow({
    id: "events_oral",
    headerStems: ["zodin"],
    nameLt: "Žodiniai renginiai",
    nameEn: "Events: oral",
    unit: "events",
    partOf: "events",
  }),
  flow({
    id: "events_visual",
    headerStems: ["vaizdin", "parodos", "parodu"],
    nameLt: "Vaizdiniai renginiai (parodos)",
    nameEn: "Events: visual (exhibitions)",
    unit: "events",
    partOf: "events",
  }),
  flow({
    id: "event_attendances",
    headerStems: ["renginiu lankytoj", "renginiu dalyvi", "renginiuose apsilank", "dalyviai", "dalyviu"],
    nameLt: "Renginių lankytojai",
    nameEn: "Event attendances",
    unit: "persons",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    note: "Attendances, not unique persons.",
    narrativeStems: ["renginiuose apsilank", "renginiu lankytoj", "renginiu dalyvi"],
  }),
  flow({
    id: "educational_sessions",
    headerStems: ["edukaciniai uzsiemim", "edukaciniu uzsiemim", "edukacin"],
    nameLt: "Edukaciniai užsiėmimai",
    nameEn: "Educational sessions",
    unit: "events",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["edukacini uzsiemim", "edukaciniu uzsiemim"],
  }),
  flow({
    id: "inquiries_received",
    headerStems: ["uzklausos", "uzklausu", "gauta uzklaus", "pateikta uzklaus"],
    nameLt: "Gautos užklausos",
    nameEn: "Information requests received",
    unit: "requests",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["uzklaus"],
  }),
  flow({
    id: "inquiries_answered",
    headerStems: ["atsakyta i uzklaus", "atsakyta", "ivykdyta uzklaus"],
    nameLt: "Įvykdytos užklausos",
    nameEn: "Information requests answered",
    unit: "requests",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["atsakyta i", "ivykdytos"],
  }),
  flow({
    id: "internet_sessions",
    headerStems: ["interneto seans", "seansai", "seansu"],
    nameLt: "Interneto seansai",
    nameEn: "Internet sessions",
    unit: "sessions",
    iso2789: "6.2",
    iso2789Edition2022: "7.2",
    narrativeStems: ["seans"],
  }),
  flow({ id: "home_delivery_users", nameLt: "Aptarnauti namuose", nameEn: "Home-delivery users", unit: "persons" }),
  flow({ id: "home_delivery_visits", nameLt: "Apsilankymai pas vartotojus namuose", nameEn: "Home-delivery visits", unit: "visits" }),
  // Access and facilities (6.4), management (6.1)
  stock({
    id: "computers_users",
    headerStems: ["kompiuteriai vartotoj", "kompiuteriu vartotoj"],
    nameLt: "Kompiuterizuotos darbo vietos vartotojams",
    nameEn: "Public-access workstations",
    unit: "items",
    iso2789: "6.4",
    iso2789Edition2022: "7",
  }),
  stock({
    id: "computers_staff",
    nameLt: "Kompiuteriai darbuotojams",
    nameEn: "Staff computers",
    unit: "items",
    iso2789: "6.4",
    iso2789Edition2022: "7",
  }),
  stock({
    id: "floor_area",
    headerStems: ["naudingasis plotas", "plotas", "ploto"],
    nameLt: "Naudingasis plotas",
    nameEn: "Floor area",
    unit: "m2",
    iso2789: "6.4",
    iso2789Edition2022: "7",
    narrativeStems: ["plotas", "ploto"],
  }),
  stock({
    id: "shelving_metres",
    headerStems: ["lentynu", "lentynos"],
    nameLt: "Lentynų ilgis",
    nameEn: "Shelving length",
    unit: "metres",
    iso2789: "6.4",
    iso2789Edition2022: "7",
    narrativeStems: ["lentyn"],
  }),
  stock({
    id: "opening_hours",
    headerStems: ["darbo valand", "darbo laikas"],
    nameLt: "Darbo valandos per savaitę",
    nameEn: "Opening hours per week",
    unit: "hours",
    additive: false,
    iso2789: "6.4",
    iso2789Edition2022: "7",
    note: "Per service point: never summed.",
  }),
  stock({
    id: "service_points",
    headerStems: ["aptarnavimo punkt"],
    nameLt: "Aptarnavimo vietos",
    nameEn: "Service points",
    unit: "service_points",
    iso2789: "6.1",
    iso2789Edition2022: "7.1",
  }),
  stock({
    id: "population",
    headerStems: ["gyventoju skaicius", "gyventojai"],
    nameLt: "Aptarnaujamų gyventojų skaičius",
    nameEn: "Population to be served",
    unit: "persons",
    iso2789: "6.1",
    iso2789Edition2022: "7.1",
    note: "Additive only where the units' service areas partition the area (as branch micro-districts partition a municipality).",
  }),
  // Staff (6.7)
  stock({
    id: "staff",
    headerStems: ["darbuotoju skaicius", "darbuotojai", "darbuotoju"],
    nameLt: "Darbuotojai",
    nameEn: "Staff (headcount)",
    unit: "persons",
    iso2789: "6.7",
    iso2789Edition2022: "7",
    narrativeStems: ["darbuotoj"],
  }),
  stock({
    id: "staff_fte",
    headerStems: ["etatai", "etatu"],
    nameLt: "Etatai",
    nameEn: "Staff (FTE)",
    unit: "fte",
    precision: 2,
    iso2789: "6.7",
    iso2789Edition2022: "7",
  }),
  flow({
    id: "staff_trained",
    headerStems: ["kele kvalifikacij", "kvalifikacij"],
    nameLt: "Kvalifikaciją kėlę darbuotojai",
    nameEn: "Staff who trained",
    unit: "persons",
    iso2789: "6.7",
    iso2789Edition2022: "7",
    narrativeStems: ["kvalifikacij"],
  }),
  // Funding (6.6)
  flow({
    id: "acquisition_spending",
    nameLt: "Lėšos dokumentams įsigyti",
    nameEn: "Acquisition spending",
    unit: "EUR",
    precision: 2,
    iso2789: "6.6",
    iso2789Edition2022: "7",
  }),
  // Funds received, by source, and expenditure (LNB's guidance for the statistics forms; money only)
  flow({
    id: "funds_received",
    nameLt: "Gauta lėšų",
    nameEn: "Funds received",
    unit: "EUR",
    precision: 2,
    iso2789: "6.6",
    iso2789Edition2022: "7",
    note: FUNDS_NOTE,
  }),
  ...FUNDS_BY_SOURCE.map(([source, nameLt, nameEn]) =>
    flow({
      id: `funds_received_${source}`,
      nameLt,
      nameEn,
      unit: "EUR",
      precision: 2,
      partOf: "funds_received",
      iso2789: "6.6",
      iso2789Edition2022: "7",
      note: FUNDS_NOTE,
    }),
  ),
  flow({
    id: "expenditure",
    nameLt: "Išlaidos",
    nameEn: "Expenditure",
    unit: "EUR",
    precision: 2,
    iso2789: "6.6",
    iso2789Edition2022: "7",
    note: "LNB's guidance for the statistics forms names an expenditure line; its breakdown in the forms is not known, so only the total is listed.",
  }),
  // Derived (DOMAIN.md §2: formulas that reproduce published figures)
  derived({
    id: "reach",
    headerStems: ["sutelktum"],
    nameLt: "Sutelktumas",
    nameEn: "Reach (share of the population registered)",
    unit: "percent",
    formula: ratio("registered_users", "population", "100"),
    iso11620: "B.2.4.1",
    note: "Svėdasai: 811 / 1970 × 100 = 41,17 → 41,2 %. ISO 11620 counts active users; Lithuania counts registered users.",
    narrativeStems: ["sutelktum"],
  }),
  derived({
    id: "loans_per_resident",
    nameLt: "Išduotis gyventojui",
    nameEn: "Loans per resident",
    unit: "ratio",
    formula: ratio("loans", "population"),
    iso11620: "B.2.1.2",
  }),
  derived({
    id: "loans_per_user",
    nameLt: "Skaitomumas",
    nameEn: "Loans per user",
    unit: "ratio",
    formula: ratio("loans", "registered_users"),
    note: "Visaginas: 38 169 / 1 850 = 20,6.",
  }),
  derived({
    id: "visits_per_user",
    nameLt: "Lankomumas",
    nameEn: "Visits per user",
    unit: "ratio",
    formula: ratio("visits", "registered_users"),
    narrativeStems: ["vienam vartotojui", "vartotojui teko"],
    countedNouns: ["apsilankymas"],
  }),
  derived({
    id: "visits_per_resident",
    nameLt: "Apsilankymai gyventojui",
    nameEn: "Visits per resident",
    unit: "ratio",
    formula: ratio("visits", "population"),
    narrativeStems: ["vienam gyventojui", "vienam salies gyventojui", "gyventojui teko"],
    countedNouns: ["apsilankymas"],
    iso11620: "B.2.2.1",
  }),
  derived({
    id: "stock_turnover",
    nameLt: "Fondo apyvartumas",
    nameEn: "Collection turnover",
    unit: "ratio",
    precision: 2,
    formula: ratio("loans", "stock"),
    iso11620: "B.2.1.1",
  }),
  derived({
    id: "stock_per_resident",
    nameLt: "Aprūpinimas dokumentais gyventojui",
    nameEn: "Stock per resident",
    unit: "ratio",
    formula: ratio("stock", "population"),
  }),
  derived({
    id: "stock_per_user",
    nameLt: "Aprūpinimas dokumentais vartotojui",
    nameEn: "Stock per user",
    unit: "ratio",
    formula: ratio("stock", "registered_users"),
  }),
  derived({
    id: "acquisitions_per_1000_residents",
    nameLt: "Gautis 1000 gyventojų",
    nameEn: "Acquisitions per 1 000 residents",
    unit: "ratio",
    precision: 0,
    formula: ratio("acquisitions", "population", "1000"),
  }),
  derived({
    id: "acquisition_spending_per_resident",
    nameLt: "Lėšos dokumentams vienam gyventojui",
    nameEn: "Acquisition spending per resident",
    unit: "EUR",
    precision: 2,
    formula: ratio("acquisition_spending", "population"),
  }),
  derived({
    id: "inquiries_answered_share",
    nameLt: "Įvykdytų užklausų dalis",
    nameEn: "Share of requests answered",
    unit: "percent",
    formula: ratio("inquiries_answered", "inquiries_received", "100"),
  }),
  derived({
    id: "staff_trained_share",
    nameLt: "Kvalifikaciją kėlusių darbuotojų dalis",
    nameEn: "Share of staff who trained",
    unit: "percent",
    precision: 0,
    formula: ratio("staff_trained", "staff", "100"),
    narrativeStems: ["visu darbuotoj"],
  }),
];

const BY_ID: ReadonlyMap<string, Indicator> = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

/**
 * The catalogue entry of an indicator, by id.
 *
 * @param id - the indicator's id.
 * @returns the indicator, or `undefined`.
 *
 * @example
 * ```ts
 * import { getIndicator } from "bibliotekos/indicators";
 * getIndicator("reach")?.nameLt;
 * //=> "Sutelktumas"
 * getIndicator("nonexistent");
 * //=> undefined
 * ```
 */
export function getIndicator(id: string): Indicator | undefined {
  return BY_ID.get(id);
}
