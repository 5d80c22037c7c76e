import { foldForSearch, foldText } from "./fold";

/**
 * What a date word does in a Lithuanian date expression (other than a month name, which
 * {@link lookupMonth} knows):
 *
 * | kind | words (some forms) | in |
 * | --- | --- | --- |
 * | `year` | `m.`, `metai`, `metų`, `metais`, `metus` | `2022 m.`, `2021–2027 metų` |
 * | `year_suffix` | `-aisiais`, `-ieji`, `-ųjų`, `-uosius`, short `-siais` | `2022-aisiais`, `1940-siais` |
 * | `month` | `mėn.`, `mėnesį`, `mėnesio`, `mėnesyje`, `mėnesiai` | `2022 m. vasario mėn.`, `balandžio-birželio mėnesiai` |
 * | `day` | `d.`, `diena`, `dieną`, `dienos` | `2022 m. vasario 1 d.` |
 * | `days` | `dienomis` (value 1), `dienas`, `dienų` (plural: only after a month, `balandžio 23–29 dienomis`; `dienomis` also in a list, `10, 16, 30 dienomis`) | |
 * | `day_suffix` | `-ąją`, `-oji`, `-osios`, `-ąja`, `-ojoje`, `-ajai`, short `-os`, `-ji`, `-tą` (and `- sios`, a second meaning) | `vasario 1-ąją`, `gruodžio 5-os`, `gruodžio 7-tą` |
 * | `quarter` | `ketv.`, `ketvirtis`, `ketvirtį`, `ketvirtyje`, `ketvirčio` | `2023 m. II ketv.` |
 * | `half_year` | `pusm.`, `pusmetis`, `pusmetį`, `pusmetyje`, `pusmečio` | `2023 m. I pusmetis` |
 * | `century` | `a.`, `amžius`, `amžiaus`, `amžiuje` | `XX a.` |
 * | `decade` | `deš.`, `dešimtmetis`, `dešimtmetyje`, `dešimtmečio` (after a century and an ordinal) | `XX a. 4-ajame dešimtmetyje` |
 * | `part` | `pradžia`, `pradžioje`, `vidurys`, `viduryje`, `pabaiga`, `pabaigoje` | `2017 m. pabaigoje` |
 * | `half` | `pusė`, `pusėje`, `pusės` (after `pirmoje`/`antroje`) | `XIX a. antroje pusėje` |
 * | `ordinal` | `pirmasis`, `pirmajame`, `pirmoje`, `antrąjį`, `trečiasis`, `ketvirtajame` … | `antrajame pusmetyje` |
 * | `season` | `žiema`, `pavasaris`, `vasara`, `ruduo` in every case | `2023 m. vasarą` |
 * | `school` | `mokslo` (before `metai`) | `2022–2023 mokslo metai` |
 * | `title` | `ataskaita`, `planas`, `kalendorius`, `renginiai` (on a title's line, its year, and month, is that of the days under it) | `2007 metų veiklos ataskaita`, `2019 m. birželio mėn. kraštotyros kalendorius` |
 * | `from`, `until`, `after`, `before` | `nuo`, `iki`, `po`, `prieš` | `nuo 1990 m.` |
 * | `present` | `šiol`, `dabar`, `šiandien`, `šių` (`šių dienų`), `šios` (`šios dienos`) | `iki šių dienų` |
 * | `relative_year` | `šių` (`šių metų`), `šiais`, `praėjusiais`, `ateinančių` … before `metų`/`metais`, `š.` before `m.` (value: years from the reference year) | `praėjusiais metais`, `š. m. birželio 1 d.` |
 * | `relative_year_alone` | `šiemet` (0), `pernai` (-1), `užpernai` (-2) | `pernai rudenį` |
 * | `name_noun` | `g.`, `gatvė`, `gimnazija`, `mokykla`, `premija` … | `Vasario 16-osios g.` (a name, not a date) |
 *
 * @example
 * ```ts
 * import { lookupDateWord, type DateWordKind } from "bibliotekos/lexicon";
 * const kind: DateWordKind | undefined = lookupDateWord("ketvirtyje")?.kind;
 * kind;
 * //=> "quarter"
 * ```
 */
