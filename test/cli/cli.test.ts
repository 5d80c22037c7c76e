// Runs the built `bibliotekos` command as a subprocess, as a user would, on the real texts.
// The command is built once, from the project's own tsup config, into .tmp/cli-build/.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkReport } from "../../src/checks/checkReport";
import { colourOn } from "../../src/cli/_lib/style";
import { findDates } from "../../src/dates/findDates";
import { agreementStatus } from "../../src/models/agreementStatus";
import { toJSONSchema } from "../../src/models/toJSONSchema";
import { readAgreements } from "../../src/texts/readAgreements";
import { findQuantities } from "../../src/numbers/findQuantities";
import { buildCli } from "../_lib/build";
import { readFixture, readSeed, SEEDS } from "../_lib/seeds";

const fixtures = join(__dirname, "..", "fixtures");
const seedPath = (name: keyof typeof SEEDS) => join(fixtures, "seeds", SEEDS[name]);
const reportPath = join(fixtures, "models", "annual-report-2023-ignalina.json");
const scratch = join(__dirname, "..", "..", ".tmp", "cli-inputs");

// Each test starts the command a few times (a Node process each): give them room on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let cli = "";
beforeAll(async () => {
  cli = await buildCli();
  mkdirSync(scratch, { recursive: true });
}, 60_000);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input?: string | Uint8Array, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env },
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("bibliotekos --help", () => {
  it.each([[[]], [["dates"]], [["numbers"]], [["agreements"]], [["format-date"]], [["read"]], [["check"]], [["schema"]]])(
    "explains %j and exits 0",
    (command) => {
      const result = run([...command, "--help"]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^Usage: bibliotekos/);
      if (command.length > 0) expect(result.stdout).toContain(`bibliotekos ${command[0]}`);
    },
  );

  it("prints the package's version", () => {
    const { version } = JSON.parse(readFixture("../../package.json")) as { version: string };
    expect(run(["--version"]).stdout.trim()).toBe(version);
  });

  it("exits 2 with usage for an unknown command, an unknown option or a missing argument", () => {
    for (const args of [["nonsense"], ["dates", "--bogus", "x"], ["dates"]]) {
      const result = run(args);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(/error:/);
    }
  });
});

