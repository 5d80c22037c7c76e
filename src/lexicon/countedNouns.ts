import { foldForSearch } from "./fold";
import type { UnitId } from "./units";

/**
 * A noun that a number counts (`312 lankytojų`, `6000 tomų`): its lemma, the unit its count is
 * in, what it counts, and every case form it takes after a number.
 *
 * @example
 * ```ts
 * import { lookupCountedNoun, type CountedNoun } from "bibliotekos/lexicon";
 * const noun: CountedNoun | undefined = lookupCountedNoun("vartotojai");
 * [noun?.lemma, noun?.unit, noun?.kind];
 * //=> ["vartotojas", "persons", "people"]
 * ```
 */
export interface CountedNoun {
  /** The dictionary form (`vartotojas`). */
  readonly lemma: string;
  /** The unit of a count of it (`persons`, `visits`, `items`, `volumes`, `days`, `physical_units`). */
  readonly unit: UnitId;
  /** What it counts. */
  readonly kind: "people" | "visits" | "events" | "volumes" | "days" | "documents";
  /**
   * Every case form, singular and plural: a number takes the nominative or genitive plural
   * (`5 vartotojai`, `15 vartotojų`), the singular after 1, 21, … (`21 knyga`), the genitive
   * singular after a decimal (`2,4 apsilankymo`), and any case its sentence asks for
   * (`37 vaikučiams`, `5 žurnalus`, `4776 apsilankymais`).
   */
  readonly forms: readonly string[];
  /**
   * The forms of {@link CountedNoun.forms} that are singular in its declension (`tomas`, `knygą`;
   * not `knygos`, which is also the nominative plural). After a number from 2 to 9 such a form
   * names one thing by its number (`3 tomas` is volume 3), not a count.
   */
  readonly singular: readonly string[];
}

// The endings of a declension, singular then plural: nominative, genitive, dative, accusative,
// instrumental, locative.
const DECLENSIONS = {
  as: ["as", "o", "ui", "ą", "u", "e", "ai", "ų", "ams", "us", "ais", "uose"],
  is: ["is", "io", "iui", "į", "iu", "yje", "iai", "ių", "iams", "ius", "iais", "iuose"],
  ius: ["ius", "iaus", "iui", "ių", "iumi", "iuje", "iai", "ių", "iams", "ius", "iais", "iuose"],
  ys: ["ys", "io", "iui", "į", "iu", "yje", "iai", "ių", "iams", "ius", "iais", "iuose"],
  a: ["a", "os", "ai", "ą", "oje", "ų", "oms", "as", "omis", "ose"],
  ė: ["ė", "ės", "ei", "ę", "e", "ėje", "ių", "ėms", "es", "ėmis", "ėse"],
} as const;

// How many of a declension's endings above are singular; the rest are plural, and so is the
// singular ending that is also the nominative plural (`knygos`, `knygelės`).
const SINGULAR_ENDINGS: Record<keyof typeof DECLENSIONS, { count: number; alsoPlural?: string }> = {
  as: { count: 6 },
  is: { count: 6 },
  ius: { count: 6 },
  ys: { count: 6 },
  a: { count: 5, alsoPlural: "os" },
  ė: { count: 6, alsoPlural: "ės" },
};

/** A regular noun's case forms, and those of them that are singular only. */
function decline(lemma: string): { forms: string[]; singular: string[] } {
  const declension = (Object.keys(DECLENSIONS) as Array<keyof typeof DECLENSIONS>).find((d) => lemma.endsWith(d)) ?? "as";
  const stem = lemma.slice(0, lemma.length - declension.length);
  const endings: readonly string[] = DECLENSIONS[declension];
  const { count, alsoPlural } = SINGULAR_ENDINGS[declension];
  const plural = new Set([...endings.slice(count), ...(alsoPlural === undefined ? [] : [alsoPlural])]);
  const singular = endings.slice(0, count).filter((e) => !plural.has(e));
  return { forms: endings.map((ending) => stem + ending), singular: singular.map((e) => stem + e) };
}

/**
 * The case forms of a noun the regular endings do not decline (`žmogus`, `žmonės`; `vaikutis`,
 * `vaikučio`): singular and plural, nominative to locative, and any further forms (`extra`).
 */
interface Declined {
  readonly singular: readonly string[];
  readonly plural: readonly string[];
  readonly extra?: readonly string[];
}

function noun(lemma: string, unit: UnitId, kind: CountedNoun["kind"], declined?: Declined): CountedNoun {
  if (declined === undefined) return { lemma, unit, kind, ...decline(lemma) };
  const plural = new Set(declined.plural);
  return {
    lemma,
    unit,
    kind,
    forms: [...declined.singular, ...declined.plural, ...(declined.extra ?? [])],
    singular: declined.singular.filter((form) => !plural.has(form)),
  };
}

const people = (lemma: string, declined?: Declined) => noun(lemma, "persons", "people", declined);
const documents = (lemma: string, declined?: Declined) => noun(lemma, "physical_units", "documents", declined);

