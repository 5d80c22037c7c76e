import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as lexicon from "../../src/lexicon/index";
import { foldText } from "../../src/lexicon/index";
import { ORGANIZATION_KINDS } from "../../src/models/index";

// Lithuanian words live in the lexicon, the reference data and the indicator catalogue, as
// tables the readers build their matchers from; messages to users live in the message tables.
// This test reads every other source file and fails on a Lithuanian word typed into a matcher:
// a regular expression, or a one-word string (a word compared with, or a list of words).

const src = join(__dirname, "..", "..", "src");

/** Where Lithuanian words may be typed: the data, and the messages written for Lithuanian readers. */
const WORDS_ALLOWED = [
  /^lexicon\//,
  /^reference\//,
  /^indicators\/catalogue\.ts$/,
  // Messages: the message tables, the error summaries, zod's issues in Lithuanian, the command line's output.
  /\/_lib\/locales\//,
  /^errors\//,
  /^models\/_lib\/issues\.ts$/,
  /^cli\//,
  // The formatters write the official abbreviations (`proc.`, `Eur`); they match nothing.
  /^numbers\/format\w+\.ts$/,
];

/**
 * Codes and ids that are spelled like a word of the lexicon but are not Lithuanian text: currency
 * codes, the language codes of messages, unit ids (`minutes` is also the accusative of `minutė`), the field names of an amount range (`min`, `max`).
 */
const NOT_WORDS = new Set(["eur", "ltl", "lt", "en", "m2", "min", "max", "minutes"]);

const LITHUANIAN_LETTERS = /[ąčęėįšųūž]/i;

/** A regular expression's alternation of two words or more (`(?:ir|bei|arba)`, `\\b(maziau|daugiau)\\b`): a word list. */
const ALTERNATION_OF_WORDS = /(?:^|[(|])\p{L}{2,}\|\p{L}{2,}(?=[|)]|$)/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Fields of the lexicon's tables that hold English or ids, not Lithuanian words. */
const ENGLISH_FIELD = /^(?:id|kind|role|meaning|name|code|en|unit|case|number|outcome|direction)$|En$/;

/** Every Lithuanian word (two letters or more, folded) of the lexicon's exported tables. */
function lexiconWords(): Set<string> {
  const words = new Set<string>();
  const seen = new Set<unknown>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      for (const word of foldText(value).match(/\p{L}{2,}/gu) ?? []) words.add(word);
    } else if (typeof value === "object" && value !== null && !seen.has(value)) {
      seen.add(value);
      if (Array.isArray(value)) for (const item of value) visit(item);
      else for (const [key, item] of Object.entries(value)) if (!ENGLISH_FIELD.test(key)) visit(item);
    }
  };
  for (const value of Object.values(lexicon)) if (typeof value !== "function") visit(value);
  // The chronicle words pair a stem with the model's organization kind: those ids are English.
  for (const kind of [...ORGANIZATION_KINDS, "other"]) for (const word of kind.split("_")) words.delete(word);
  return words;
}

/** The letters of a regular expression's source, without its escapes (`\p{L}`, `\u00a0`, `\b`, `\d`). */
function regexLetters(source: string): string {
  return source.replace(/\\[pP]\{[^}]*\}|\\u\{?[0-9a-fA-F]+\}?|\\x[0-9a-fA-F]{2}|\\./g, " ");
}

interface Literal {
  file: string;
  line: number;
  text: string;
  kind: "regex" | "word";
}

/** The regular expressions and one-word strings of a file. */
function matchers(file: string): Literal[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const add = (node: ts.Node, literal: string, kind: Literal["kind"]) =>
    found.push({ file: relative(src, file), line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: literal, kind });
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) add(node, regexLetters(node.text.slice(1, node.text.lastIndexOf("/"))), "regex");
    else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /^[\p{L}.]+$/u.test(node.text)) {
      // (Only a word, with its abbreviation's dot: a sentence is a message, a snake_case code is an id.)
      if (!ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) add(node, node.text, "word");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("Lithuanian words", () => {
  const vocabulary = lexiconWords();
  const checked = files(src).filter((file) => !WORDS_ALLOWED.some((allowed) => allowed.test(relative(src, file))));

  it("are known to the test from the lexicon's tables", () => {
    for (const word of ["ir", "bei", "arba", "metai", "vasario", "tukst", "fiz", "vnt"]) expect(vocabulary.has(word), word).toBe(true);
    expect(checked.length).toBeGreaterThan(50);
  });

  it("are typed into no matcher outside the lexicon, the reference data and the catalogue", () => {
    const typed = checked.flatMap((file) =>
      matchers(file).flatMap((literal) => {
        const words = (foldText(literal.text).match(/\p{L}{2,}/gu) ?? []).filter((word) => !NOT_WORDS.has(word));
        const lithuanian = words
          .filter((word) => vocabulary.has(word))
          .concat(LITHUANIAN_LETTERS.test(literal.text) ? [literal.text] : [])
          .concat(literal.kind === "regex" && ALTERNATION_OF_WORDS.test(literal.text) ? ["a list of words"] : []);
        return lithuanian.length > 0
          ? [`${literal.file}:${literal.line} ${literal.kind} ${JSON.stringify(literal.text)}: ${lithuanian.join(", ")}`]
          : [];
      }),
    );
    expect(typed).toEqual([]);
  });
});
