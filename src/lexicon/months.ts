import { assertInteger, invalidArgument } from "../_lib/arguments";
import type { BibliotekosError } from "../errors/BibliotekosError";
import { foldForSearch } from "./fold";

/** The grammatical cases in which month names appear in dates and running text.
 *
 * @example
 * ```ts
 * import { monthName, type GrammaticalCase } from "bibliotekos/lexicon";
 * const form: GrammaticalCase = "accusative";
 * monthName(2, form);
 * //=> "vasarį"
 * ```
 */
export type GrammaticalCase = "nominative" | "genitive" | "dative" | "accusative" | "instrumental" | "locative";

/**
 * One month of the year with its name in every case a text uses and its abbreviations.
 * `sausio 1 d.` uses the genitive, `sausį` the accusative, `sausyje` the locative.
 *
 * @example
 * ```ts
 * import { MONTHS, type Month } from "bibliotekos/lexicon";
 * const may: Month | undefined = MONTHS[4];
 * may?.abbreviations;
 * //=> ["geg."]
 * ```
 */
export interface Month {
  /** 1 for January … 12 for December. */
  readonly number: number;
  /** The English name, for messages. */
  readonly nameEn: string;
  /** The name in each case (vardininkas, kilmininkas, naudininkas, galininkas, įnagininkas, vietininkas). */
  readonly forms: Readonly<Record<GrammaticalCase, string>>;
  /** Abbreviations in real use, with their trailing period (`"vas."`, `"rugpj."`). */
  readonly abbreviations: readonly string[];
}

function month(
  number: number,
  nameEn: string,
  nominative: string,
  genitive: string,
  dative: string,
  accusative: string,
  instrumental: string,
  locative: string,
  abbreviations: string[],
): Month {
  return { number, nameEn, forms: { nominative, genitive, dative, accusative, instrumental, locative }, abbreviations };
}

/**
 * The twelve months with their Lithuanian names in every case and their abbreviations.
 *
 * @example
 * ```ts
 * import { MONTHS } from "bibliotekos/lexicon";
 * MONTHS[8]?.forms.genitive;
 * //=> "rugsėjo"
 * MONTHS.map((m) => m.forms.nominative).slice(0, 3);
 * //=> ["sausis", "vasaris", "kovas"]
 * ```
 */
export const MONTHS: readonly Month[] = [
  month(1, "January", "sausis", "sausio", "sausiui", "sausį", "sausiu", "sausyje", ["saus.", "sau."]),
  month(2, "February", "vasaris", "vasario", "vasariui", "vasarį", "vasariu", "vasaryje", ["vas.", "vasar."]),
  month(3, "March", "kovas", "kovo", "kovui", "kovą", "kovu", "kove", ["kov."]),
  month(4, "April", "balandis", "balandžio", "balandžiui", "balandį", "balandžiu", "balandyje", ["bal.", "baland."]),
  month(5, "May", "gegužė", "gegužės", "gegužei", "gegužę", "geguže", "gegužėje", ["geg."]),
  month(6, "June", "birželis", "birželio", "birželiui", "birželį", "birželiu", "birželyje", ["birž.", "bir."]),
  month(7, "July", "liepa", "liepos", "liepai", "liepą", "liepa", "liepoje", ["liep."]),
  month(8, "August", "rugpjūtis", "rugpjūčio", "rugpjūčiui", "rugpjūtį", "rugpjūčiu", "rugpjūtyje", ["rugp.", "rugpj."]),
  month(9, "September", "rugsėjis", "rugsėjo", "rugsėjui", "rugsėjį", "rugsėju", "rugsėjyje", ["rugs."]),
  month(10, "October", "spalis", "spalio", "spaliui", "spalį", "spaliu", "spalyje", ["spal.", "spl."]),
  month(11, "November", "lapkritis", "lapkričio", "lapkričiui", "lapkritį", "lapkričiu", "lapkrityje", ["lapkr.", "lap."]),
  month(12, "December", "gruodis", "gruodžio", "gruodžiui", "gruodį", "gruodžiu", "gruodyje", ["gruod.", "gruo."]),
];

