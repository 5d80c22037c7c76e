import { Command } from "commander";
import { checkReport, type ReportFinding } from "../../checks/checkReport";
import type { FindingSeverity } from "../../findings/Finding";
import { safeParseAnnualReport } from "../../models/AnnualReport";
import type { CommandContext } from "./context";
import { figuresLine } from "./figures";
import { InputError } from "./readInput";
import { readReportInput, reportOptions } from "./reportInput";
import { REPORT_WORDS } from "./reportWords";
import { formatPath, readLang, type Lang, type Paint } from "./style";
import { placeNamer, sourceOfPath } from "./where";

const SEVERITIES: FindingSeverity[] = ["error", "warning", "info"];

/** Lithuanian needs three forms of a counted noun (1 klaida, 2 klaidos, 10 klaidų). */
type Forms = { one: string; few: string; other: string };
const NOUNS: Record<Lang, Record<FindingSeverity, Forms>> = {
  lt: {
    error: { one: "klaida", few: "klaidos", other: "klaidų" },
    warning: { one: "įspėjimas", few: "įspėjimai", other: "įspėjimų" },
    info: { one: "pastaba", few: "pastabos", other: "pastabų" },
  },
  en: {
    error: { one: "error", few: "errors", other: "errors" },
    warning: { one: "warning", few: "warnings", other: "warnings" },
    info: { one: "note", few: "notes", other: "notes" },
  },
};
const HEADINGS: Record<Lang, Record<FindingSeverity, string>> = {
  lt: { error: "Klaidos", warning: "Įspėjimai", info: "Pastabos" },
  en: { error: "Errors", warning: "Warnings", info: "Notes" },
};
const WORDS = {
  lt: {
    found: "Rasta",
    none: "Neatitikimų nerasta: ataskaitos skaičiai sutampa.",
    invalid: "Ataskaita neatitinka AnnualReport schemos",
    problems: { one: "problema", few: "problemos", other: "problemų" },
  },
  en: {
    found: "Found",
    none: "No findings: the report's figures add up.",
    invalid: "The report does not match the AnnualReport schema",
    problems: { one: "problem", few: "problems", other: "problems" },
  },
};

function count(n: number, forms: Forms, lang: Lang): string {
  if (lang === "en") return `${n} ${n === 1 ? forms.one : forms.other}`;
  const category = new Intl.PluralRules("lt").select(n);
  return `${n} ${category === "one" ? forms.one : category === "few" ? forms.few : forms.other}`;
}

function severityColour(severity: FindingSeverity, paint: Paint): (text: string) => string {
  return severity === "error" ? paint.red : severity === "warning" ? paint.yellow : paint.cyan;
}

/**
 * The findings as text for people: grouped by severity, each with its path (and, for a report
 * read from a document, `where` it is there), message and figures (named in `lang`).
 */
