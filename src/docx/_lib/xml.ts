import { SaxesParser, type SaxesTagNS } from "saxes";
import { BibliotekosError } from "../../errors/BibliotekosError";

/** WordprocessingML's namespace, transitional and ISO strict. */
const W = new Set(["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"]);

/** The prefix a key gets for the other namespaces the readers look at; any other namespace gets `*:`. */
const PREFIXES: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m:",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m:",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc:",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel:",
};

/**
 * An element as the readers see it: a key (`w:p` for WordprocessingML's `p` whatever its prefix,
 * `m:t`, `mc:Fallback`, `rel:Relationship`, `*:anchor` for any other namespace) and its attributes.
 */
export interface XmlElement {
  readonly key: string;
  /** An attribute's value: `w:val` for WordprocessingML's `val` (whatever the prefix), `Type` for one of no namespace. */
  attr(name: string): string | undefined;
}

/** What a reader does with the elements and text of a part. */
export interface XmlHandlers {
  open(element: XmlElement): void;
  close(key: string): void;
  text(text: string): void;
}

const keyOf = (tag: SaxesTagNS): string => `${W.has(tag.uri) ? "w:" : (PREFIXES[tag.uri] ?? "*:")}${tag.local}`;

/**
 * Streams a part's XML through a reader's handlers (saxes: strict, namespace-aware, no entity
 * expansion beyond XML's five and character references). XML that is not well-formed is a
 * `damaged_docx` error naming the part and the line.
 */
export function parseXml(xml: string, part: string, handlers: XmlHandlers, input: unknown): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on("opentag", (tag) => {
    const { attributes } = tag;
    handlers.open({
      key: keyOf(tag),
      attr(name) {
        const word = name.startsWith("w:");
        const local = word ? name.slice(2) : name;
        for (const qualified in attributes) {
          const attribute = attributes[qualified];
          if (attribute?.local === local && (word ? W.has(attribute.uri) : attribute.uri === "")) return attribute.value;
        }
        return undefined;
      },
    });
  });
  parser.on("closetag", (tag) => handlers.close(keyOf(tag)));
  parser.on("text", (text) => handlers.text(text));
  parser.on("cdata", (text) => handlers.text(text));
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof BibliotekosError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new BibliotekosError({
      code: "damaged_docx",
      message: `The Word document is damaged: ${part} is not well-formed XML (${reason})`,
      messageLt: `Word dokumentas sugadintas: ${part} nėra taisyklingas XML (${reason})`,
      input,
      path: [part],
      received: reason,
    });
  }
}

/** A boolean attribute of WordprocessingML (`w:val` of `w:vanish`): absent means on. */
export const isOn = (value: string | undefined): boolean => value === undefined || !["0", "false", "off"].includes(value);

/** An integer attribute, or undefined when absent or not a number. */
export function intAttr(element: XmlElement, name: string): number | undefined {
  const value = element.attr(name);
  if (value === undefined) return undefined;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : undefined;
}
