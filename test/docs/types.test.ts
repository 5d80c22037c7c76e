// Type-checks every documented example (the ```ts blocks of README.md and docs/, and every
// @example of the source) as a user's own file would be: each block is written to a file of
// .tmp/doc-types/<settings>/ that imports the package by name (mapped to src/ by the tsconfig
// written beside it), and one TypeScript program checks them all, once under the strictest
// settings a user may have and once with `strict` off. A failure names the block's file and line.
// To see the errors in an editor or with tsc: npx tsc -p .tmp/doc-types/strict
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { guideExamples, sourceExamples, type Example } from "../_lib/examples";

const root = join(__dirname, "..", "..");

const SETTINGS = {
  strict: { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
  loose: { strict: false },
} as const;

/** A block that must fail, so that a configuration that checks nothing cannot pass. */
const CANARY: Example = {
  where: "canary",
  file: "canary",
  line: 1,
  code: 'import { parseDate } from "bibliotekos/dates";\nconst start: number = parseDate("2022").start;\n',
};

interface Checked {
  /** The blocks' errors, as `file:line TScode message`. */
  errors: string[];
  /** The canary's errors. */
  canary: string[];
}

function check(name: keyof typeof SETTINGS, examples: readonly Example[]): Checked {
  const dir = join(root, ".tmp", "doc-types", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const src = relative(dir, join(root, "src"));
  const config = {
    compilerOptions: {
      ...SETTINGS[name],
      target: "ES2022",
      lib: ["ES2022", "DOM"],
      module: "ESNext",
      moduleResolution: "Bundler",
      noEmit: true,
      skipLibCheck: true,
      types: [],
      paths: { bibliotekos: [`${src}/index.ts`], "bibliotekos/*": [`${src}/*/index.ts`] },
    },
    include: ["*.ts"],
  };
  writeFileSync(join(dir, "tsconfig.json"), `${JSON.stringify(config, null, 2)}\n`);
  const blocks = new Map<string, Example>();
  [CANARY, ...examples].forEach((example, i) => {
    const file = join(dir, `${String(i).padStart(4, "0")}.ts`);
    // `export {}` makes each block a module of its own (names do not clash across blocks).
    writeFileSync(file, `${example.code}\nexport {};\n`);
    blocks.set(file, example);
  });
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dir);
  expect(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const out: Checked = { errors: [], canary: [] };
  expect(ts.getPreEmitDiagnostics(program).filter((d) => d.file === undefined)).toEqual([]);
  for (const [file, example] of blocks) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${example.where}: not in the program`);
    for (const d of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
      const { line } = source.getLineAndCharacterOfPosition(d.start ?? 0);
      const message = `${example.file}:${example.line + line} TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
      (example === CANARY ? out.canary : out.errors).push(message);
    }
  }
  return out;
}

describe("the documented examples", () => {
  const examples = [...guideExamples(), ...sourceExamples()];

  it("are many (every block of README.md and docs/, every @example)", () => {
    expect(examples.length).toBeGreaterThan(300);
  });

  it.each(Object.keys(SETTINGS) as Array<keyof typeof SETTINGS>)(
    "type-check as a user's file does, with the %s settings",
    (name) => {
      const { errors, canary } = check(name, examples);
      expect(canary, "the canary block must fail").toEqual([
        expect.stringMatching(/^canary:2 TS2322 Type 'string( \| null)?' is not assignable to type 'number'/),
      ]);
      expect(errors).toEqual([]);
    },
    120_000,
  );
});
