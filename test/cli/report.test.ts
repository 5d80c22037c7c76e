// `bibliotekos read` and `bibliotekos check` on reports as Word files and text, run as a
// subprocess: the summary, --json, the options, the same findings as the library gives, the kinds
// told apart by their bytes, and every bad file (made here, from a few bytes or with fflate)
// refused with exit 2 and a message that says what the file is.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync, type Zippable } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { checkReport } from "../../src/checks/checkReport";
import { UNREAD_SHOWN } from "../../src/cli/_lib/readCommand";
import { MAX_REPORT_BYTES, MAX_REPORT_CHARS } from "../../src/cli/_lib/reportInput";
import { readDocx } from "../../src/docx/readDocx";
import { readReport } from "../../src/texts/readReport";
import { readReportText } from "../../src/texts/readReportText";
import type { TextSource } from "../../src/texts/ReportDocument";
import { buildCli } from "../_lib/build";
import { readSeed, SEEDS } from "../_lib/seeds";

const fixtures = join(__dirname, "..", "fixtures");
const docxPath = join(fixtures, "docx", "annual-report-2023-ignalina.docx");
const textPath = join(fixtures, "seeds", SEEDS.report2023);
const handPath = join(fixtures, "models", "annual-report-2023-ignalina.json");
const scratch = join(__dirname, "..", "..", ".tmp", "cli-report-inputs");

vi.setConfig({ testTimeout: 60_000 });

let cli = "";
let docxBytes = new Uint8Array();
beforeAll(async () => {
  cli = await buildCli("cli-build-report");
  mkdirSync(scratch, { recursive: true });
  docxBytes = readFileSync(docxPath);
}, 60_000);

