import type { BibliotekosError } from "../errors/BibliotekosError";
import { safeParseAnnualReport } from "./AnnualReport";
import { createObservationCheck } from "./_lib/observationCheck";

/** Whether every observation of a report passes `ObservationSchema` and names a declared unit, checked by hand. */
function observationsPass(input: unknown): input is Record<string, unknown> & { observations: unknown[] } {
  if (typeof input !== "object" || input === null) return false;
  const { units, observations } = input as { units?: unknown; observations?: unknown };
  if (!Array.isArray(units) || !Array.isArray(observations)) return false;
  const ids = new Set<unknown>();
  for (const unit of units) ids.add((unit as { id?: unknown } | null)?.id);
  const passes = createObservationCheck();
  for (let at = 0; at < observations.length; at++) {
    const observation = observations[at];
    if (!passes(observation) || !ids.has((observation as { unitId: string }).unitId)) return false;
  }
  return true;
}

/**
 * Validates an annual report against `AnnualReportSchema` and returns the error
 * `safeParseAnnualReport` would give, or `undefined` for a valid report, with the same verdict
 * as that function, but quickly for a report of half a million observations: these are checked
 * by hand (`createObservationCheck`) and the rest of the report by zod; any doubt goes to zod
 * with the whole report, so the problems it lists are the same. Use it to ask "is this report
 * valid, and if not, why?" without the copy `safeParseAnnualReport` returns (`checkReport` does).
 *
 * @param input - anything (not mutated).
 * @returns `undefined` for a valid report; otherwise the `invalid_model` error, its `issues`
 *   listing every problem with its path.
 *
 * @example
 * ```ts
 * import { validateAnnualReport } from "bibliotekos/models";
 * const report = { institutionId: "ignalina", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [] };
 * validateAnnualReport(report);
 * //=> undefined
 * validateAnnualReport({ ...report, year: "2023" })?.issues?.map((issue) => issue.path.join("."));
 * //=> ["year"]
 * ```
 */
export function validateAnnualReport(input: unknown): BibliotekosError | undefined {
  if (observationsPass(input)) {
    // Units, budget lines, targets and narrative are few: zod checks them, without the observations.
    const rest = safeParseAnnualReport({ ...input, observations: [] });
    if (rest.success) return undefined;
  }
  const whole = safeParseAnnualReport(input);
  return whole.success ? undefined : whole.error;
}
