import { foldForSearch } from "./fold";

/**
 * A word that joins the items of a list: `2021 ir 2022 m.`, `bibliotekos bei mokyklos`.
 *
 * @example
 * ```ts
 * import { CONNECTORS, type Connector } from "bibliotekos/lexicon";
 * const and: Connector | undefined = CONNECTORS.find((c) => c.word === "ir");
 * and?.meaning;
 * //=> "and"
 * ```
 */
export interface Connector {
  /** The word, lower case. */
  word: string;
  /** What it means: `and` (`ir`, `bei`) or `or` (`arba`). */
  meaning: "and" | "or";
}

/**
 * The list connectors: `ir`, `bei` (and), `arba` (or). The date, number and partner readers
 * build their list matchers from this table.
 *
 * @example
 * ```ts
 * import { CONNECTORS } from "bibliotekos/lexicon";
 * CONNECTORS.map((c) => c.word);
 * //=> ["ir", "bei", "arba"]
 * ```
 */
export const CONNECTORS: readonly Connector[] = [
  { word: "ir", meaning: "and" },
  { word: "bei", meaning: "and" },
  { word: "arba", meaning: "or" },
];

const CONNECTOR_WORDS: ReadonlySet<string> = new Set(CONNECTORS.map((c) => c.word));

/**
 * Whether a word is a list connector of {@link CONNECTORS}, in any case (`IR`, `Bei`).
 *
 * @param word - one word.
 * @returns whether it joins a list.
 *
 * @example
 * ```ts
 * import { isConnector } from "bibliotekos/lexicon";
 * [isConnector("ir"), isConnector("ARBA"), isConnector("iki")];
 * //=> [true, true, false]
 * ```
 */
export function isConnector(word: string): boolean {
  if (typeof word !== "string") return false;
  return CONNECTOR_WORDS.has(word) || CONNECTOR_WORDS.has(foldForSearch(word));
}
