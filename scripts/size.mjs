// Bundles each public entry of the built package (dist/, ESM) the way an app's bundler would,
// minified, and prints its min+gzip size and the npm packages it pulls in.
// Usage: npm run size [-- --json]. Run npm run build first.
// test/package/size.test.ts measures source entries with the same measureBundle.
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const entries = Object.keys(pkg.exports).filter((key) => key !== "./package.json" && !key.includes("*"));

/**
 * Bundles an ES module given as text (its imports resolved from resolveDir) as an app would:
 * minified, ESM, browser-neutral, gzip level 9. Returns the sizes in bytes and the npm
 * packages the bundle includes.
 */
export async function measureBundle(contents, resolveDir) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  const packages = new Set();
  for (const input of Object.keys(result.metafile.inputs)) {
    const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (match) packages.add(match[1]);
  }
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, packages: [...packages].sort() };
}

/** Bundles one subpath of the built package and reports its size and the packages it includes. */
export async function measureEntry(subpath) {
  const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  return { entry: specifier, ...(await measureBundle(`export * from ${JSON.stringify(specifier)};`, process.cwd())) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = [];
  for (const entry of entries) rows.push(await measureEntry(entry));
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log("| entry | min | min+gzip | packages pulled in |\n| --- | ---: | ---: | --- |");
    for (const row of rows) {
      console.log(`| \`${row.entry}\` | ${kb(row.minified)} | ${kb(row.gzip)} | ${row.packages.join(", ") || "none"} |`);
    }
  }
}
