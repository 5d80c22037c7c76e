// What the models layer costs over plain zod, and what a forgiving name look-up costs over an
// exact one, measured in the same run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { AgreementSchema, parseAgreement, safeParseAgreement } from "bibliotekos/models";
import { findByName, MUNICIPALITIES } from "bibliotekos/reference";

const agreements = JSON.parse(
  readFileSync(join(__dirname, "..", "test", "fixtures", "models", "agreements-2022-panevezys.json"), "utf8"),
) as unknown[];
const broken = {
  library: "x",
  parties: [{ name: "", kind: "club", country: "lt" }],
  signed: "2022-02-30",
  validUntil: "2021",
  purpse: "typo",
};
const typed = MUNICIPALITIES.map((m) => m.nameLt.toUpperCase());

describe("validate the 12 agreements of 2022", () => {
  bench("bibliotekos parseAgreement", () => {
    for (const a of agreements) parseAgreement(a);
  });
  bench("anchor: zod AgreementSchema.parse", () => {
    for (const a of agreements) AgreementSchema.parse(a);
  });
});

describe("reject a record with 5 problems, messages in both languages", () => {
  bench("bibliotekos safeParseAgreement (English + Lithuanian issues)", () => {
    safeParseAgreement(broken);
  });
  bench("anchor: zod AgreementSchema.safeParse (English only)", () => {
    AgreementSchema.safeParse(broken);
  });
});

describe("find the 60 municipalities by name typed in capitals", () => {
  bench("bibliotekos findByName (folded: any case, no diacritics needed)", () => {
    for (const name of typed) findByName(MUNICIPALITIES, name);
  });
  bench("anchor: exact find on toUpperCase()", () => {
    for (const name of typed) MUNICIPALITIES.find((m) => m.nameLt.toUpperCase() === name);
  });
});
