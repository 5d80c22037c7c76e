// Writes test/fixtures/docx/quirks.docx: a small Word document, its XML written by hand the way
// Word writes it, with one paragraph or table for each thing readDocx must read as the reader
// sees it (test/docx/quirks.test.ts says what each must give). No LibreOffice needed.
// Usage: npx tsx scripts/docx-fixtures/quirks.ts OUT.docx
import { strToU8, zipSync } from "fflate";
import { writeFileSync } from "node:fs";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"`;

const r = (text: string, props = ""): string =>
  `<w:r w:rsidR="00B1C2D3">${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, props = ""): string =>
  `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3">${props ? `<w:pPr>${props}</w:pPr>` : ""}${content}</w:p>`;
const style = (id: string) => `<w:pStyle w:val="${id}"/>`;
const list = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const tc = (content: string, props = ""): string => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;
const cell = (text: string, props = "") => tc(p(r(text)), props);

const PARAGRAPHS = [
  // 0 a heading by its style (Heading1, named "heading 1")
  p(r("Ataskaita"), style("Heading1")),
  // 1 a heading in Lithuanian Word: style id Antrat2, the built-in name
  p(r("Įvadas"), style("Antrat2")),
  // 2 an empty paragraph: not a block, but counted in source numbers
  p(""),
  // 3 a word split across runs, proofing marks, a bookmark and a comment inside it
  p(
    `<w:proofErr w:type="spellStart"/>${r("Biblio")}<w:bookmarkStart w:id="0" w:name="_Hlk1"/>${r("te", "<w:b/>")}<w:bookmarkEnd w:id="0"/><w:commentRangeStart w:id="1"/>${r("ka")}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r><w:proofErr w:type="spellEnd"/>${r(" dirba.")}`,
  ),
  // 4 fields: a simple one (its result is text), a complex one (instruction dropped, result kept)
  p(
    `${r("Puslapis ")}<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">${r("3")}</w:fldSimple>${r(", data ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "yyyy-MM-dd" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("2024-03-05")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  ),
  // 5 a field whose instruction holds another field (its result is part of the instruction)
  p(
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("1")}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> = 1 "taip" "ne" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("taip")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`,
  ),
  // 6 a content control inside a paragraph: its content is text, its properties are not
  p(
    `${r("Direktorė: ")}<w:sdt><w:sdtPr><w:alias w:val="Vadovas"/><w:placeholder><w:docPart w:val="DefaultPlaceholder"/></w:placeholder></w:sdtPr><w:sdtContent>${r("L. Aleknienė")}</w:sdtContent></w:sdt>`,
  ),
  // 7 TAB, no-break hyphen, soft hyphen, symbols (Symbol's bullet, Wingdings' check mark), a carriage return, a position tab
  p(
    `<w:r><w:t>Iš viso</w:t><w:tab/><w:t xml:space="preserve">6690, </w:t></w:r><w:r><w:t>2018</w:t><w:noBreakHyphen/><w:t>2024 biblio</w:t><w:softHyphen/><w:t>teka </w:t><w:sym w:font="Symbol" w:char="F0B7"/><w:t xml:space="preserve"> </w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:cr/><w:t>kita</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>eilutė</w:t></w:r>`,
    '<w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs>',
  ),
  // 8 tracked changes: deleted text dropped, inserted text kept, moved text once
  p(
    `${r("Įsigyta ")}<w:del w:id="2" w:author="A"><w:r><w:delText>7408</w:delText></w:r></w:del><w:ins w:id="3" w:author="A">${r("6690")}</w:ins>${r(" fiz. vnt.")}<w:moveFrom w:id="4" w:author="A">${r(" (perkelta)")}</w:moveFrom><w:moveTo w:id="5" w:author="A">${r(" dokumentų")}</w:moveTo>`,
  ),
  // 9 hidden text dropped; a paragraph mark's own properties hide nothing
  p(`${r("Matoma")}${r(" paslėpta", "<w:vanish/>")}${r(" ir vėl matoma", '<w:vanish w:val="0"/>')}`, "<w:rPr><w:vanish/></w:rPr>"),
  // 10 markup compatibility: the choice is read, the fallback is not; a picture and a text box add nothing
  p(
    `${r("Prieš")}<mc:AlternateContent><mc:Choice Requires="w14">${r(" pasirinkta")}</mc:Choice><mc:Fallback>${r(" atsarginė")}</mc:Fallback></mc:AlternateContent><w:r><w:drawing><wp:inline><wps:wsp><wps:txbx><w:txbxContent>${p(r("teksto laukas"))}</w:txbxContent></wps:txbx></wps:wsp></wp:inline></w:drawing></w:r>${r(" po")}`,
  ),
  // 11 a style that changed (the old style in w:pPrChange is not this paragraph's), entities and character references
  p(r("A &amp; B &lt;&#x105;&#261;&gt;"), `<w:pPrChange w:id="6" w:author="A"><w:pPr>${style("Heading1")}</w:pPr></w:pPrChange>`),
  // 12 a line break inside a paragraph, math
  p(`${r("Pirma eilutė")}<w:r><w:br/></w:r>${r("antra ")}<m:oMath><m:r><m:t>x=2</m:t></m:r></m:oMath>`),
  // 13–18 lists: a multilevel decimal list, a letter level, a bullet, numId 0, a list by style
  p(r("Tikslas"), list(1)),
  p(r("Uždavinys"), list(1, 1)),
  p(r("Kitas uždavinys"), list(1, 1)),
  p(r("Antras tikslas"), list(1)),
  p(r("Uždavinys vėl"), list(1, 1)),
  p(r("Punktas"), list(2, 2)),
  p(r("Taškas"), list(3)),
  p(r("Ne sąrašas"), list(0)),
  p(r("Sąrašas pagal stilių"), style("Sarasas")),
  // 22 an outline level set on the paragraph, a custom style with one, a style based on a heading
  p(r("Skyrius"), '<w:outlineLvl w:val="2"/>'),
  p(r("Poskyris"), style("Skyrius")),
  p(r("Paveldėta"), style("ManoAntraste")),
];

