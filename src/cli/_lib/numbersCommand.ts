import { Command } from "commander";
import { findQuantities } from "../../numbers/findQuantities";
import type { CommandContext } from "./context";
import { position, readInput } from "./readInput";
import { oneLine, readLang, table } from "./style";

const WORDS = {
  lt: { where: "vieta", text: "tekstas", value: "reikšmė", unit: "vienetas", none: "Skaičių su vienetais nerasta.", noUnit: "—" },
  en: { where: "where", text: "text", value: "value", unit: "unit", none: "No quantities found.", noUnit: "—" },
};

/** `bibliotekos numbers <file|->`: every quantity in a text, with its exact value and unit. */
export function numbersCommand(context: CommandContext): Command {
  return new Command("numbers")
    .description("find every quantity (number with its unit) in a Lithuanian text and print its exact value")
    .argument("<file>", "a UTF-8 text file, or - for standard input")
    .option("--bare", "also list numbers written without a unit")
    .option("--json", "print JSON: [{ text, index, end, line, column, value, unit }]")
    .option("--lang <lang>", "language of the table's headings: lt or en", "lt")
    .addHelpText("after", "\nExamples:\n  bibliotekos numbers report.txt\n  echo 'Įsigyta 6690 fiz. vnt. už 24884 eurų' | bibliotekos numbers -")
    .action(async (file: string, options: { bare?: boolean; json?: boolean; lang?: string }) => {
      const words = WORDS[readLang(options.lang)];
      const { text } = await readInput(file);
      const matches = findQuantities(text, { bareNumbers: options.bare === true });
      if (options.json) {
        context.out(JSON.stringify(matches.map((m) => ({ ...m, ...position(text, m.index) })), null, 2) + "\n");
        return;
      }
      if (matches.length === 0) {
        context.out(words.none + "\n");
        return;
      }
      const rows = matches.map((m) => {
        const { line, column } = position(text, m.index);
        return [`${line}:${column}`, oneLine(m.text), m.value, m.unit ?? words.noUnit];
      });
      context.out(table([words.where, words.text, words.value, words.unit], rows, context.paint));
    });
}
