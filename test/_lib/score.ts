// Scores a reader on held-out cases: each case lists the items expected (as comparable strings);
// precision and recall count items, exact counts whole cases.

export interface Score {
  cases: number;
  exactCases: number;
  precision: number;
  recall: number;
  failures: string[];
}

/** Scores `read` on `cases`; `expected` and `found` give each case's items as strings. */
export function score<C>(cases: readonly C[], expected: (c: C) => string[], found: (c: C) => string[], describe: (c: C) => string): Score {
  let wanted = 0;
  let got = 0;
  let correct = 0;
  let exactCases = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const want = expected(c);
    const have = found(c);
    wanted += want.length;
    got += have.length;
    const pool = [...have];
    for (const w of want) {
      const at = pool.indexOf(w);
      if (at !== -1) {
        correct++;
        pool.splice(at, 1);
      }
    }
    if (have.join("|") === want.join("|")) exactCases++;
    else failures.push(`${describe(c)}\n    want ${want.join(", ") || "nothing"}\n    got  ${have.join(", ") || "nothing"}`);
  }
  return {
    cases: cases.length,
    exactCases,
    precision: got === 0 ? 1 : correct / got,
    recall: wanted === 0 ? 1 : correct / wanted,
    failures,
  };
}

/** One line for the test log. */
export function scoreLine(name: string, s: Score): string {
  return `${name}: ${s.exactCases}/${s.cases} exactly right, precision ${(s.precision * 100).toFixed(1)} %, recall ${(s.recall * 100).toFixed(1)} %`;
}