/** What {@link lookupMonth} found.
 *
 * @example
 * ```ts
 * import { lookupMonth, type MonthWord } from "bibliotekos/lexicon";
 * const word: MonthWord | undefined = lookupMonth("kovą");
 * word;
 * //=> { month: 3, form: "accusative" }
 * ```
 */
export interface MonthWord {
  /** 1 … 12. */
  month: number;
  /** The case of the full form, or `"abbreviation"`. Ambiguous spellings (`liepa` is nominative and instrumental) give the first case in {@link GrammaticalCase} order. */
  form: GrammaticalCase | "abbreviation";
}

/**
 * Every spelling of every month with what it means, twice: as written (lower case, with
 * diacritics) and folded (no diacritics). Built once from {@link MONTHS}.
 */
function buildIndex(fold: (word: string) => string): ReadonlyMap<string, MonthWord> {
  const index = new Map<string, MonthWord>();
  for (const m of MONTHS) {
    for (const [form, word] of Object.entries(m.forms) as Array<[GrammaticalCase, string]>) {
      const key = fold(word);
      if (!index.has(key)) index.set(key, { month: m.number, form });
    }
    for (const abbreviation of m.abbreviations) {
      index.set(fold(abbreviation.slice(0, -1)), { month: m.number, form: "abbreviation" });
    }
  }
  return index;
}

const WRITTEN_INDEX = /* @__PURE__ */ buildIndex((word) => word.toLowerCase());
// Folded as the date reader folds its text (month names fold to as many letters either way).
const FOLDED_INDEX = /* @__PURE__ */ buildIndex(foldForSearch);
const HAS_DIACRITICS = /[^\x00-\x7f]/;

/**
 * Every spelling of a month name that {@link lookupMonth} accepts, folded (lower case, no
 * diacritics, abbreviations without their period), longest first: the list to build a
 * matching regular expression from.
 *
 * @example
 * ```ts
 * import { MONTH_SPELLINGS } from "bibliotekos/lexicon";
 * MONTH_SPELLINGS.includes("rugsejo") && MONTH_SPELLINGS.includes("rugpj");
 * //=> true
 * ```
 */
export const MONTH_SPELLINGS: readonly string[] = /* @__PURE__ */ (() =>
  [...FOLDED_INDEX.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)))();

/**
 * Whether a word folded by `foldForSearch` (no period) is one of {@link MONTH_SPELLINGS}: the
 * date reader's filter before {@link lookupMonth}.
 *
 * @internal
 */
export function isMonthSpelling(folded: string): boolean {
  return FOLDED_INDEX.has(folded);
}

/**
 * Looks up a month name in any case, abbreviated or not, in any letter case and with or without
 * diacritics: `vasario`, `VASARIO`, `vasarį`, `vasari`, `vas.` are all February.
 *
 * A word typed with diacritics must match them: `kovų` (of battles) is not `kovu` (with March),
 * though both fold to the same letters. A word typed without any diacritics matches the folded
 * forms. The lookup knows words, not context: `Liepa` is July here, and a first name in a
 * sentence only the dates reader can tell apart.
 *
 * @param word - one word, optionally with a trailing period.
 * @returns the month and the form found, or `undefined` if the word is not a month name.
 *
 * @example
 * ```ts
 * import { lookupMonth } from "bibliotekos/lexicon";
 * lookupMonth("RUGSĖJO");
 * //=> { month: 9, form: "genitive" }
 * lookupMonth("gruodzio");
 * //=> { month: 12, form: "genitive" }
 * lookupMonth("rugpj.");
 * //=> { month: 8, form: "abbreviation" }
 * lookupMonth("Liepa");
 * //=> { month: 7, form: "nominative" }
 * lookupMonth("kovų");
 * //=> undefined
 * ```
 */
export function lookupMonth(word: string): MonthWord | undefined {
  if (typeof word !== "string") return undefined;
  let key = word.trim().normalize("NFC").toLowerCase();
  if (key.endsWith(".")) key = key.slice(0, -1);
  const found = HAS_DIACRITICS.test(key) ? WRITTEN_INDEX.get(key) : FOLDED_INDEX.get(key);
  if (found === undefined) return undefined;
  // A full form written with a trailing period is still the full form ("kovo." ends a sentence).
  return { ...found };
}

