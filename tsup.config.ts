import { defineConfig, type Options } from "tsup";

/**
 * The public modules. Each becomes a subpath export `bibliotekos/<name>` built from
 * (`dates/luxon` is the luxon edge of dates, kept out of `bibliotekos/dates` and the root)
 * `src/<name>/index.ts`. Adding a module is this list plus its block in package.json
 * `exports` (test/package/exports.test.ts keeps the two in step).
 */
export const modules = [
  "lexicon",
  "dates",
  "dates/luxon",
  "numbers",
  "money",
  "reference",
  "models",
  "budget",
  "indicators",
  "checks",
  "texts",
  "docx",
] as const;

/** The library: every module, ESM and CJS, with types. */
export const libraryConfig = {
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
  // Cleans dist/ except the command line, which the next config writes there.
  clean: ["!cli.js"],
  target: "es2022",
  outDir: "dist",
} satisfies Options;

/** The command line, built beside the library (test/cli builds it the same way). */
export const cliConfig = {
  // The `bibliotekos` command (package.json `bin`): one self-contained ESM file with commander
  // bundled in (commander stays a devDependency; zod and decimal.js are the package's own
  // dependencies), not part of the library's exports. The banner gives commander's CommonJS
  // `require` of Node's built-ins a real `require`.
  entry: { cli: "src/cli/index.ts" },
  format: ["esm"],
  dts: false,
  splitting: false,
  treeshake: true,
  sourcemap: false,
  clean: false,
  target: "node20",
  platform: "node",
  outDir: "dist",
  noExternal: ["commander"],
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __bibliotekosCreateRequire } from "node:module";\nconst require = __bibliotekosCreateRequire(import.meta.url);',
  },
} satisfies Options;

export default defineConfig([libraryConfig, cliConfig]);