export type DateWordKind =
  | "year"
  | "year_suffix"
  | "month"
  | "day"
  | "days"
  | "day_suffix"
  | "quarter"
  | "half_year"
  | "century"
  | "decade"
  | "part"
  | "half"
  | "ordinal"
  | "season"
  | "school"
  | "title"
  | "from"
  | "until"
  | "after"
  | "before"
  | "present"
  | "relative_year"
  | "relative_year_alone"
  | "name_noun";

/**
 * A date word and what it means: its kind and, for ordinals, seasons and parts, a number
 * (ordinals 1–10; seasons 1 winter, 2 spring, 3 summer, 4 autumn; parts 1 beginning, 2 middle,
 * 3 end; relative years: years from the reference year). `abbreviation` is true for the forms written with a period (`m.`, `ketv.`), which a
 * reader must find followed by one.
 *
 * @example
 * ```ts
 * import { lookupDateWord, type DateWord } from "bibliotekos/lexicon";
 * const word: DateWord | undefined = lookupDateWord("vasarą");
 * word;
 * //=> { kind: "season", value: 3, abbreviation: false }
 * ```
 */
export interface DateWord {
  /** What the word does in a date. */
  readonly kind: DateWordKind;
  /** Ordinal 1–10, season 1–4 (winter … autumn), part 1–3 (beginning, middle, end), years from the reference year; 0 otherwise. */
  readonly value: number;
  /** True for abbreviations, which are written with a trailing period. */
  readonly abbreviation: boolean;
}

type Row = readonly [kind: DateWordKind, value: number, words: string];

// Ordinals 1–10 are a stem with the endings of an adjective, in this order: the masculine forms
// texts use (`pirmasis`, `antrojo`, `trečiąjį`, `ketvirtajame`, `penktame`, `šeštas`), then for
// 1–4 the plain genitive and accusative (`pirmo`, `ketvirtą`), then for 1–2 the feminine
// (`pirmoji`, `antrosios`, `pirmąją`, `antrojoje`, `pirmoje`, `antra`).
const ORDINAL_ENDINGS = ["asis", "ojo", "ąjį", "ajame", "ame", "as", "o", "ą", "oji", "osios", "ąją", "ojoje", "oje", "a"];
const ORDINAL_STEMS: ReadonlyArray<readonly [stem: string, endings: number]> = [
  ["pirm", 14],
  ["antr", 14],
  ["treči", 8],
  ["ketvirt", 8],
  ["penkt", 6],
  ["šešt", 6],
  ["septint", 6],
  ["aštunt", 6],
  ["devint", 6],
  ["dešimt", 6],
];

