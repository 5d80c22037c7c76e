import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = fileURLToPath(new URL("./src/", import.meta.url));

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name; in tests that name is the source.
    alias: [
      { find: /^bibliotekos$/, replacement: `${src}index.ts` },
      { find: /^bibliotekos\/(.+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    // Some tests scan every source file or fuzz a reader for seconds; on CI's two cores, with the
    // other files running beside them, 5 s (vitest's default) was too close (wordsAsData: 4.6 s alone).
    testTimeout: 30_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
