/**
 * The words an annual report's tables are read by (`bibliotekos/texts` `readReport`): the labels
 * of a total, the last words that tell a reporting unit's kind, the headers of a difference
 * column, the measure words that turn an indicator into its ratio per resident or per user, and
 * the marks of a share column. As written; the reader folds them (`foldText`) and joins a word
 * hyphenated across a line (`Gyven-tojui`).
 *
 * @example
 * ```ts
 * import { REPORT_TABLE_WORDS } from "bibliotekos/lexicon";
 * REPORT_TABLE_WORDS.total.slice(0, 2);
 * //=> ["Iš viso", "Viso"]
 * REPORT_TABLE_WORDS.unitKinds.branch_group.includes("filialai");
 * //=> true
 * ```
 */
export const REPORT_TABLE_WORDS = {
  /** A row or column label that is the total of the others. */
  total: ["Iš viso", "Viso", "Iš viso:", "Bendras", "Bendrai", "Suma", "Iš viso bibliotekoje", "Iš viso sistemoje", "Visa sistema"],
  /**
   * The last word of a reporting unit's name and the kind it tells (`Dūkšto miesto filialas` →
   * `branch`, `Kaimo filialai` → `branch_group`). Labels that end otherwise are not units.
   */
  unitKinds: {
    /** A group of branches. */
    branch_group: ["filialai", "padaliniai", "filialų"],
    /** A branch. */
    branch: ["filialas", "padalinys", "skyrius"],
    /** The central library. */
    central_library: ["biblioteka", "CB", "centrinė biblioteka", "viešoji biblioteka"],
    /** A group of service points. */
    service_point_group: ["punktai"],
    /** A service point. */
    service_point: ["punktas"],
  },
  /** The header of a column that gives a difference between two periods. */
  difference: ["Skirtumas", "Pokytis", "Pokytis +/-", "Padidėjo / sumažėjo", "+/-", "+ -", "+−", "+˗", "±"],
  /** The header of a column that gives a change in percent of the earlier period. */
  changePercent: ["Pokytis %", "Pokytis, %", "Pokytis proc.", "Padidėjo / sumažėjo %"],
  /** Measure words: the indicator per resident or per user (its catalogue ratio's denominator). */
  per: {
    /** Per resident: the denominator `population`. */
    population: ["Gyventojui", "1 gyventojui", "Vienam gyventojui", "Tenka 1 gyventojui"],
    /** Per user: the denominator `registered_users`. */
    registered_users: ["Vartotojui", "1 vartotojui", "Vienam vartotojui", "Skaitytojui", "Tenka 1 vartotojui"],
  },
  /** Words that start a row of a part of the row above (`iš jų vaikai iki 14 m.`, `iš jų: darbo užmokestis`). */
  partsLead: ["iš jų", "iš to skaičiaus", "tame tarpe"],
  /** The header of a share column: a percentage of the total (a unit's share) or of the row's whole. */
  share: ["%", "proc.", "Dalis %", "Dalis, %", "Procentai"],
} as const;

/**
 * The words the budget chapter of an annual report is written in (`readReport`): the fields of a
 * budget line, each with its spellings, longest first where one contains another (`gauta
 * asignavimų` before `gauta`), and the heading that starts a list of articles.
 *
 * @example
 * ```ts
 * import { REPORT_BUDGET_WORDS } from "bibliotekos/lexicon";
 * REPORT_BUDGET_WORDS.fields.carriedOver.at(-1);
 * //=> "likutis"
 * ```
 */
export const REPORT_BUDGET_WORDS = {
  /** Each field of a budget line and the words that introduce its amount. */
  fields: {
    /** Collected for paid services (before it is assigned). */
    collected: ["už suteiktas paslaugas gauta", "už mokamas paslaugas gauta", "surinkta"],
    /** The plan. */
    planned: ["ataskaitinio laikotarpio planas", "metinis planas", "planas", "patvirtinta", "planuota"],
    /** Received (assigned). */
    received: ["gauta asignavimų", "gauta lėšų", "gauta", "skirta asignavimų", "skirta"],
    /** Used. */
    used: ["panaudota", "panaudoti", "panaudotos", "išleista", "išmokėta"],
    /** The balance at the end of the period. */
    carriedOver: ["likutis ataskaitinio laikotarpio pabaigoje", "likutis"],
    /** The execution percentage. */
    executionPercent: ["įvykdymas", "įvykdyta"],
  },
  /** The heading words of a budget chapter written as running prose (`6. FINANSAI`). */
  chapter: ["finansai", "finansavimas", "lėšos ir jų panaudojimas", "biudžetas", "finansiniai ištekliai", "lėšų panaudojimas"],
  /** A paragraph that starts the list of a source's articles. */
  articles: ["Išlaidos pagal straipsnius", "Išlaidos pagal ekonominę klasifikaciją", "Pagal straipsnius"],
  /** Words after a source's name in its heading that are not part of the name. */
  headingTails: ["ir jų panaudojimas", "ir jų naudojimas"],
} as const;

