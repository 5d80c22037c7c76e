import type { IsoPartialDate } from "../../../dates/types";
import type { TextSpan } from "../../types";
import type { EndClause } from "./clauses";

/** One agreement as read from one place (a dated entry or a paragraph of the agreements section). */
export interface Found {
  signed: IsoPartialDate;
  names: string[];
  validUntil?: IsoPartialDate;
  noEnd?: boolean;
  project?: string;
  purpose?: string;
  span: TextSpan;
  /** The entry's heading (absent for a section paragraph). */
  heading?: string;
}

/** Sets what the clauses around the signing gave: the project, the end date (or none) and the purpose. */
export function addClauses(found: Found, project: string | undefined, end: EndClause, purpose: string | undefined): void {
  if (project !== undefined) found.project = project;
  if (end.validUntil !== undefined) found.validUntil = end.validUntil;
  if (end.noEnd === true) found.noEnd = true;
  if (purpose !== undefined) found.purpose = purpose;
}
