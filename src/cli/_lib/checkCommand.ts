import { Command } from "commander";
import { checkReport, type ReportFinding } from "../../checks/checkReport";
import type { FindingSeverity } from "../../findings/Finding";
import { safeParseAnnualReport } from "../../models/AnnualReport";
import type { CommandContext } from "./context";
import { figuresLine } from "./figures";
import { InputError, readJson } from "./readInput";
import { formatPath, readLang, type Lang, type Paint } from "./style";

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

/** The findings as text for people: grouped by severity, each with its path, message and figures (named in `lang`). */
export function renderFindings(findings: ReportFinding[], lang: Lang, paint: Paint): string {
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
      lines.push(`  ${severityColour(severity, paint)(finding.code)}  ${paint.dim(formatPath(finding.path))}`);
      lines.push(`    ${finding.message[lang]}`);
      if (Object.keys(finding.figures).length > 0) lines.push(`    ${paint.dim(figuresLine(finding.figures, lang))}`);
    }
  }
  return lines.join("\n") + "\n";
}

/** `bibliotekos check <report.json|->`: validates an annual report and runs every check. */
export function checkCommand(context: CommandContext): Command {
  return new Command("check")
    .description(
      "validate an annual report (AnnualReport JSON) and run every check: totals, breakdowns, differences, shares, derived indicators, targets, budget",
    )
    .argument("<report>", "an AnnualReport JSON file, or - for standard input")
    .option("--lang <lang>", "language of the findings: lt or en", "lt")
    .option("--json", "print JSON: { valid: true, findings } or { valid: false, issues }")
    .option("--tolerance <percent>", "percent of a target within which a missed target counts as almost met")
    .addHelpText(
      "after",
      "\nExit codes:\n  0  no findings\n  1  findings (printed)\n  2  invalid input: no such file, not text, not JSON, not an AnnualReport\n\nExamples:\n  bibliotekos check report.json\n  bibliotekos check report.json --lang en\n  bibliotekos check - --json < report.json",
    )
    .action(async (file: string, options: { lang?: string; json?: boolean; tolerance?: string }) => {
      const lang = readLang(options.lang);
      if (options.tolerance !== undefined && !/^\d+(?:\.\d+)?$/.test(options.tolerance)) {
        throw new InputError(`--tolerance must be a percent such as 1 or 2.5, not ${options.tolerance}`);
      }
      const { value, name } = await readJson(file);
      const parsed = safeParseAnnualReport(value);
      if (!parsed.success) {
        const issues = (parsed.error.issues ?? []).map((issue) => ({ ...issue, path: [...issue.path] }));
        if (options.json) {
          context.out(JSON.stringify({ valid: false, issues }, null, 2) + "\n");
          context.setExitCode(2);
          return;
        }
        const lines = issues.map((issue) => `  ${formatPath(issue.path)}: ${lang === "lt" ? issue.messageLt : issue.message}`);
        throw new InputError(`${name}: ${WORDS[lang].invalid} (${count(issues.length, WORDS[lang].problems, lang)}):\n${lines.join("\n")}`);
      }
      const findings = checkReport(parsed.data, options.tolerance === undefined ? {} : { tolerancePercent: options.tolerance });
      context.out(options.json ? JSON.stringify({ valid: true, findings }, null, 2) + "\n" : renderFindings(findings, lang, context.paint));
      context.setExitCode(findings.length > 0 ? 1 : 0);
    });
}
