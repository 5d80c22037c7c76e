import { strToU8, zipSync } from "fflate";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** The bytes of a zip of these parts (text or bytes), deflated unless `store`. */
export function zip(parts: Record<string, string | Uint8Array>, store = false): Uint8Array {
  const mtime = new Date(2024, 0, 1);
  return zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, part]) => [name, [typeof part === "string" ? strToU8(part) : part, { mtime }]])),
    {
      level: store ? 0 : 6,
    },
  );
}

/** A document.xml whose body is `body` (w: bound to WordprocessingML, as Word writes it). */
export const documentXml = (body: string, ns = W): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${ns}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;

/** A .docx of this body, with the package relationships and, if given, styles and numbering. */
export function makeDocx(body: string, extra: Record<string, string> = {}): Uint8Array {
  return zip({ "_rels/.rels": RELS, "word/document.xml": documentXml(body), ...extra });
}

/** A paragraph of one run. */
export const para = (text: string, props = ""): string =>
  `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
