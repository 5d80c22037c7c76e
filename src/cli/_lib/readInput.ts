// Reads the input of a command: a file, or standard input for "-". The bytes must be UTF-8 text
// (a leading BOM is dropped), or UTF-16 with its BOM (Word's and Excel's "Unicode text"); CRLF
// and lone CR line ends are read as LF, so that offsets and line numbers do not depend on the
// editor that saved the file.
import { readFile, stat } from "node:fs/promises";
import { jsonErrorOffset } from "./jsonErrorOffset";
import { position } from "./locate";

/** A problem with the input that the user must fix: printed as is, exit code 2. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** What a command reads: its text, and how to name it in messages. */
export interface Input {
  text: string;
  name: string;
}

/** How a command refuses an input over its size limit (`size` in bytes, unknown for standard input). */
export type TooLarge = (name: string, size: number | undefined) => InputError;

/** Standard input's bytes; stops reading, and refuses, once more than `limit` bytes have come. */
async function readStdin(limit: number, tooLarge: TooLarge): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer);
    length += bytes.length;
    if (length > limit) {
      process.stdin.destroy();
      throw tooLarge("standard input", undefined);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** The encoding a byte-order mark names, if the bytes begin with one. */
function bomEncoding(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

/**
 * Why bytes with NUL bytes and no BOM are not read: UTF-16 without its BOM looks like this (a NUL
 * beside every ASCII letter), so the message says how to convert it, guessing the byte order
 * from where the NULs stand in the first 64 KB.
 */
function nulMessage(bytes: Uint8Array, name: string): string {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < Math.min(bytes.length, 65536); i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const order = even > odd ? "UTF-16BE" : "UTF-16LE";
  const file = name === "standard input" ? "file.txt" : name;
  return (
    `${name}: not a text file (it contains NUL bytes). If it is UTF-16 text without a byte-order mark ` +
    `(Word's or Excel's "Unicode text"), convert it to UTF-8 first: iconv -f ${order} -t UTF-8 ${file} > ${file}.utf8.txt`
  );
}

/** Decodes bytes as UTF-8 text (or UTF-16 with its BOM), or says why they are not text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  const encoding = bomEncoding(bytes) ?? "utf-8";
  if (encoding === "utf-8" && bytes.includes(0)) throw new InputError(nulMessage(bytes, name));
  let text: string;
  try {
    // The decoder drops the BOM it was named by.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(encoding === "utf-8" ? `${name}: not a UTF-8 text file` : `${name}: not valid ${encoding.toUpperCase()} text`);
  }
  if (encoding !== "utf-8" && text.includes("\0")) throw new InputError(`${name}: not a text file (it contains NUL characters)`);
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Reads the bytes of `path` ("-" for standard input). A file over `limit` bytes is refused from
 * its size, before it is read; standard input is refused as soon as more than `limit` have come.
 */
export async function readBytes(
  path: string,
  limit = Infinity,
  tooLarge: TooLarge = (name) => new InputError(`${name}: over the limit of ${limit} bytes`),
): Promise<{ bytes: Uint8Array; name: string }> {
  if (path === "-") return { bytes: await readStdin(limit, tooLarge), name: "standard input" };
  try {
    if (limit !== Infinity) {
      const { size } = await stat(path);
      if (size > limit) throw tooLarge(path, size);
    }
    return { bytes: await readFile(path), name: path };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EISDIR") throw new InputError(`${path}: is a directory, not a file`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
}

/** Reads `path` ("-" for standard input) as UTF-8 text. */
export async function readInput(path: string): Promise<Input> {
  const { bytes, name } = await readBytes(path);
  return { text: decodeText(bytes, name), name };
}

/** Reads `path` as UTF-8 text and parses it as JSON, saying where it is not JSON. */
export async function readJson(path: string): Promise<{ value: unknown; name: string }> {
  const { text, name } = await readInput(path);
  return { value: parseJson(text, name), name };
}

/** Parses `text` (of the input `name`) as JSON, saying where it is not JSON. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const stated = /position (\d+)/.exec(detail);
    const offset = stated ? Number(stated[1]) : jsonErrorOffset(text);
    const where = offset >= 0 ? ` (${lineAndColumn(text, offset)})` : "";
    throw new InputError(`${name}: not valid JSON${where}: ${detail}`);
  }
}

/** "line 3, column 7" of a UTF-16 offset, both counted from 1. */
export function lineAndColumn(text: string, offset: number): string {
  const { line, column } = position(text, offset);
  return `line ${line}, column ${column}`;
}
