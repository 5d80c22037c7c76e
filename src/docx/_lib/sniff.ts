import { BibliotekosError } from "../../errors/BibliotekosError";

/** The first bytes of an OLE compound file (Office 97–2003 files, and encrypted OOXML). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The name of the stream an encrypted OOXML file keeps its package in, as UTF-16LE in the OLE directory. */
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((char) => [char.charCodeAt(0), 0]);

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first as number); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first as number, i + 1)) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return true;
  }
  return false;
}

/** What a file that is not a zip looks like, from its first bytes, for the message. */
function describe(bytes: Uint8Array): { en: string; lt: string } {
  const head = String.fromCharCode(...bytes.subarray(0, 64))
    .replace(/^\xef\xbb\xbf/, "")
    .trimStart()
    .toLowerCase();
  if (bytes.length === 0) return { en: "the file is empty", lt: "failas tuščias" };
  if (head.startsWith("%pdf-")) return { en: "it is a PDF file", lt: "tai PDF failas" };
  if (head.startsWith("{\\rtf"))
    return {
      en: "it is an RTF file (open it in Word and save it as .docx)",
      lt: "tai RTF failas (atverkite jį Word ir įrašykite kaip .docx)",
    };
  if (head.startsWith("<?xml"))
    return {
      en: "it is an XML file (Word's one-file XML format is not read: save it as .docx)",
      lt: "tai XML failas (vieno failo Word XML formatas neskaitomas: įrašykite kaip .docx)",
    };
  if (head.startsWith("<html") || head.startsWith("<!doctype")) return { en: "it is a web page (HTML)", lt: "tai tinklalapis (HTML)" };
  return { en: "it does not start as a zip does", lt: "jis neprasideda taip, kaip ZIP archyvas" };
}

/**
 * Throws unless the bytes start as a zip: an OLE compound file is an encrypted .docx (it holds
 * an `EncryptedPackage` stream) or an old .doc; anything else is `not_a_zip`, with what it
 * looks like.
 */
export function expectZip(bytes: Uint8Array, input: unknown): void {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return; // "PK"
  if (startsWith(bytes, OLE)) {
    if (contains(bytes, ENCRYPTED_PACKAGE)) {
      throw new BibliotekosError({
        code: "encrypted_docx",
        message:
          "The Word document is password-protected (an OLE compound file holding an encrypted package): remove the password in Word and save it again",
        messageLt:
          "Word dokumentas apsaugotas slaptažodžiu (OLE failas su užšifruotu paketu): Word programoje pašalinkite slaptažodį ir įrašykite dokumentą iš naujo",
        input,
        received: "OLE compound file with EncryptedPackage",
      });
    }
    throw new BibliotekosError({
      code: "legacy_doc",
      message:
        "An OLE compound file, as an old Word 97–2003 .doc is (or another Office 97–2003 file), not a .docx: open it in Word and save it as .docx",
      messageLt:
        "OLE failas, koks yra senas Word 97–2003 .doc (ar kitas Office 97–2003 failas), ne .docx: atverkite jį Word ir įrašykite kaip .docx",
      input,
      received: "OLE compound file",
    });
  }
  const what = describe(bytes);
  throw new BibliotekosError({
    code: "not_a_zip",
    message: `Not a zip archive, so not a Word .docx file: ${what.en}`,
    messageLt: `Tai ne ZIP archyvas, todėl ne Word .docx failas: ${what.lt}`,
    input,
    received: what.en,
  });
}
