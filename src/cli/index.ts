// The `bibliotekos` command (package.json `bin`). Built by tsup into dist/cli.js on its own,
// with commander bundled in; it is not part of the library's bundle or its subpath exports.
// Exit codes: 0 success (check: no findings), 1 check found something, 2 invalid input or
// usage (a file that is not what it should be, too large, a report with no institution or year),
// 3 a bug in bibliotekos.
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { agreementsCommand } from "./_lib/agreementsCommand";
import { checkCommand } from "./_lib/checkCommand";
import type { CommandContext } from "./_lib/context";
import { datesCommand } from "./_lib/datesCommand";
import { formatDateCommand } from "./_lib/formatDateCommand";
import { numbersCommand } from "./_lib/numbersCommand";
import { progressAfterMs } from "./_lib/progress";
import { readCommand } from "./_lib/readCommand";
import { InputError } from "./_lib/readInput";
import { schemaCommand } from "./_lib/schemaCommand";
import { colourOn, painter } from "./_lib/style";

/**
 * The commands, in the order `--help` lists them. Each is a function of the context that
 * returns a commander Command.
 */
const COMMANDS: Array<(context: CommandContext) => Command> = [
  datesCommand,
  numbersCommand,
  agreementsCommand,
  formatDateCommand,
  readCommand,
  checkCommand,
  schemaCommand,
];

async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const colour = colourOn(process.stdout) && !argv.includes("--no-color");
  const context: CommandContext = {
    out: (text) => void process.stdout.write(text),
    write: (text) =>
      process.stdout.write(text) ? Promise.resolve() : new Promise((resolve) => void process.stdout.once("drain", resolve)),
    paint: painter(colour),
    progress: {
      err: (text) => void process.stderr.write(text),
      errIsTTY: process.stderr.isTTY === true,
      now: () => performance.now(),
      afterMs: progressAfterMs(process.env.BIBLIOTEKOS_PROGRESS_AFTER_MS),
      startedAt: 0, // performance.now() counts from the start of the process
    },
    setExitCode: (code) => {
      exitCode = code;
    },
  };
  const program = new Command("bibliotekos")
    .description(
      "Lithuanian library paperwork from the command line: dates, numbers, agreements, reading and checking annual reports, model schemas.",
    )
    .version(version, "-v, --version")
    .option("--no-color", "no colours (also off when output is not a terminal, or NO_COLOR is set)")
    .exitOverride()
    .showHelpAfterError("(add --help for usage)")
    .addHelpText(
      "after",
      "\nExit codes: 0 done (check: no findings), 1 check found something, 2 invalid input or usage.\nRun bibliotekos <command> --help for a command's options and examples.",
    );
  for (const make of COMMANDS) program.addCommand(make(context).copyInheritedSettings(program));
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof InputError) {
      process.stderr.write(`bibliotekos: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(
      `bibliotekos: unexpected error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 3;
  }
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  // A reader that stopped early (| head) is not a failure.
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
