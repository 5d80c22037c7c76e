// Progress of a long run, on standard error: only on a terminal, never with --json, and only once
// the run has taken over a second (or a step is known to be long), so that short runs and pipes
// print nothing. The clock and the terminal flag come from the context, so tests can set them.

import type { Lang } from "./style";

/** What a command tells about its progress; a no-op when progress is not shown. */
export interface Progress {
  /** Says what the command is doing now; `long` shows it at once (a step known to take a while). */
  step(message: string, long?: boolean): void;
  /** Clears the progress line, if one was written. */
  end(): void;
}

/** What progress needs from the context. */
export interface ProgressSettings {
  /** Writes to standard error. */
  err: (text: string) => void;
  /** True when standard error is a terminal. */
  errIsTTY: boolean;
  /** Milliseconds, from any origin. */
  now: () => number;
  /** Progress shows once the run has taken this long. */
  afterMs: number;
  /** When the run began (on the `now` clock). */
  startedAt: number;
}

/** The delay before progress shows: 1 s, or `BIBLIOTEKOS_PROGRESS_AFTER_MS` (tests set 0). */
export function progressAfterMs(value: string | undefined): number {
  const ms = value === undefined || value === "" ? NaN : Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : 1000;
}

const SILENT: Progress = { step: () => {}, end: () => {} };

/** A progress line for a command; silent unless stderr is a terminal and the output is not JSON. */
export function progress(settings: ProgressSettings, json: boolean): Progress {
  if (!settings.errIsTTY || json) return SILENT;
  let shown = false;
  return {
    step(message, long = false) {
      const elapsed = settings.now() - settings.startedAt;
      if (!long && elapsed < settings.afterMs) return;
      settings.err(`\r\u001b[K${message} (${(elapsed / 1000).toFixed(1)} s)`);
      shown = true;
    },
    end() {
      if (shown) settings.err("\r\u001b[K");
      shown = false;
    },
  };
}

/** Texts longer than this (UTF-16 code units) take the readers about a second: say so at once. */
export const LONG_TEXT = 4_000_000;

/** Says that a reader is searching `text` (at once when the text is long). */
export function searching(progressLine: Progress, text: string, lang: Lang): void {
  progressLine.step(PROGRESS_WORDS[lang].searching((text.length / 1e6).toFixed(1)), text.length > LONG_TEXT);
}

/** The progress line's words, in the language of the command's output. */
export const PROGRESS_WORDS = {
  lt: {
    searching: (megabytes: string) => `ieškoma ${megabytes} MB tekste…`,
    rows: (written: number, total: number) => `išvesta eilučių: ${written} iš ${total}`,
  },
  en: {
    searching: (megabytes: string) => `searching ${megabytes} MB of text…`,
    rows: (written: number, total: number) => `rows written: ${written} of ${total}`,
  },
};