/**
 * The words the strategic targets of an annual report are read by (`readReport`): what starts a
 * target's planned value (quantitative or qualitative), the comparisons of a planned value, the
 * words before a target's actual value, and the marks of the section numbering.
 *
 * @example
 * ```ts
 * import { REPORT_TARGET_WORDS } from "bibliotekos/lexicon";
 * REPORT_TARGET_WORDS.comparisons.at_least[0];
 * //=> "ne mažiau kaip"
 * ```
 */
export const REPORT_TARGET_WORDS = {
  /** What starts a quantitative planned value (`Kiekybinis vertinimas – …`). */
  quantitative: [
    "kiekybinis vertinimo rodiklis",
    "kiekybinis vertinimo kriterijus",
    "kiekybinis vertinimas",
    "kiekybinis rodiklis",
    "kiekybinis kriterijus",
  ],
  /** What starts a qualitative planned value (`Kokybinis vertinimas – …`). */
  qualitative: [
    "kokybinis vertinimo kriterijus",
    "kokybinis vertinimo rodiklis",
    "kokybinis vertinimas",
    "kokybinis rodiklis",
    "kokybinis kriterijus",
  ],
  /** The comparisons a planned value is written with. */
  comparisons: {
    /** At least. */
    at_least: ["ne mažiau kaip", "ne mažesnis kaip", "ne mažiau nei", "ne mažesnė kaip", "ne mažiau negu", "bent"],
    /** At most. */
    at_most: ["ne daugiau kaip", "ne didesnis kaip", "ne daugiau nei", "ne didesnė kaip"],
  },
  /** Words a verdict stands after (`Rodiklis pasiektas`). */
  verdictSubjects: ["rodiklis", "kriterijus", "rezultatas"],
  /** Stems (folded) of the nouns that count people: a planned `300 gyventojų` is in persons. */
  personStems: [
    "gyventoj",
    "vartotoj",
    "skaitytoj",
    "lankytoj",
    "dalyvi",
    "darbuotoj",
    "vaik",
    "mokini",
    "moksleiv",
    "senjor",
    "asmen",
    "zmon",
  ],
  /** Verdict spellings beyond `TARGET_VERDICTS`, by outcome (longest first). */
  moreVerdicts: {
    /** Partly achieved. */
    partly_achieved: [
      "įgyvendintas nevisiškai",
      "įvykdytas nevisiškai",
      "įgyvendintas iš dalies",
      "pasiektas iš dalies",
      "įvykdytas iš dalies",
      "įvykdyta iš dalies",
    ],
    /** Not achieved. */
    not_achieved: ["neįgyvendintas", "neįgyvendinta"],
    /** Achieved. */
    achieved: ["įgyvendintas", "įgyvendinta", "viršytas", "viršyta"],
  },
} as const;

/**
 * The words an annual report's frame is read by (`readReport`): the line that gives the reporting
 * period, the word of a chapter heading (`I SKYRIUS`), the word of the report in its title.
 *
 * @example
 * ```ts
 * import { REPORT_FRAME_WORDS } from "bibliotekos/lexicon";
 * REPORT_FRAME_WORDS.period[0];
 * //=> "Ataskaitinis laikotarpis"
 * ```
 */
export const REPORT_FRAME_WORDS = {
  /** The label of the reporting period. */
  period: ["Ataskaitinis laikotarpis", "Ataskaitinis periodas", "Laikotarpis"],
  /** The word of a chapter heading after its Roman numeral. */
  chapter: ["skyrius", "dalis"],
  /**
   * The first word of an approval block above the title (`PATVIRTINTA` / `Varėnos rajono
   * savivaldybės tarybos` / `2025 m. kovo 27 d. sprendimu Nr. …`): the block is not the title.
   */
  approval: ["Patvirtinta", "Tvirtinu", "Pritarta", "Suderinta"],
  /** The words of a report's title. */
  title: ["veiklos ataskaita", "ataskaita"],
  /** The heading given to text that stands under no heading. */
  untitled: "Be antraštės",
} as const;
