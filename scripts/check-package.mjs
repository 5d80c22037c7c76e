// Packs the package as npm would publish it, then runs publint and attw (its full profile:
// node10, node16 from CJS and ESM, bundler) on the tarball, and installs it into a consumer
// project per resolution mode that must type-check and run (scripts/consumers.mjs). Any problem
// fails the run. Usage: npm run check:package (after npm run build).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkConsumers } from "./consumers.mjs";

const dir = mkdtempSync(join(tmpdir(), "bibliotekos-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

let failed = false;
try {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir]));
  const tarball = join(dir, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.files.length} files, ${packed.size} bytes`);
  for (const [name, args] of [
    ["publint", ["publint", "--strict", tarball]],
    ["attw", ["attw", tarball, "--profile", "strict"]],
  ]) {
    try {
      process.stdout.write(run("npx", ["--no-install", ...args]));
      console.log(`${name}: ok`);
    } catch (error) {
      failed = true;
      process.stdout.write(String(error.stdout ?? ""));
      console.error(`${name}: problems found`);
    }
  }
  const failures = checkConsumers(tarball);
  for (const failure of failures) console.error(failure);
  if (failures.length > 0) failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