describe("bibliotekos agreements", () => {
  it("lists the 2022 chronicle's agreements as readAgreements reads them", () => {
    const text = readSeed("chronicle2022");
    const result = run(["agreements", seedPath("chronicle2022"), "--ref", "2022", "--json"]);
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout) as { agreements: unknown[]; unread: unknown[] };
    expect(printed.agreements).toEqual(readAgreements(text, { ref: "2022" }).agreements);
    expect(printed.agreements).toHaveLength(12);
  });

  it("keeps the agreements active on a date, in a table with Lithuanian headings", () => {
    const text = readSeed("chronicle2022");
    const active = readAgreements(text, { ref: "2022" }).agreements.filter((a) => agreementStatus(a, "2024-06-30") === "active");
    const result = run(["agreements", seedPath("chronicle2022"), "--ref", "2022", "--active-on", "2024-06-30"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("pasirašyta");
    const lines = result.stdout
      .trim()
      .split("\n")
      .filter((line) => /^\d{4}-\d{2}-\d{2}/.test(line.trim()));
    expect(lines).toHaveLength(active.length);
    expect(result.stdout).toContain("galioja");
  });

  it("exits 2 for a date that is not a date", () => {
    const result = run(["agreements", seedPath("chronicle2022"), "--active-on", "2024-13-01"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--active-on/);
  });
});

describe("bibliotekos dates", () => {
  it("finds in the 2022 chronicle the same dates as findDates, with line and column", () => {
    const text = readSeed("chronicle2022");
    const result = run(["dates", seedPath("chronicle2022"), "--json"]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<{ text: string; index: number; line: number; column: number }>;
    expect(rows.map(({ line: _l, column: _c, ...match }) => match)).toEqual(findDates(text));
    expect(rows.length).toBeGreaterThan(20);
    const first = rows[0] as (typeof rows)[number];
    const lineText = text.split("\n")[first.line - 1] as string;
    expect(lineText.slice(first.column - 1).startsWith(first.text)).toBe(true);
  });

  it("prints a table with Lithuanian headings by default and English ones with --lang en", () => {
    const lt = run(["dates", seedPath("chronicle2022")]);
    expect(lt.stdout.split("\n")[0]).toMatch(/^vieta\s+tekstas\s+pradžia\s+pabaiga$/);
    expect(lt.stdout).toMatch(/\n1:54\s+nuo 1990 m\.\s+1990\s+…\n/);
    expect(run(["dates", seedPath("chronicle2022"), "--lang", "en"]).stdout.split("\n")[0]).toMatch(/^where\s+text\s+start\s+end$/);
  });

  it("reads standard input, with a BOM and CRLF line ends, as it reads the file", () => {
    const text = readSeed("chronicle2022");
    const fromFile = run(["dates", seedPath("chronicle2022"), "--json"]).stdout;
    const fromStdin = run(["dates", "-", "--json"], "\uFEFF" + text.replace(/\n/g, "\r\n"));
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile);
    const crlfFile = scratchFile("chronicle-crlf.txt", Buffer.from("\uFEFF" + text.replace(/\n/g, "\r\n"), "utf8"));
    expect(run(["dates", crlfFile, "--json"]).stdout).toBe(fromFile);
  });

  it("reads dates without a year against --ref", () => {
    const result = run(["dates", "-", "--json", "--ref", "2022"], "Spalio 13 d. pasirašyta sutartis.");
    expect((JSON.parse(result.stdout) as Array<{ period: unknown }>)[0]?.period).toEqual({ start: "2022-10-13", end: "2022-10-13" });
    expect(run(["dates", "-", "--ref", "spalis"], "x").status).toBe(2);
  });

  it("says so when a text has no dates", () => {
    expect(run(["dates", "-"], "Be datų.").stdout).toBe("Datų nerasta.\n");
  });
});

describe("bibliotekos numbers", () => {
  it("finds in the 2023 report the same quantities as findQuantities", () => {
    const text = readSeed("report2023");
    const result = run(["numbers", seedPath("report2023"), "--json"]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(rows.map(({ line: _l, column: _c, ...match }) => match)).toEqual(findQuantities(text));
    expect(rows.some((row) => row.value === "24884" && row.unit === "EUR")).toBe(true);
  });

  it("prints value and unit in a table, and bare numbers with --bare", () => {
    const table = run(["numbers", "-"], "Įsigyta 6690 fiz. vnt. už 24884 eurų; veikė 48 filialai.");
    // The unit column names the unit as the lexicon writes it: fiz. vnt., Eur (in English: physical units, euro).
    expect(table.stdout).toMatch(/6690 fiz\. vnt\.\s+6690\s+fiz\. vnt\.\n/);
    expect(table.stdout).toMatch(/24884 eurų\s+24884\s+Eur\n/);
    expect(table.stdout).not.toMatch(/physical_units|EUR/);
    const english = run(["numbers", "-", "--lang", "en"], "Įsigyta 6690 fiz. vnt. už 24884 eurų.");
    expect(english.stdout).toMatch(/6690 fiz\. vnt\.\s+6690\s+physical units\n/);
    expect(english.stdout).toMatch(/24884 eurų\s+24884\s+euro\n/);
    expect(table.stdout).not.toMatch(/\b48\b/);
    expect(run(["numbers", "-", "--bare"], "veikė 48 filialai").stdout).toMatch(/48\s+48\s+—/);
    // A counted noun is a unit of its own (#18): persons, written as the lexicon's asm., with the noun's lemma.
    expect(run(["numbers", "-"], "dirbo 48 darbuotojai").stdout).toMatch(/48 darbuotojai\s+48\s+asm\. \(darbuotojas\)\n/);
    const json = JSON.parse(run(["numbers", "-", "--json"], "dirbo 48 darbuotojai").stdout) as unknown[];
    expect(json).toEqual([expect.objectContaining({ value: "48", unit: "persons", noun: "darbuotojas" })]);
  });
});

describe("bibliotekos format-date", () => {
  it.each([
    [["2022-02-01"], "2022 m. vasario 1 d."],
    [["2022-02"], "2022 m. vasario mėn."],
    [["2022-09-30", "2022-10-01"], "2022 m. rugsėjo 30 d. – spalio 1 d."],
    [["2022-09-30/2022-10-01"], "2022 m. rugsėjo 30 d. – spalio 1 d."],
    [["1990", ".."], "nuo 1990 m."],
    [["../2024-12-31"], "iki 2024 m. gruodžio 31 d."],
    [["2021", "2027", "--numeric"], "2021 – 2027"],
  ])("writes %j as %s", (args, expected) => {
    const result = run(["format-date", ...args]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(expected + "\n");
    expect(result.status).toBe(0);
  });

  it.each([
    [["2022-02-30"], "bibliotekos: 2022 m. vasario 30 d. nėra: 2022 m. vasaris turi 28 d.\n"],
    [["2023-02-29", "--lang", "en"], "bibliotekos: 29 February 2023 does not exist: February 2023 has 28 days\n"],
    [["2022-04-01", "2022-04-31"], "bibliotekos: 2022 m. balandžio 31 d. nėra: 2022 m. balandis turi 30 d.\n"],
    [
      ["2022-10-01", "2022-09-30"],
      "bibliotekos: Laikotarpis baigiasi (2022-09-30) anksčiau, nei prasideda (2022-10-01) (reversed_range)\n",
    ],
    [
      ["2022-10-01", "2022-09-30", "--lang", "en"],
      "bibliotekos: The period ends (2022-09-30) before it starts (2022-10-01) (reversed_range)\n",
    ],
    [["vasario 1"], "bibliotekos: pradžia turi būti data, parašyta 2022, 2022-02 arba 2022-02-01 (atviram galui – ..), o ne vasario 1\n"],
    [
      ["2022", "2022-13", "--lang", "en"],
      "bibliotekos: the end must be a date written 2022, 2022-02 or 2022-02-01 (or .. for an open end), not 2022-13\n",
    ],
  ])("says in the output's language why %j cannot be written", (args, message) => {
    const result = run(["format-date", ...args]);
    expect(result.stderr).toBe(message);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(2);
  });

  it.each([[["2022-02-30"]], [["vasario 1"]], [["2022-10-01", "2022-09-30"]], [["..", ".."]]])(
    "refuses %j with exit 2 and a message",
    (args) => {
      const result = run(["format-date", ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^bibliotekos: /);
    },
  );
});

describe("bibliotekos check", () => {
  it("finds in the 2023 Ignalina report what checkReport finds, grouped by severity in Lithuanian, and exits 1", () => {
    const result = run(["check", reportPath]);
    expect(result.status).toBe(1);
    const findings = checkReport(JSON.parse(readFixture("models/annual-report-2023-ignalina.json")));
    const errors = findings.filter((f) => f.severity === "error");
    expect(result.stdout).toMatch(/^Rasta: \d+ klaid/);
    expect(result.stdout).toContain(`\nKlaidos (${errors.length})\n`);
    expect(result.stdout).toContain("Įspėjimai (");
    expect(result.stdout).toContain("  breakdown_does_not_add_up  observations[59].value\n");
    expect(result.stdout).toContain("turėtų būti: 73\u00a0417 · nurodyta: 73\u00a0341 · skirtumas: -76 · dalys: Išduota knygų, ");
    for (const finding of findings) expect(result.stdout).toContain(finding.message.lt);
    expect(result.stdout.indexOf("Klaidos")).toBeLessThan(result.stdout.indexOf("Įspėjimai"));
  });

  it("writes everything in Lithuanian: the figures' names and numbers, funding sources, units", () => {
    const { stdout } = run(["check", reportPath]);
    const text = stdout.replace(/\u00a0/g, " ");
    // The finding codes and paths are identifiers; the rest of each line is Lithuanian.
    const prose = text
      .split("\n")
      .filter((line) => !/^ {2}[a-z_]+ {2}/.test(line))
      .join("\n");
    const keys = [
      "parts",
      "written",
      "value",
      "earlier",
      "later",
      "numerator",
      "denominator",
      "articles",
      "articlesWithoutFigure",
      "decimals",
      "planned",
      "printed",
      "offset",
      "text",
      "expected",
      "actual",
      "difference",
    ];
    for (const key of keys) expect(prose, key).not.toMatch(new RegExp(`\\b${key}: `));
    expect(prose).not.toMatch(/municipal_budget|project_funds|physical_units|percentage_points|loans_books/);
    expect(text).toContain("    turėtų būti: 75 · nurodyta: 77 · skirtumas: 2 · skaitiklis: 36 · vardiklis: 48\n");
    expect(text).toContain(
      "    turėtų būti: 769 595,00 · nurodyta: 774 795,00 · skirtumas: 5 200,00 · straipsniai: 4 · straipsniai be sumos: 1\n",
    );
    expect(text).toContain("    parašyta: · 2,0 % · reikšmė: -2,0 · ankstesnė reikšmė: 24,3 · vėlesnė reikšmė: 22,3\n");
    expect(text).toContain("Sutelktumas, Iš viso: 24,3 % → 22,3 %: -2,0 p. p., ne „· 2,0 %“");
    expect(text).toContain("savivaldybės biudžeto lėšos (2023 m.): straipsnių gauta asignavimų suma 769 595,00 Eur");
    expect(text).not.toContain("769 595,000");
  });

  it("writes the findings in English with --lang en", () => {
    const result = run(["check", reportPath, "--lang", "en"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^Found: \d+ errors, \d+ warnings/);
    expect(result.stdout).toContain("\nErrors (");
    expect(result.stdout).toContain("expected: 73417 · actual: 73341 · difference: -76");
  });

  it("gives machines the findings of checkReport as JSON", () => {
    const result = run(["check", "-", "--json"], readFixture("models/annual-report-2023-ignalina.json"));
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      valid: true,
      findings: checkReport(JSON.parse(readFixture("models/annual-report-2023-ignalina.json"))),
    });
  });

  it("exits 0 for a report whose figures add up", () => {
    const report = { institutionId: "x", year: 2023, reportingPeriod: { start: "2023", end: "2023" }, units: [] };
    const result = run(["check", "-"], JSON.stringify(report));
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("Neatitikimų nerasta: ataskaitos skaičiai sutampa.\n");
  });

  it("exits 2 for a record that is not an AnnualReport, listing every problem with its path", () => {
    const result = run(["check", "-"], JSON.stringify({ year: "2023" }));
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^bibliotekos: standard input: Ataskaita neatitinka AnnualReport schemos \(4 problemos\):\n/);
    expect(result.stderr).toContain("\n  institutionId: ");
    const json = run(["check", "-", "--json"], JSON.stringify({ year: "2023" }));
    expect(json.status).toBe(2);
    expect((JSON.parse(json.stdout) as { valid: boolean; issues: Array<{ path: unknown[] }> }).issues.map((i) => i.path)).toContainEqual([
      "year",
    ]);
  });

  it("exits 2 with a clear message for a missing file, a directory, a binary file, text that is not UTF-8, and invalid JSON", () => {
    const cases: Array<[string, RegExp]> = [
      [join(scratch, "no-such-report.json"), /no such file/],
      [scratch, /is a directory/],
      [scratchFile("binary.json", new Uint8Array([0x7b, 0x00, 0x01, 0x7d])), /not a text file/],
      [scratchFile("latin1.json", new Uint8Array([0x22, 0xe0, 0x22])), /not a UTF-8 text file/],
      [scratchFile("broken.json", '{\n  "year": 2023,\n  "units": [,]\n}'), /not valid JSON \(line 3, column 13\): /],
    ];
    for (const [path, message] of cases) {
      const result = run(["check", path]);
      expect(result.status, path).toBe(2);
      expect(result.stderr, path).toMatch(message);
      expect(result.stdout, path).toBe("");
    }
  });
});

describe("bibliotekos schema", () => {
  it("prints a model's JSON Schema, the one toJSONSchema gives", () => {
    const result = run(["schema", "AnnualReport"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(toJSONSchema("AnnualReport"));
  });

  it("exits 2 for a model it does not know, naming the ones it does", () => {
    const result = run(["schema", "Report"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Organization, Institution");
  });
});

describe("colours", () => {
  it("are never written into a pipe", () => {
    const result = run(["check", reportPath], undefined, { NO_COLOR: "", FORCE_COLOR: "1" });
    expect(result.stdout).not.toContain("\u001b[");
  });

  // util-linux's `script` gives the command a terminal, as a user's shell would.
  it.runIf(existsSync("/usr/bin/script"))("are on in a terminal, and off there with NO_COLOR or --no-color", () => {
    const inTerminal = (command: string, env: Record<string, string> = {}) =>
      spawnSync("/usr/bin/script", ["-qec", command, "/dev/null"], {
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "", ...env },
        timeout: 30_000,
      }).stdout;
    const check = `'${process.execPath}' '${cli}' check '${reportPath}'`;
    expect(inTerminal(check)).toContain("\u001b[31mKlaidos (4)");
    expect(inTerminal(check, { NO_COLOR: "1" })).not.toContain("\u001b[");
    expect(inTerminal(`${check} --no-color`)).not.toContain("\u001b[");
    expect(inTerminal(`${check} --no-color`)).toContain("Klaidos (4)");
  });

  it("are on only for a terminal, and never with NO_COLOR", () => {
    const tty = { isTTY: true } as NodeJS.WriteStream;
    const pipe = { isTTY: false } as NodeJS.WriteStream;
    expect(colourOn(tty, {})).toBe(true);
    expect(colourOn(tty, { NO_COLOR: "1" })).toBe(false);
    expect(colourOn(tty, { NO_COLOR: "" })).toBe(true);
    expect(colourOn(pipe, {})).toBe(false);
  });
});
