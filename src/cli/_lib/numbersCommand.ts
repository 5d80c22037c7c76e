import { Command } from "commander";
import { UNITS, type UnitId } from "../../lexicon/units";
import { findQuantities } from "../../numbers/findQuantities";
import type { CommandContext } from "./context";
import { printMatches } from "./printMatches";
import { progress, searching } from "./progress";
import { readInput } from "./readInput";
import { readLang, type Lang } from "./style";

/** The units by id, for the names the table gives them. */
const UNIT_BY_ID = new Map(UNITS.map((unit) => [unit.id, unit]));

/** A unit as the table names it: its symbol in Lithuanian (`fiz. vnt.`, `Eur`, `%`), its English name in English (`physical units`). */
function unitName(id: string, lang: Lang): string {
  const unit = UNIT_BY_ID.get(id as UnitId);
  if (unit === undefined) return id;
  return lang === "lt" ? unit.symbol : unit.nameEn;
}

/** The unit cell: the unit's name, and the counted noun's lemma after it (`asm. (lankytojas)`). */
function unitCell(match: { unit?: string | null; noun?: string }, lang: Lang): string {
  if (match.unit === null || match.unit === undefined) return WORDS[lang].noUnit;
  const name = unitName(match.unit, lang);
  return match.noun === undefined ? name : `${name} (${match.noun})`;
}

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
    .option(
      "--json",
      "print JSON: [{ text, index, end, line, column, value, unit, noun?, malformed? }] (unit: its id, physical_units; noun: the counted noun's lemma)",
    )
    .option("--lang <lang>", "language of the table's headings: lt or en", "lt")
    .addHelpText(
      "after",
      "\nExamples:\n  bibliotekos numbers report.txt\n  echo 'Įsigyta 6690 fiz. vnt. už 24884 eurų' | bibliotekos numbers -",
    )
    .action(async (file: string, options: { bare?: boolean; json?: boolean; lang?: string }) => {
      const lang = readLang(options.lang);
      const words = WORDS[lang];
      const json = options.json === true;
      const line = progress(context.progress, json);
      const { text } = await readInput(file);
      searching(line, text, lang);
      const matches = findQuantities(text, { bareNumbers: options.bare === true });
      await printMatches(context, text, matches, {
        json,
        lang,
        progress: line,
        headings: [words.where, words.text, words.value, words.unit],
        cells: (m) => [m.value, unitCell(m, lang)],
        none: words.none,
      });
      line.end();
    });
}
