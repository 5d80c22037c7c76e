import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src/", import.meta.url));
const dist = fileURLToPath(new URL("./dist/", import.meta.url));

export default defineConfig(({ mode }) => {
  const [root, entry] = mode === "benchmark" ? [dist, "index.js"] : [src, "index.ts"];
  return {
    resolve: {
      // Examples, docs and benches import the package by name. In tests that name is the source.
      // In `vitest bench` (mode "benchmark") it is the built package, loaded by Node itself as an
      // app loads it: vitest runs each source file as its own module and reads every imported
      // binding through a module object at each use, which made `findDates` 2.2× chrono-node from
      // the source and 5.3× from the build in the same bench (2026-12-02). `npm run bench` builds first.
      alias: [
        { find: /^bibliotekos$/, replacement: `${root}${entry}` },
        { find: /^bibliotekos\/(.+)$/, replacement: `${root}$1/${entry}` },
      ],
    },
    test: {
      include: ["test/**/*.test.ts"],
      // Some tests scan every source file or fuzz a reader for seconds; on CI's two cores, with the
      // other files running beside them, 5 s (vitest's default) was too close (wordsAsData: 4.6 s alone).
      testTimeout: 30_000,
      benchmark: { include: ["bench/**/*.bench.ts"] },
      server: { deps: { external: mode === "benchmark" ? [/\/dist\//] : [] } },
    },
  };
});
