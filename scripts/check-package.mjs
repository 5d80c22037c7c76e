// Packs the package as npm would publish it, then runs publint and attw on the tarball.
// Any problem from either fails the run. Usage: npm run check:package (after npm run build).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "bibliotekos-pack-"));
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

let failed = false;
try {
  const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir]));
  const tarball = join(dir, packed.filename);
  console.log(`packed ${packed.filename}: ${packed.files.length} files, ${packed.size} bytes`);
  for (const [name, args] of [
    ["publint", ["publint", "--strict", tarball]],
    ["attw", ["attw", tarball, "--profile", "node16"]],
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
