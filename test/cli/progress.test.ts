import { describe, expect, it } from "vitest";
import { lineLocator } from "../../src/cli/_lib/locate";
import { progress, progressAfterMs, type ProgressSettings } from "../../src/cli/_lib/progress";

function settings(errIsTTY: boolean) {
  const written: string[] = [];
  let clock = 0;
  const value: ProgressSettings = { err: (text) => void written.push(text), errIsTTY, now: () => clock, afterMs: 1000, startedAt: 0 };
  return { value, written, tick: (ms: number) => void (clock += ms) };
}

describe("progress", () => {
  it("shows on a terminal once the run has taken over a second, and clears its line at the end", () => {
    const { value, written, tick } = settings(true);
    const line = progress(value, false);
    line.step("early");
    expect(written).toEqual([]);
    tick(1500);
    line.step("rows written: 10 of 20");
    expect(written).toEqual(["\r\u001b[Krows written: 10 of 20 (1.5 s)"]);
    line.end();
    expect(written.at(-1)).toBe("\r\u001b[K");
  });

  it("shows a step known to be long at once", () => {
    const { value, written } = settings(true);
    progress(value, false).step("searching 50.0 MB of text…", true);
    expect(written).toHaveLength(1);
  });

  it("is silent on a pipe and with --json, however long the run", () => {
    for (const [tty, json] of [
      [false, false],
      [true, true],
    ] as const) {
      const { value, written, tick } = settings(tty);
      const line = progress(value, json);
      tick(60_000);
      line.step("anything", true);
      line.end();
      expect(written).toEqual([]);
    }
  });

  it("waits 1 s unless BIBLIOTEKOS_PROGRESS_AFTER_MS says otherwise", () => {
    expect(progressAfterMs(undefined)).toBe(1000);
    expect(progressAfterMs("0")).toBe(0);
    expect(progressAfterMs("soon")).toBe(1000);
    expect(progressAfterMs("-5")).toBe(1000);
  });
});

describe("lineLocator", () => {
  it("finds lines and columns in one forward pass, and restarts for an earlier offset", () => {
    const locate = lineLocator("ab\ncd\n\nef");
    expect([0, 2, 3, 6, 7, 8].map(locate)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
    expect(locate(4)).toEqual({ line: 2, column: 2 });
    expect(locate(4)).toEqual({ line: 2, column: 2 });
  });
});
