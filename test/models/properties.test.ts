import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  parseAgreement,
  parseAnnualReport,
  parseAssociation,
  parseBranch,
  parseInstitution,
  parseOrganization,
  parseProject,
  parseServicePoint,
  parseSponsor,
  parseSupport,
} from "../../src/models/index";
import { deepFreeze } from "../_lib/seeds";
import {
  agreement,
  annualReport,
  association,
  branch,
  institution,
  organization,
  project,
  servicePoint,
  sponsor,
  support,
} from "./arbitraries";

const CASES = [
  ["Organization", organization, parseOrganization],
  ["Agreement", agreement, parseAgreement],
  ["Institution", institution, parseInstitution],
  ["Project", project, parseProject],
  ["AnnualReport", annualReport, parseAnnualReport],
  ["Branch", branch, parseBranch],
  ["ServicePoint", servicePoint, parseServicePoint],
  ["Sponsor", sponsor, parseSponsor],
  ["Support", support, parseSupport],
  ["Association", association, parseAssociation],
] as const;

describe("every schema, on records generated from it", () => {
  it.each(CASES)(
    "%s accepts them, returns them unchanged, survives a JSON round trip and never touches its (frozen) input",
    (_name, arbitrary, parse) => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<unknown>, (record) => {
          const frozen = deepFreeze(structuredClone(record));
          const parsed = (parse as (input: unknown) => unknown)(frozen);
          expect(parsed).toEqual(record);
          expect(parsed).not.toBe(frozen);
          const again = (parse as (input: unknown) => unknown)(JSON.parse(JSON.stringify(parsed)));
          expect(again).toEqual(parsed);
          expect(frozen).toEqual(record);
        }),
        { numRuns: 60 },
      );
    },
  );
});
