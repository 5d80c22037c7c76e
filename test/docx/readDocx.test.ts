import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DOCX_MAX_BYTES, readDocx, safeReadDocx, type ReportParagraph } from "../../src/docx/index";
import { documentXml, makeDocx, para, zip } from "./_lib/makeDocx";

const quirks = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", "quirks.docx")));
const texts = (bytes: Uint8Array | ArrayBuffer): string[] =>
  readDocx(bytes).blocks.map((b) => (b.kind === "paragraph" ? b.text : "<table>"));
const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code ?? `not a BibliotekosError: ${String(error)}`;
  }
  return undefined;
};
const ole = (...names: string[]): Uint8Array => {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  names.forEach((name, i) =>
    bytes.set(
      [...name].flatMap((c) => [c.charCodeAt(0), 0]),
      1024 + i * 128,
    ),
  );
  return bytes;
};
/** The offset of a zip's end-of-central-directory record. */
const endOfDirectory = (bytes: Uint8Array): number => {
  for (let i = bytes.length - 22; i >= 0; i--)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) return i;
  throw new Error("no end of central directory");
};

describe("readDocx", () => {
  it("reads a Uint8Array, a Buffer, an ArrayBuffer and a Uint8Array into a larger buffer alike", () => {
    const expected = texts(quirks);
    const padded = new Uint8Array(quirks.length + 10);
    padded.set(quirks, 5);
    expect(texts(Buffer.from(quirks))).toEqual(expected);
    expect(texts(quirks.slice().buffer)).toEqual(expected);
    expect(texts(padded.subarray(5, 5 + quirks.length))).toEqual(expected);
  });

  it("reads ISO strict WordprocessingML, a UTF-16 part, zip names in another case, and a main part the relationships name", () => {
    const strict = zip({ "word/document.xml": documentXml(para("Griežtas"), "http://purl.oclc.org/ooxml/wordprocessingml/main") });
    expect(texts(strict)).toEqual(["Griežtas"]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...documentXml(para("Ąžuolas")).replace("UTF-8", "UTF-16")].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]),
    ]);
    expect(texts(zip({ "word/document.xml": utf16 }))).toEqual(["Ąžuolas"]);
    expect(texts(zip({ "Word/Document.XML": documentXml(para("Didžiosios")) }))).toEqual(["Didžiosios"]);
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/kita/pagrindinis.xml"/></Relationships>`;
    expect(
      texts(
        zip({ "_rels/.rels": rels, "kita/pagrindinis.xml": documentXml(para("Kitur")), "word/document.xml": documentXml(para("Ne šis")) }),
      ),
    ).toEqual(["Kitur"]);
  });

  it("knows heading styles by their id when the document has no styles part", () => {
    const bytes = makeDocx(
      para("A", '<w:pStyle w:val="Heading1"/>') + para("B", '<w:pStyle w:val="Antrat3"/>') + para("C", '<w:pStyle w:val="Normal"/>'),
    );
    expect(readDocx(bytes).blocks.map((b) => (b as ReportParagraph).headingLevel)).toEqual([1, 3, undefined]);
  });

  it("keeps the list level of a paragraph whose numbering part is missing, with no label", () => {
    const [item] = readDocx(makeDocx(para("Punktas", '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr>')))
      .blocks as ReportParagraph[];
    expect([item?.listLevel, item?.listLabel]).toEqual([2, undefined]);
  });

  it("defaults maxBytes to 50 MiB", () => {
    expect(DEFAULT_DOCX_MAX_BYTES).toBe(52_428_800);
  });

  it("returns its errors from safeReadDocx", () => {
    expect(safeReadDocx(quirks)).toEqual({ success: true, data: readDocx(quirks) });
    const failed = safeReadDocx(new Uint8Array([1, 2, 3]));
    expect(failed.success === false && [failed.error.name, failed.error.code]).toEqual(["BibliotekosError", "not_a_zip"]);
  });
});