function run(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "" },
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function scratchFile(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

/** The smallest Word package around a document part (content types, the package's relationships). */
function docxWith(documentXml: string, extra: Zippable = {}): Uint8Array {
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync({
    "[Content_Types].xml": encode(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": encode(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": encode(documentXml),
    ...extra,
  });
}
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code).sort();

describe("bibliotekos read", () => {
  it("summarizes the 2023 report's .docx in Lithuanian: institution, year, counts, the unread parts with where and why", () => {
    const { report, unread } = readReport(readDocx(docxBytes));
    const result = run(["read", docxPath]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain("Ignalinos rajono savivaldybės viešoji biblioteka (ignalina_district_library)");
    expect(out).toMatch(/^Metai:\s+2023$/m);
    expect(out).toMatch(/^Laikotarpis:\s+2023-01-01 – 2023-12-31$/m);
    expect(out).toMatch(new RegExp(`^Rodiklių reikšmės:\\s+${report.observations?.length}$`, "m"));
    expect(out).toMatch(new RegExp(`^Biudžeto eilutės:\\s+${report.budgetLines?.length}$`, "m"));
    expect(out).toMatch(new RegExp(`^Tikslai:\\s+${report.targets?.length}$`, "m"));
    expect(out).toMatch(new RegExp(`^Aprašymo skyriai:\\s+${report.narrative?.length}$`, "m"));
    expect(out).toMatch(new RegExp(`^Neperskaityta:\\s+${unread.length}$`, "m"));
    expect(unread.length).toBeGreaterThan(0);
    // Each unread part: where (the table numbered from 1, the column from 1), the reason's code, its text and the reason in words.
    const first = unread[0] as (typeof unread)[number];
    expect(out).toContain(`  ${first.reason}\n    „${first.text}“: tokio rodiklio kataloge nėra`);
    expect(out).toMatch(new RegExp(`lentelė \\d+, stulpelis ${(first.column as number) + 1}  ${first.reason}`));
    for (const part of unread) expect(out).toContain(part.reason);
  });

  it("summarizes the report's text in English with --lang en, each unread part with its line", () => {
    const text = readSeed("report2023");
    const { unread } = readReport(text);
    const result = run(["read", textPath, "--lang", "en"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Institution:\s+Ignalinos rajono/m);
    expect(result.stdout).toMatch(new RegExp(`^Not read:\\s+${unread.length}$`, "m"));
    const first = unread[0] as (typeof unread)[number];
    // The table's line: where its block starts in the text (readReportText's source), counted from 1.
    const source = readReportText(text).blocks[first.block]?.source as TextSource;
    const line = text.slice(0, source.start).split("\n").length;
    expect(result.stdout).toMatch(
      new RegExp(`^ {2}table \\d+, column ${(first.column as number) + 1}, line ${line} {2}${first.reason}$`, "m"),
    );
    expect(result.stdout).toContain(`"${first.text}": the catalogue has no such indicator`);
  });

  it("lists the first unread parts and says how many more there are", () => {
    const columns = UNREAD_SHOWN + 5;
    const header = "\t\n" + Array.from({ length: columns }, (_, i) => `\tKlubai ${i + 1}`).join("\n") + "\n\n";
    const row = "\tIš viso\n" + Array.from({ length: columns }, (_, i) => `\t${i + 10}`).join("\n") + "\n\n";
    const text = "Ataskaitinis laikotarpis: 2023 m.\n" + header + row;
    expect(readReport(text, { institutionId: "x", year: 2023 }).unread).toHaveLength(columns);
    const lt = run(["read", "-", "--institution", "x", "--year", "2023"], text);
    expect(lt.status).toBe(0);
    expect(lt.stdout.match(/ no_indicator$/gm)).toHaveLength(UNREAD_SHOWN);
    expect(lt.stdout).toContain(`… ir dar 5 (visos: --json)`);
    expect(lt.stdout).not.toContain(`Klubai ${UNREAD_SHOWN + 1}“`);
    expect(run(["read", "-", "--institution", "x", "--year", "2023", "--lang", "en"], text).stdout).toContain("… and 5 more");
    const json = JSON.parse(run(["read", "-", "--institution", "x", "--year", "2023", "--json"], text).stdout) as { unread: unknown[] };
    expect(json.unread).toHaveLength(columns);
  });

  it("prints { report, unread } with --json: readReport's result, as JSON.stringify writes it", () => {
    const fromDocx = run(["read", docxPath, "--json"]);
    expect(fromDocx.status).toBe(0);
    expect(fromDocx.stdout).toBe(JSON.stringify(readReport(readDocx(docxBytes)), null, 2) + "\n");
    const fromText = run(["read", textPath, "--json"]);
    expect(fromText.stdout).toBe(JSON.stringify(readReport(readSeed("report2023")), null, 2) + "\n");
  });

  it("passes --institution and --year to readReport, and says to give them when the text does not", () => {
    const text = "Renginiai vyko visus metus.\n";
    const missing = run(["read", "-"], text);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /^bibliotekos: standard input: Nepavyko nustatyti ataskaitos įstaigos.*--institution <id>.*\(report_unreadable\)\n$/,
    );
    expect(run(["read", "-", "--lang", "en"], text).stderr).toMatch(/cannot read whose report it is .*give --institution <id>/);
    const given = run(["read", "-", "--json", "--institution", "my_library", "--year", "2021"], text);
    expect(given.status).toBe(0);
    const { report } = JSON.parse(given.stdout) as { report: { institutionId: string; year: number } };
    expect([report.institutionId, report.year]).toEqual(["my_library", 2021]);
    for (const bad of [
      ["--year", "21"],
      ["--year", "dvidešimt"],
      ["--institution", "my library"],
    ]) {
      const result = run(["read", "-", ...bad], text);
      expect(result.status, bad.join(" ")).toBe(2);
      expect(result.stderr, bad.join(" ")).toContain(bad[0]);
    }
  });

  it("refuses JSON: an AnnualReport is for check", () => {
    const result = run(["read", handPath]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("bibliotekos check");
  });
});

describe("bibliotekos check on a Word file and on text", () => {
  it("gives on report.docx the findings checkReport gives on what readReport read, and those of the hand-made JSON, exit 1", () => {
    const expected = checkReport(readReport(readDocx(docxBytes)).report);
    const result = run(["check", docxPath, "--json"]);
    expect(result.status).toBe(1);
    const printed = JSON.parse(result.stdout) as { valid: boolean; findings: unknown[]; unread: unknown[] };
    expect(printed.valid).toBe(true);
    expect(printed.findings).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(printed.unread).toEqual(readReport(readDocx(docxBytes)).unread);
    const hand = JSON.parse(run(["check", handPath, "--json"]).stdout) as { findings: Array<{ code: string }> };
    expect(codes(printed.findings as Array<{ code: string }>)).toEqual(codes(hand.findings));
    expect(hand.findings.length).toBeGreaterThan(10);
  });

  it("gives on the report's text the findings checkReport gives on readReport of the text", () => {
    const expected = checkReport(readReport(readSeed("report2023")).report);
    const result = run(["check", textPath, "--json"]);
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { findings: unknown[] }).findings).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it("prints beside each finding's path where its figure is in the document, and how many parts were not read", () => {
    const { unread } = readReport(readDocx(docxBytes));
    const result = run(["check", docxPath]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ {2}sign_lost {2}observations\[\d+\]\.asWritten \(lentelė \d+, eilutė \d+, stulpelis \d+\)$/m);
    expect(result.stdout).toMatch(/^ {2}articles_do_not_add_up {2}budgetLines\[0\]\.received \(pastraipa \d+\)$/m);
    expect(result.stdout).toContain(`Neperskaityta ataskaitos dalių: ${unread.length} (jas parodo bibliotekos read ${docxPath}).`);
    const text = run(["check", textPath, "--lang", "en"]);
    expect(text.stdout).toMatch(/^ {2}sign_lost {2}observations\[\d+\]\.asWritten \(table \d+, row \d+, column \d+, line \d+\)$/m);
  });

  it("tells the kinds apart by their bytes, not by the file's name", () => {
    const asDocx = run(["check", docxPath, "--json"]).stdout;
    expect(run(["check", scratchFile("report-docx.txt", docxBytes), "--json"]).stdout).toBe(asDocx);
    expect(run(["check", "-", "--json"], docxBytes).stdout).toBe(asDocx);
    const asText = run(["check", textPath, "--json"]).stdout;
    expect(run(["check", scratchFile("report-text.json", readSeed("report2023")), "--json"]).stdout).toBe(asText);
    const asJson = run(["check", handPath, "--json"]).stdout;
    expect(run(["check", scratchFile("report-json.docx.txt", readFileSync(handPath)), "--json"]).stdout).toBe(asJson);
    expect(run(["read", scratchFile("report-docx.bin", docxBytes), "--json"]).stdout).toBe(run(["read", docxPath, "--json"]).stdout);
  });

  it("reads the text as UTF-16 with its BOM as it reads UTF-8, and names UTF-16 without one", () => {
    const text = readSeed("report2023");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(run(["check", scratchFile("report-utf16.txt", utf16), "--json"]).stdout).toBe(run(["check", textPath, "--json"]).stdout);
    const bare = run(["check", scratchFile("report-utf16-bare.txt", Buffer.from(text, "utf16le"))]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toMatch(/not a text file \(it contains NUL bytes\).*iconv -f UTF-16LE/);
  });
});

describe("bibliotekos read and check on bad files", () => {
  /** Expects exit 2 and the message: `check` in Lithuanian, `read` in English (--lang en). */
  function refused(path: string, lt: RegExp, en: RegExp): void {
    for (const [args, message] of [
      [["check", path], lt],
      [["read", path, "--lang", "en"], en],
    ] as const) {
      const result = run([...args]);
      expect(result.status, args.join(" ")).toBe(2);
      expect(result.stdout, args.join(" ")).toBe("");
      expect(result.stderr, args.join(" ")).toMatch(new RegExp(`^bibliotekos: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
  }

  it("a file that is not a zip: text named .docx, a PDF", () => {
    refused(
      scratchFile("hello.docx", "Labas"),
      /Tai ne ZIP archyvas.*\(not_a_zip\)/,
      /Not a zip archive, so not a Word \.docx file.*\(not_a_zip\)/,
    );
    refused(scratchFile("scan.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj"), /tai PDF failas \(not_a_zip\)/, /it is a PDF file \(not_a_zip\)/);
  });

  it("a zip cut short", () => {
    refused(
      scratchFile("cut.docx", docxBytes.subarray(0, docxBytes.length >> 1)),
      /sugadintas.*nukirstas.*\(damaged_docx\)/,
      /damaged.*cut short.*\(damaged_docx\)/,
    );
  });

  it("a zip that is not a Word document", () => {
    const zip = zipSync({ "notes.txt": new TextEncoder().encode("Ne Word dokumentas") });
    refused(
      scratchFile("notes.zip", zip),
      /ZIP archyvas, bet ne Word dokumentas: jame nėra word\/document\.xml \(not_a_docx\)/,
      /not a Word document: it has no word\/document\.xml/,
    );
  });

  it("an old .doc and an encrypted .docx (OLE compound files)", () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const doc = new Uint8Array(1024);
    doc.set(ole);
    refused(scratchFile("old.doc", doc), /senas Word 97–2003 \.doc.*\(legacy_doc\)/, /old Word 97–2003 \.doc.*\(legacy_doc\)/);
    const encrypted = new Uint8Array(2048);
    encrypted.set(ole);
    encrypted.set(Buffer.from("EncryptedPackage", "utf16le"), 1200);
    refused(scratchFile("locked.docx", encrypted), /apsaugotas slaptažodžiu.*\(encrypted_docx\)/, /password-protected.*\(encrypted_docx\)/);
  });

  it("an empty document and an empty text", () => {
    refused(
      scratchFile("empty.docx", docxWith(`<w:document ${W}><w:body><w:p/></w:body></w:document>`)),
      /nėra nei teksto, nei lentelių \(empty_document\)/,
      /no text and no table \(empty_document\)/,
    );
    refused(scratchFile("empty.txt", ""), /tuščias failas: jame nėra teksto$/m, /an empty file: it has no text$/m);
    refused(scratchFile("blank.txt", " \n\t\n"), /tuščias failas/, /an empty file/);
  });

  it("a Word document that is not a report", () => {
    const letter = docxWith(`<w:document ${W}><w:body><w:p><w:r><w:t>Sveiki, siunčiame sąskaitą.</w:t></w:r></w:p></w:body></w:document>`);
    refused(
      scratchFile("letter.docx", letter),
      /Nepavyko nustatyti ataskaitos įstaigos.*--institution <id>.*\(report_unreadable\)/,
      /cannot read whose report it is.*--institution <id>/,
    );
  });

  it("a file over the limit is refused from its size, before it is read; standard input once the limit is passed", () => {
    // A sparse file: 60 MiB by its size, no byte written.
    const path = scratchFile("sixty-mib.docx", "");
    truncateSync(path, 60 * 1024 * 1024);
    refused(
      path,
      /60,0 MiB, daugiau nei leidžiama ataskaitai \(50 MiB = 52428800 B\); failas neskaitytas$/m,
      /60\.0 MiB, over the limit for a report \(50 MiB = 52428800 B\); not read$/m,
    );
    const stdin = run(["read", "-", "--lang", "en"], new Uint8Array(MAX_REPORT_BYTES + 1));
    expect(stdin.status).toBe(2);
    expect(stdin.stderr).toMatch(/standard input: > 50\.0 MiB, over the limit for a report \(50 MiB = 52428800 B\)/);
  });

  it("reads a 50 MB Word file under the limit (its pictures count, not its text) as it reads the report alone", () => {
    const parts = unzipSync(docxBytes);
    const picture = new Uint8Array(50_000_000 - docxBytes.length);
    for (let i = 0; i < picture.length; i += 4096) picture[i] = i & 0xff;
    const big = zipSync({ ...parts, "word/media/photo.bin": [picture, { level: 0 }] });
    expect(big.length).toBeGreaterThan(49_900_000);
    expect(big.length).toBeLessThan(MAX_REPORT_BYTES);
    const path = scratchFile("fifty-mb.docx", big);
    expect(run(["read", path, "--json"]).stdout).toBe(run(["read", docxPath, "--json"]).stdout);
  });

  it("a text longer than the reader's limit", () => {
    const long = readSeed("report2023").padEnd(MAX_REPORT_CHARS + 1, "x");
    refused(
      scratchFile("long.txt", long),
      new RegExp(`${MAX_REPORT_CHARS + 1} simbolių, daugiau nei leidžiama \\(${MAX_REPORT_CHARS}\\)`),
      new RegExp(`${MAX_REPORT_CHARS + 1} characters, over the limit of ${MAX_REPORT_CHARS}`),
    );
  });
});
