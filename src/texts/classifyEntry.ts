import { BibliotekosError } from "../errors/BibliotekosError";
import { ENTRY_RULES, type EntryKind, type EntryRule } from "../lexicon/entryRules";
import { foldText } from "../lexicon/fold";

/**
 * What {@link classifyEntry} decided: the kind, and the rule and stem that decided it
 * (`rule` and `stem` are `null` for `other`).
 *
 * @example
 * ```ts
 * import { classifyEntry, type EntryClass } from "bibliotekos/texts";
 * const result: EntryClass = classifyEntry({ text: "Atrijaus terasoje atidaryta tulpių paroda." });
 * result;
 * //=> { kind: "exhibition", rule: "exhibition.shown", stem: "parod" }
 * ```
 */
export interface EntryClass {
  /** The kind of entry. */
  kind: EntryKind;
  /** The id of the rule that matched (`ENTRY_RULES`), or `null`. */
  rule: string | null;
  /** The stem of the rule's `any` list that matched, or `null`. */
  stem: string | null;
}

/**
 * Options of {@link classifyEntry}.
 *
 * @example
 * ```ts
 * import { classifyEntry, type ClassifyEntryOptions } from "bibliotekos/texts";
 * const options: ClassifyEntryOptions = { rules: [{ id: "exhibition.any", kind: "exhibition", any: ["ekspozicij"] }] };
 * classifyEntry({ text: "Nauja ekspozicija." }, options).kind;
 * //=> "exhibition"
 * ```
 */
export interface ClassifyEntryOptions {
  /**
   * The rules, tried in order (stems folded: lower case, no diacritics).
   * @default ENTRY_RULES (bibliotekos/lexicon)
   */
  rules?: readonly EntryRule[] | undefined;
}

const compiled = new WeakMap<readonly EntryRule[], CompiledRule[]>();

interface CompiledRule {
  rule: EntryRule;
  any: RegExp;
  all: RegExp[];
}

function escape(stem: string): string {
  return stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function stemPattern(stems: readonly string[]): RegExp {
  // A stem starts a word: the character before it is not a letter or digit. Lookbehind of one
  // character and a plain alternation: linear.
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.map((s) => escape(foldText(s))).join("|")})`, "u");
}

function compile(rules: readonly EntryRule[]): CompiledRule[] {
  const known = compiled.get(rules);
  if (known !== undefined) return known;
  const out = rules.map((rule) => ({ rule, any: stemPattern(rule.any), all: (rule.all ?? []).map((stem) => stemPattern([stem])) }));
  compiled.set(rules, out);
  return out;
}

/**
 * Classifies what a chronicle entry records, by rules as data (`ENTRY_RULES` in
 * `bibliotekos/lexicon`, or `options.rules`): the first rule whose stems start words of the
 * folded text wins. Kinds: `agreement_signed`, `club_founded`, `membership`, `award_or_thanks`,
 * `publication_issued`, `visit_or_study_trip`, `conference_talk`, `event_held`, `exhibition`,
 * and `other` when no rule matches. Diacritics and letter case do not matter. The result names
 * the rule and the stem, so every decision can be checked.
 *
 * @param entry - anything with a `text` (a {@link ChronicleEntry}, or `{ text }`).
 * @param options - {@link ClassifyEntryOptions}.
 * @returns an {@link EntryClass}.
 * @throws {@link BibliotekosError} `invalid_argument` if `entry.text` is not a string.
 *
 * @example
 * ```ts
 * import { classifyEntry } from "bibliotekos/texts";
 * classifyEntry({ text: "Biblioteka pasirašė bendradarbiavimo sutartį su Lietuvos kurčiųjų draugija." });
 * //=> { kind: "agreement_signed", rule: "agreement.signed", stem: "pasiras" }
 * classifyEntry({ text: "BIBLIOTEKA ISLEIDO LEIDINI" }).kind;
 * //=> "publication_issued"
 * classifyEntry({ text: "Biblioteka tapo draugiška gyvūnams." });
 * //=> { kind: "other", rule: null, stem: null }
 * ```
 */
export function classifyEntry(entry: { readonly text: string }, options?: ClassifyEntryOptions): EntryClass {
  const text = (entry as { text?: unknown } | null | undefined)?.text;
  if (typeof text !== "string") {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "Expected an entry with a text string",
      messageLt: "Įrašas turi turėti tekstą (string)",
      input: entry,
      path: ["text"],
      expected: "string",
      received: typeof text,
    });
  }
  const rules = options?.rules ?? ENTRY_RULES;
  if (!Array.isArray(rules)) {
    throw new BibliotekosError({
      code: "invalid_argument",
      message: "options.rules must be an array of rules",
      messageLt: "options.rules turi būti taisyklių masyvas",
      input: rules,
      path: ["options", "rules"],
      expected: "array",
    });
  }
  const folded = foldText(text);
  for (const { rule, any, all } of compile(rules)) {
    const hit = any.exec(folded);
    if (hit === null) continue;
    if (!all.every((pattern) => pattern.test(folded))) continue;
    const stem = rule.any.find((s) => hit[0] === foldText(s)) ?? hit[0];
    return { kind: rule.kind, rule: rule.id, stem };
  }
  return { kind: "other", rule: null, stem: null };
}