export function renderFindings(
  findings: ReportFinding[],
  lang: Lang,
  paint: Paint,
  where: (finding: ReportFinding) => string = () => "",
): string {
  const words = WORDS[lang];
  if (findings.length === 0) return paint.green(words.none) + "\n";
  const lines: string[] = [];
  const present = SEVERITIES.filter((s) => findings.some((f) => f.severity === s));
  lines.push(
    `${words.found}: ${present.map((s) => count(findings.filter((f) => f.severity === s).length, NOUNS[lang][s], lang)).join(", ")}.`,
  );
  for (const severity of present) {
    const group = findings.filter((f) => f.severity === severity);
    lines.push("", paint.bold(severityColour(severity, paint)(`${HEADINGS[lang][severity]} (${group.length})`)));
    for (const finding of group) {
      const place = where(finding);
      lines.push(
        `  ${severityColour(severity, paint)(finding.code)}  ${paint.dim(formatPath(finding.path) + (place === "" ? "" : ` (${place})`))}`,
      );
      lines.push(`    ${finding.message[lang]}`);
      if (Object.keys(finding.figures).length > 0) lines.push(`    ${paint.dim(figuresLine(finding.figures, lang))}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** The options of `check`. */
interface CheckOptions {
  lang?: string;
  json?: boolean;
  tolerance?: string;
  institution?: string;
  year?: string;
}

/** Prints the schema's issues of a report given as JSON (exit 2). */
function invalidReport(context: CommandContext, issues: unknown[], name: string, lang: Lang, json: boolean | undefined): void {
  if (json) {
    context.out(JSON.stringify({ valid: false, issues }, null, 2) + "\n");
    context.setExitCode(2);
    return;
  }
  const lines = (issues as Array<{ path: Array<string | number>; message: string; messageLt: string }>).map(
    (issue) => `  ${formatPath(issue.path)}: ${lang === "lt" ? issue.messageLt : issue.message}`,
  );
  throw new InputError(`${name}: ${WORDS[lang].invalid} (${count(issues.length, WORDS[lang].problems, lang)}):\n${lines.join("\n")}`);
}

async function check(context: CommandContext, file: string, options: CheckOptions): Promise<void> {
  const lang = readLang(options.lang);
  if (options.tolerance !== undefined && !/^\d+(?:\.\d+)?$/.test(options.tolerance)) {
    throw new InputError(`--tolerance must be a percent such as 1 or 2.5, not ${options.tolerance}`);
  }
  const checkOptions = options.tolerance === undefined ? {} : { tolerancePercent: options.tolerance };
  const input = await readReportInput(file, reportOptions(options, lang), lang);
  if (input.kind === "json") {
    const parsed = safeParseAnnualReport(input.value);
    if (!parsed.success) {
      const issues = (parsed.error.issues ?? []).map((issue) => ({ ...issue, path: [...issue.path] }));
      return invalidReport(context, issues, input.name, lang, options.json);
    }
    const findings = checkReport(parsed.data, checkOptions);
    context.out(options.json ? JSON.stringify({ valid: true, findings }, null, 2) + "\n" : renderFindings(findings, lang, context.paint));
    context.setExitCode(findings.length > 0 ? 1 : 0);
    return;
  }
  // A report read from a document is an AnnualReport by construction (readReport parses what it makes).
  const { report, unread } = input.read;
  const findings = checkReport(report, checkOptions);
  if (options.json) context.out(JSON.stringify({ valid: true, findings, unread }, null, 2) + "\n");
  else {
    const place = placeNamer(input, lang);
    const where = (finding: ReportFinding) => {
      const source = sourceOfPath(report, finding.path);
      return source === undefined ? "" : place(source);
    };
    const note = unread.length === 0 ? "" : "\n" + context.paint.dim(REPORT_WORDS[lang].unreadNote(unread.length, input.name)) + "\n";
    context.out(renderFindings(findings, lang, context.paint, where) + note);
  }
  context.setExitCode(findings.length > 0 ? 1 : 0);
}

/** `bibliotekos check <report|->`: validates an annual report (JSON, a Word file or its text) and runs every check. */
export function checkCommand(context: CommandContext): Command {
  return new Command("check")
    .description(
      "check an annual report: an AnnualReport JSON, validated, or a Word file (.docx) or its text, read as `read` reads it; then every check: totals, breakdowns, differences, shares, derived indicators, targets, budget",
    )
    .argument("<report>", "an AnnualReport JSON file, a .docx file, a text file, or - for standard input (told apart by their bytes)")
    .option("--lang <lang>", "language of the findings: lt or en", "lt")
    .option("--json", "print JSON: { valid: true, findings } (a document: also unread) or { valid: false, issues }")
    .option("--tolerance <percent>", "percent of a target within which a missed target counts as almost met")
    .option("--institution <id>", "a Word file or text: the institution's id, when the title does not name a public library")
    .option("--year <yyyy>", "a Word file or text: the report's year, when the title and the period do not give it")
    .addHelpText(
      "after",
      "\nExit codes:\n  0  no findings\n  1  findings (printed)\n  2  invalid input: no such file, not JSON, not an AnnualReport, not a Word document or a text (damaged, encrypted, an old .doc, empty, too large)\n\nExamples:\n  bibliotekos check report.json\n  bibliotekos check report.docx --lang en\n  bibliotekos check report.txt --json\n  bibliotekos check - --json < report.json",
    )
    .action((file: string, options: CheckOptions) => check(context, file, options));
}
