import { Command } from "commander";
import { formatDate } from "../../dates/formatDate";
import { isIsoPartialDate } from "../../dates/types";
import { isBibliotekosError } from "../../errors/BibliotekosError";
import type { CommandContext } from "./context";
import { InputError } from "./readInput";

const OPEN = "..";

function end(value: string, which: string): string | null {
  if (value === OPEN) return null;
  if (!isIsoPartialDate(value))
    throw new InputError(`${which} must be a date written 2022, 2022-02 or 2022-02-01 (or .. for an open end), not ${value}`);
  return value;
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
    .addHelpText(
      "after",
      "\nExamples:\n  bibliotekos format-date 2022-02-01          2022 m. vasario 1 d.\n  bibliotekos format-date 2022-09-30 2022-10-01  2022 m. rugsėjo 30 d. – spalio 1 d.\n  bibliotekos format-date 1990/..              nuo 1990 m.",
    )
    .action((startArg: string, endArg: string | undefined, options: { numeric?: boolean }) => {
      let [first, second] = [startArg, endArg];
      if (second === undefined && first.includes("/")) [first, second] = first.split("/", 2) as [string, string];
      const start = end(first, "the start");
      const last = second === undefined ? start : end(second, "the end");
      try {
        context.out(formatDate({ start, end: last }, { style: options.numeric ? "numeric" : "long" }) + "\n");
      } catch (error) {
        if (isBibliotekosError(error)) throw new InputError(`${error.message} (${error.code})`);
        throw error;
      }
    });
}
