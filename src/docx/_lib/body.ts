import type { ReportCell } from "../../texts/ReportDocument";
import { resolveGrid, tableLines, type CellBudget, type CellDraft, type RowDraft, type TableDraft } from "./grid";
import { symbolText } from "./symbolFont";
import { intAttr, isOn, parseXml, type XmlElement, type XmlHandlers } from "./xml";

/** A body paragraph as read, before styles and numbering give its heading and list. */
export interface RawParagraph {
  readonly kind: "paragraph";
  readonly text: string;
  /** Its number among the body's paragraphs (empty ones counted). */
  readonly number: number;
  readonly style: string | undefined;
  readonly outline: number | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

/** A body table as read, on its grid. */
export interface RawTable {
  readonly kind: "table";
  readonly rows: ReportCell[][];
  readonly number: number;
}

/** What `word/document.xml` holds, as read. */
export interface RawBody {
  readonly sawBody: boolean;
  readonly blocks: ReadonlyArray<RawParagraph | RawTable>;
}

interface ParagraphDraft {
  readonly parts: string[];
  style?: string | undefined;
  outline?: number | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
}

/**
 * Subtrees whose text a reader does not see: deleted and moved-away text, pictures and shapes
 * (their text boxes too), markup-compatibility fallbacks (the choice is read), content-control
 * and revision properties, field instructions, ruby guides, and the paragraph mark's run
 * properties (a hidden paragraph mark hides no text).
 */
const SKIPPED = new Set([
  "w:del", "w:moveFrom", "w:delText", "w:delInstrText", "w:instrText", "w:drawing", "w:pict", "w:object",
  "mc:Fallback", "w:sdtPr", "w:sdtEndPr", "w:rt", "w:pPrChange", "w:rPrChange", "w:tcPrChange",
  "w:trPrChange", "w:tblPrChange", "w:tblGridChange", "w:sectPrChange", "w:numberingChange", "w:customXmlPr",
  "w:smartTagPr", "w:fldData", "w:ffData", "w:sectPr",
]); // prettier-ignore

/** What a run's element adds to the text, when it adds a fixed text. */
const RUN_TEXT: ReadonlyMap<string, string> = new Map([
  ["w:tab", "\t"],
  ["w:ptab", "\t"],
  ["w:br", "\n"],
  ["w:cr", "\n"],
  ["w:noBreakHyphen", "-"],
  ["w:softHyphen", ""],
]);

/** Reads the body of `word/document.xml` in one pass: paragraphs with their text as the reader sees it, and tables on their grid. */
class BodyReader implements XmlHandlers {
  readonly blocks: Array<RawParagraph | RawTable> = [];
  sawBody = false;
  private readonly path: string[] = [];
  private skipAt = 0; // the depth of the skipped subtree's root, 0 when not skipping
  private readonly fields: Array<"instruction" | "result"> = [];
  private instructions = 0; // fields on the stack still in their instruction
  private readonly paragraphs: ParagraphDraft[] = [];
  private readonly tables: TableDraft[] = [];
  private inText = false;
  private hidden = false;
  private paragraphCount = 0;
  private tableCount = 0;

  constructor(
    private readonly budget: CellBudget,
    private readonly input: unknown,
  ) {}

  private get parent(): string | undefined {
    return this.path[this.path.length - 2];
  }

  private append(text: string): void {
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (paragraph && !this.hidden && this.instructions === 0) paragraph.parts.push(text);
  }

  open(element: XmlElement): void {
    const { key } = element;
    this.path.push(key);
    if (this.skipAt > 0) return;
    if (SKIPPED.has(key) || (key === "w:rPr" && this.parent === "w:pPr")) {
      this.skipAt = this.path.length;
      return;
    }
    if (this.openText(element) || this.openParagraph(element)) return;
    this.openTable(element);
  }

  /** Runs and what is in them; true if the element was one. */
  private openText(element: XmlElement): boolean {
    const { key } = element;
    if (key === "w:t" || key === "m:t") this.inText = true;
    else if (key === "w:r") this.hidden = false;
    else if (key === "w:vanish") this.hidden = this.parent === "w:rPr" && isOn(element.attr("w:val"));
    else if (key === "w:sym") this.append(symbolText(element.attr("w:font"), element.attr("w:char")));
    else if (key === "w:fldChar") this.field(element.attr("w:fldCharType"));
    else if (RUN_TEXT.has(key) && this.parent === "w:r") this.append(RUN_TEXT.get(key) as string);
    else return false;
    return true;
  }