/**
 * The nouns a number counts in library text, each a quantity of its own unit without a unit word
 * (`1 204 vartotojai` is 1204 persons): people (`persons`), visits (`visits`), events (`items`),
 * volumes (`volumes`), days (`days`) and books and documents (`physical_units`). Counts of
 * libraries, branches and organisations are not here: their numbers are not a unit of the
 * statistics. `egzempliorius` is not here either: it is the unit word of `copies` (`egz.`).
 *
 * @example
 * ```ts
 * import { COUNTED_NOUNS } from "bibliotekos/lexicon";
 * COUNTED_NOUNS.filter((n) => n.unit === "visits").map((n) => n.lemma);
 * //=> ["apsilankymas"]
 * ```
 */
export const COUNTED_NOUNS: readonly CountedNoun[] = [
  people("vartotojas"),
  people("naudotojas"),
  people("skaitytojas"),
  people("skaitytoja"),
  people("lankytojas"),
  people("dalyvis"),
  people("dalyvė"),
  people("vaikas"),
  people("vaikutis", {
    singular: ["vaikutis", "vaikučio", "vaikučiui", "vaikutį", "vaikučiu", "vaikutyje"],
    plural: ["vaikučiai", "vaikučių", "vaikučiams", "vaikučius", "vaikučiais", "vaikučiuose"],
  }),
  people("gyventojas"),
  people("darbuotojas"),
  people("bibliotekininkas"),
  people("knygnešys"),
  people("vyras"),
  people("moteris", {
    singular: ["moteris", "moters", "moteriai", "moterį", "moterimi", "moteryje"],
    plural: ["moterys", "moterų", "moterims", "moteris", "moterimis", "moteryse"],
  }),
  people("žmogus", {
    singular: ["žmogus", "žmogaus", "žmogui", "žmogų", "žmogumi", "žmoguje"],
    plural: ["žmonės", "žmonių", "žmonėms", "žmones", "žmonėmis", "žmonėse"],
  }),
  people("senelis"),
  people("mokinys"),
  people("moksleivis"),
  people("studentas"),
  people("narys"),
  people("svečias", {
    singular: ["svečias", "svečio", "svečiui", "svečią", "svečiu", "svetyje"],
    plural: ["svečiai", "svečių", "svečiams", "svečius", "svečiais", "svečiuose"],
  }),
  people("savanoris"),
  people("mokytojas"),
  people("mokytoja"),
  people("nugalėtojas"),
  people("laureatas"),
  people("klausytojas"),
  people("žiūrovas"),
  people("autorius"),
  people("rašytojas"),
  people("kūrėjas"),
  people("poetas"),
  people("dailininkas"),
  people("menininkas"),
  people("pensininkas"),
  people("senjoras"),
  people("paauglys"),
  people("jaunuolis"),
  people("ugdytinis"),
  people("bibliotekininkė"),
  // A participle used as a noun, in its plain and its definite (`suaugusieji`) forms.
  people("suaugęs", {
    singular: ["suaugęs", "suaugusio", "suaugusiam", "suaugusį", "suaugusiu", "suaugusiame"],
    plural: ["suaugę", "suaugusių", "suaugusiems", "suaugusius", "suaugusiais", "suaugusiuose"],
    extra: ["suaugusieji", "suaugusiųjų", "suaugusiesiems", "suaugusiuosius", "suaugusiaisiais", "suaugusiuosiuose"],
  }),
  noun("apsilankymas", "visits", "visits"),
  noun("renginys", "items", "events"),
  noun("užsiėmimas", "items", "events"),
  noun("tomas", "volumes", "volumes"),
  noun("diena", "days", "days"),
  documents("knyga"),
  documents("leidinys"),
  documents("spaudinys"),
  documents("knygelė"),
  documents("brošiūra"),
  documents("dokumentas"),
  documents("žurnalas"),
  documents("laikraštis", {
    singular: ["laikraštis", "laikraščio", "laikraščiui", "laikraštį", "laikraščiu", "laikraštyje"],
    plural: ["laikraščiai", "laikraščių", "laikraščiams", "laikraščius", "laikraščiais", "laikraščiuose"],
  }),
];

/**
 * What may stand between a number and the noun it counts: at most one word, an adjective or a
 * participle (`87 nauji skaitytojai`, `20 tūkst. naujų pavadinimų`, `151 naują knygą`), told by
 * its ending, lower case; never a word of {@link COUNTED_NOUN_GAP}.notBetween (`5 metų vaikai` is an age).
 * A noun in the genitive plural followed by a word of `headsAfter` is no count of its own
 * (`2 knygų išdavimo punktai`), nor one after a number from 1 to 9 with no word of
 * `genitiveBefore` before it (`8 paauglių susitikimai`), and the adjective agrees with its noun
 * (`agreement`: `300 nemokamų skaitytojo bilietų` counts no readers).
 *
 * @example
 * ```ts
 * import { COUNTED_NOUN_GAP } from "bibliotekos/lexicon";
 * [COUNTED_NOUN_GAP.endings.includes("ų"), COUNTED_NOUN_GAP.headsAfter.includes("išdavimo"), COUNTED_NOUN_GAP.genitiveBefore.includes("iki")];
 * //=> [true, true, true]
 * ```
 */
