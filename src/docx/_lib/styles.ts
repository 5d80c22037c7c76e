import { foldText } from "../../lexicon/fold";
import { HEADING_STYLE_WORDS } from "../../lexicon/wordStyles";
import { intAttr, parseXml } from "./xml";

/** A paragraph style of `styles.xml`, as far as headings and lists need it. */
interface ParagraphStyle {
  name?: string | undefined;
  basedOn?: string | undefined;
  /** `w:outlineLvl`, 0-based; 9 is body text. */
  outline?: number | undefined;
  numId?: string | undefined;
  ilvl?: number | undefined;
}

/** A list a paragraph belongs to: its numbering instance and level (0-based). */
export interface ListRef {
  readonly numId: string;
  readonly ilvl: number;
}

// A heading style's name or id, folded: Word's built-in name ("heading 1"), its id ("Heading1"),
// the Lithuanian Word's name ("Antraštė 1") and id ("Antrat1", the name without its non-ASCII
// letters), built from the lexicon's words.
const HEADING_NAME = new RegExp(
  `^(?:${[...new Set(HEADING_STYLE_WORDS.flatMap((word) => [foldText(word), foldText(word.replace(/[^\0-\x7f]/g, ""))]))].join("|")}) ?([1-9])$`,
);

/** A style's level from its name or id alone (`Heading1`, `Antraštė 1`), or undefined. */
export function headingLevelOfName(name: string | undefined): number | undefined {
  const match = name === undefined ? null : HEADING_NAME.exec(foldText(name.trim()));
  return match ? Number(match[1]) : undefined;
}

/** The paragraph styles of a document, and what they say about headings and lists (following `w:basedOn`). */
export class Styles {
  private readonly styles = new Map<string, ParagraphStyle>();
  private defaultId: string | undefined;

  /** Reads `styles.xml` (absent: no styles, and headings known by their style id only). */
  constructor(xml: string | undefined, part: string, input: unknown) {
    if (xml === undefined) return;
    let style: ParagraphStyle | undefined;
    let inParagraphProps = false;
    parseXml(
      xml,
      part,
      {
        open: (element) => {
          const { key } = element;
          if (key === "w:style") {
            const id = element.attr("w:styleId");
            style = element.attr("w:type") === "paragraph" && id !== undefined ? {} : undefined;
            if (style && id !== undefined) {
              this.styles.set(id, style);
              if (element.attr("w:default") === "1" || element.attr("w:default") === "true") this.defaultId = id;
            }
          } else if (!style) return;
          else if (key === "w:name") style.name = element.attr("w:val");
          else if (key === "w:basedOn") style.basedOn = element.attr("w:val");
          else if (key === "w:pPr") inParagraphProps = true;
          else if (!inParagraphProps) return;
          else if (key === "w:outlineLvl") style.outline = intAttr(element, "w:val");
          else if (key === "w:numId") style.numId = element.attr("w:val");
          else if (key === "w:ilvl") style.ilvl = intAttr(element, "w:val");
        },
        close: (key) => {
          if (key === "w:style") style = undefined;
          else if (key === "w:pPr") inParagraphProps = false;
        },
        text() {},
      },
      input,
    );
  }

  /** The style and the styles it is based on, nearest first (at most 20: a loop is cut). */
  private chain(id: string | undefined): ParagraphStyle[] {
    const chain: ParagraphStyle[] = [];
    for (let at = id ?? this.defaultId, i = 0; at !== undefined && i < 20; i++) {
      const style = this.styles.get(at);
      if (!style) break;
      chain.push(style);
      at = style.basedOn;
    }
    return chain;
  }

  /**
   * A paragraph's heading level, 1–9: its own outline level, else its style's (or a style it is
   * based on), else a heading style's name or id.
   */
  headingLevel(styleId: string | undefined, outline: number | undefined): number | undefined {
    const chain = this.chain(styleId);
    const level = outline ?? chain.find((style) => style.outline !== undefined)?.outline;
    if (level !== undefined) return level >= 0 && level <= 8 ? level + 1 : undefined;
    for (const style of chain) {
      const named = headingLevelOfName(style.name);
      if (named !== undefined) return named;
    }
    return headingLevelOfName(styleId);
  }

  /** A paragraph's list: its own `w:numPr`, else its style's; `numId` 0 means none. */
  list(styleId: string | undefined, numId: string | undefined, ilvl: number | undefined): ListRef | undefined {
    const chain = this.chain(styleId);
    const id = numId ?? chain.find((style) => style.numId !== undefined)?.numId;
    if (id === undefined || id === "0") return undefined;
    const level = ilvl ?? chain.find((style) => style.ilvl !== undefined)?.ilvl ?? 0;
    return { numId: id, ilvl: Math.min(Math.max(level, 0), 8) };
  }
}
