// Prints every date of the 2022 chronicle of the Panevėžys county library (a real document, in
// test/fixtures/seeds) as findDates reads it, with the year of the chronicle as the reference
// date, and the days each entry spans.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates, formatDate, periodLength } from "bibliotekos/dates";

const chronicle = readFileSync(join(import.meta.dirname, "..", "test", "fixtures", "seeds", "chronicle-2022-panevezys.txt"), "utf8");
const matches = findDates(chronicle, { ref: "2022" });
console.log(`Panevėžio apskrities G. Petkevičaitės-Bitės VB, 2022 m. kronika: ${matches.length} datos\n`);
for (const m of matches) {
  const { start, end } = m.period;
  const iso = start === end ? String(start) : `${start ?? "…"} – ${end ?? "…"}`;
  const days = start !== null && end !== null ? `${periodLength(m.period)} d.` : "atviras";
  console.log(`${m.text.padEnd(36)} ${iso.padEnd(25)} ${days.padStart(8)}   ${formatDate(m.period)}`);
}
