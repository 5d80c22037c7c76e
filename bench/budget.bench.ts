// summarizeBudget over a generated national budget (60 municipalities × 20 years × 6 sources ×
// ~140 articles ≈ 1 000 000 lines) against a plain-float reduce in the same run. The float
// baseline only sums three figures by source and article (it is neither exact nor rolled up);
// summarizeBudget sums exactly, by source, purpose, article (rolled up) and source × article.
import { bench, describe } from "vitest";
import { summarizeBudget, type BudgetLine } from "bibliotekos/budget";

const sources = ["municipal_budget", "state_budget", "project_funds", "eu_funds", "personal_income_tax_share", "paid_services"];
const articles: string[] = [];
for (let a = 1; a <= 7; a++) for (let b = 1; b <= 4; b++) for (let c = 1; c <= 5; c++) articles.push(`2.${a}.${b}.1.1.${c}`);

function generate(count: number): BudgetLine[] {
  const lines: BudgetLine[] = [];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const amount = () => `${next() % 1_000_000}.${String(next() % 100).padStart(2, "0")}`;
  for (let i = 0; lines.length < count; i++) {
    const municipality = i % 60;
    const year = 2004 + (Math.floor(i / 60) % 20);
    lines.push({
      year,
      sourceId: sources[i % sources.length] as string,
      purpose: `m${municipality}`,
      articleCode: articles[i % articles.length] as string,
      planned: { amount: amount(), currency: "EUR" },
      received: { amount: amount(), currency: "EUR" },
      used: { amount: amount(), currency: "EUR" },
    });
  }
  return lines;
}

const lines = generate(1_000_000);

describe("summarise 1 000 000 budget lines", () => {
  bench(
    "bibliotekos summarizeBudget (exact, all roll-ups)",
    () => {
      summarizeBudget(lines);
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );

  bench(
    "baseline: float reduce by source and article (inexact)",
    () => {
      const totals = new Map<string, [number, number, number]>();
      for (const line of lines) {
        const key = `${line.sourceId}|${line.articleCode}`;
        const t = totals.get(key) ?? [0, 0, 0];
        t[0] += Number(line.planned?.amount);
        t[1] += Number(line.received?.amount);
        t[2] += Number(line.used?.amount);
        totals.set(key, t);
      }
    },
    { iterations: 3, warmupIterations: 1, time: 0 },
  );
});
