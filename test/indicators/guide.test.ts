import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../src/indicators/index";

describe("docs/indicators.md", () => {
  it("lists every indicator of the catalogue, as the catalogue has it", () => {
    const guide = readFileSync(join(__dirname, "..", "..", "docs", "indicators.md"), "utf8");
    for (const i of INDICATORS) {
      const row = guide.split("\n").find((line) => line.startsWith(`| \`${i.id}\` |`));
      expect(row, i.id).toBeDefined();
      const cells = (row as string).split("|").map((cell) => cell.trim());
      expect(cells.slice(2, 8), i.id).toEqual([i.nameLt, i.nameEn, i.unit, i.kind, i.additive ? "yes" : "no", String(i.precision)]);
    }
  });
});
