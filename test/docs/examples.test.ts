/// <reference types="vite/client" />
import { transformSync } from "esbuild";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportedDeclarations, guideExamples, sourceExamples, toRunnable, type Example } from "../_lib/examples";

const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, unknown>;
};

// The package's own subpaths, resolved to source, so that examples import what users import.
const loaders = new Map<string, () => Promise<unknown>>();
const sources = import.meta.glob<Record<string, unknown>>("../../src/**/*.ts");
for (const subpath of Object.keys(pkg.exports)) {
  if (subpath === "./package.json" || subpath.includes("*")) continue;
  const name = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  const base = subpath === "." ? "../../src/index.ts" : `../../src/${subpath.slice(2)}`;
  const loader = sources[`${base}/index.ts`] ?? sources[`${base}.ts`] ?? sources[base];
  if (loader) loaders.set(name, loader);
}

async function run(example: Example): Promise<void> {
  const body = transformSync(toRunnable(example.code), { loader: "ts", format: "esm", target: "es2022" }).code;
  const modules = new Map<string, unknown>();
  for (const specifier of body.matchAll(/__modules\("([^"]+)"\)/g)) {
    const name = specifier[1] as string;
    const load = loaders.get(name);
    if (!load) throw new Error(`${example.where}: imports ${name}, which is not a subpath of the package`);
    modules.set(name, await load());
  }
  const check = (actual: unknown, expected: unknown, line: number) => {
    expect(actual, `${example.where}, example line ${line}`).toEqual(expected);
  };
  const throws = (fn: () => unknown, code: string, line: number) => {
    let caught: unknown;
    try {
      fn();
    } catch (error) {
      caught = error;
    }
    expect(caught, `${example.where}, example line ${line}: expected a throw`).toBeDefined();
    expect((caught as { code?: unknown }).code, `${example.where}, example line ${line}`).toBe(code);
  };
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (
    ...args: unknown[]
  ) => Promise<void>;
  await new AsyncFunction("__modules", "__check", "__throws", body)((name: string) => modules.get(name), check, throws);
}

describe("the @example blocks in the source", () => {
  const examples = sourceExamples();
  it("exist", () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  it.each(examples.map((e) => [e.where, e] as const))("%s runs and gives what it says", async (_where, example) => {
    await run(example);
  });
});

describe("the code blocks of README.md and docs/", () => {
  it.each(guideExamples().map((e) => [e.where, e] as const))("%s runs and gives what it says", async (_where, example) => {
    await run(example);
  });
});

describe("TSDoc", () => {
  it.each(exportedDeclarations().map((d) => [`${d.name} (${d.where})`, d] as const))(
    "%s has a summary and an @example",
    (_label, declaration) => {
      if (declaration.doc?.includes("@internal")) return;
      expect(declaration.doc, "TSDoc comment").toBeDefined();
      expect(declaration.doc, "an @example").toMatch(/@example/);
    },
  );
});
