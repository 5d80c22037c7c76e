// The demo of `npm run demo`: reads the 2022 chronicle of the Panevėžys county library and the
// 2023 annual report of the Ignalina district library (real documents, in test/fixtures/seeds)
// with the lexicon, and prints what a librarian would check first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  convertLtlToEur,
  findQuantities,
  foldText,
  formatAmount,
  lookupMonth,
  money,
  monthName,
  parseNumber,
  parseQuantity,
  roundDecimal,
  subtract,
  sum,
  UNITS,
} from "bibliotekos";

const seeds = join(import.meta.dirname, "..", "test", "fixtures", "seeds");
const chronicle = readFileSync(join(seeds, "chronicle-2022-panevezys.txt"), "utf8");
const report = readFileSync(join(seeds, "annual-report-2023-ignalina.txt"), "utf8");

// 1. The chronicle: one heading per dated entry, "2022 m. vasario 15 d.", counted by month.
const byMonth = new Map<number, number>();
for (const heading of chronicle.matchAll(/^2022 m\. (\p{L}+)/gmu)) {
  const month = lookupMonth(heading[1] ?? "");
  if (month) byMonth.set(month.month, (byMonth.get(month.month) ?? 0) + 1);
}
const entries = [...byMonth.values()].reduce((a, b) => a + b, 0);
const plural = new Intl.PluralRules("lt").select(entries);
const word = plural === "one" ? "datuotas įrašas" : plural === "few" ? "datuoti įrašai" : "datuotų įrašų";
console.log(`Panevėžio apskrities G. Petkevičaitės-Bitės VB, 2022 m. kronika: ${entries} ${word}`);
for (let m = 1; m <= 12; m++) {
  const count = byMonth.get(m) ?? 0;
  console.log(`  ${monthName(m, "nominative").padEnd(10)} ${String(count).padStart(2)} ${"█".repeat(count)}`);
}

// 2. The report: every figure written with a unit ("27 810 fiz. vnt.", "24,0 %"), found with
//    findQuantities and tallied by unit; the municipal budget by article summed exactly (received
//    for three articles, the plan for the fourth, the only figure the report gives for it).
const byUnit = new Map<string, number>();
const quantities = findQuantities(report);
for (const quantity of quantities) {
  const unit = UNITS.find((u) => u.id === quantity.unit);
  if (unit) byUnit.set(unit.nameLt, (byUnit.get(unit.nameLt) ?? 0) + 1);
}
console.log("\nIgnalinos r. SVB 2023 m. veiklos ataskaita: skaičiai su matavimo vienetais");
for (const [unit, count] of [...byUnit].sort((a, b) => b[1] - a[1])) console.log(`  ${unit.padEnd(20)} ${count}`);
const lost = quantities.filter((q) => q.signUnknown === true).map((q) => q.text);
console.log(`  be ženklo (prarastas minusas ar pliusas): ${lost.join("; ")}`);

const articles = ["698795,000", "13800,00", "57000,00", "5100,00"].map((a) => money(parseNumber(a), "EUR"));
const total = sum(articles);
const reported = money(parseNumber("774795,00"), "EUR");
console.log(`\nSavivaldybės lėšos, gauta pagal straipsnius (socialinėms išmokoms – tik planas): ${formatAmount(total)}; ataskaitoje: ${formatAmount(reported)}; skirtumas ${formatAmount(subtract(reported, total))}`);
console.log(`Parama 2009–2011 m.: 100 tūkst. Lt = ${formatAmount(convertLtlToEur(money(parseQuantity("100 tūkst. Lt").value, "LTL")))}`);

// 3. The one rounding rule on a published ratio: reach (sutelktumas) of Svėdasai,
//    811 users of 1 970 residents = 41,1675… % (DOMAIN.md §2), printed to one decimal.
console.log(`\nSutelktumas: 811 / 1 970 × 100 = 41,1675… → ${roundDecimal("41.16751269", 1).replace(".", ",")} % (apvalinimo taisyklė: half_up)`);
console.log(`Paieška be diakritikų: "${foldText("RUGSĖJO")}" = "${foldText("rugsejo")}"`);
