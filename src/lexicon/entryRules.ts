/**
 * What a chronicle entry records, as {@link ENTRY_RULES} classifies it (`bibliotekos/texts`
 * `classifyEntry`): `other` when no rule matches.
 *
 * @example
 * ```ts
 * import type { EntryKind } from "bibliotekos/lexicon";
 * const kind: EntryKind = "agreement_signed";
 * kind;
 * //=> "agreement_signed"
 * ```
 */
export type EntryKind =
  | "agreement_signed"
  | "publication_issued"
  | "event_held"
  | "club_founded"
  | "membership"
  | "award_or_thanks"
  | "visit_or_study_trip"
  | "conference_talk"
  | "exhibition"
  | "other";

/**
 * One classification rule: the entry is of `kind` when its folded text (`foldText`: lower case,
 * no diacritics) holds a word starting with one of the `any` stems and, if `all` is given, words
 * starting with every stem of `all` too.
 *
 * @example
 * ```ts
 * import type { EntryRule } from "bibliotekos/lexicon";
 * const rule: EntryRule = { id: "publication.isleid", kind: "publication_issued", any: ["isleid", "isleist"] };
 * rule.any.length;
 * //=> 2
 * ```
 */
export interface EntryRule {
  /** A stable id, `<kind>.<name>`. */
  readonly id: string;
  /** The kind it gives. */
  readonly kind: Exclude<EntryKind, "other">;
  /** Stems of which one must start a word (folded: lower case, no diacritics). */
  readonly any: readonly string[];
  /** Stems that must all start a word as well. */
  readonly all?: readonly string[];
}

/**
 * The rules that classify a chronicle entry, in the order they are tried (the first that
 * matches wins). Stems are folded Lithuanian word beginnings: `pasiras` matches `pasirašė` and
 * `pasirašyta`, `klub` matches `klubas`, `klubo`, `klube`. The order settles overlaps: an entry
 * that signs an agreement for a publication is `agreement_signed`; a visit that held a meeting
 * is `visit_or_study_trip`; a conference with a talk is `conference_talk`; an exhibition opened
 * at a celebration is `event_held`. The table is documented in docs/texts.md.
 *
 * @example
 * ```ts
 * import { ENTRY_RULES } from "bibliotekos/lexicon";
 * ENTRY_RULES[0];
 * //=> { id: "agreement.signed", kind: "agreement_signed", any: ["pasiras"], all: ["sutart"] }
 * ```
 */
export const ENTRY_RULES: readonly EntryRule[] = [
  { id: "agreement.signed", kind: "agreement_signed", any: ["pasiras"], all: ["sutart"] },
  { id: "club.founded", kind: "club_founded", any: ["ikurt", "isteig", "pirmas", "pirmoji"], all: ["klub"] },
  { id: "membership.became_member", kind: "membership", any: ["nare", "nariu", "narys", "narem"], all: ["tapo"] },
  { id: "membership.joined", kind: "membership", any: ["isstojo", "prisijunge"] },
  {
    id: "award.thanks",
    kind: "award_or_thanks",
    any: ["padek", "dekojo", "dekoja", "apdovanot", "premij", "diplom", "nominuot", "pripazint"],
  },
  { id: "publication.issued", kind: "publication_issued", any: ["isleid", "isleist", "isspausdint", "pasirode"] },
  { id: "visit.trip", kind: "visit_or_study_trip", any: ["vizit", "viesejo", "stazuot", "isvyk", "kelion", "lankesi"] },
  { id: "talk.report", kind: "conference_talk", any: ["pranesim", "konferencij", "seminar", "kongres", "pristatyme"] },
  {
    id: "event.held",
    kind: "event_held",
    any: [
      "renginy",
      "renginys",
      "renginio",
      "surenge",
      "organizavo",
      "ivyko",
      "vyko",
      "minejo",
      "paminet",
      "muge",
      "muges",
      "mugej",
      "forum",
      "festival",
      "nakt",
      "premjer",
      "susitikim",
      "sventi",
      "svente",
      "akcij",
      "savaite",
      "vakaras",
      "popiet",
    ],
  },
  { id: "exhibition.shown", kind: "exhibition", any: ["parod", "ekspozicij", "eksponuot"] },
];

/**
 * The fixed words the chronicle readers of `bibliotekos/texts` look for, folded (lower case, no
 * diacritics): image captions that are not entries, the stem that marks the agreements section
 * heading (`2022 m. bendradarbiavimo sutartys`), the words that sign an agreement and name its
 * partner, and the phrases that give its end date (`Sutarties įvykdymo data 2024 12 31`) or say
 * it has none (`neterminuota`).
 *
 * @example
 * ```ts
 * import { CHRONICLE_WORDS, foldText } from "bibliotekos/lexicon";
 * new Set<string>(CHRONICLE_WORDS.captions).has(foldText("Vaizdas be pavadinimo"));
 * //=> true
 * ```
 */
export const CHRONICLE_WORDS = {
  /** Whole lines that are image captions (folded). */
  captions: ["vaizdas be pavadinimo", "nuotrauka be pavadinimo", "paveikslelis be pavadinimo", "vaizdas", "nuotrauka"],
  /** A stem that makes a dated heading the agreements section (with `sectionWith`). */
  section: ["sutart"],
  /** Stems that sign: pasirašė, pasirašyta, pasirašytos. */
  signs: ["pasiras"],
  /** The agreement word: sutartį, sutartis, sutartys. */
  agreement: ["sutart"],
  /** The word before the partner: „su“ (instrumental). */
  partnerWord: "su",
  /** Phrases after which the end date stands. */
  endDate: [
    "ivykdymo data",
    "ivykdymo terminas",
    "galiojimo data",
    "galiojimo terminas",
    "galioja iki",
    "pabaigos data",
    "sudaryta iki",
    "pasirasyta iki",
    "sudaryta laikotarpiui iki",
  ],
  /** Words that say the agreement has no end date. */
  noEnd: ["neterminuot", "neribot"],
  /** Words that end the partner phrase (what follows is the purpose). */
  partnerStops: ["del", "siekiant", "bendradarbiauti", "kuria", "kurioje", "pagal", "kurios", "kuriu"],
  /** Stems that say what kind of body a partner is (first match wins), as `OrganizationSchema` kinds. */
  partyKinds: [
    ["bibliotek", "library"],
    ["lopsel", "kindergarten"],
    ["darzel", "kindergarten"],
    ["gimnazij", "school"],
    ["mokykl", "school"],
    ["progimnazij", "school"],
    ["universitet", "university"],
    ["kolegij", "university"],
    ["akademij", "university"],
    ["kurij", "religious"],
    ["parapij", "religious"],
    ["vyskup", "religious"],
    ["televizij", "media"],
    ["radij", "media"],
    ["laikrast", "media"],
    ["leidykl", "company"],
    ["asociacij", "association"],
    ["savivaldyb", "municipality"],
    ["seniunij", "municipality"],
    ["muziej", "other"],
    ["draugij", "ngo"],
    ["lyg", "ngo"],
    ["bendruomen", "ngo"],
    ["fond", "ngo"],
    ["sajung", "ngo"],
    ["centr", "education_centre"],
    ["agentur", "other"],
    ["uab", "company"],
  ],
} as const;
