import { BibliotekosError } from "../errors/BibliotekosError";
import { toSafeResult, type SafeResult } from "../errors/SafeResult";
import type { ReportBlock, ReportDocument } from "../texts/ReportDocument";
import { readBody, type RawBody } from "./_lib/body";
import { MAX_GRID_CELLS } from "./_lib/grid";
import { Numbering } from "./_lib/numbering";
import { openDocx } from "./_lib/openDocx";
import { expectZip } from "./_lib/sniff";
import { Styles } from "./_lib/styles";

/**
 * The default of {@link ReadDocxOptions.maxBytes}: 50 MiB (52 428 800 bytes).
 *
 * @example
 * ```ts
 * import { DEFAULT_DOCX_MAX_BYTES } from "bibliotekos/docx";
 * DEFAULT_DOCX_MAX_BYTES / 1024 / 1024;
 * //=> 50
 * ```
 */
export const DEFAULT_DOCX_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Options of {@link readDocx}.
 *
 * @example
 * ```ts
 * import { safeReadDocx, type ReadDocxOptions } from "bibliotekos/docx";
 * const options: ReadDocxOptions = { maxBytes: 4 };
 * const result = safeReadDocx(new Uint8Array(5), options);
 * result.success || result.error.code;
 * //=> "file_too_large"
 * ```
 */
export interface ReadDocxOptions {
  /**
   * The largest file read, and the largest part unpacked from it (a zip can unpack to far more
   * than its size), in bytes.
   *
   * @default 52_428_800 (50 MiB, {@link DEFAULT_DOCX_MAX_BYTES})
   */
  maxBytes?: number;
}

const invalid = (message: string, input: unknown, received: string): BibliotekosError =>
  new BibliotekosError({ code: "invalid_argument", message, input, received });

const describeType = (value: unknown): string =>
  value === null ? "null" : typeof value === "object" ? Object.prototype.toString.call(value).slice(8, -1) : typeof value;

/** The bytes as a Uint8Array (no copy), also for an ArrayBuffer or Uint8Array of another realm. */
function asBytes(bytes: unknown): Uint8Array {
  const type = describeType(bytes);
  if (bytes instanceof Uint8Array) return bytes;
  if (type === "ArrayBuffer") return new Uint8Array(bytes as ArrayBuffer);
  if (type === "Uint8Array")
    return new Uint8Array((bytes as Uint8Array).buffer, (bytes as Uint8Array).byteOffset, (bytes as Uint8Array).byteLength);
  throw invalid(`readDocx expects a Uint8Array or an ArrayBuffer, got ${type}`, bytes, type);
}

function maxBytesOf(options: ReadDocxOptions | undefined, input: unknown): number {
  const maxBytes = options?.maxBytes ?? DEFAULT_DOCX_MAX_BYTES;
  if (typeof maxBytes !== "number" || !(maxBytes > 0))
    throw invalid(`maxBytes must be a positive number, got ${String(maxBytes)}`, input, String(maxBytes));
  return maxBytes;
}

/** Gives the body's blocks their heading and list levels, list labels, indices and sources. */
function toBlocks(body: RawBody, styles: Styles, numbering: Numbering): ReportBlock[] {
  return body.blocks.map((raw, index): ReportBlock => {
    if (raw.kind === "table")
      return { kind: "table", index, rows: raw.rows, source: { kind: "docx", element: "table", number: raw.number } };
    const headingLevel = styles.headingLevel(raw.style, raw.outline);
    const listed = styles.list(raw.style, raw.numId, raw.ilvl);
    const listLabel = listed && numbering.label(listed);
    // A level that shows nothing (Word's and LibreOffice's heading outline, format "none") is no list.
    const list = listLabel === "" ? undefined : listed;
    return {
      kind: "paragraph",
      index,
      text: raw.text,
      ...(headingLevel === undefined ? {} : { headingLevel }),
      ...(list === undefined ? {} : { listLevel: list.ilvl + 1 }),
      ...(listLabel ? { listLabel } : {}),
      source: { kind: "docx", element: "paragraph", number: raw.number },
    };
  });
}