export const COUNTED_NOUN_GAP: {
  /** Adjective and participle endings that agree with a counted noun (plural, and the accusative singular). */
  readonly endings: readonly string[];
  /** Endings that make a word a noun or an adverb, not an adjective (`naujai`, `bibliotekos`); the longest ending that fits a word decides (`masiniai` ends in `iniai`). */
  readonly notEndings: readonly string[];
  /** Words that are never the adjective: time and age words, `kartų`, and `skirti` (for), which governs a dative (`73 skirti vartotojams`: 73 computers). */
  readonly notBetween: readonly string[];
  /**
   * Words right after a counted noun in the genitive plural that make it qualify a noun after
   * it, which the number counts instead: `2 knygų išdavimo punktai` are two lending points, not
   * two books, and `25 spaudinių parodos` 25 exhibitions (every case of `punktas`, `paroda`,
   * `pristatymas`, `aptarimas`, `apžvalga`).
   */
  readonly headsAfter: readonly string[];
  /**
   * Words before a number that put its noun in the genitive (prepositions, verbs and negations
   * that govern it: `iki 8 dalyvių`, `sulaukė 5 lankytojų`). Elsewhere a number from 2 to 9 takes
   * its noun in the case of the sentence (`4 vaikai`, `5 vaikams`), so a genitive plural after it
   * qualifies a noun further on: `4 ukrainiečių vaikų šokių kolektyvai` counts dance groups.
   */
  readonly genitiveBefore: readonly string[];
  /**
   * Endings of {@link COUNTED_NOUN_GAP}.endings that agree only with the nouns ending in one of
   * the listed endings (lower case, with diacritics): the adjective and its noun agree in number
   * and case, so `300 nemokamų skaitytojo bilietų` (a plural adjective, a singular noun) counts
   * tickets, and `1892 išleistas knygos katalogas` (`-as`: a masculine nominative singular or a
   * feminine accusative plural) no books. An ending not listed here goes with any noun form, a
   * plural-only ending with no singular-only form ({@link CountedNoun.singular}).
   */
  readonly agreement: {
    /** Adjective endings that are plural only. */
    readonly pluralOnly: readonly string[];
    /** Adjective endings, each with the noun endings it agrees with. */
    readonly nounEndings: Readonly<Record<string, readonly string[]>>;
  };
} = {
  endings: ["i", "ų", "ūs", "us", "ieji", "ą", "ę", "as", "es", "iems", "osios", "iniai"],
  notEndings: ["ai", "ės", "os", "ius", "ys"],
  notBetween: [
    "metų",
    "metus",
    "mėnesių",
    "mėnesius",
    "savaičių",
    "savaites",
    "dienų",
    "valandų",
    "minučių",
    "kartų",
    "kartus",
    "amžiaus",
    "klasės",
    "klasių",
    "skirti",
    "skirta",
    "skirtos",
    "skirtų",
    "skirtas",
    "skirtus",
  ],
  // Lending points, the events named after what they show (`25 spaudinių parodos`, `3 knygų
  // pristatymai`), and the kinds of books named after their readers (`78 suaugusiųjų prozos`,
  // `vaikų kategorijos knygų`, `vaikų literatūros`).
  headsAfter: [
    "išdavimo",
    ...["punktas", "paroda", "pristatymas", "aptarimas", "apžvalga", "kategorija", "literatūra", "proza", "poezija"].flatMap(
      (lemma) => decline(lemma).forms,
    ),
  ],
  genitiveBefore: [
    "iki",
    "nuo",
    "iš",
    "be",
    "tarp",
    "vietoj",
    "nei",
    "negu",
    "sulaukė",
    "sulaukta",
    "sulaukia",
    "laukė",
    "nebuvo",
    "nėra",
    "neturi",
    "neturėjo",
    "trūksta",
    "trūko",
  ],
  agreement: {
    pluralOnly: ["i", "ų", "ūs", "us", "ieji", "es", "iems", "osios", "iniai"],
    nounEndings: { as: ["as", "is", "ys", "us", "es"] },
  },
};

const INDEX: ReadonlyMap<string, CountedNoun> = /* @__PURE__ */ (() => {
  const index = new Map<string, CountedNoun>();
  for (const entry of COUNTED_NOUNS)
    for (const form of entry.forms) if (!index.has(foldForSearch(form))) index.set(foldForSearch(form), entry);
  return index;
})();

/**
 * Looks up a counted noun in any of its case forms, any letter case, with or without diacritics.
 *
 * @param word - one word as written.
 * @returns the noun, or `undefined`.
 *
 * @example
 * ```ts
 * import { lookupCountedNoun } from "bibliotekos/lexicon";
 * lookupCountedNoun("apsilankymo")?.unit;
 * //=> "visits"
 * lookupCountedNoun("tomų")?.lemma;
 * //=> "tomas"
 * lookupCountedNoun("bibliotekos");
 * //=> undefined
 * ```
 */
export function lookupCountedNoun(word: string): CountedNoun | undefined {
  if (typeof word !== "string") return undefined;
  return INDEX.get(foldForSearch(word));
}
