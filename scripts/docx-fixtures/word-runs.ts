// Makes LibreOffice's .docx look the way Word writes text: Word splits a word across runs
// (`w:r`) wherever an edit session, a proofing mark or a bookmark falls, and marks misspelled
// words with `w:proofErr`. LibreOffice writes one run per formatting span. This splits every
// third run that has a word of six letters or more inside that word (one in four of them in
// three pieces), with the revision ids Word adds, proofing marks around the word, and Word's
// `_GoBack` bookmark inside one; everything else is copied as it is. The zip is written with a
// fixed date, so the same input gives the same bytes.
// Usage: npx tsx scripts/docx-fixtures/word-runs.ts IN.docx OUT.docx
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";

// LibreOffice's runs: optional properties, one text element, nothing else (its regular output).
const RUN = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>|<w:rPr\/>)?<w:t(?: xml:space="preserve")?>([^<]*)<\/w:t><\/w:r>/g;
const LONG_WORD = /\p{L}{6,}/u;

const text = (value: string): string => `<w:t xml:space="preserve">${value}</w:t>`;

/** Splits `value` inside its first long word: at a third and, for `three`, at two thirds of it. */
function cuts(value: string, three: boolean): number[] {
  const match = LONG_WORD.exec(value);
  if (!match) return [];
  const word = match[0];
  const start = match.index;
  return three ? [start + Math.floor(word.length / 3), start + Math.floor((2 * word.length) / 3)] : [start + Math.floor(word.length / 2)];
}

export function splitRuns(xml: string): { xml: string; split: number } {
  let seen = 0;
  let split = 0;
  const out = xml.replace(RUN, (whole, properties: string | undefined, value: string) => {
    if (!LONG_WORD.test(value) || seen++ % 3 !== 0) return whole;
    const at = cuts(value, split % 4 === 3);
    const pieces = [0, ...at, value.length].slice(1).map((end, i, ends) => value.slice(i === 0 ? 0 : ends[i - 1], end));
    const goBack = split === 10 ? '<w:bookmarkStart w:id="9999" w:name="_GoBack"/><w:bookmarkEnd w:id="9999"/>' : "";
    const runs = pieces.map(
      (piece, i) => `<w:r w:rsidR="00${(0xa10000 + split * 7 + i).toString(16).toUpperCase()}">${properties ?? ""}${text(piece)}</w:r>`,
    );
    split++;
    return `<w:proofErr w:type="spellStart"/>${runs.join(goBack)}<w:proofErr w:type="spellEnd"/>`;
  });
  return { xml: out, split };
}

const [input, output] = process.argv.slice(2);
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!input || !output) throw new Error("usage: word-runs.ts IN.docx OUT.docx");
  const files = unzipSync(readFileSync(input));
  const document = files["word/document.xml"];
  if (!document) throw new Error(`${input} has no word/document.xml`);
  const { xml, split } = splitRuns(strFromU8(document));
  files["word/document.xml"] = strToU8(xml);
  // [Content_Types].xml first, as Office writes it; the rest in LibreOffice's order.
  const names = Object.keys(files).sort((a, b) => Number(b === "[Content_Types].xml") - Number(a === "[Content_Types].xml"));
  const mtime = new Date(2024, 0, 1); // local: zip dates are local time
  writeFileSync(output, zipSync(Object.fromEntries(names.map((name) => [name, [files[name] as Uint8Array, { mtime }]])), { level: 9 }));
  console.log(`${output}: ${split} runs split inside words`);
}
