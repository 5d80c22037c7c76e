// `bibliotekos read <file|->`: reads an annual report, a Word file or its text, with readReport,
// and prints what it read: the institution, the year, how many observations, budget lines,
// targets and narrative sections, and the parts left unread with where they are and why.
import { Command } from "commander";
import type { ReportRead } from "../../texts/readReport";
import type { CommandContext } from "./context";
import { jsonLines, writeLines } from "./output";
import { readReportInput, reportOptions, type ReportInput } from "./reportInput";
import { REPORT_WORDS } from "./reportWords";
import { InputError } from "./readInput";
import { oneLine, readLang, type Lang, type Paint } from "./style";
import { placeNamer } from "./where";

/** How many unread parts the summary lists before it says how many more there are. */
export const UNREAD_SHOWN = 20;

/** The longest text of an unread part the summary shows (its start, then `…`). */
const TEXT_SHOWN = 80;

function shorten(text: string): string {
  const line = oneLine(text);
  return line.length <= TEXT_SHOWN ? line : line.slice(0, TEXT_SHOWN - 1) + "…";
}

/** The summary of what was read, line by line. */
export function* summaryLines(input: Exclude<ReportInput, { kind: "json" }>, lang: Lang, paint: Paint): Generator<string> {
  const words = REPORT_WORDS[lang];
  const { report, unread } = input.read;
  const name = report.institutionName === undefined ? report.institutionId : `${report.institutionName} (${report.institutionId})`;
  const rows: Array<[string, string]> = [
    [words.institution, name],
    [words.year, String(report.year)],
    [words.period, `${report.reportingPeriod.start} – ${report.reportingPeriod.end}`],
    [words.observations, String(report.observations?.length ?? 0)],
    [words.budgetLines, String(report.budgetLines?.length ?? 0)],
    [words.targets, String(report.targets?.length ?? 0)],
    [words.narrative, String(report.narrative?.length ?? 0)],
    [words.unread, String(unread.length)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  for (const [label, value] of rows) yield `${paint.bold((label + ":").padEnd(width))}  ${value}`;
  if (unread.length === 0) return;
  yield "";
  const place = placeNamer(input, lang);
  for (const part of unread.slice(0, UNREAD_SHOWN)) {
    yield `  ${paint.dim(place(part))}  ${part.reason}`;
    yield `    ${words.quote(shorten(part.text))}: ${words.reasons[part.reason]}`;
  }
  if (unread.length > UNREAD_SHOWN) yield `  ${words.more(unread.length - UNREAD_SHOWN)}`;
}

/** `{ report, unread }` as JSON, line by line (JSON.stringify's text, member by member). */
export function readJsonLines(read: ReportRead): Generator<string> {
  return jsonLines({ report: read.report, unread: read.unread }, 3);
}

/** `bibliotekos read <file|->`. */
export function readCommand(context: CommandContext): Command {
  return new Command("read")
    .description(
      "read an annual report, a Word file (.docx) or the text a Word export gives, into an AnnualReport, and print what was read and what was not",
    )
    .argument("<file>", "a .docx file, a text file, or - for standard input (told apart by their bytes)")
    .option("--lang <lang>", "language of the summary: lt or en", "lt")
    .option("--json", "print { report, unread }: the AnnualReport and every part not read, with where it is and why")
    .option("--institution <id>", "the institution's id, when the title does not name a public library")
    .option("--year <yyyy>", "the report's year, when the title and the reporting period do not give it")
    .addHelpText(
      "after",
      "\nExit codes:\n  0  read\n  2  invalid input: no such file, not a Word document or a text, damaged, encrypted, an old .doc, empty, too large, or no institution or year\n\nExamples:\n  bibliotekos read report.docx\n  bibliotekos read report.txt --lang en\n  bibliotekos read report.docx --json > report.json && bibliotekos check report.json\n  bibliotekos read - --institution ignalina_district_library --year 2023 < report.txt",
    )
    .action(async (file: string, options: { lang?: string; json?: boolean; institution?: string; year?: string }) => {
      const lang = readLang(options.lang);
      const input = await readReportInput(file, reportOptions(options, lang), lang);
      if (input.kind === "json") throw new InputError(`${input.name}: ${REPORT_WORDS[lang].isJson}`);
      await writeLines(context, options.json ? readJsonLines(input.read) : summaryLines(input, lang, context.paint));
    });
}
