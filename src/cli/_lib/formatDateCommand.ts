import { Command } from "commander";
import { formatDate } from "../../dates/formatDate";
import { daysInMonth, isIsoPartialDate } from "../../dates/types";
import { isBibliotekosError } from "../../errors/BibliotekosError";
import { MONTHS } from "../../lexicon/months";
import type { CommandContext } from "./context";
import { InputError } from "./readInput";
import { readLang, type Lang } from "./style";

const OPEN = "..";

/** A day written as a date (`2022-02-30`): its year, month (1–12) and day (1–31), whether or not the month has it. */
const DAY = /^([1-9]\d{3})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** What the command says, in the language of its output (the month names from the lexicon's `MONTHS`). */
const WORDS: Record<
  Lang,
  {
    start: string;
    end: string;
    notADate: (which: string, value: string) => string;
    noSuchDay: (year: number, month: number, day: number) => string;
  }
> = {
  lt: {
    start: "pradžia",
    end: "pabaiga",
    notADate: (which, value) => `${which} turi būti data, parašyta 2022, 2022-02 arba 2022-02-01 (atviram galui – ..), o ne ${value}`,
    noSuchDay: (year, month, day) =>
      `${year} m. ${monthOf(month).forms.genitive} ${day} d. nėra: ${year} m. ${monthOf(month).forms.nominative} turi ${daysInMonth(year, month)} d.`,
  },
  en: {
    start: "the start",
    end: "the end",
    notADate: (which, value) => `${which} must be a date written 2022, 2022-02 or 2022-02-01 (or .. for an open end), not ${value}`,
    noSuchDay: (year, month, day) =>
      `${day} ${monthOf(month).nameEn} ${year} does not exist: ${monthOf(month).nameEn} ${year} has ${daysInMonth(year, month)} days`,
  },
};

function monthOf(month: number): (typeof MONTHS)[number] {
  return MONTHS[month - 1] as (typeof MONTHS)[number];
}

/** One end of the period as given: `null` for `..`, the date if it is one, else what is wrong with it. */
function end(value: string, which: "start" | "end", lang: Lang): string | null {
  if (value === OPEN) return null;
  if (isIsoPartialDate(value)) return value;
  const words = WORDS[lang];
  const day = DAY.exec(value);
  if (day !== null) throw new InputError(words.noSuchDay(Number(day[1]), Number(day[2]), Number(day[3])));
  throw new InputError(words.notADate(words[which], value));
}

/** `bibliotekos format-date <start> [end]`: a date or period in the official Lithuanian style. */
export function formatDateCommand(context: CommandContext): Command {
  return new Command("format-date")
    .description("write a date or a period in the official Lithuanian style")
    .argument(
      "<start>",
      "the date, or the period's first day, month or year (2022-02-01, 2022-02, 2022; .. for an open start); start/end also works",
    )
    .argument("[end]", "the period's last day, month or year (.. for an open end)")
    .option("--numeric", "digit groups (2022-02-01) instead of the long style (2022 m. vasario 1 d.)")
    .option("--lang <lang>", "language of the messages (a date that does not exist, a reversed period): lt or en", "lt")
    .addHelpText(
      "after",
      "\nExamples:\n  bibliotekos format-date 2022-02-01          2022 m. vasario 1 d.\n  bibliotekos format-date 2022-09-30 2022-10-01  2022 m. rugsėjo 30 d. – spalio 1 d.\n  bibliotekos format-date 1990/..              nuo 1990 m.",
    )
    .action((startArg: string, endArg: string | undefined, options: { numeric?: boolean; lang?: string }) => {
      const lang = readLang(options.lang);
      let [first, second] = [startArg, endArg];
      if (second === undefined && first.includes("/")) [first, second] = first.split("/", 2) as [string, string];
      const start = end(first, "start", lang);
      const last = second === undefined ? start : end(second, "end", lang);
      try {
        context.out(formatDate({ start, end: last }, { style: options.numeric ? "numeric" : "long" }) + "\n");
      } catch (error) {
        if (isBibliotekosError(error)) throw new InputError(`${lang === "lt" ? error.messageLt : error.message} (${error.code})`);
        throw error;
      }
    });
}
