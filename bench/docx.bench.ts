// readDocx on the 2023 report's .docx and on one 40 times as long (its body repeated), in the same
// run as the anchor, mammoth's extractRawText (docx to plain text: jszip, xmldom and more; it
// reads the same parts and gives less: no tables' grid, no headings or lists). A linear reader
// takes about 40 times as long on 40 times the document.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import mammoth from "mammoth";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { readDocx } from "bibliotekos/docx";
import { readReport } from "bibliotekos/texts";

const report = new Uint8Array(readFileSync(join(__dirname, "..", "test", "fixtures", "docx", "annual-report-2023-ignalina.docx")));
const parts = unzipSync(report);
const xml = strFromU8(parts["word/document.xml"] as Uint8Array);
const body = xml.slice(xml.indexOf("<w:body>") + "<w:body>".length, xml.lastIndexOf("<w:sectPr"));
const report40 = zipSync({ ...parts, "word/document.xml": strToU8(xml.replace(body, body.repeat(40))) });
const options = { iterations: 20, warmupIterations: 3, time: 0 };

describe("the 2023 report's .docx (26 kB; 180 kB of document.xml)", () => {
  bench("readDocx 1×", () => void readDocx(report), options);
  bench("anchor: mammoth.extractRawText 1×", async () => void (await mammoth.extractRawText({ buffer: Buffer.from(report) })), options);
});

// The whole read of #14: the .docx into an AnnualReport (readDocx, then readReport through the
// catalogue), against mammoth's convertToHtml of the same file alone (docx to HTML, the step an app
// would otherwise start from before reading anything).
describe("the 2023 report's .docx read into an AnnualReport", () => {
  bench("readDocx + readReport", () => void readReport(readDocx(report)), options);
  bench("anchor: mammoth.convertToHtml", async () => void (await mammoth.convertToHtml({ buffer: Buffer.from(report) })), options);
});

describe("the report 40× (0.8 MB; 7 MB of document.xml)", () => {
  const few = { iterations: 5, warmupIterations: 1, time: 0 };
  bench("readDocx 40×", () => void readDocx(report40), few);
  bench("readDocx + readReport 40×", () => void readReport(readDocx(report40)), few);
  bench("anchor: mammoth.extractRawText 40×", async () => void (await mammoth.extractRawText({ buffer: Buffer.from(report40) })), few);
});
