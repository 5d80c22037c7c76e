// The `bibliotekos` command on big input, against its reader in-process as the anchor (the ratio
// is the command's overhead: starting Node, reading and decoding the file, line and column of
// every match, writing the table): dates, numbers and agreements. Real text: the seeds repeated to 1, 10 and 50 MB. The command
// is built into dist/cli.js first, as `npm run build` builds it; its output goes to /dev/null.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "tsup";
import { bench, describe } from "vitest";
import { cliConfig } from "../tsup.config";
import { findDates } from "bibliotekos/dates";
import { findQuantities } from "bibliotekos/numbers";
import { readAgreements } from "bibliotekos/texts";

const root = join(__dirname, "..");
await build({ ...cliConfig, config: false, silent: true });
const cli = join(root, "dist", "cli.js");

const seedsDir = join(root, "test", "fixtures", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(join(seedsDir, name), "utf8"))
  .join("\n\n");
const scratch = join(root, ".tmp", "cli-bench");
mkdirSync(scratch, { recursive: true });

function bigText(megabytes: number): { path: string; text: string } {
  const text = Array.from({ length: Math.ceil((megabytes * 1e6) / Buffer.byteLength(seeds)) }, () => seeds).join("\n\n");
  const path = join(scratch, `${megabytes}mb.txt`);
  writeFileSync(path, text);
  return { path, text };
}

function runCli(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bibliotekos ${args.join(" ")} exited ${result.status}: ${result.stderr}`);
}

for (const megabytes of [1, 10, 50]) {
  const { path, text } = bigText(megabytes);
  // A few runs each: one run of the 50 MB command takes seconds.
  const options = { iterations: megabytes === 1 ? 5 : 3, time: 0, warmupIterations: megabytes === 1 ? 1 : 0 };
  describe(`dates, ${megabytes} MB`, () => {
    bench("bibliotekos dates (subprocess)", () => runCli(["dates", path]), options);
    bench("bibliotekos dates --json (subprocess)", () => runCli(["dates", path, "--json"]), options);
    bench("anchor: findDates in-process", () => void findDates(text), options);
  });
  describe(`numbers, ${megabytes} MB`, () => {
    bench("bibliotekos numbers (subprocess)", () => runCli(["numbers", path]), options);
    bench("anchor: findQuantities in-process", () => void findQuantities(text), options);
  });
  describe(`agreements, ${megabytes} MB`, () => {
    bench("bibliotekos agreements (subprocess)", () => runCli(["agreements", path, "--ref", "2022"]), options);
    bench("anchor: readAgreements in-process", () => void readAgreements(text, { ref: "2022" }), options);
  });
}
