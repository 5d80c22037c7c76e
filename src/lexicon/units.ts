import { foldText } from "./fold";

/** The units a quantity in a report can have.
 *
 * @example
 * ```ts
 * import { lookupUnit, type UnitId } from "bibliotekos/lexicon";
 * const id: UnitId | undefined = lookupUnit("litų")?.id;
 * id;
 * //=> "LTL"
 * ```
 */
export type UnitId =
  | "percent"
  | "percentage_points"
  | "EUR"
  | "LTL"
  | "cents"
  | "physical_units"
  | "titles"
  | "items"
  | "copies"
  | "persons"
  | "visits"
  | "volumes"
  | "days"
  | "m2"
  | "metres"
  | "kilometres"
  | "hours"
  | "minutes";

/** One unit with its names and every spelling the lexicon reads.
 *
 * @example
 * ```ts
 * import { lookupUnit, type Unit } from "bibliotekos/lexicon";
 * const unit: Unit | undefined = lookupUnit("pav.");
 * [unit?.nameLt, unit?.nameEn];
 * //=> ["pavadinimai", "titles"]
 * ```
 */
export interface Unit {
  /** Stable id. */
  readonly id: UnitId;
  /** Lithuanian name. */
  readonly nameLt: string;
  /** English name. */
  readonly nameEn: string;
  /** The symbol or abbreviation used when formatting (`"%"`, `"Eur"`, `"fiz. vnt."`). */
  readonly symbol: string;
  /** Every spelling read: abbreviations, symbols, codes and the word in its case forms. */
  readonly forms: readonly string[];
}

/**
 * The unit words of Lithuanian library reports, with every spelling in real use. The bare
 * abbreviation `m` is not a unit here: in these texts `m.` means *metai* (year); `findQuantities`
 * reads a bare `m` as metres only where the context says lengths (`LENGTH_STEMS`). Visits,
 * volumes and days have no unit word: a count of their nouns (`COUNTED_NOUNS`) is in them.
 *
 * @example
 * ```ts
 * import { UNITS } from "bibliotekos/lexicon";
 * UNITS.find((u) => u.id === "physical_units")?.symbol;
 * //=> "fiz. vnt."
 * ```
 */
export const UNITS: readonly Unit[] = [
  {
    id: "percent",
    nameLt: "procentai",
    nameEn: "percent",
    symbol: "%",
    forms: [
      "%",
      "proc.",
      "procentas",
      "procento",
      "procentui",
      "procentą",
      "procentu",
      "procente",
      "procentai",
      "procentų",
      "procentams",
      "procentus",
      "procentais",
      "procentuose",
    ],
  },
  {
    id: "percentage_points",
    nameLt: "procentiniai punktai",
    nameEn: "percentage points",
    symbol: "p. p.",
    forms: [
      "p. p.",
      "proc. p.",
      "proc. punkto",
      "proc. punktų",
      "proc. punktais",
      "procentinis punktas",
      "procentinio punkto",
      "procentiniai punktai",
      "procentinių punktų",
      "procentiniais punktais",
      "procentinius punktus",
    ],
  },
  {
    id: "EUR",
    nameLt: "eurai",
    nameEn: "euro",
    symbol: "Eur",
    forms: ["Eur", "EUR", "€", "euras", "euro", "eurui", "eurą", "euru", "eure", "eurai", "eurų", "eurams", "eurus", "eurais", "euruose"],
  },
  {
    id: "LTL",
    nameLt: "litai",
    nameEn: "litas",
    symbol: "Lt",
    forms: ["Lt", "LTL", "litas", "lito", "litui", "litą", "litu", "lite", "litai", "litų", "litams", "litus", "litais"],
  },
  {
    id: "cents",
    nameLt: "centai",
    nameEn: "cents",
    symbol: "ct",
    forms: ["ct", "centas", "cento", "centai", "centų", "centus", "centais"],
  },
  {
    id: "physical_units",
    nameLt: "fiziniai vienetai",
    nameEn: "physical units",
    symbol: "fiz. vnt.",
    forms: [
      "fiz. vnt.",
      "fiz. vien.",
      "fiz. v.",
      "fizinis vienetas",
      "fizinio vieneto",
      "fiziniai vienetai",
      "fizinių vienetų",
      "fizinius vienetus",
      "fiziniais vienetais",
    ],
  },
  {
    id: "titles",
    nameLt: "pavadinimai",
    nameEn: "titles",
    symbol: "pav.",
    forms: ["pav.", "pavadinimas", "pavadinimo", "pavadinimai", "pavadinimų", "pavadinimus", "pavadinimais"],
  },
  {
    id: "items",
    nameLt: "vienetai",
    nameEn: "items",
    symbol: "vnt.",
    forms: ["vnt.", "vienetas", "vieneto", "vienetai", "vienetų", "vienetus", "vienetais"],
  },
  {
    id: "copies",
    nameLt: "egzemplioriai",
    nameEn: "copies",
    symbol: "egz.",
    forms: ["egz.", "egzempliorius", "egzemplioriaus", "egzemplioriai", "egzempliorių", "egzemplioriams", "egzemplioriais"],
  },
  {
    id: "persons",
    nameLt: "asmenys",
    nameEn: "persons",
    symbol: "asm.",
    forms: ["asm.", "asmuo", "asmens", "asmeniui", "asmenys", "asmenų", "asmenims", "asmenis", "asmenimis"],
  },
  // Counted without a unit word: their words are COUNTED_NOUNS (`5 apsilankymai`, `6000 tomų`, `10 dienų`).
  { id: "visits", nameLt: "apsilankymai", nameEn: "visits", symbol: "apsilankymai", forms: [] },
  { id: "volumes", nameLt: "tomai", nameEn: "volumes", symbol: "tomai", forms: [] },
  { id: "days", nameLt: "dienos", nameEn: "days", symbol: "dienos", forms: [] },
  {
    id: "m2",
    nameLt: "kvadratiniai metrai",
    nameEn: "square metres",
    symbol: "m²",
    forms: [
      "m²",
      "m2",
      "kv. m",
      "kv. m.",
      "kv. metrai",
      "kv. metrų",
      "kvadratinis metras",
      "kvadratinio metro",
      "kvadratiniai metrai",
      "kvadratinių metrų",
      "kvadratinius metrus",
      "kvadratiniais metrais",
    ],
  },
  {
    id: "metres",
    nameLt: "metrai",
    nameEn: "metres",
    symbol: "m",
    forms: ["metras", "metro", "metrai", "metrų", "metrus", "metrais"],
  },
  {
    id: "kilometres",
    nameLt: "kilometrai",
    nameEn: "kilometres",
    symbol: "km",
    forms: ["km", "kilometras", "kilometro", "kilometrai", "kilometrų", "kilometrus", "kilometrais"],
  },
  {
    id: "hours",
    nameLt: "valandos",
    nameEn: "hours",
    symbol: "val.",
    forms: ["val.", "h", "valanda", "valandos", "valandai", "valandą", "valandų", "valandas", "valandomis"],
  },
  {
    id: "minutes",
    nameLt: "minutės",
    nameEn: "minutes",
    symbol: "min.",
    forms: ["min.", "minutė", "minutės", "minutę", "minučių", "minutes", "minutėmis"],
  },
];

