import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The real documents the project is built from, copied from the seeds into test/fixtures/seeds. */
export const SEEDS = {
  chronicle2022: "chronicle-2022-panevezys.txt",
  report2023: "annual-report-2023-ignalina.txt",
  projectNotice: "project-notice-marijampole.txt",
  sponsors: "sponsors-2009-2011.txt",
  statutes: "statutes-regional-libraries-association.txt",
} as const;

/** Reads a seed text. */
export function readSeed(name: keyof typeof SEEDS): string {
  return readFileSync(join(__dirname, "..", "fixtures", "seeds", SEEDS[name]), "utf8");
}

/** Reads a fixture file under test/fixtures. */
export function readFixture(path: string): string {
  return readFileSync(join(__dirname, "..", "fixtures", path), "utf8");
}

/** Deep-freezes a value, so that a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
