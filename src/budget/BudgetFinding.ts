import type { Finding } from "../findings/Finding";

// A type literal, not an interface: each figures type must be assignable to `Record<string, string>`
// (what `Finding` says figures are); an interface would not be, having no implicit index signature.
/**
 * The figures of each budget finding, by code: decimal strings in euros (a percentage for an
 * execution), counts as digit strings. A finding's `figures` has exactly the keys of its code.
 *
 * | code | figures |
 * | --- | --- |
 * | `articles_do_not_add_up` | `expected` (the articles' sum), `actual` (the stated total), `difference` (stated − articles), each at money precision (two decimals, `769595.00` even when one article is written `698795,000`), `articles` (how many top articles), `articlesWithoutFigure` (how many give no such figure) |
 * | `balance_mismatch` | `expected` (received − used), `actual` (the balance as written), `difference` (written − expected) |
 * | `execution_mismatch` | `expected` (used / base × 100 at the printed precision), `actual` (as printed), `difference` (printed − expected), `numerator` (used), `denominator` (the base: received, or the plan when nothing is received) |
 * | `execution_unverifiable` | `printed` |
 * | `used_exceeds_received` | `received`, `used`, `difference` (used − received) |
 * | `too_many_decimals` | `actual` (the amount as written), `decimals` (how many) |
 * | `plan_without_outcome` | `planned` |
 * | `litas_after_euro` | `actual` (the amount in litas), `converted` (in euros) |
 *
 * @example
 * ```ts
 * import { checkBudget, type BudgetFindingFigures } from "bibliotekos/budget";
 * const [finding] = checkBudget([{ year: 2023, sourceId: "s", received: { amount: "10.00", currency: "EUR" }, used: { amount: "12.50", currency: "EUR" } }]);
 * const figures: BudgetFindingFigures["used_exceeds_received"] | undefined = finding?.code === "used_exceeds_received" ? finding.figures : undefined;
 * figures;
 * //=> { received: "10.00", used: "12.50", difference: "2.50" }
 * ```
 */
export type BudgetFindingFigures = {
  /** A stated total against the sum of its top articles. */
  articles_do_not_add_up: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** How many top articles were summed (a digit string). */
    articles: string;
    /** How many of them give no such figure. */
    articlesWithoutFigure: string;
  };
  /** A balance as written against received − used. */
  balance_mismatch: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
  };
  /** A printed execution against used / base × 100. */
  execution_mismatch: {
    /** What the figures give (the sum, the quotient, the table's figure). */
    expected: string;
    /** The figure as the report writes it. */
    actual: string;
    /** `actual` − `expected`. */
    difference: string;
    /** The amount used, in euros: the quotient's numerator. */
    numerator: string;
    /** The base `expected` is computed against, in euros: received, or the plan when received is not written or zero. */
    denominator: string;
  };
  /** An execution printed with no amount used. */
  execution_unverifiable: {
    /** The execution as printed, in percent. */
    printed: string;
  };
  /** More used than received. */
  used_exceeds_received: {
    /** The amount received. */
    received: string;
    /** The amount used. */
    used: string;
    /** `actual` − `expected`. */
    difference: string;
  };
  /** An amount with more than two decimals. */
  too_many_decimals: {
    /** The figure as the report writes it. */
    actual: string;
    /** How many decimals it is written with. */
    decimals: string;
  };
  /** A plan with neither appropriations nor use. */
  plan_without_outcome: {
    /** The planned value. */
    planned: string;
  };
  /** An amount in litas after 2015. */
  litas_after_euro: {
    /** The figure as the report writes it. */
    actual: string;
    /** The amount in euros. */
    converted: string;
  };
};

/**
 * The codes {@link checkBudget} gives.
 *
 * | code | severity | found when |
 * | --- | --- | --- |
 * | `articles_do_not_add_up` | error | a source's (or project's) stated total differs from the sum of its articles |
 * | `balance_mismatch` | error | a balance as written (`carriedOver`, likutis) differs from received − used |
 * | `execution_mismatch` | error | a printed execution differs from used / received and from used / planned, at the printed precision |
 * | `execution_unverifiable` | info | an execution is printed but the amount used is not written |
 * | `used_exceeds_received` | error | more was used than received |
 * | `too_many_decimals` | warning | an amount is written with more than two decimals (`698795,000`) |
 * | `plan_without_outcome` | warning | a line has a plan and neither appropriations nor use |
 * | `litas_after_euro` | error | an amount in litas on a line dated 2015 or later |
 *
 * @example
 * ```ts
 * import type { BudgetFindingCode } from "bibliotekos/budget";
 * const code: BudgetFindingCode = "articles_do_not_add_up";
 * code;
 * //=> "articles_do_not_add_up"
 * ```
 */
export type BudgetFindingCode = keyof BudgetFindingFigures;

/**
 * A finding of {@link checkBudget}: a {@link Finding} whose `figures` are typed by its code
 * ({@link BudgetFindingFigures}), so that narrowing on `code` gives the figures' names.
 *
 * @example
 * ```ts
 * import { checkBudget, type BudgetFinding } from "bibliotekos/budget";
 * const findings: BudgetFinding[] = checkBudget([{ year: 2023, sourceId: "state_budget", planned: { amount: "100.00", currency: "EUR" } }]);
 * findings.map((f) => (f.code === "plan_without_outcome" ? f.figures.planned : f.code));
 * //=> ["100.00"]
 * ```
 */
export type BudgetFinding = {
  [Code in BudgetFindingCode]: Finding<Code> & {
    /** The figures of its code. */
    figures: BudgetFindingFigures[Code] & Record<string, string>;
  };
}[BudgetFindingCode];
