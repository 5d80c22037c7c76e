// `bibliotekos check` on a report whose year is too big says so in whole Lithuanian sentences
// (issue #17: "Skaičius turi būti ne didesnis kaip 9999 undefined"), and `bibliotekos schema`
// does not take an inherited name (`toString`) for a model.
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildCli } from "../_lib/build";
import { readFixture } from "../_lib/seeds";

vi.setConfig({ testTimeout: 30_000 });

let cli = "";
beforeAll(async () => {
  cli = await buildCli("cli-build-invalid-report");
}, 60_000);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("bibliotekos check on a report that does not match the schema", () => {
  const report = JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as Record<string, unknown>;
  const tooBig = JSON.stringify({ ...report, year: 10000 });

  it("names the year's bound, with no 'undefined', in Lithuanian", () => {
    const result = run(["check", "-"], tooBig);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("year: Skaičius turi būti ne didesnis kaip 9999\n");
    expect(result.stderr).not.toContain("undefined");
  });

  it("and in its JSON", () => {
    const result = run(["check", "-", "--json"], tooBig);
    expect(result.status).toBe(2);
    const issues = (JSON.parse(result.stdout) as { issues: Array<{ path: unknown[]; messageLt: string }> }).issues;
    expect(issues.map((issue) => [issue.path, issue.messageLt])).toEqual([[["year"], "Skaičius turi būti ne didesnis kaip 9999"]]);
  });
});

describe("bibliotekos schema", () => {
  it.each(["toString", "constructor", "Nope"])("exits 2 for %s, naming the models it knows", (name) => {
    const result = run(["schema", name]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Organization, Institution");
    expect(result.stderr).not.toMatch(/TypeError|at .*\.js/);
  });
});
