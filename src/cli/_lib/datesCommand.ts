import { Command } from "commander";
import { findDates } from "../../dates/findDates";
import { isIsoPartialDate } from "../../dates/types";
import type { CommandContext } from "./context";
import { printMatches } from "./printMatches";
import { progress, searching } from "./progress";
import { InputError, readInput } from "./readInput";
import { readLang } from "./style";

const WORDS = {
  lt: { where: "vieta", text: "tekstas", start: "pradžia", end: "pabaiga", none: "Datų nerasta.", open: "…" },
  en: { where: "where", text: "text", start: "start", end: "end", none: "No dates found.", open: "…" },
};

/** `bibliotekos dates <file|->`: every date in a text, with its period. */
export function datesCommand(context: CommandContext): Command {
  return new Command("dates")
    .description("find every date in a Lithuanian text and print its period (ISO 8601, inclusive)")
    .argument("<file>", "a UTF-8 text file, or - for standard input")
    .option("--ref <date>", "reference date for dates written without a year (2022, 2022-10, 2022-10-13)")
    .option("--json", "print JSON: [{ text, index, end, line, column, period: { start, end } }]")
    .option("--lang <lang>", "language of the table's headings: lt or en", "lt")
    .addHelpText(
      "after",
      "\nExamples:\n  bibliotekos dates chronicle.txt\n  bibliotekos dates - --json < chronicle.txt\n  echo 'Spalio 13 d. pasirašyta sutartis.' | bibliotekos dates - --ref 2022",
    )
    .action(async (file: string, options: { ref?: string; json?: boolean; lang?: string }) => {
      const lang = readLang(options.lang);
      const words = WORDS[lang];
      if (options.ref !== undefined && !isIsoPartialDate(options.ref)) {
        throw new InputError(`--ref must be a date written 2022, 2022-10 or 2022-10-13, not ${options.ref}`);
      }
      const json = options.json === true;
      const line = progress(context.progress, json);
      const { text } = await readInput(file);
      searching(line, text, lang);
      const matches = findDates(text, options.ref === undefined ? {} : { ref: options.ref });
      await printMatches(context, text, matches, {
        json,
        lang,
        progress: line,
        headings: [words.where, words.text, words.start, words.end],
        cells: (m) => [m.period.start ?? words.open, m.period.end ?? words.open],
        none: words.none,
      });
      line.end();
    });
}
