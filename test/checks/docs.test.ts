import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checksTable, withChecksTable } from "../../scripts/checks-doc";

describe("docs/checks.md", () => {
  const doc = readFileSync(new URL("../../docs/checks.md", import.meta.url), "utf8");

  it("lists the checks as their rules' metadata says (npx tsx scripts/checks-doc.ts writes the table)", () => {
    expect(doc).toBe(withChecksTable(doc));
    expect(doc).toContain(checksTable());
  });
});