describe("readDocx on what is not a Word document", () => {
  it.each([
    ["a string", "PK"],
    ["null", null],
    ["a number", 42],
    ["an array of bytes", [0x50, 0x4b]],
    ["a DataView", new DataView(new ArrayBuffer(4))],
    ["a Uint16Array", new Uint16Array(4)],
  ])("throws invalid_argument on %s", (_name, input) => {
    expect(codeOf(() => readDocx(input as unknown as Uint8Array))).toBe("invalid_argument");
  });

  it.each([0, -1, Number.NaN, "5"])("throws invalid_argument for maxBytes %s", (maxBytes) => {
    expect(codeOf(() => readDocx(quirks, { maxBytes: maxBytes as number }))).toBe("invalid_argument");
  });

  it.each([
    ["nothing", "", "the file is empty"],
    ["text", "Ataskaita", "it does not start as a zip does"],
    ["a PDF", "%PDF-1.7\n", "it is a PDF file"],
    ["an RTF file", "{\\rtf1\\ansi", "it is an RTF file (open it in Word and save it as .docx)"],
    [
      "Word's one-file XML",
      '\uFEFF<?xml version="1.0"?><?mso-application progid="Word.Document"?>',
      "it is an XML file (Word's one-file XML format is not read: save it as .docx)",
    ],
    ["a web page", "<!DOCTYPE html><html>", "it is a web page (HTML)"],
  ])("throws not_a_zip on %s, saying what it looks like", (_name, text, received) => {
    const result = safeReadDocx(new TextEncoder().encode(text));
    expect(result.success === false && [result.error.code, result.error.received]).toEqual(["not_a_zip", received]);
  });

  it("throws encrypted_docx on an OLE file holding an encrypted package, legacy_doc on any other OLE file (an old .doc)", () => {
    expect(codeOf(() => readDocx(ole("EncryptionInfo", "EncryptedPackage")))).toBe("encrypted_docx");
    expect(codeOf(() => readDocx(ole("WordDocument", "1Table")))).toBe("legacy_doc");
    const result = safeReadDocx(ole("WordDocument"));
    expect(result.success === false && result.error.message).toMatch(/Word 97–2003 \.doc/);
  });

  it("throws not_a_docx on a zip without a Word document", () => {
    expect(codeOf(() => readDocx(zip({})))).toBe("not_a_docx");
    expect(codeOf(() => readDocx(zip({ "xl/workbook.xml": "<workbook/>" })))).toBe("not_a_docx");
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="x/officeDocument" Target="word/nera.xml"/></Relationships>`;
    const missing = safeReadDocx(zip({ "_rels/.rels": rels }));
    expect(missing.success === false && [missing.error.code, missing.error.message]).toEqual([
      "not_a_docx",
      "A zip archive, but not a Word document: its main part word/nera.xml is missing",
    ]);
    const noBody = safeReadDocx(
      zip({ "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>` }),
    );
    expect(noBody.success === false && [noBody.error.code, noBody.error.path]).toEqual(["not_a_docx", ["word/document.xml"]]);
  });

  it("throws damaged_docx on a zip cut short, bad compression, and XML that is not well-formed, naming the part", () => {
    expect(codeOf(() => readDocx(quirks.subarray(0, quirks.length >> 1)))).toBe("damaged_docx");
    const corrupt = zip({ "word/document.xml": documentXml(para("x".repeat(5000))) });
    corrupt.fill(0xff, 60, 90);
    expect(codeOf(() => readDocx(corrupt))).toBe("damaged_docx");
    for (const part of ["word/document.xml", "word/styles.xml", "word/numbering.xml"]) {
      const parts = { "word/document.xml": documentXml(para("Gerai")), [part]: "<w:document><w:body>&nbsp;</w:bod>" };
      const result = safeReadDocx(zip(parts));
      expect(result.success === false && [result.error.code, result.error.path], part).toEqual(["damaged_docx", [part]]);
    }
  });

  it("throws damaged_docx on a zip directory that claims more files than the zip can hold", () => {
    const bytes = zip({ "word/document.xml": documentXml(para("A")) });
    const end = endOfDirectory(bytes);
    bytes.set([0xff, 0xff], end + 8);
    bytes.set([0xff, 0xff], end + 10);
    expect(codeOf(() => readDocx(bytes))).toBe("damaged_docx");
  });

  it("throws empty_document on a document with no text and no table", () => {
    expect(codeOf(() => readDocx(makeDocx("")))).toBe("empty_document");
    expect(codeOf(() => readDocx(makeDocx("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p><w:sectPr/>")))).toBe("empty_document");
  });

  it("throws file_too_large on a file over maxBytes, and on a part that unpacks to more, before unpacking it", () => {
    expect(codeOf(() => readDocx(quirks, { maxBytes: quirks.length - 1 }))).toBe("file_too_large");
    expect(texts(quirks).length).toBeGreaterThan(0);
    const bomb = makeDocx(para("a".repeat(200_000)));
    const result = safeReadDocx(bomb, { maxBytes: 100_000 });
    expect(result.success === false && [result.error.code, result.error.path]).toEqual(["file_too_large", ["word/document.xml"]]);
    // A directory that claims 4 GB unpacked: refused from the claim, with no 4 GB allocated.
    const liar = zip({ "word/document.xml": documentXml(para("A")) });
    const directory = liar.findIndex((_b, i) => liar[i] === 0x50 && liar[i + 1] === 0x4b && liar[i + 2] === 1 && liar[i + 3] === 2);
    liar.set([0xf0, 0xff, 0xff, 0xff], directory + 24);
    expect(codeOf(() => readDocx(liar))).toBe("file_too_large");
  });

  it("throws file_too_large on tables that unfold to more than a million cells", () => {
    const row = `<w:tr><w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc></w:tr>`;
    expect(codeOf(() => readDocx(makeDocx(`<w:tbl>${row.repeat(1001)}</w:tbl>`)))).toBe("file_too_large");
    expect(readDocx(makeDocx(`<w:tbl>${row.repeat(10)}</w:tbl>`)).blocks).toHaveLength(1);
  });

  it("unpacks only the parts it reads", () => {
    const parts = unzipSync(quirks);
    expect(Object.keys(parts)).toContain("[Content_Types].xml");
    const withPicture = zip({ ...parts, "word/media/image1.png": new Uint8Array(2_000_000) });
    expect(texts(withPicture)).toEqual(texts(quirks));
    expect(codeOf(() => readDocx(withPicture, { maxBytes: 1_000_000 }))).toBeUndefined();
  });
});
