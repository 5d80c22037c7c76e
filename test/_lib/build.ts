// Builds the package's entries with the project's own tsup configs (tsup.config.ts) into a
// folder of .tmp/, so that tests run what `npm run build` makes, never a stale dist/.
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "tsup";
import { cliConfig, libraryConfig } from "../../tsup.config";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Builds the `bibliotekos` command into .tmp/<folder>/cli.js and returns that path. */
export async function buildCli(folder = "cli-build"): Promise<string> {
  const outDir = join(root, ".tmp", folder);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({ ...cliConfig, outDir, config: false, silent: true });
  return join(outDir, "cli.js");
}

/** Builds the library's ESM bundle (no types) into .tmp/<folder>/ and returns that folder. */
export async function buildLibraryEsm(folder = "esm-build"): Promise<string> {
  const outDir = join(root, ".tmp", folder);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({ ...libraryConfig, format: ["esm"], dts: false, clean: false, outDir, config: false, silent: true });
  return outDir;
}
