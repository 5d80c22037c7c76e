import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
const src = join(root, "src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The modules of docs/architecture.md's direction table, in its order. */
function directionTable(): string[] {
  const doc = readFileSync(join(root, "docs", "architecture.md"), "utf8");
  const table = doc.slice(doc.indexOf("<!-- direction:start -->"), doc.indexOf("<!-- direction:end -->"));
  return [...table.matchAll(/^\| `([\w/]+)` \|/gm)].map((m) => m[1] as string);
}

/** The relative imports of a file (static, dynamic and type-only), as paths relative to src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:^|\s)(?:from|import)\s*(?:\(\s*)?"(\.[^"]*)"/g)].map((m) => m[1] as string);
  // (Files outside src/, such as package.json, are not modules.)
  return specifiers.map((specifier) => relative(src, resolve(dirname(file), specifier))).filter((path) => !path.startsWith(".."));
}

/** The module a path of src/ belongs to (`_lib` for src/_lib), or `root` for src/index.ts. */
const moduleOf = (path: string): string => (path.includes("/") ? (path.split("/")[0] as string) : "root");

describe("the module direction of docs/architecture.md", () => {
  const order = directionTable();
  const rank = new Map(order.map((module, i) => [module, i]));
  const modules = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
  const imports = files(src).flatMap((file) => importsOf(file).map((target) => ({ from: relative(src, file), target })));

  it("lists every folder of src/, and only those", () => {
    expect([...order].sort()).toEqual([...modules].sort());
  });

  it("finds the imports it checks", () => {
    expect(imports.length).toBeGreaterThan(300);
    expect(imports.some(({ from, target }) => from === "checks/checkReport.ts" && target === "models/validateAnnualReport")).toBe(true);
  });

  it("holds every import to the modules above the importer", () => {
    const wrong = imports.flatMap(({ from, target }) => {
      const source = moduleOf(from);
      const destination = moduleOf(target);
      if (source === "root" || source === destination) return [];
      return (rank.get(destination) ?? Infinity) < (rank.get(source) ?? -1) ? [] : [`${from} imports ${target}`];
    });
    expect(wrong).toEqual([]);
  });

  it("keeps each module's _lib its own", () => {
    const wrong = imports.flatMap(({ from, target }) => {
      const destination = moduleOf(target);
      const intoLib = destination !== "_lib" && target.split("/")[1] === "_lib";
      return intoLib && moduleOf(from) !== destination ? [`${from} imports ${target}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it("lets src/_lib import nothing but errors", () => {
    const wrong = imports.filter(({ from, target }) => moduleOf(from) === "_lib" && !["_lib", "errors"].includes(moduleOf(target)));
    expect(wrong.map(({ from, target }) => `${from} imports ${target}`)).toEqual([]);
  });
});