/** A word that multiplies a number by a power of ten (`1,2 mln.`).
 *
 * @example
 * ```ts
 * import { lookupScaleWord, type ScaleWord } from "bibliotekos/lexicon";
 * const scale: ScaleWord | undefined = lookupScaleWord("tūkstančių");
 * scale?.exponent;
 * //=> 3
 * ```
 */
export interface ScaleWord {
  /** The power of ten: 3, 6 or 9. */
  readonly exponent: 3 | 6 | 9;
  /** The abbreviation (`"tūkst."`). */
  readonly abbreviation: string;
  /** Every spelling read. */
  readonly forms: readonly string[];
}

/**
 * Scale words: `tūkst.` (10³), `mln.` (10⁶), `mlrd.` (10⁹), abbreviated or written out.
 *
 * @example
 * ```ts
 * import { SCALE_WORDS } from "bibliotekos/lexicon";
 * SCALE_WORDS.map((s) => s.abbreviation);
 * //=> ["tūkst.", "mln.", "mlrd."]
 * ```
 */
export const SCALE_WORDS: readonly ScaleWord[] = [
  {
    exponent: 3,
    abbreviation: "tūkst.",
    forms: ["tūkst.", "tūkstantis", "tūkstančio", "tūkstančiai", "tūkstančių", "tūkstančius", "tūkstančiais"],
  },
  { exponent: 6, abbreviation: "mln.", forms: ["mln.", "milijonas", "milijono", "milijonai", "milijonų", "milijonus", "milijonais"] },
  {
    exponent: 9,
    abbreviation: "mlrd.",
    forms: ["mlrd.", "milijardas", "milijardo", "milijardai", "milijardų", "milijardus", "milijardais"],
  },
];

/** Folds a unit spelling for lookup: folded case and diacritics, spaces squeezed, `²` as `2`. */
function unitKey(text: string): string {
  return foldText(text.trim()).replace(/\s+/g, " ").replace(/\.\s+/g, ". ").replace(/²/g, "2");
}

function buildIndex<T extends { readonly forms: readonly string[] }>(entries: readonly T[]): ReadonlyMap<string, T> {
  const index = new Map<string, T>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      index.set(unitKey(form), entry);
      // "fiz.vnt." and "fiz. vnt" are typed as often as "fiz. vnt."
      index.set(unitKey(form).replace(/\. /g, "."), entry);
      if (form.endsWith(".")) index.set(unitKey(form.slice(0, -1)), entry);
    }
  }
  return index;
}

const UNIT_INDEX = /* @__PURE__ */ buildIndex(UNITS);
const SCALE_INDEX = /* @__PURE__ */ buildIndex(SCALE_WORDS);

/**
 * Looks up a unit word in any spelling, letter case and with or without diacritics: `Eur`,
 * `EUR`, `€`, `eurų`, `eurais` are all the euro; `fiz. vnt.` and `fiz.vnt.` physical units.
 *
 * @param text - the unit as written.
 * @returns the unit, or `undefined` if the lexicon does not know it.
 *
 * @example
 * ```ts
 * import { lookupUnit } from "bibliotekos/lexicon";
 * lookupUnit("eurų")?.id;
 * //=> "EUR"
 * lookupUnit("fiz.vnt.")?.id;
 * //=> "physical_units"
 * lookupUnit("proc.")?.id;
 * //=> "percent"
 * lookupUnit("m.");
 * //=> undefined
 * ```
 */
export function lookupUnit(text: string): Unit | undefined {
  if (typeof text !== "string") return undefined;
  return UNIT_INDEX.get(unitKey(text));
}

/**
 * Looks up a scale word (`tūkst.`, `mln.`, `mlrd.`, or written out in any case form).
 *
 * @param text - the word as written.
 * @returns the scale word, or `undefined`.
 *
 * @example
 * ```ts
 * import { lookupScaleWord } from "bibliotekos/lexicon";
 * lookupScaleWord("tūkst.")?.exponent;
 * //=> 3
 * lookupScaleWord("MLN")?.exponent;
 * //=> 6
 * ```
 */
export function lookupScaleWord(text: string): ScaleWord | undefined {
  if (typeof text !== "string") return undefined;
  return SCALE_INDEX.get(unitKey(text));
}
