// What every command is given: where to write, how to colour, how to show progress, and how to
// set the exit code.
import type { ProgressSettings } from "./progress";
import type { Paint } from "./style";

/** The output and settings a command runs with (the entry point fills it in). */
export interface CommandContext {
  /** Writes to standard output (short output). */
  out: (text: string) => void;
  /** Writes to standard output, resolving once the stream can take more (long output, in chunks). */
  write: (text: string) => Promise<void>;
  /** Colours, or none (not a terminal, NO_COLOR, --no-color). */
  paint: Paint;
  /** Standard error, its terminal flag and the clock, for progress lines. */
  progress: ProgressSettings;
  /** Sets the process's exit code (0 unless a command says otherwise). */
  setExitCode: (code: number) => void;
}