  /** A complex field: text between its begin and separate is its instruction, after separate its result. */
  private field(type: string | undefined): void {
    if (type === "begin") {
      this.fields.push("instruction");
      this.instructions++;
    } else if (type === "separate" && this.fields[this.fields.length - 1] === "instruction") {
      this.fields[this.fields.length - 1] = "result";
      this.instructions--;
    } else if (type === "end" && this.fields.pop() === "instruction") this.instructions--;
  }

  /** Paragraphs and their properties; true if the element was one. */
  private openParagraph(element: XmlElement): boolean {
    const { key } = element;
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (key === "w:body") this.sawBody = true;
    else if (key === "w:p") this.paragraphs.push({ parts: [] });
    else if (!paragraph) return false;
    else if (key === "w:pStyle" && this.parent === "w:pPr") paragraph.style = element.attr("w:val");
    else if (key === "w:outlineLvl" && this.parent === "w:pPr") paragraph.outline = intAttr(element, "w:val");
    else if (key === "w:numId" && this.parent === "w:numPr") paragraph.numId = element.attr("w:val");
    else if (key === "w:ilvl" && this.parent === "w:numPr") paragraph.ilvl = intAttr(element, "w:val");
    else return false;
    return true;
  }

  private get cell(): CellDraft | undefined {
    const rows = this.tables[this.tables.length - 1]?.rows;
    const cells = rows?.[rows.length - 1]?.cells;
    return cells?.[cells.length - 1];
  }

  /** Tables, rows, cells and their merges. */
  private openTable(element: XmlElement): void {
    const { key } = element;
    const table = this.tables[this.tables.length - 1];
    const row: RowDraft | undefined = table?.rows[table.rows.length - 1];
    const parent = this.parent;
    if (key === "w:tbl") this.tables.push({ gridColumns: 0, rows: [] });
    else if (key === "w:gridCol" && table) table.gridColumns++;
    else if (key === "w:tr" && table) table.rows.push({ before: 0, after: 0, cells: [] });
    else if (key === "w:gridBefore" && row && parent === "w:trPr") row.before = intAttr(element, "w:val") ?? 0;
    else if (key === "w:gridAfter" && row && parent === "w:trPr") row.after = intAttr(element, "w:val") ?? 0;
    else if (key === "w:tc" && row) row.cells.push({ paragraphs: [], span: 1, nestedTables: 0 });
    else if (parent !== "w:tcPr" || !this.cell) return;
    else if (key === "w:gridSpan") this.cell.span = intAttr(element, "w:val") ?? 1;
    else if (key === "w:vMerge") this.cell.vMerge = element.attr("w:val") === "restart" ? "restart" : "continue";
    else if (key === "w:hMerge") this.cell.hMerge = element.attr("w:val") === "restart" ? "restart" : "continue";
  }

  close(key: string): void {
    const depth = this.path.length;
    this.path.pop();
    if (this.skipAt > 0) {
      if (depth === this.skipAt) this.skipAt = 0;
      return;
    }
    if (key === "w:t" || key === "m:t") this.inText = false;
    else if (key === "w:r") this.hidden = false;
    else if (key === "w:p") this.closeParagraph();
    else if (key === "w:tbl") this.closeTable();
  }

  private closeParagraph(): void {
    const paragraph = this.paragraphs.pop();
    if (!paragraph) return;
    const text = paragraph.parts.join("");
    if (this.paragraphs.length > 0) {
      // A paragraph inside a paragraph (a text box the skips missed): its text joins the outer one.
      this.append(text);
      return;
    }
    if (this.tables.length > 0) {
      this.cell?.paragraphs.push(text);
      return;
    }
    const number = this.paragraphCount++;
    if (text.trim() === "") return;
    const { style, outline, numId, ilvl } = paragraph;
    this.blocks.push({ kind: "paragraph", text, number, style, outline, numId, ilvl });
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    const rows = resolveGrid(table, this.budget, this.input);
    const outer = this.cell;
    if (this.tables.length > 0) {
      if (outer) {
        outer.paragraphs.push(...tableLines(rows));
        outer.nestedTables++;
      }
      return;
    }
    const number = this.tableCount++;
    if (rows.length > 0) this.blocks.push({ kind: "table", rows, number });
  }

  text(text: string): void {
    if (this.inText && this.skipAt === 0) this.append(text);
  }
}

/** Reads the body of the main part. */
export function readBody(xml: string, part: string, budget: CellBudget, input: unknown): RawBody {
  const reader = new BodyReader(budget, input);
  parseXml(xml, part, reader, input);
  return { sawBody: reader.sawBody, blocks: reader.blocks };
}
