// Extracts the runnable examples of the project: every ```ts block under an @example tag in
// src/**/*.ts, and every ```ts block in README.md and docs/**/*.md (a block fenced as
// ```ts no-run is shown, not run). A line `//=> value` checks the expression on the line
// before it; `//=> throws some_code` checks that it throws a BibliotekosError with that code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export interface Example {
  /** Where it was found: `src/lexicon/months.ts:123`. */
  where: string;
  /** The code as written. */
  code: string;
  /** The file, relative to the project: `src/lexicon/months.ts`. */
  file: string;
  /** The line of the file where the code's first line stands (1-based). */
  line: number;
}

const root = join(__dirname, "..", "..");

function walk(dir: string, ending: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "api" && name !== "node_modules") out.push(...walk(path, ending));
    } else if (name.endsWith(ending)) out.push(path);
  }
  return out.sort();
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every @example block of the source files. */
export function sourceExamples(): Example[] {
  const examples: Example[] = [];
  for (const file of walk(join(root, "src"), ".ts")) {
    const text = readFileSync(file, "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const body = comment[0];
      for (const tag of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
        const code = (tag[1] ?? "")
          .split("\n")
          .map((line) => line.replace(/^\s*\*( |$)/, ""))
          .join("\n");
        const at = (comment.index ?? 0) + (tag.index ?? 0);
        const codeAt = at + tag[0].indexOf("```ts\n") + "```ts\n".length;
        examples.push({
          where: `${relative(root, file)}:${lineOf(text, at)}`,
          code,
          file: relative(root, file),
          line: lineOf(text, codeAt),
        });
      }
    }
  }
  return examples;
}

/** Every runnable ```ts block of README.md and the guides. */
export function guideExamples(): Example[] {
  const files = [join(root, "README.md"), ...walk(join(root, "docs"), ".md")];
  const examples: Example[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const block of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
      const line = lineOf(text, block.index ?? 0);
      examples.push({ where: `${relative(root, file)}:${line}`, code: block[1] ?? "", file: relative(root, file), line: line + 1 });
    }
  }
  return examples;
}

/** Every export of every documented file, as written in source, with its TSDoc (if any). */
export function exportedDeclarations(): Array<{ where: string; name: string; doc: string | undefined }> {
  const out: Array<{ where: string; name: string; doc: string | undefined }> = [];
  for (const file of walk(join(root, "src"), ".ts")) {
    if (file.includes("/_lib/") || file.endsWith("index.ts")) continue;
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(
      /^export (?:declare )?(?:abstract )?(?:async )?(?:function|const|class|type|interface|enum) ([\w$]+)/gm,
    )) {
      const before = text.slice(0, match.index ?? 0);
      const docMatch = before.match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/);
      out.push({ where: `${relative(root, file)}:${lineOf(text, match.index ?? 0)}`, name: match[1] ?? "", doc: docMatch?.[1] });
    }
  }
  return out;
}

/**
 * Turns an example into the body of an async function of (__modules, __check, __throws):
 * imports become look-ups in __modules, `//=>` lines become checks.
 */
export function toRunnable(code: string): string {
  const lines = code.replace(/\s+$/, "").split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const importMatch = line.match(/^\s*import\s+(type\s+)?\{([^}]*)\}\s+from\s+["']([^"']+)["'];?\s*$/);
    if (importMatch) {
      if (importMatch[1]) continue;
      const names = (importMatch[2] ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part && !part.startsWith("type "))
        .map((part) => part.replace(/\s+as\s+/, ": "));
      out.push(`const { ${names.join(", ")} } = __modules(${JSON.stringify(importMatch[3])});`);
      continue;
    }
    const starImport = line.match(/^\s*import\s+\*\s+as\s+(\w+)\s+from\s+["']([^"']+)["'];?\s*$/);
    if (starImport) {
      out.push(`const ${starImport[1]} = __modules(${JSON.stringify(starImport[2])});`);
      continue;
    }
    const expected = line.match(/^\s*\/\/=>\s?(.*)$/);
    if (expected) {
      const previous = out.pop();
      if (previous === undefined) throw new Error("//=> with no expression before it");
      const expression = previous
        .trim()
        .replace(/;\s*\/\/.*$/, "")
        .replace(/;$/, "");
      const value = (expected[1] ?? "").trim();
      const throws = value.match(/^throws\s+([a-z_]+)$/);
      out.push(
        throws
          ? `__throws(() => (${expression}), ${JSON.stringify(throws[1])}, ${i + 1});`
          : `__check(await (${expression}), (${value}), ${i + 1});`,
      );
      continue;
    }
    out.push(line);
  }
  return out.join("\n");
}
