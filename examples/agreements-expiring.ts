// Prints the cooperation agreements of the 2022 chronicle of the Panevėžys county library (a real
// document, in test/fixtures/seeds) that are still active on a given date, with their end dates:
// the list an app shows as "agreements expiring next quarter". The date is a parameter (first
// argument, YYYY, YYYY-MM or YYYY-MM-DD); nothing reads the clock.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatDate } from "bibliotekos/dates";
import { agreementsActiveOn } from "bibliotekos/models";
import { readAgreements } from "bibliotekos/texts";

const on = process.argv[2] ?? "2024-01-01";
const chronicle = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "seeds", "chronicle-2022-panevezys.txt"), "utf8");
const { agreements, unread } = readAgreements(chronicle, {
  ref: "2022",
  library: "panevezys_county_library",
  source: "chronicle-2022-panevezys.txt",
});
const active = agreementsActiveOn(agreements, on);

console.log(`2022 m. kronika: ${agreements.length} sutartys; galioja ${on}: ${active.length}\n`);
for (const agreement of active) {
  const parties = agreement.parties.map((p) => p.name);
  const who = parties.length > 2 ? `${parties[0]} ir dar ${parties.length - 1}` : parties.join(", ");
  const until =
    agreement.validUntil === undefined
      ? "neterminuota / nenurodyta"
      : `iki ${formatDate({ start: agreement.validUntil, end: agreement.validUntil })}`;
  console.log(`${agreement.signed}  ${until.padEnd(28)} ${who}`);
}
if (unread.length > 0) console.log(`\nNeperskaityta: ${unread.map((u) => `${u.reason} @${u.index}`).join(", ")}`);
