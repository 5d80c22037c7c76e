// The demo of `npm run demo`: reads the 2022 chronicle of the Panevėžys county library and the
// 2023 annual report of the Ignalina district library (real documents, in test/fixtures/seeds)
// with the dates reader and the lexicon, and prints what a librarian would check first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  checkBudget,
  convertLtlToEur,
  findDates,
  findQuantities,
  foldText,
  formatAmount,
  formatDate,
  monthName,
  roundDecimal,
  UNITS,
  type BudgetLine,
} from "bibliotekos";
import { agreementsActiveOn, parseAgreement, parseSupport, type Support } from "bibliotekos/models";
import { findById, PUBLIC_LIBRARIES } from "bibliotekos/reference";

const seeds = join(import.meta.dirname, "..", "test", "fixtures", "seeds");
const fixtures = join(import.meta.dirname, "..", "test", "fixtures", "models");
const chronicle = readFileSync(join(seeds, "chronicle-2022-panevezys.txt"), "utf8");
const report = readFileSync(join(seeds, "annual-report-2023-ignalina.txt"), "utf8");

/** An amount known within bounds, as the support record keeps it. */
type AmountRange = NonNullable<Support["amount"]>;

/** An amount range in euros, its bounds and their kinds kept (litas converted at the official rate). */
function rangeInEur(range: AmountRange): AmountRange {
  const eur = (bound: AmountRange["min"]) => (bound === undefined || bound.currency === "EUR" ? bound : convertLtlToEur(bound));
  const min = eur(range.min);
  const max = eur(range.max);
  return { ...range, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
}

/** A range as Lithuanian text writes it: `daugiau nei 28 962,00 Eur`, `ne daugiau kaip …`, `nuo … iki …`. */
function formatRange({ min, max, minExclusive, maxExclusive, asWritten }: AmountRange): string {
  if (min !== undefined && max !== undefined) {
    return min.amount === max.amount ? formatAmount(min) : `nuo ${formatAmount(min)} iki ${formatAmount(max)}`;
  }
  if (min !== undefined) return `${minExclusive === true ? "daugiau nei" : "ne mažiau kaip"} ${formatAmount(min)}`;
  if (max !== undefined) return `${maxExclusive === true ? "mažiau nei" : "ne daugiau kaip"} ${formatAmount(max)}`;
  return asWritten ?? ""; // (the schema asks for a bound)
}

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

// 2. The report: every figure written with a unit ("27 810 fiz. vnt.", "24,0 %"), found with
//    findQuantities and tallied by unit; then its budget chapter checked.
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

// The budget chapter (the report's budgetLines, in test/fixtures/models) checked: what does not add up.
const report2023 = JSON.parse(readFileSync(join(fixtures, "annual-report-2023-ignalina.json"), "utf8")) as { budgetLines: BudgetLine[] };
console.log("\nBiudžeto skyriaus patikra:");
for (const finding of checkBudget(report2023.budgetLines)) console.log(`  [${finding.severity}] ${finding.message.lt}`);

// The sponsors' support of 2009–2011 as its record keeps it (test/fixtures/models, written from the
// text „suteikė paramos daugiau nei už 100 tūkst. Lt“): a lower bound in litas, converted to euros
// bound and all, so that "more than" stays "more than".
const sponsors = JSON.parse(readFileSync(join(fixtures, "sponsors-2009-2011.json"), "utf8")) as { support: unknown[] };
const support = parseSupport(sponsors.support[0]);
if (support.amount !== undefined) {
  const inEur = rangeInEur(support.amount);
  const period = support.period === undefined ? "" : ` ${formatDate(support.period)}`;
  console.log(`Parama${period}: ${formatRange(inEur)} (tekste: „${support.amount.asWritten ?? ""}“)`);
}

// 3. The one rounding rule on a published ratio: reach (sutelktumas) of Svėdasai,
//    811 users of 1 970 residents = 41,1675… % (DOMAIN.md §2), printed to one decimal.
console.log(
  `\nSutelktumas: 811 / 1 970 × 100 = 41,1675… → ${roundDecimal("41.16751269", 1).replace(".", ",")} % (apvalinta iki dešimtųjų: nuo 5 – į didesnę pusę)`,
);
console.log(`Paieška be diakritikų: "${foldText("RUGSĖJO")}" = "${foldText("rugsejo")}"`);

// 4. Models: the 2022 cooperation agreements (a fixture written from the chronicle's last
//    section), validated, and those still running on a reference date (no clock: a parameter).
const agreements = (JSON.parse(readFileSync(join(fixtures, "agreements-2022-panevezys.json"), "utf8")) as unknown[]).map((a) =>
  parseAgreement(a),
);
const active = agreementsActiveOn(agreements, "2024-12");
const library = findById(PUBLIC_LIBRARIES, "panevezys_county_library")?.nameLt;
console.log(`\n${library}: ${agreements.length} sutarčių 2022 m., 2024 m. gruodį galioja ${active.length}:`);
for (const a of active)
  console.log(
    `  ${a.signed} → ${a.validUntil ?? "neterminuota"}  ${a.parties.length > 1 ? `${a.parties.length} ${new Intl.PluralRules("lt").select(a.parties.length) === "few" ? "bibliotekos" : "bibliotekų"}` : a.parties[0]?.name}`,
  );
