import { unzipSync, type UnzipFileInfo } from "fflate";
import { BibliotekosError } from "../../errors/BibliotekosError";
import { parseXml } from "./xml";

/** The parts of a Word document the reader reads, as text. */
export interface DocxParts {
  /** The main part's name in the zip (`word/document.xml`). */
  readonly documentName: string;
  readonly document: string;
  readonly stylesName: string;
  readonly styles: string | undefined;
  readonly numberingName: string;
  readonly numbering: string | undefined;
}

const fail = (
  code: "not_a_docx" | "damaged_docx" | "file_too_large",
  message: string,
  messageLt: string,
  input: unknown,
  path?: string,
): never => {
  throw new BibliotekosError({ code, message, messageLt, input, ...(path === undefined ? {} : { path: [path] }) });
};

// Every entry of a zip's central directory takes at least 46 bytes: a directory that claims
// more entries than the file has room for is damaged (and would make fflate loop for long).
const MIN_ENTRY_BYTES = 46;

/** Inflates the entries `wanted` accepts, after checking every entry's size against the limit. */
function unzip(bytes: Uint8Array, maxBytes: number, wanted: (name: string) => boolean, input: unknown): Record<string, Uint8Array> {
  let entries = 0;
  const filter = (file: UnzipFileInfo): boolean => {
    if (++entries * MIN_ENTRY_BYTES > bytes.length) {
      fail(
        "damaged_docx",
        "The Word document is damaged: its zip directory lists more files than it holds",
        "Word dokumentas sugadintas: ZIP archyvo turinyje daugiau failų, nei jame telpa",
        input,
      );
    }
    if (!wanted(file.name)) return false;
    if (file.originalSize > maxBytes) {
      fail(
        "file_too_large",
        `${file.name} unpacks to ${file.originalSize} bytes, over the limit of ${maxBytes} (option maxBytes)`,
        `${file.name} išpakuotas užima ${file.originalSize} B, daugiau nei leidžiama (${maxBytes} B, parinktis maxBytes)`,
        input,
        file.name,
      );
    }
    return true;
  };
  try {
    return unzipSync(bytes, { filter });
  } catch (error) {
    if (error instanceof BibliotekosError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if ((error as { code?: unknown }).code === 13) {
      return fail(
        "damaged_docx",
        "The Word document is damaged: the file starts as a zip, but its directory at the end is missing (is it cut short?)",
        "Word dokumentas sugadintas: failas prasideda kaip ZIP archyvas, bet jo pabaigoje nėra turinio (gal failas nukirstas?)",
        input,
      );
    }
    return fail(
      "damaged_docx",
      `The Word document is damaged: its zip cannot be unpacked (${reason})`,
      `Word dokumentas sugadintas: ZIP archyvo nepavyksta išpakuoti (${reason})`,
      input,
    );
  }
}

// UTF-8 unless a byte order mark says UTF-16 (which OOXML allows); never throws.
function decode(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(bytes);
}

/** A relationship target resolved against the folder of the part it belongs to, as a zip name. */
function resolveTarget(base: string, target: string): string {
  const parts = target.startsWith("/") ? [] : base.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") parts.pop();
    else if (segment !== "." && segment !== "") parts.push(segment);
  }
  return parts.join("/");
}

/** The targets of a `.rels` part, by the last word of their type (`officeDocument`, `styles`, `numbering`). */
function relationships(xml: string, relsName: string, sourceName: string, input: unknown): Map<string, string> {
  const targets = new Map<string, string>();
  parseXml(
    xml,
    relsName,
    {
      open(element) {
        if (element.key !== "rel:Relationship" || element.attr("TargetMode") === "External") return;
        const type = element.attr("Type")?.split("/").pop();
        const target = element.attr("Target");
        if (type && target && !targets.has(type)) targets.set(type, resolveTarget(sourceName, target));
      },
      close() {},
      text() {},
    },
    input,
  );
  return targets;
}

const relsOf = (name: string): string => {
  const slash = name.lastIndexOf("/");
  return `${name.slice(0, slash + 1)}_rels/${name.slice(slash + 1)}.rels`;
};

/**
 * Opens the zip of a Word document and reads its main part (found through `_rels/.rels`, as
 * Office does, else `word/document.xml`) and the styles and numbering parts it relates to.
 * Zip names are matched without regard to case, as OPC requires.
 */
export function openDocx(bytes: Uint8Array, maxBytes: number, input: unknown): DocxParts {
  const names = new Map<string, string>();
  const first = unzip(bytes, maxBytes, (name) => (names.set(name.toLowerCase(), name), name.toLowerCase() === "_rels/.rels"), input);
  const find = (name: string | undefined): string | undefined => (name === undefined ? undefined : names.get(name.toLowerCase()));
  const packageRels = Object.values(first)[0];
  const declared = packageRels && relationships(decode(packageRels), "_rels/.rels", "", input).get("officeDocument");
  const documentName = find(declared) ?? find("word/document.xml");
  if (documentName === undefined) {
    const message = declared ? `its main part ${declared} is missing` : "it has no word/document.xml";
    const messageLt = declared ? `nėra pagrindinės dalies ${declared}` : "jame nėra word/document.xml";
    return fail(
      "not_a_docx",
      `A zip archive, but not a Word document: ${message}`,
      `ZIP archyvas, bet ne Word dokumentas: ${messageLt}`,
      input,
    );
  }
  const documentRels = find(relsOf(documentName));
  const second = unzip(bytes, maxBytes, (name) => name === documentName || name === documentRels, input);
  const related =
    documentRels && second[documentRels]
      ? relationships(decode(second[documentRels]), documentRels, documentName, input)
      : new Map<string, string>();
  const stylesName = find(related.get("styles")) ?? find(resolveTarget(documentName, "styles.xml"));
  const numberingName = find(related.get("numbering")) ?? find(resolveTarget(documentName, "numbering.xml"));
  const third = stylesName || numberingName ? unzip(bytes, maxBytes, (name) => name === stylesName || name === numberingName, input) : {};
  const text = (files: Record<string, Uint8Array>, name: string | undefined) => (name && files[name] ? decode(files[name]) : undefined);
  return {
    documentName,
    document: text(second, documentName) ?? "",
    stylesName: stylesName ?? "word/styles.xml",
    styles: text(third, stylesName),
    numberingName: numberingName ?? "word/numbering.xml",
    numbering: text(third, numberingName),
  };
}
