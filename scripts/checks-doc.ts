// Writes the table of checks in docs/checks.md from the rules' own metadata (REPORT_CHECKS),
// between the markers `<!-- checks:start -->` and `<!-- checks:end -->`.
// test/checks/docs.test.ts fails when the table and the metadata disagree: run
// `npx tsx scripts/checks-doc.ts` after changing a rule.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { REPORT_CHECKS } from "../src/checks/reportChecks";

export const START = "<!-- checks:start -->";
export const END = "<!-- checks:end -->";

/** The Markdown table of every check, in the order findings are listed. */
export function checksTable(): string {
  const rows = REPORT_CHECKS.map(
    (c) =>
      `| \`${c.code}\` | \`${c.rule}\` | ${c.severity} | ${c.description} | ${c.figures.map((name) => `\`${name}\``).join(", ")} | ${c.example} |`,
  );
  return ["| code | rule | severity | found when | figures | the 2023 report |", "| --- | --- | --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

/** `doc` with its table between the markers replaced by {@link checksTable}. */
export function withChecksTable(doc: string): string {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start === -1 || end < start) throw new Error(`docs/checks.md needs the markers ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n${checksTable()}\n${doc.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = fileURLToPath(new URL("../docs/checks.md", import.meta.url));
  writeFileSync(path, withChecksTable(readFileSync(path, "utf8")));
  console.log("docs/checks.md: the table of checks written from REPORT_CHECKS");
}