// One row per meaning; words separated by spaces, abbreviations end with a period. Several
// cases of each noun, as texts write them (vardininkas, kilmininkas, galininkas, vietininkas,
// įnagininkas, naudininkas).
const ROWS: readonly Row[] = [
  ["year", 0, "m. metai metų metus metais metams metuose"],
  ["year_suffix", 0, "aisiais iaisiais ieji ųjų iųjų uosius iuosius iesiems"],
  ["month", 0, "mėn. mėnuo mėnesio mėnesį mėnesyje mėnesiu mėnesiui mėnesiais mėnesių mėnesiai"],
  ["day", 0, "d. diena dieną dienai"],
  // `birželio 2 dienos` is the 2nd; without a month, `2 dienos` counts two days
  ["day", 1, "dienos"],
  ["days", 0, "dienas dienų dienose"],
  // `kovo 10, 16, 30 dienomis`: the instrumental plural names the days of a list (the others may be a duration)
  ["days", 1, "dienomis"],
  ["day_suffix", 0, "ąją oji osios ąja ojoje ajai iąją ioji iosios iąja iojoje os ios ji tą"],
  ["quarter", 0, "ketv. ketvirtis ketvirčio ketvirtį ketvirtyje ketvirčiu ketvirčiui ketvirčiais ketvirčių ketvirčiuose"],
  ["half_year", 0, "pusm. pusmetis pusmečio pusmetį pusmetyje pusmečiu pusmečiui pusmečiais pusmečių pusmečiuose"],
  ["century", 0, "a. amžius amžiaus amžių amžiuje amžiumi amžiui"],
  ["part", 1, "pradžia pradžios pradžią pradžioje pradžiai pr."],
  ["part", 2, "vidurys vidurio vidurį viduryje viduriui vid."],
  ["part", 3, "pabaiga pabaigos pabaigą pabaigoje pabaigai pab."],
  ["half", 0, "pusė pusės pusę pusėje p."],
  ...ORDINAL_STEMS.map(([stem, endings], i): Row => [
    "ordinal",
    i + 1,
    ORDINAL_ENDINGS.slice(0, endings)
      .map((ending) => stem + ending)
      .join(" "),
  ]),
  ["decade", 0, "deš. dešimtmetis dešimtmečio dešimtmetį dešimtmetyje dešimtmečiu dešimtmečiui"],
  ["season", 1, "žiema žiemos žiemą žiemai žiemoje"],
  ["season", 2, "pavasaris pavasario pavasarį pavasariui pavasaryje"],
  ["season", 3, "vasara vasaros vasarą vasarai vasaroje"],
  ["season", 4, "ruduo rudens rudenį rudeniui rudenyje"],
  ["school", 0, "mokslo"],
  ["title", 0, "ataskaita ataskaitos planas plano kalendorius kalendoriaus renginiai"],
  ["from", 0, "nuo"],
  ["until", 0, "iki"],
  ["after", 0, "po"],
  ["before", 0, "prieš"],
  ["present", 0, "šiol dabar šiandien šiandienos šių šios"],
  ["relative_year", 0, "šiais šie šiuos einamųjų einamaisiais einamieji ataskaitinių ataskaitiniais ataskaitiniai š."],
  ["relative_year", -1, "praėjusių praėjusiais praėjusius praėję praeitų praeitais praeitus"],
  ["relative_year", 1, "ateinančių ateinančiais ateinančius ateinantys kitais"],
  ["relative_year_alone", 0, "šiemet šįmet"],
  ["relative_year_alone", -1, "pernai"],
  ["relative_year_alone", -2, "užpernai"],
  [
    "name_noun",
    0,
    "g. gatvė gatvės gatvę gatvėje gatve gatvių gatvėse prospektas prospekto aikštė aikštės aikštėje gimnazija gimnazijos gimnazijoje progimnazija progimnazijos mokykla mokyklos mokykloje premija premijos premiją aktas akto aktą akte signataras signataro signatarai signatarų",
  ],
];

/**
 * Every date word of {@link lookupDateWord}, by kind, as written (lower case, with diacritics;
 * abbreviations with their period).
 *
 * @example
 * ```ts
 * import { DATE_WORDS } from "bibliotekos/lexicon";
 * DATE_WORDS.half_year.slice(0, 3);
 * //=> ["pusm.", "pusmetis", "pusmečio"]
 * ```
 */
export const DATE_WORDS: Readonly<Record<DateWordKind, readonly string[]>> = /* @__PURE__ */ (() => {
  const out = {} as Record<DateWordKind, string[]>;
  for (const [kind, , words] of ROWS) (out[kind] ??= []).push(...words.split(" "));
  return out;
})();

