// The built command on big and unusual input, as a subprocess: tables of any length, a 10 MB
// text, line and column of every match, UTF-16 files, and progress only on a terminal.
// No test asserts a time (bench/cli.bench.ts measures); the big input is written once.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { findDates } from "../../src/dates/findDates";
import { buildCli } from "../_lib/build";
import { readSeed, SEEDS } from "../_lib/seeds";

const scratch = join(__dirname, "..", "..", ".tmp", "cli-big-inputs");

vi.setConfig({ testTimeout: 60_000 });

interface Match {
  text: string;
  index: number;
  line: number;
  column: number;
}

let cli = "";
let big = { path: "", text: "" };
beforeAll(async () => {
  cli = await buildCli("cli-build-big");
  mkdirSync(scratch, { recursive: true });
  // About 10 MB of real text: every seed, repeated.
  const seeds = (Object.keys(SEEDS) as Array<keyof typeof SEEDS>).map(readSeed).join("\n\n");
  const text = Array.from({ length: Math.ceil(10e6 / Buffer.byteLength(seeds)) }, () => seeds).join("\n\n");
  big = { path: scratchFile("ten-megabytes.txt", text), text };
}, 60_000);

function run(args: string[], input?: string | Uint8Array, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
    maxBuffer: 1 << 30,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** Line and column the slow, obvious way: split the text before the offset into lines. */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: (lines.at(-1) as string).length + 1 };
}

describe("bibliotekos on long output", () => {
  it("prints a table of 130 000 rows (no spread over the rows)", () => {
    const result = run(["numbers", "-", "--bare"], "7; ".repeat(130_000));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(130_001);
    expect(lines.at(-1)).toMatch(/^1:389998\s+7\s+7\s+—$/);
  });

  it("gives every match of a multi-line text the line and column a naive count gives", () => {
    const text = readSeed("chronicle2022") + "\n\n" + readSeed("report2023");
    for (const command of ["dates", "numbers"]) {
      const rows = JSON.parse(run([command, "-", "--json"], text).stdout) as Match[];
      expect(rows.length, command).toBeGreaterThan(20);
      for (const row of rows) expect({ line: row.line, column: row.column }, row.text).toEqual(naivePosition(text, row.index));
      expect(new Set(rows.map((row) => row.line)).size, command).toBeGreaterThan(10);
    }
  });

  it("reads 10 MB of real text: the dates of findDates, each where it is, and a table of them", () => {
    const json = run(["dates", big.path, "--json"]);
    expect(json.status).toBe(0);
    expect(json.stderr).toBe("");
    const rows = JSON.parse(json.stdout) as Match[];
    const found = findDates(big.text);
    expect(rows).toHaveLength(found.length);
    for (const i of [0, Math.floor(rows.length / 2), rows.length - 1]) {
      const row = rows[i] as Match;
      expect(row.index).toBe(found[i]?.index);
      expect({ line: row.line, column: row.column }).toEqual(naivePosition(big.text, row.index));
    }
    const table = run(["numbers", big.path]);
    expect(table.status).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^vieta\s+tekstas\s+reikšmė\s+vienetas$/);
  });
});

describe("bibliotekos on UTF-16 text", () => {
  const text = readSeed("chronicle2022");
  const le = Buffer.from("\uFEFF" + text, "utf16le");
  const be = Buffer.from(le).swap16();

  it("reads UTF-16LE and UTF-16BE with their byte-order mark as it reads UTF-8", () => {
    const utf8 = run(["dates", "-", "--json"], text).stdout;
    expect(JSON.parse(utf8)).not.toEqual([]);
    for (const [name, bytes] of [
      ["le.txt", le],
      ["be.txt", be],
    ] as const) {
      const result = run(["dates", scratchFile(name, bytes), "--json"]);
      expect(result.stderr, name).toBe("");
      expect(result.stdout, name).toBe(utf8);
    }
    expect(run(["dates", "-", "--json"], be).stdout).toBe(utf8);
  });

  it("exits 2 for UTF-16 without a byte-order mark, naming UTF-16 and how to convert it", () => {
    for (const [bytes, order] of [
      [le.subarray(2), "UTF-16LE"],
      [be.subarray(2), "UTF-16BE"],
    ] as const) {
      const path = scratchFile(`no-bom-${order}.txt`, bytes);
      const result = run(["dates", path]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain("not a text file (it contains NUL bytes)");
      expect(result.stderr).toContain(`iconv -f ${order} -t UTF-8 ${path} > ${path}.utf8.txt`);
    }
  });

  it("exits 2 for bytes after a UTF-16 byte-order mark that are not UTF-16", () => {
    const result = run(["dates", "-"], new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/not valid UTF-16LE text/);
  });
});

describe("progress", () => {
  it("is never written into a pipe", () => {
    const result = run(["dates", big.path], undefined, { BIBLIOTEKOS_PROGRESS_AFTER_MS: "0" });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
  });

  // util-linux's `script` gives the command a terminal; the delay is set to 0 so that the test
  // does not depend on the machine's speed.
  it.runIf(existsSync("/usr/bin/script"))("shows on a terminal's standard error, but not with --json", () => {
    const inTerminal = (args: string) =>
      spawnSync("/usr/bin/script", ["-qec", `'${process.execPath}' '${cli}' ${args} > /dev/null`, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "", BIBLIOTEKOS_PROGRESS_AFTER_MS: "0" },
        timeout: 60_000,
      }).stdout;
    const path = scratchFile("some-dates.txt", readSeed("chronicle2022"));
    expect(inTerminal(`dates '${path}'`)).toMatch(/išvesta eilučių: \d+ iš \d+/);
    expect(inTerminal(`dates '${path}' --lang en`)).toMatch(/rows written: \d+ of \d+/);
    expect(inTerminal(`dates '${path}' --json`)).toBe("");
  });
});
