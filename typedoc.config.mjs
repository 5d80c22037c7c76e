// TypeDoc builds the API reference into docs/api (not committed). The entry points are the
// package's subpath exports, so a new module is documented as soon as it is exported.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const entryPoints = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json" && !key.includes("*"))
  .map((key) => (key === "." ? "src/index.ts" : `src/${key.slice(2)}/index.ts`));

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  entryPoints,
  out: "docs/api",
  name: "bibliotekos",
  readme: "README.md",
  projectDocuments: ["docs/*.md"],
  excludeInternal: true,
  // No public repository URL is configured yet: no source links (a local clone has no usable remote).
  disableSources: true,
  excludePrivate: true,
  treatWarningsAsErrors: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  sort: ["source-order"],
  tsconfig: "tsconfig.json",
};