/**
 * Reads a Word file (.docx, also .docm, .dotx) into a {@link ReportDocument}: its paragraphs
 * and tables in document order, with the text as Word shows it, headings and list levels from
 * the styles and numbering, and merged table cells resolved on the grid. Synchronous: the zip
 * (fflate) and the XML (saxes, streaming) are read in one go, with no worker.
 *
 * What the text is made of: runs are joined (a word split across runs is one word again);
 * `w:tab` is a TAB and `w:br` a `\n` (inside cells too); `w:noBreakHyphen` is `-`;
 * `w:softHyphen` is dropped; `w:sym` is the character it shows (Symbol and Wingdings mapped to
 * Unicode); deleted text (`w:del`) is dropped and inserted text (`w:ins`) kept, as accepting
 * every change would show it; a field shows its result, never its instruction (`w:instrText`);
 * content controls (`w:sdt`) show their content; hidden text (`w:vanish`) is dropped; bookmarks,
 * proofing marks and comments add nothing; pictures, shapes and text boxes are left out.
 * Paragraphs with no text but spaces are not blocks (but count in `source.number`).
 *
 * @param bytes - The file's bytes.
 * @param options - See {@link ReadDocxOptions}.
 * @returns The document.
 * @throws {BibliotekosError} `invalid_argument` (not bytes, or a bad option), `file_too_large`
 * (the file or a part of it over `maxBytes`, or tables of more than a million cells),
 * `not_a_zip`, `encrypted_docx`, `legacy_doc`, `not_a_docx`, `damaged_docx`, `empty_document`;
 * never any other error, whatever the bytes.
 *
 * @example
 * ```ts
 * import { readDocx } from "bibliotekos/docx";
 * readDocx(new TextEncoder().encode("%PDF-1.7"));
 * //=> throws not_a_zip
 * readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
 * //=> throws legacy_doc
 * ```
 */
export function readDocx(bytes: Uint8Array | ArrayBuffer, options?: ReadDocxOptions): ReportDocument {
  const data = asBytes(bytes);
  const maxBytes = maxBytesOf(options, bytes);
  if (data.length > maxBytes) {
    throw new BibliotekosError({
      code: "file_too_large",
      message: `The file has ${data.length} bytes, over the limit of ${maxBytes} (option maxBytes)`,
      messageLt: `Failas užima ${data.length} B, daugiau nei leidžiama (${maxBytes} B, parinktis maxBytes)`,
      input: bytes,
    });
  }
  expectZip(data, bytes);
  const parts = openDocx(data, maxBytes, bytes);
  const styles = new Styles(parts.styles, parts.stylesName, bytes);
  const numbering = new Numbering(parts.numbering, parts.numberingName, bytes);
  const body = readBody(parts.document, parts.documentName, { cells: MAX_GRID_CELLS }, bytes);
  if (!body.sawBody) {
    throw new BibliotekosError({
      code: "not_a_docx",
      message: `A zip archive, but not a Word document: ${parts.documentName} has no document body (w:body)`,
      messageLt: `ZIP archyvas, bet ne Word dokumentas: ${parts.documentName} neturi dokumento turinio (w:body)`,
      input: bytes,
      path: [parts.documentName],
    });
  }
  const blocks = toBlocks(body, styles, numbering);
  if (blocks.length === 0) {
    throw new BibliotekosError({
      code: "empty_document",
      message: "The document has no text and no table",
      messageLt: "Dokumente nėra nei teksto, nei lentelių",
      input: bytes,
    });
  }
  return { blocks };
}

/**
 * Reads a Word file like {@link readDocx}, returning the error instead of throwing it.
 *
 * @param bytes - The file's bytes.
 * @param options - See {@link ReadDocxOptions}.
 * @returns `{ success: true, data }` with the document, or `{ success: false, error }`.
 *
 * @example
 * ```ts
 * import { safeReadDocx } from "bibliotekos/docx";
 * const result = safeReadDocx(new TextEncoder().encode("PK\u0005\u0006" + "\u0000".repeat(18)));
 * result.success || [result.error.code, result.error.messageLt];
 * //=> ["not_a_docx", "ZIP archyvas, bet ne Word dokumentas: jame nėra word/document.xml"]
 * ```
 */
export function safeReadDocx(bytes: Uint8Array | ArrayBuffer, options?: ReadDocxOptions): SafeResult<ReportDocument> {
  return toSafeResult(() => readDocx(bytes, options));
}