const INDEX: ReadonlyMap<string, DateWord> = (() => {
  const index = new Map<string, DateWord>();
  for (const [kind, value, words] of ROWS) {
    for (const word of words.split(" ")) {
      const abbreviation = word.endsWith(".");
      // Folded as the date reader folds its text; for these words the same as foldText.
      const key = foldForSearch(abbreviation ? word.slice(0, -1) : word);
      // First meaning wins: "ketvirtas" is an ordinal, "ketvirtis" a quarter; no two rows share a key.
      if (!index.has(key)) index.set(key, Object.freeze({ kind, value, abbreviation }));
    }
  }
  return index;
})();

/**
 * Looks up a word of a Lithuanian date expression that is not a month name: year, day and
 * month markers (`m.`, `d.`, `mėn.`), quarters, half-years, centuries, their parts, seasons,
 * ordinal words, and the range words `nuo`, `iki`, `po`, `prieš`. Case and diacritics are
 * folded (`PRADZIOJE` is `pradžioje`); a trailing period is ignored. Month names are looked
 * up with {@link lookupMonth}.
 *
 * @param word - one word, optionally with a trailing period.
 * @returns what the word means in a date, or `undefined`.
 *
 * @example
 * ```ts
 * import { lookupDateWord } from "bibliotekos/lexicon";
 * lookupDateWord("m.");
 * //=> { kind: "year", value: 0, abbreviation: true }
 * lookupDateWord("PABAIGOJE");
 * //=> { kind: "part", value: 3, abbreviation: false }
 * lookupDateWord("antrajame");
 * //=> { kind: "ordinal", value: 2, abbreviation: false }
 * lookupDateWord("biblioteka");
 * //=> undefined
 * ```
 */
export function lookupDateWord(word: string): DateWord | undefined {
  if (typeof word !== "string") return undefined;
  let key = foldText(word.trim());
  if (key.endsWith(".")) key = key.slice(0, -1);
  const found = INDEX.get(key);
  return found === undefined ? undefined : { ...found };
}

/**
 * The same look-up for a word already folded by `foldText`/`foldForSearch` (lower case, no
 * diacritics, no period): the date reader's hot path, without copying.
 *
 * @internal
 */
export function lookupFoldedDateWord(folded: string): DateWord | undefined {
  return INDEX.get(folded);
}

/**
 * Whether a date word is `dienomis` (the `days` word of value 1), which names the days of a list
 * (`Gruodžio 10, 16, 30 dienomis`) where the other plural day words may be a duration (`5 dienas`).
 *
 * @internal Not in the lexicon's entry (`bibliotekos/lexicon`): the dates reader asks it. What it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Gruodžio 10, 30 dienomis vyks mugė; kovo 3 d. ir 5 dienas truko stovykla.", { ref: "2017" }).map((m) => m.text);
 * //=> ["Gruodžio 10", "30 dienomis", "kovo 3 d."]
 * ```
 */
export function namesListedDays(word: DateWord | undefined): boolean {
  return word?.kind === "days" && word.value === 1;
}

/**
 * Whether a date word is `dienos` (the `day` word of value 1), a day's genitive after a month
 * (`birželio 2 dienos`) but also the plural that counts days (`2 dienos`, in a list of figures).
 *
 * @internal Not in the lexicon's entry (`bibliotekos/lexicon`): the dates reader asks it. What it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Renginio statistika:\n2 dienos\n15 pastatų\nBirželio 2 dienos šventė.", { ref: "2021-09" }).map((m) => m.text);
 * //=> ["Birželio 2 dienos"]
 * ```
 */
export function mayCountDays(word: DateWord | undefined): boolean {
  return word?.kind === "day" && word.value === 1;
}

// What the date reader needs beyond one meaning per word. Internal (not re-exported by the
// lexicon's index): the reader's words, kept here with the others.

