// Reads the report `read` and `check` are given: an AnnualReport as JSON, a Word file, or the text
// a Word export gives, told apart by their bytes, not by the file's name. A file that is not what
// it should be gets exit 2 with a message saying what it is: the Word reader's own errors
// (readDocx: not a zip, not a Word document, damaged, encrypted, an old .doc, empty) in the
// output's language, and the size limits below.
import { readDocx, DEFAULT_DOCX_MAX_BYTES } from "../../docx/readDocx";
import { isBibliotekosError, type ErrorCode } from "../../errors/BibliotekosError";
import { RECORD_ID } from "../../_lib/patterns";
import { readReport, type ReadReportOptions, type ReportRead } from "../../texts/readReport";
import { readReportText } from "../../texts/readReportText";
import type { ReportDocument } from "../../texts/ReportDocument";
import { decodeText, InputError, parseJson, readBytes } from "./readInput";
import { REPORT_WORDS } from "./reportWords";
import type { Lang } from "./style";

/** The largest file read as a report: Word's reader's own limit, 50 MiB (a Word file's pictures count). */
export const MAX_REPORT_BYTES = DEFAULT_DOCX_MAX_BYTES;

/**
 * The longest report text read, in UTF-16 code units, from a text file or a Word file: the reader
 * takes about a second per million (the 2023 Ignalina report has 38 000).
 */
export const MAX_REPORT_CHARS = 5_000_000;

/** A report as a command was given it. */
export type ReportInput =
  | { kind: "json"; name: string; value: unknown }
  | { kind: "docx"; name: string; document: ReportDocument; read: ReportRead }
  | { kind: "text"; name: string; document: ReportDocument; read: ReportRead; text: string };

/** The first bytes of a zip's records (local file, empty archive, spanned) and of an OLE compound file. */
const ZIP_MARKS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const OLE_MARK = [0xd0, 0xcf, 0x11, 0xe0];
/** Files the Word reader names (a PDF, an RTF, Word's XML or web page) rather than read as text. */
const NAMED_BY_DOCX_READER = ["%pdf-", "{\\rtf", "<?xml", "<html", "<!doctype"];
const WORD_NAME = /\.(?:docx|docm|dotx|doc|dot)$/i;

const startsWith = (bytes: Uint8Array, mark: readonly number[]): boolean => mark.every((byte, i) => bytes[i] === byte);

/** True when the bytes go to the Word reader: a zip or an OLE file, a file named as Word's, or one it names. */
export function isWordInput(bytes: Uint8Array, name: string): boolean {
  if (ZIP_MARKS.some((mark) => startsWith(bytes, mark)) || startsWith(bytes, OLE_MARK) || WORD_NAME.test(name)) return true;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 1024 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  const head = String.fromCharCode(...bytes.subarray(i, i + 9)).toLowerCase();
  return NAMED_BY_DOCX_READER.some((mark) => head.startsWith(mark));
}

/** A decimal as the output's language writes it (a comma in Lithuanian). */
const formatDecimal = (value: string, lang: Lang): string => (lang === "lt" ? value.replace(".", ",") : value);

/** The first character that is not white space, or "" for none. */
function firstNonSpace(text: string): string {
  for (let i = 0; i < text.length; i++) if (!/\s/.test(text.charAt(i))) return text.charAt(i);
  return "";
}

/** The characters of a document's paragraphs and cells. */
function documentLength(document: ReportDocument): number {
  let length = 0;
  for (const block of document.blocks) {
    if (block.kind === "paragraph") length += block.text.length;
    else for (const row of block.rows) for (const cell of row) length += cell.text.length;
  }
  return length;
}

/** The options `--institution` and `--year`, checked, as readReport takes them. */
export function reportOptions(options: { institution?: string; year?: string }, lang: Lang): ReadReportOptions {
  const words = REPORT_WORDS[lang];
  const read: ReadReportOptions = {};
  if (options.institution !== undefined) {
    if (!RECORD_ID.test(options.institution)) throw new InputError(words.badInstitution(options.institution));
    read.institutionId = options.institution;
  }
  if (options.year !== undefined) {
    if (!/^\d{4}$/.test(options.year) || options.year < "1000") throw new InputError(words.badYear(options.year));
    read.year = Number(options.year);
  }
  return read;
}

/**
 * The errors of the readers that say what is wrong with the file (readDocx's, and readReport's when
 * it cannot tell whose report it is); any other error is a bug (exit 3).
 */
const FILE_ERRORS: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "file_too_large",
  "not_a_zip",
  "not_a_docx",
  "damaged_docx",
  "encrypted_docx",
  "legacy_doc",
  "empty_document",
  "report_unreadable",
]);

/** Runs a reader, turning its BibliotekosError about the file into the command's exit-2 message about `name`. */
function orInputError<T>(name: string, lang: Lang, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!isBibliotekosError(error) || !FILE_ERRORS.has(error.code)) throw error;
    const message = lang === "lt" ? error.messageLt : error.message;
    const hint = error.code === "report_unreadable" ? `; ${REPORT_WORDS[lang].optionsHint}` : "";
    // readReport's English message names itself and its option (`give options.year`): the command has its own.
    const text = error.code === "report_unreadable" ? message.replace(/^readReport /, "").replace(/; give options\.\w+$/, "") : message;
    throw new InputError(`${name}: ${text}${hint} (${error.code})`);
  }
}

/**
 * Reads `path` ("-" for standard input) as a report: JSON (its first character `{` or `[`) is
 * parsed and returned as it is; a Word file or a text is read with
 * readReport. Files over {@link MAX_REPORT_BYTES} are refused by their size before they are read.
 */
export async function readReportInput(path: string, options: ReadReportOptions, lang: Lang): Promise<ReportInput> {
  const words = REPORT_WORDS[lang];
  const mib = (bytes: number) => `${formatDecimal((bytes / 1024 / 1024).toFixed(1), lang)} MiB`;
  const limit = `${MAX_REPORT_BYTES / 1024 / 1024} MiB = ${MAX_REPORT_BYTES} B`;
  const { bytes, name } = await readBytes(
    path,
    MAX_REPORT_BYTES,
    (file, size) => new InputError(`${file}: ${words.tooLarge(size === undefined ? `> ${mib(MAX_REPORT_BYTES)}` : mib(size), limit)}`),
  );
  const tooLong = (length: number) => new InputError(`${name}: ${words.tooLong(length, MAX_REPORT_CHARS)}`);
  if (isWordInput(bytes, name)) {
    const document = orInputError(name, lang, () => readDocx(bytes));
    const length = documentLength(document);
    if (length > MAX_REPORT_CHARS) throw tooLong(length);
    return { kind: "docx", name, document, read: orInputError(name, lang, () => readReport(document, options)) };
  }
  const text = decodeText(bytes, name);
  const first = firstNonSpace(text);
  if (first === "") throw new InputError(`${name}: ${words.emptyText}`);
  if (first === "{" || first === "[") return { kind: "json", name, value: parseJson(text, name) };
  if (text.length > MAX_REPORT_CHARS) throw tooLong(text.length);
  const document = readReportText(text);
  return { kind: "text", name, document, text, read: orInputError(name, lang, () => readReport(document, options)) };
}
