import { defineConfig } from "tsup";

/**
 * The public modules. Each becomes a subpath export `bibliotekos/<name>` built from
 * (`dates/luxon` is the luxon edge of dates, kept out of `bibliotekos/dates` and the root)
 * `src/<name>/index.ts`. Adding a module is this list plus its block in package.json
 * `exports` (test/package/exports.test.ts keeps the two in step).
 */
export const modules = ["lexicon", "dates", "dates/luxon", "numbers", "money", "reference", "models", "budget", "indicators", "checks", "texts"] as const;

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(modules.map((name) => [`${name}/index`, `src/${name}/index.ts`])),
  },
  format: ["esm", "cjs"],
  dts: true,
  // One shared chunk per shared file, in both formats, so that BibliotekosError and the
  // decimal calculator exist once however many subpaths an app imports.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: "es2022",
  outDir: "dist",
});