// Words with a second meaning, which INDEX cannot hold (there the first meaning wins): `šių` is
// the present of `iki šių dienų` and this year in `šių metų`; `sios` and `siais` (folded as `šios`, `šiais`)
// short suffixes;
// `kitų` (other) names next year before a month.
const SECOND_MEANINGS: readonly Row[] = [
  ["relative_year", 0, "šių"],
  // `kovo 31- sios`, `1940-siais`: suffixes typed short, whose letters fold to `šios` and `šiais`
  ["day_suffix", 0, "sios"],
  ["year_suffix", 0, "siais"],
  // `iki kitų metų sausio 7 d.`: next year's, but only before a month (`kitų metų duomenys` are other years')
  ["relative_year", 1, "kitų"],
];

const SECOND_INDEX: ReadonlyMap<string, DateWord> = new Map(
  SECOND_MEANINGS.flatMap(([kind, value, words]) =>
    words.split(" ").map((word): [string, DateWord] => [foldForSearch(word), Object.freeze({ kind, value, abbreviation: false })]),
  ),
);

/**
 * The second meaning of a folded date word whose first meaning is {@link lookupFoldedDateWord}'s:
 * `šių` (the present of `iki šių dienų`) is also this year (`šių metų`).
 *
 * @internal
 */
export function lookupFoldedSecondMeaning(folded: string): DateWord | undefined {
  return SECOND_INDEX.get(folded);
}

/**
 * Every folded word {@link lookupFoldedDateWord} or {@link lookupFoldedSecondMeaning} knows.
 *
 * @internal
 */
export const FOLDED_DATE_WORDS: readonly string[] = /* @__PURE__ */ (() => [...INDEX.keys(), ...SECOND_INDEX.keys()])();

// The present words that name the present only with a noun after them (`iki šių dienų`,
// `iki šių laikų`, `iki šios dienos`); the other present words stand alone (`iki šiol`, `iki dabar`).
const PRESENT_PHRASES: ReadonlyArray<readonly [word: string, nouns: string]> = [
  ["šių", "dienų laikų"],
  ["šios", "dienos"],
];

const PRESENT_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  PRESENT_PHRASES.map(([word, nouns]) => [foldForSearch(word), nouns.split(" ").map(foldForSearch)]),
);

/**
 * The nouns, folded, that a folded present word needs after it to name the present (`šių` →
 * `dienų`, `laikų`), or `undefined` for a present word that stands alone (`šiol`, `dabar`).
 *
 * @internal
 */
export function presentNounAfter(folded: string): readonly string[] | undefined {
  return PRESENT_NOUNS.get(folded);
}

// The stem every hour word starts with (`val.`, `valanda`, `valandos`, `valandą` …): a time of
// day is written with it (`09.30 val.`), a date is not.
const HOUR_STEM = foldForSearch("val");

/**
 * Whether a folded word starts as the hour words do (`val.`, `valandos`): after `09.30` it makes
 * a time of day, not 30 September.
 *
 * @internal
 */
export function isFoldedHourWord(folded: string): boolean {
  return folded.startsWith(HOUR_STEM);
}

// The minute words of a time of day (`11 val. 30 min.`, `11 val. 30 minučių`): the abbreviation
// whole, and the stems of the word in its cases (`minutės`, `minučių`).
const MINUTE_ABBREVIATION = foldForSearch("min");
const MINUTE_STEMS = ["minut", "minuč"].map((stem) => foldForSearch(stem));

/**
 * Whether a folded word is a minute word (`min`, `minučių`): after an hour (`11 val. 30 min.`) it
 * gives the minutes of a time of day.
 *
 * @internal Not in the lexicon's entry (`bibliotekos/lexicon`): the dates reader asks it. What it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Vasario 16 d. 11 val. 30 min. – himno giedojimas.", { ref: "2025" }).map((m) => [m.text, m.time ?? null]);
 * //=> [["Vasario 16 d.", "11:30"]]
 * ```
 */
export function isFoldedMinuteWord(folded: string): boolean {
  return folded === MINUTE_ABBREVIATION || MINUTE_STEMS.some((stem) => folded.startsWith(stem));
}
