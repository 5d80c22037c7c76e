import { Command } from "commander";
import { isIsoPartialDate } from "../../dates/types";
import { agreementStatus } from "../../models/agreementStatus";
import { readAgreements } from "../../texts/readAgreements";
import type { CommandContext } from "./context";
import { lineLocator } from "./locate";
import { writeLines } from "./output";
import { InputError, readInput } from "./readInput";
import { oneLine, readLang, tableLines } from "./style";

const WORDS = {
  lt: {
    signed: "pasirašyta",
    until: "galioja iki",
    status: "būsena",
    parties: "šalys",
    none: "Sutarčių nerasta.",
    open: "nenurodyta",
    unread: "Neperskaityta",
    active: "galioja",
    expired: "pasibaigusi",
    not_started: "dar neprasidėjusi",
  },
  en: {
    signed: "signed",
    until: "valid until",
    status: "status",
    parties: "parties",
    none: "No agreements found.",
    open: "not given",
    unread: "Not read",
    active: "active",
    expired: "expired",
    not_started: "not started",
  },
};

/** `bibliotekos agreements <file|->`: the cooperation agreements a chronicle records. */
export function agreementsCommand(context: CommandContext): Command {
  return new Command("agreements")
    .description("list the cooperation agreements a library chronicle records (dated entries and its agreements section, merged)")
    .argument("<file>", "a UTF-8 text file, or - for standard input")
    .option("--ref <year>", "the chronicle's year, for dates written without one (2022)")
    .option("--active-on <date>", "only the agreements active on this date (2024, 2024-06, 2024-06-30)")
    .option("--json", "print JSON: { agreements, unread } (Agreement records of bibliotekos/models)")
    .option("--lang <lang>", "language of the table's headings: lt or en", "lt")
    .addHelpText(
      "after",
      "\nExamples:\n  bibliotekos agreements chronicle.txt --active-on 2024-06-30\n  bibliotekos agreements - --ref 2022 --json < chronicle.txt",
    )
    .action(async (file: string, options: { ref?: string; activeOn?: string; json?: boolean; lang?: string }) => {
      const words = WORDS[readLang(options.lang)];
      for (const [flag, value] of [
        ["--ref", options.ref],
        ["--active-on", options.activeOn],
      ] as const) {
        if (value !== undefined && !isIsoPartialDate(value))
          throw new InputError(`${flag} must be a date written 2024, 2024-06 or 2024-06-30, not ${value}`);
      }
      const { text } = await readInput(file);
      const read = readAgreements(text, options.ref === undefined ? {} : { ref: options.ref });
      const on = options.activeOn;
      const agreements = on === undefined ? read.agreements : read.agreements.filter((a) => agreementStatus(a, on) === "active");
      const locate = lineLocator(text);
      const unread = read.unread.map((u) => ({ ...u, ...locate(u.index) }));
      if (options.json) {
        context.out(JSON.stringify({ agreements, unread }, null, 2) + "\n");
        return;
      }
      if (agreements.length === 0) context.out(words.none + "\n");
      else {
        const rows = agreements.map((a) => {
          const parties = a.parties.map((p) => p.name);
          const status = on === undefined ? [] : [words[agreementStatus(a, on)]];
          return [
            a.signed,
            a.validUntil ?? words.open,
            ...status,
            oneLine(parties.length > 2 ? `${parties[0]} (+${parties.length - 1})` : parties.join("; ")),
          ];
        });
        const head =
          on === undefined ? [words.signed, words.until, words.parties] : [words.signed, words.until, words.status, words.parties];
        await writeLines(context, tableLines(head, rows, context.paint));
      }
      if (unread.length > 0) context.out(`\n${words.unread}: ${unread.map((u) => `${u.reason} (${u.line}:${u.column})`).join(", ")}\n`);
    });
}
