import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { modules } from "../../tsup.config";

const root = join(__dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  name: string;
  sideEffects: unknown;
  engines: { node: string };
  files: string[];
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
};

/** The runtime dependencies only bibliotekos/docx may load. */
const DOCX_DEPENDENCIES = ["fflate", "saxes"];

/** Bundles a source entry as an app would, and lists the npm packages it pulls in. */
async function packagesPulledIn(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  });
  const found = new Set<string>();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (match) found.add(match[1] as string);
  }
  return [...found].sort();
}

describe("the package", () => {
  it("has one subpath export per module of tsup.config.ts, and one source entry each", () => {
    const subpaths = Object.keys(pkg.exports).filter((key) => key !== "." && key !== "./package.json");
    expect(subpaths.map((key) => key.slice(2)).sort()).toEqual([...modules].sort());
    for (const name of modules) expect(existsSync(join(root, "src", name, "index.ts")), name).toBe(true);
  });

  it("puts types first in every export condition, with .d.cts for require", () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === "./package.json") continue;
      const conditions = value as Record<string, Record<string, string>>;
      expect(Object.keys(conditions.import ?? {}), key).toEqual(["types", "default"]);
      expect(Object.keys(conditions.require ?? {}), key).toEqual(["types", "default"]);
      expect(conditions.require?.types, key).toMatch(/\.d\.cts$/);
      expect(conditions.require?.default, key).toMatch(/\.cjs$/);
    }
  });

  it("is side-effect free, for Node 20 and later, and ships only dist", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.files).toContain("dist");
    expect(pkg.files.every((f) => !f.startsWith("src") && !f.startsWith("test"))).toBe(true);
  });

  it("depends at run time on zod, luxon and decimal.js, and for bibliotekos/docx on fflate and saxes, only", () => {
    for (const name of Object.keys(pkg.dependencies)) expect(["zod", "luxon", "decimal.js", ...DOCX_DEPENDENCIES]).toContain(name);
  });

  it("bundles bibliotekos/docx with its zip and XML readers only (fflate; saxes and its xmlchars)", async () => {
    expect(await packagesPulledIn("src/docx/index.ts")).toEqual(["fflate", "saxes", "xmlchars"]);
  });

  it.each(["src/index.ts", ...modules.filter((name) => name !== "docx").map((name) => `src/${name}/index.ts`)])(
    "keeps the Word readers out of %s",
    async (entry) => {
      const pulled = await packagesPulledIn(entry);
      expect(pulled.filter((name) => [...DOCX_DEPENDENCIES, "xmlchars"].includes(name))).toEqual([]);
    },
  );

  it("bundles bibliotekos/lexicon without zod, luxon or decimal.js", async () => {
    expect(await packagesPulledIn("src/lexicon/index.ts")).toEqual([]);
  });

  it("bundles bibliotekos/dates without zod, luxon or decimal.js", async () => {
    expect(await packagesPulledIn("src/dates/index.ts")).toEqual([]);
  });

  it("bundles bibliotekos/budget with decimal.js only", async () => {
    expect(await packagesPulledIn("src/budget/index.ts")).toEqual(["decimal.js"]);
  });

  it("bundles bibliotekos/indicators with decimal.js only", async () => {
    expect(await packagesPulledIn("src/indicators/index.ts")).toEqual(["decimal.js"]);
  });

  it("bundles bibliotekos/checks with decimal.js and zod only", async () => {
    expect(await packagesPulledIn("src/checks/index.ts")).toEqual(["decimal.js", "zod"]);
  });

  it("bundles bibliotekos/texts with zod and decimal.js only (the models; readReport compares figures exactly), never fflate or saxes", async () => {
    expect(await packagesPulledIn("src/texts/index.ts")).toEqual(["decimal.js", "zod"]);
  });

  it("bundles bibliotekos/dates/luxon with luxon only", async () => {
    expect(await packagesPulledIn("src/dates/luxon/index.ts")).toEqual(["luxon"]);
  });

  it("keeps luxon out of the root bibliotekos (the luxon edge is its own subpath)", async () => {
    expect(await packagesPulledIn("src/index.ts")).not.toContain("luxon");
  });

  it("bundles bibliotekos/numbers with decimal.js only", async () => {
    expect(await packagesPulledIn("src/numbers/index.ts")).toEqual(["decimal.js"]);
  });

  it("bundles bibliotekos/reference without zod, luxon or decimal.js", async () => {
    expect(await packagesPulledIn("src/reference/index.ts")).toEqual([]);
  });

  it("bundles bibliotekos/models with zod only", async () => {
    expect(await packagesPulledIn("src/models/index.ts")).toEqual(["zod"]);
  });

  it("ships the JSON Schemas of the models that the build writes", () => {
    expect(pkg.files).toContain("schemas");
  });
});
