// Reads the input of a command: a file, or standard input for "-". The bytes must be UTF-8 text
// (a leading BOM is dropped); CRLF and lone CR line ends are read as LF, so that offsets and
// line numbers do not depend on the editor that saved the file.
import { readFile } from "node:fs/promises";
import { jsonErrorOffset } from "./jsonErrorOffset";

/** A problem with the input that the user must fix: printed as is, exit code 2. */
export class InputError extends Error {
  override readonly name = "InputError";
}

/** What a command reads: its text, and how to name it in messages. */
export interface Input {
  text: string;
  name: string;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError(`${name}: not a text file (it contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not a UTF-8 text file`);
  }
  return text.replace(/\r\n?/g, "\n");
}

/** Reads `path` ("-" for standard input) as UTF-8 text. */
export async function readInput(path: string): Promise<Input> {
  if (path === "-") return { text: decodeText(await readStdin(), "standard input"), name: "standard input" };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new InputError(`${path}: no such file`);
    if (code === "EISDIR") throw new InputError(`${path}: is a directory, not a file`);
    if (code === "EACCES" || code === "EPERM") throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? String(error)})`);
  }
  return { text: decodeText(bytes, path), name: path };
}

/** Reads `path` as UTF-8 text and parses it as JSON, saying where it is not JSON. */
export async function readJson(path: string): Promise<{ value: unknown; name: string }> {
  const { text, name } = await readInput(path);
  try {
    return { value: JSON.parse(text) as unknown, name };
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

/** Line and column (from 1) of a UTF-16 offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
