// parseNumber against the hand-written baseline an app writes (strip spaces, comma to dot,
// Number) and against @internationalized/number's NumberParser("lt-LT"); formatAmount against
// a cached Intl.NumberFormat("lt-LT"). Inputs: every bare number of the seeds' reviewed golden
// table (test/fixtures/numbers/seed-quantities.json), as written.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NumberParser } from "@internationalized/number";
import { bench, describe } from "vitest";
import { findQuantities, formatAmount, parseNumber } from "bibliotekos/numbers";

const golden = JSON.parse(readFileSync(join(__dirname, "..", "test", "fixtures", "numbers", "seed-quantities.json"), "utf8")) as Record<
  string,
  Array<{ text: string; value: string; unit: string | null }>
>;
const written = Object.values(golden)
  .flat()
  .filter((m) => m.unit === null)
  .map((m) => m.text);
const parser = new NumberParser("lt-LT");
const SPACES = /\s/g;

describe(`parse the ${written.length} bare numbers of the seeds`, () => {
  bench("bibliotekos parseNumber", () => {
    for (const s of written) parseNumber(s);
  });
  bench("baseline: Number(s.replace(spaces, '').replace(',', '.'))", () => {
    for (const s of written) Number(s.replace(SPACES, "").replace(",", "."));
  });
  bench("anchor: @internationalized/number NumberParser('lt-LT').parse", () => {
    for (const s of written) parser.parse(s);
  });
});

// The slow path: 1 000 numbers grouped by no-break spaces with a decimal comma ("12 345 678,90").
const grouped = Array.from({ length: 1000 }, (_, i) =>
  `${(i * 7919) % 1000} ${String((i * 104729) % 1000).padStart(3, "0")} ${String(i % 1000).padStart(3, "0")},${String(i % 100).padStart(2, "0")}`.replace(
    / /g,
    "\u00a0",
  ),
);

describe("parse 1 000 grouped numbers (12 345 678,90)", () => {
  bench("bibliotekos parseNumber", () => {
    for (const s of grouped) parseNumber(s);
  });
  bench("baseline: Number(s.replace(spaces, '').replace(',', '.'))", () => {
    for (const s of grouped) Number(s.replace(SPACES, "").replace(",", "."));
  });
  bench("anchor: @internationalized/number NumberParser('lt-LT').parse", () => {
    for (const s of grouped) parser.parse(s);
  });
});

// Amounts as budgets write them: the seeds' euro figures and 1 000 generated ones.
const amounts: string[] = Object.values(golden)
  .flat()
  .filter((m) => m.unit === "EUR")
  .map((m) => m.value);
let seed = 7;
for (let i = 0; i < 1000; i++) {
  seed = (seed * 48271) % 2147483647;
  amounts.push(`${seed % 10_000_000}.${String(seed % 100).padStart(2, "0")}`);
}
const amountNumbers = amounts.map(Number);
const intl = new Intl.NumberFormat("lt-LT", { style: "currency", currency: "EUR" });

describe(`format ${amounts.length} amounts`, () => {
  bench("bibliotekos formatAmount (decimal strings)", () => {
    for (const a of amounts) formatAmount(a);
  });
  bench("anchor: cached Intl.NumberFormat('lt-LT', currency EUR) (JS numbers)", () => {
    for (const a of amountNumbers) intl.format(a);
  });
});

// findQuantities on the seed texts and the #18 dev web passages, with and without counted nouns,
// against the baseline an app writes: one regular expression for a number and a unit word.
const seedTexts = [
  "annual-report-2023-ignalina.txt",
  "chronicle-2022-panevezys.txt",
  "project-notice-marijampole.txt",
  "sponsors-2009-2011.txt",
  "statutes-regional-libraries-association.txt",
].map((name) => readFileSync(join(__dirname, "..", "test", "fixtures", "seeds", name), "utf8"));
const web = (
  JSON.parse(readFileSync(join(__dirname, "..", "test", "fixtures", "web", "passages.json"), "utf8")) as {
    passages: Array<{ text: string }>;
  }
).passages.map((p) => p.text);
const corpus = [...seedTexts, ...web].join("\n\n");
const NAIVE = /\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?[ \u00a0]?(?:%|proc\.|Eur|eurų|Lt|fiz\. vnt\.|pav\.|egz\.|val\.)/g;

describe(`find the quantities of the seeds and the web passages (${Math.round(corpus.length / 1000)} kB)`, () => {
  bench("bibliotekos findQuantities", () => void findQuantities(corpus));
  bench("bibliotekos findQuantities, countedNouns: false", () => void findQuantities(corpus, { countedNouns: false }));
  bench("baseline: one regular expression (number, unit word)", () => void corpus.match(NAIVE));
});
