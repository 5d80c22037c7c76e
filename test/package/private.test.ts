import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(__dirname, "..", "..", "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("private helpers (src/**/_lib/)", () => {
  // The TSDoc test checks the public files; a type re-exported from _lib would escape it.
  it("are never re-exported by a public file", () => {
    const leaks = files(src)
      .filter((file) => !file.includes("/_lib/"))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/^export\s[^;]*?from\s+"([^"]*\/_lib\/[^"]*)"/gm)].map(
          (match) => `${relative(src, file)} re-exports ${match[1]}`,
        ),
      );
    expect(leaks).toEqual([]);
  });
});
