/**
 * What every entry of a reference table has: a stable `id` (ASCII snake_case, never reused), the
 * official Lithuanian name, an English name, and the official code where one exists. Look entries
 * up with {@link findById}, {@link findByName} and {@link findByCode}.
 *
 * @example
 * ```ts
 * import { findById, COUNTIES, type ReferenceEntry } from "bibliotekos/reference";
 * const utena: ReferenceEntry | undefined = findById(COUNTIES, "utena");
 * [utena?.nameLt, utena?.code];
 * //=> ["Utenos apskritis", "LT-UT"]
 * ```
 */
export interface ReferenceEntry {
  /** Stable id: ASCII snake_case. */
  readonly id: string;
  /** The official Lithuanian name, as the source writes it. */
  readonly nameLt: string;
  /** An English name. */
  readonly nameEn: string;
  /** The official code, where the domain has one (ISO 3166-2:LT, economic classification, …). */
  readonly code?: string;
  /** Other spellings seen in real documents; look-ups by name also match these. */
  readonly aliases?: readonly string[];
}