/**
 * The name of month `number` (1–12) in the given case.
 *
 * @param number - 1 … 12.
 * @param form - the grammatical case. @default "genitive" (as in `vasario 1 d.`)
 * @returns the Lithuanian month name.
 * @throws {@link BibliotekosError} `invalid_argument` if `number` is not an integer from 1 to 12 or
 *   `form` is not a {@link GrammaticalCase}.
 *
 * @example
 * ```ts
 * import { monthName } from "bibliotekos/lexicon";
 * monthName(2);
 * //=> "vasario"
 * monthName(5, "locative");
 * //=> "gegužėje"
 * ```
 */
export function monthName(number: number, form: GrammaticalCase = "genitive"): string {
  assertInteger(number, "the month number", 1, 12);
  const forms = (MONTHS[number - 1] as Month).forms;
  if (typeof form !== "string" || !Object.prototype.hasOwnProperty.call(forms, form)) {
    throw invalidArgument("the grammatical case", `one of ${Object.keys(forms).join(", ")}`, form);
  }
  return forms[form];
}

// The month abbreviations of web sites' date stamps, written without a period (`Vas 28, 2018`,
// `Antradienis, 7 Bir 2022`): three or four letters, as the date pickers and blog engines of
// Lithuanian sites write them. Read only in a stamp (with a day and a year), never alone: `spa`,
// `lie` and `bal` are also other words.
const STAMP_ABBREVIATIONS: readonly string[] = [
  "sau",
  "vas",
  "kov",
  "bal",
  "geg",
  "bir",
  "lie",
  "rgp rugp",
  "rgs rugs",
  "spa spl",
  "lap",
  "grd gru",
];

const STAMP_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(
  STAMP_ABBREVIATIONS.flatMap((words, i) => words.split(" ").map((word): [string, number] => [word, i + 1])),
);

/**
 * Every stamp abbreviation {@link stampMonth} knows, folded.
 *
 * @internal
 */
export const STAMP_SPELLINGS: readonly string[] = /* @__PURE__ */ (() => [...STAMP_INDEX.keys()])();

/**
 * The month (1–12) of a folded stamp abbreviation (`vas`, `bir`, `rgs`), or 0.
 *
 * @internal
 */
export function stampMonth(folded: string): number {
  return STAMP_INDEX.get(folded) ?? 0;
}

// Months whose name is also a first name (`Liepa Kazlauskienė`, `Liepą Kazlauskienę`): named alone
// before a capitalised word, they are the name.
const ALSO_FIRST_NAMES: readonly number[] = [7];

/**
 * Whether month `number`'s name is also a first name (July: `Liepa`).
 *
 * @internal
 */
export function isMonthAlsoFirstName(number: number): boolean {
  return ALSO_FIRST_NAMES.includes(number);
}

// Months whose name is also a common noun (kovas: a fight, a rook; balandis: a pigeon; gegužė: a
// cuckoo; liepa: a linden, and a first name): named alone in a sentence, they may be that noun.
const ALSO_NOUNS: readonly number[] = [3, 4, 5, 7];

/**
 * Whether month `number`'s name is also a common noun (`kovą` a fight, `balandį` a pigeon): named
 * alone in a sentence, such a month is read as a date only at the sentence's start.
 *
 * @internal Lexicon table of the dates reader, not in the entry's exports; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Jis laimėjo kovą su liga, o spalį vyks mokymai.", { ref: "2023" }).map((m) => [m.text, m.period.start]);
 * //=> [["spalį", "2023-10"]]
 * ```
 */
export function isMonthAlsoNoun(number: number): boolean {
  return ALSO_NOUNS.includes(number);
}

// Words before which a month named alone is what is spoken of, not when (`knyga apie vasarį`).
const TOPIC_WORDS: readonly string[] = ["apie"];

/**
 * Whether a folded word makes the month named alone after it a topic, not a date (`apie`).
 *
 * @internal Lexicon table of the dates reader, not in the entry's exports; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Knyga apie vasarį; spalį vyks pristatymas.", { ref: "2023" }).map((m) => [m.text, m.period.start]);
 * //=> [["spalį", "2023-10"]]
 * ```
 */
export function isMonthTopicWord(folded: string): boolean {
  return TOPIC_WORDS.includes(folded);
}
