/**
 * Reading Word files: `readDocx` turns a .docx into a `ReportDocument` (bibliotekos/texts'
 * plain-data model of paragraphs and tables), with the text as Word shows it and merged cells
 * resolved on the table grid. The one entry that loads fflate (zip) and saxes (XML); the root
 * `bibliotekos` does not re-export it.
 *
 * @module docx
 */
export { readDocx, safeReadDocx, DEFAULT_DOCX_MAX_BYTES, type ReadDocxOptions } from "./readDocx";
export type {
  DocxSource,
  ReportBlock,
  ReportCell,
  ReportDocument,
  ReportParagraph,
  ReportSource,
  ReportTable,
  TextSource,
} from "../texts/ReportDocument";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
