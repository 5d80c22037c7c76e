// What every command is given: where to write, how to colour, and how to set the exit code.
import type { Paint } from "./style";

/** The output and settings a command runs with (the entry point fills it in). */
export interface CommandContext {
  /** Writes to standard output. */
  out: (text: string) => void;
  /** Colours, or none (not a terminal, NO_COLOR, --no-color). */
  paint: Paint;
  /** Sets the process's exit code (0 unless a command says otherwise). */
  setExitCode: (code: number) => void;
}
