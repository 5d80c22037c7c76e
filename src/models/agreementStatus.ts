import { describeValue, invalidArgument } from "../_lib/arguments";
import { isIsoPartialDate, type IsoPartialDate } from "../dates/types";
import { BibliotekosError } from "../errors/BibliotekosError";
import { firstDay, lastDay } from "./_lib/partialDates";
import type { Agreement } from "./Agreement";

/**
 * Where an agreement stands on a date: not yet signed, running, or past its end.
 *
 * @example
 * ```ts
 * import type { AgreementStatus } from "bibliotekos/models";
 * const status: AgreementStatus = "active";
 * status;
 * //=> "active"
 * ```
 */
export type AgreementStatus = "not_started" | "active" | "expired";

/**
 * The fields of an agreement that its status depends on: any {@link Agreement} has them.
 *
 * @example
 * ```ts
 * import { agreementStatus, type AgreementDates } from "bibliotekos/models";
 * const dates: AgreementDates = { signed: "2022-05-24", validUntil: "2023-08-31" };
 * agreementStatus(dates, "2023-08");
 * //=> "active"
 * ```
 */
export interface AgreementDates {
  /** When it was signed. */
  readonly signed: IsoPartialDate;
  /** Its last day (month, year), if it has one. */
  readonly validUntil?: IsoPartialDate | undefined;
}

function checkReference(ref: unknown): asserts ref is IsoPartialDate {
  if (!isIsoPartialDate(ref)) {
    throw new BibliotekosError({
      code: "invalid_date",
      message: `The reference date ${describeValue(ref)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`,
      messageLt: "Atskaitos data turi būti rašoma MMMM, MMMM-MM arba MMMM-MM-DD",
      input: ref,
    });
  }
}

/**
 * The status of an agreement on a reference date (a parameter: there is no "today" here).
 * An agreement runs from the first day of `signed` to the last day of `validUntil` (inclusive; no
 * end when `validUntil` is absent). A partial reference date covers its days: the agreement is
 * `active` if the two overlap, `not_started` if the reference ends before the agreement starts,
 * `expired` if it starts after the agreement ends. So an agreement valid until `"2024-12"` is
 * active on `"2024-12-15"` and on `"2024"`.
 *
 * @param agreement - an agreement (only `signed` and `validUntil` are read).
 * @param ref - the reference date: `"2024-12-15"`, `"2024-12"` or `"2024"`.
 * @returns `"not_started"`, `"active"` or `"expired"`.
 * @throws {@link BibliotekosError} `invalid_date` if a date is not a valid partial date,
 *   `invalid_argument` if `agreement` is not an object.
 *
 * @example
 * ```ts
 * import { agreementStatus } from "bibliotekos/models";
 * const agreement = { signed: "2022-02-01", validUntil: "2024-12" };
 * [agreementStatus(agreement, "2024-12-15"), agreementStatus(agreement, "2025-01-01"), agreementStatus(agreement, "2022-01-31")];
 * //=> ["active", "expired", "not_started"]
 * agreementStatus({ signed: "2022-07-14" }, "2030");
 * //=> "active"
 * agreementStatus(agreement, "15.12.2024");
 * //=> throws invalid_date
 * ```
 */
export function agreementStatus(agreement: AgreementDates, ref: IsoPartialDate): AgreementStatus {
  checkReference(ref);
  if (agreement === null || typeof agreement !== "object") throw invalidArgument("the agreement", "an object with `signed`", agreement);
  checkReference(agreement.signed);
  if (lastDay(ref) < firstDay(agreement.signed)) return "not_started";
  if (agreement.validUntil !== undefined) {
    checkReference(agreement.validUntil);
    if (firstDay(ref) > lastDay(agreement.validUntil)) return "expired";
  }
  return "active";
}

/**
 * The agreements of a list that are active on a reference date (see {@link agreementStatus}),
 * in the list's order. The list is not changed.
 *
 * @param agreements - agreements (only `signed` and `validUntil` are read).
 * @param ref - the reference date, of any precision.
 * @returns a new array of the active ones.
 * @throws {@link BibliotekosError} `invalid_date` if a date is not a valid partial date,
 *   `invalid_argument` if `agreements` is not an array of objects.
 *
 * @example
 * ```ts
 * import { agreementsActiveOn } from "bibliotekos/models";
 * const agreements = [
 *   { id: "tv", signed: "2022-03-10", validUntil: "2022-12-31" },
 *   { id: "curia", signed: "2022-02-01", validUntil: "2024-12-31" },
 *   { id: "deaf", signed: "2022-10-13" },
 * ];
 * agreementsActiveOn(agreements, "2023-06-01").map((a) => a.id);
 * //=> ["curia", "deaf"]
 * ```
 */
export function agreementsActiveOn<T extends AgreementDates>(agreements: readonly T[], ref: IsoPartialDate): T[] {
  checkReference(ref);
  if (!Array.isArray(agreements)) throw invalidArgument("the agreements", "an array", agreements);
  return agreements.filter((agreement) => agreementStatus(agreement, ref) === "active");
}
