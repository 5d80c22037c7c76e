import fc from "fast-check";
import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx, type ReportDocument } from "../../src/docx/index";
import { isBibliotekosError } from "../../src/errors/index";
import { documentXml, zip } from "./_lib/makeDocx";

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "docx", name)));
const quirks = fixture("quirks.docx");
const report = fixture("annual-report-2023-ignalina.docx");
const CODES = ["not_a_zip", "not_a_docx", "damaged_docx", "encrypted_docx", "legacy_doc", "empty_document", "file_too_large"];

/** Reads bytes; fails the property on any error but a BibliotekosError with a reader's code, or a malformed document. */
function readsOrRefuses(bytes: Uint8Array): ReportDocument | string {
  let document: ReportDocument;
  try {
    document = readDocx(bytes);
  } catch (error) {
    if (!isBibliotekosError(error)) throw error;
    expect(CODES).toContain(error.code);
    return error.code;
  }
  expect(document.blocks.length).toBeGreaterThan(0);
  document.blocks.forEach((block, index) => {
    expect(block.index).toBe(index);
    if (block.kind === "table") {
      const width = block.rows[0]?.length;
      for (const [r, row] of block.rows.entries()) {
        expect(row.length).toBe(width);
        for (const [c, cell] of row.entries()) {
          expect([cell.row, cell.column]).toEqual([r, c]);
          if (cell.origin) expect(block.rows[cell.origin.row]?.[cell.origin.column]?.origin).toBeUndefined();
        }
      }
    }
  });
  return document.blocks.length > 0 ? "read" : "empty";
}

// The vocabulary of the body reader, to build well-formed documents it has to make sense of.
const TAGS = [
  "w:p",
  "w:r",
  "w:t",
  "w:tbl",
  "w:tr",
  "w:tc",
  "w:tcPr",
  "w:gridSpan",
  "w:vMerge",
  "w:hMerge",
  "w:trPr",
  "w:gridBefore",
  "w:gridAfter",
  "w:tblGrid",
  "w:gridCol",
  "w:pPr",
  "w:pStyle",
  "w:numPr",
  "w:numId",
  "w:ilvl",
  "w:outlineLvl",
  "w:rPr",
  "w:vanish",
  "w:del",
  "w:ins",
  "w:fldChar",
  "w:instrText",
  "w:fldSimple",
  "w:sdt",
  "w:sdtContent",
  "w:sdtPr",
  "w:tab",
  "w:br",
  "w:sym",
  "w:noBreakHyphen",
  "w:softHyphen",
  "mc:AlternateContent",
  "mc:Fallback",
  "w:drawing",
  "w:body",
  "m:t",
  "w:toString",
  "w:__proto__",
];
const VALUES = [
  "restart",
  "continue",
  "begin",
  "separate",
  "end",
  "0",
  "1",
  "3",
  "-1",
  "999999",
  "F0B7",
  "D800",
  "110000",
  "x",
  "Heading1",
  "",
];

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.constantFrom(...VALUES),
      fc.constantFrom(...VALUES),
      depth > 1 ? fc.array(element(depth - 1), { maxLength: 4 }) : fc.constant([]),
      fc.constantFrom("", "Ąž", " ", "&amp;"),
    )
    .map(
      ([tag, val, type, children, text]) =>
        `<${tag} w:val="${val}" w:fldCharType="${type}" w:char="${val}" w:font="Symbol">${text}${children.join("")}</${tag}>`,
    ),
);

describe("readDocx on any bytes", () => {
  it("refuses random bytes with a code, and never throws anything else", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom([], [0x50, 0x4b], [0x50, 0x4b, 3, 4], [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        (body, head) => {
          readsOrRefuses(new Uint8Array([...head, ...body]));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("refuses a Word document cut short anywhere, or reads what is there", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: quirks.length }), (length) => {
        readsOrRefuses(quirks.subarray(0, length));
      }),
      { numRuns: 400 },
    );
    for (let length = report.length - 200; length <= report.length; length += 7) readsOrRefuses(report.subarray(0, length));
  });

  it("refuses a Word document with bytes changed anywhere, or reads it", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: quirks.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        (changes) => {
          const bytes = quirks.slice();
          for (const [at, value] of changes) bytes[at] = value;
          readsOrRefuses(bytes);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("refuses a zip of garbage XML, or reads it", () => {
    const parts = unzipSync(quirks);
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom("word/document.xml", "word/styles.xml", "word/numbering.xml", "_rels/.rels", "word/_rels/document.xml.rels"),
        (garbage, part) => {
          readsOrRefuses(zip({ ...parts, [part]: garbage }));
          readsOrRefuses(
            zip({ ...parts, [part]: `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${garbage}` }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("makes sense of any well-formed body built of Word's elements, in any nesting", () => {
    fc.assert(
      fc.property(fc.array(element(5), { maxLength: 6 }), (elements) => {
        readsOrRefuses(zip({ "word/document.xml": documentXml(elements.join("")) }));
      }),
      { numRuns: 500 },
    );
  });
});
