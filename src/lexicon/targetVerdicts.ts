/**
 * How a report words its verdict on a strategic target, for each `outcome` of the
 * `AnnualReport` model's targets.
 *
 * @example
 * ```ts
 * import { TARGET_VERDICTS, type TargetVerdict } from "bibliotekos/lexicon";
 * const almost: TargetVerdict | undefined = TARGET_VERDICTS.find((v) => v.outcome === "almost_achieved");
 * almost?.word;
 * //=> "beveik pasiektas"
 * ```
 */
export interface TargetVerdict {
  /** The target's `outcome` in the model. */
  outcome: "achieved" | "almost_achieved" | "partly_achieved" | "not_achieved";
  /** The verdict as reports write it (masculine, agreeing with `rodiklis`). */
  word: string;
  /** Its other spellings in reports (feminine and neuter forms, `įvykdytas`). */
  forms: readonly string[];
}

/**
 * The verdicts of reports on their targets: pasiektas, beveik pasiektas, iš dalies pasiektas,
 * nepasiektas, with the forms reports also write.
 *
 * @example
 * ```ts
 * import { TARGET_VERDICTS } from "bibliotekos/lexicon";
 * TARGET_VERDICTS.map((v) => v.word);
 * //=> ["pasiektas", "beveik pasiektas", "iš dalies pasiektas", "nepasiektas"]
 * ```
 */
export const TARGET_VERDICTS: readonly TargetVerdict[] = [
  { outcome: "achieved", word: "pasiektas", forms: ["pasiekta", "pasiektos", "įvykdytas", "įvykdyta"] },
  { outcome: "almost_achieved", word: "beveik pasiektas", forms: ["beveik pasiekta", "beveik įvykdytas", "beveik įvykdyta"] },
  { outcome: "partly_achieved", word: "iš dalies pasiektas", forms: ["iš dalies pasiekta", "iš dalies įvykdytas", "iš dalies įvykdyta"] },
  { outcome: "not_achieved", word: "nepasiektas", forms: ["nepasiekta", "neįvykdytas", "neįvykdyta"] },
];
