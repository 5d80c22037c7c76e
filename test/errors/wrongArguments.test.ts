// Every public function of every entry, called with arguments of the wrong type, throws only a
// BibliotekosError (issue #17: about 30 threw TypeError, and a BigInt crashed the builder of an
// error's message). Values of the right type but wrong content are the other tests' business;
// here any result, or a BibliotekosError, passes, and any other exception fails.
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isBibliotekosError } from "../../src/errors/index";
import { modules } from "../../tsup.config";

/** Every value of a wrong type a caller may pass: each JS type, and the awkward ones of each. */
const wrongValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(undefined, null, true, false, 0, -0, 1, -1, 1.5, 1e21, NaN, Infinity, -Infinity, 2 ** 53),
    fc.integer(),
    fc.double(),
    fc.bigInt(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "toString", "__proto__", "constructor", "1.5", "-0", "EUR", "LTL", "2023", "2.1.1"),
    fc.constant(Symbol("wrong")),
    fc.constant(() => 1),
    fc.constant(new Date(0)),
    fc.constant(Object.create(null) as unknown),
    fc.constant(new Map([["a", 1]])),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom("amount", "currency", "year", "start", "end", "id", "value", "decimals", "rule"), tie("value"), {
      maxKeys: 3,
    }),
  ),
})).value;

const root = join(__dirname, "..", "..");

type Entry = { name: string; functions: Array<[string, (...args: unknown[]) => unknown]> };

async function entries(): Promise<Entry[]> {
  const names = ["index", ...modules.map((name) => `${name}/index`)];
  return Promise.all(
    names.map(async (name) => {
      const module = (await import(/* @vite-ignore */ join(root, "src", `${name}.ts`))) as Record<string, unknown>;
      const functions = Object.entries(module).filter(
        (entry): entry is [string, (...args: unknown[]) => unknown] => typeof entry[1] === "function" && !/^[A-Z]/.test(entry[0]),
      );
      return { name, functions };
    }),
  );
}

/** What a call did: returned (or resolved), threw a BibliotekosError, or threw something else. */
async function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): Promise<string> {
  try {
    const result = fn(...args);
    if (result instanceof Promise) await result;
    return "ok";
  } catch (error) {
    if (isBibliotekosError(error)) return "ok";
    return `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}`;
  }
}

describe("every public function, called with arguments of the wrong type", () => {
  it("throws only BibliotekosError", async () => {
    const all = await entries();
    const failures = new Map<string, string>();
    for (const { name, functions } of all) {
      for (const [fnName, fn] of functions) {
        await fc.assert(
          fc.asyncProperty(fc.array(wrongValue, { maxLength: 3 }), async (args) => {
            const result = await outcome(fn, args);
            if (result !== "ok" && !failures.has(`${name}: ${fnName}`)) failures.set(`${name}: ${fnName}`, result);
          }),
          { numRuns: 150, seed: 17 },
        );
      }
    }
    expect([...failures].map(([where, what]) => `${where} → ${what}`)).toEqual([]);
  }, 120_000);
});
