// The demo of `npm run demo`: reads the 2022 chronicle of the Panevėžys county library and the
// 2023 annual report of the Ignalina district library (real documents, in test/fixtures/seeds)
// with the dates reader and the lexicon, and prints what a librarian would check first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findDates, foldText, lookupUnit, monthName, roundDecimal } from "bibliotekos";

const seeds = join(import.meta.dirname, "..", "test", "fixtures", "seeds");
const chronicle = readFileSync(join(seeds, "chronicle-2022-panevezys.txt"), "utf8");
const report = readFileSync(join(seeds, "annual-report-2023-ignalina.txt"), "utf8");

// 1. The chronicle: one heading per dated entry ("2022 m. vasario 15 d.", "2022 m. rugsėjo 30 –
//    spalio 1 d."), found with findDates, counted by the month each entry starts in.
const byMonth = new Map<number, number>();
for (const { index, period } of findDates(chronicle)) {
  const heading = index === 0 || chronicle[index - 1] === "\n";
  if (heading && period.start !== null && period.start.length > 4) {
    const month = Number(period.start.slice(5, 7));
    byMonth.set(month, (byMonth.get(month) ?? 0) + 1);
  }
}
const entries = [...byMonth.values()].reduce((a, b) => a + b, 0);
const plural = new Intl.PluralRules("lt").select(entries);
const word = plural === "one" ? "datuotas įrašas" : plural === "few" ? "datuoti įrašai" : "datuotų įrašų";
console.log(`Panevėžio apskrities G. Petkevičaitės-Bitės VB, 2022 m. kronika: ${entries} ${word}`);
for (let m = 1; m <= 12; m++) {
  const count = byMonth.get(m) ?? 0;
  console.log(`  ${monthName(m, "nominative").padEnd(10)} ${String(count).padStart(2)} ${"█".repeat(count)}`);
}

// 2. The report: every figure written with a unit, tallied by unit ("27 810 fiz. vnt.", "24,0 %").
const byUnit = new Map<string, number>();
for (const figure of report.matchAll(/\d(?:[\d\u00a0 ]*\d)?(?:,\d+)? ?(fiz\. ?vnt\.|pav\.|proc\.|%|Eur|eurų|m2)/g)) {
  const unit = lookupUnit(figure[1] ?? "");
  if (unit) byUnit.set(unit.nameLt, (byUnit.get(unit.nameLt) ?? 0) + 1);
}
console.log("\nIgnalinos r. SVB 2023 m. veiklos ataskaita: skaičiai su matavimo vienetais");
for (const [unit, count] of [...byUnit].sort((a, b) => b[1] - a[1])) console.log(`  ${unit.padEnd(20)} ${count}`);

// 3. The one rounding rule on a published ratio: reach (sutelktumas) of Svėdasai,
//    811 users of 1 970 residents = 41,1675… % (DOMAIN.md §2), printed to one decimal.
console.log(`\nSutelktumas: 811 / 1 970 × 100 = 41,1675… → ${roundDecimal("41.16751269", 1).replace(".", ",")} % (apvalinimo taisyklė: half_up)`);
console.log(`Paieška be diakritikų: "${foldText("RUGSĖJO")}" = "${foldText("rugsejo")}"`);