const TABLE = `<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="dxa"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(5)}</w:tblGrid>
<w:tr>${cell("", '<w:vMerge w:val="restart"/>')}${cell("Įsigyta 2023 m.", '<w:gridSpan w:val="2"/>')}${cell("Įsigyta 2022 m.", '<w:gridSpan w:val="2"/>')}</w:tr>
<w:tr>${cell("", "<w:vMerge/>")}${cell("Fiz. vnt.")}${tc(p(`${r("Nauji")}<w:r><w:br/></w:r>${r("pavadinimai")}`))}${cell("Fiz. vnt.")}${cell("Nauji pav.")}</w:tr>
<w:tr>${cell("Iš viso")}${cell("6690")}${cell("971")}${cell("7408", '<w:vMerge w:val="restart"/>')}${cell("1082")}</w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${cell("325")}${cell("133")}${cell("", "<w:vMerge/>")}</w:tr>
<w:sdt><w:sdtPr/><w:sdtContent><w:tr>${cell("Kaimo")}${cell("48", '<w:hMerge w:val="restart"/>')}${cell("", '<w:hMerge w:val="continue"/>')}${tc(p(r("Viduje:")) + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>${cell("a")}${cell("b")}</w:tr><w:tr>${cell("c", '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>` + p(""), '<w:gridSpan w:val="2"/>')}</w:tr></w:sdtContent></w:sdt>
</w:tbl>`;

const DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${PARAGRAPHS.slice(0, 13).join("")}
<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>${p(r("Blokinis turinio valdiklis"))}</w:sdtContent></w:sdt>
${PARAGRAPHS.slice(13).join("")}
${TABLE}${p("")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Antrat2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Skyrius"><w:name w:val="Skyrius"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ManoAntraste"><w:name w:val="Mano antraštė"/><w:basedOn w:val="Antrat2"/></w:style>
<w:style w:type="paragraph" w:styleId="Sarasas"><w:name w:val="Sąrašas"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/></w:style>
</w:styles>`;

const level = (ilvl: number, format: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0">${level(0, "decimal", "%1.")}${level(1, "decimal", "%1.%2.")}${level(2, "lowerLetter", "%3)")}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${level(0, "bullet", "\uf0b7", '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>')}</w:abstractNum>
<w:abstractNum w:abstractNumId="2">${level(0, "upperRoman", "%1.")}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="/word/numbering.xml"/></Relationships>`;

const out = process.argv[2];
if (!out) throw new Error("usage: quirks.ts OUT.docx");
const mtime = new Date(2024, 0, 1); // local: zip dates are local time
const parts: Record<string, string> = {
  "[Content_Types].xml": CONTENT_TYPES,
  "_rels/.rels": RELS,
  "word/document.xml": DOCUMENT,
  "word/_rels/document.xml.rels": DOCUMENT_RELS,
  "word/styles.xml": STYLES,
  "word/numbering.xml": NUMBERING,
};
writeFileSync(
  out,
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])), { level: 9 }),
);
