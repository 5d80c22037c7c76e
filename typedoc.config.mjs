// TypeDoc builds the API reference into docs/api (not committed). The entry points are the
// package's subpath exports, so a new module is documented as soon as it is exported.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
// The root last: TypeDoc documents a declaration in the first entry point that exports it, so
// each module's page lists its own functions and types, and the root's page refers to them.
const entryPoints = Object.keys(pkg.exports)
  .filter((key) => key !== "./package.json" && !key.includes("*"))
  .map((key) => (key === "." ? "src/index.ts" : `src/${key.slice(2)}/index.ts`))
  .sort((a, b) => Number(a === "src/index.ts") - Number(b === "src/index.ts"));

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
  // No bare-word autolinks: markdown-it's linkify reads file names such as `DOMAIN.md` (.md is a
  // country's domain) as web addresses. Links are written as links.
  markdownItOptions: { linkify: false },
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  sort: ["source-order"],
  tsconfig: "tsconfig.json",
};
