import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../src/lexicon/fold";
import { digitsAt, readToken } from "../../src/numbers/_lib/numberToken";
import { SKIP_RULES } from "../../src/numbers/_lib/skipRules";
import { findQuantities } from "../../src/numbers/index";

/** The name of the first rule that applies at each run of digits of a text. */
function rulesApplied(text: string): Array<string | undefined> {
  const folded = foldForSearch(text);
  const names: Array<string | undefined> = [];
  for (let p = 0; p < text.length; p++) {
    if (!/\d/.test(text[p] as string) || /\d/.test(text[p - 1] ?? "")) continue;
    const at = digitsAt(text, folded, p, false);
    names.push(SKIP_RULES.find((rule) => (rule.looksAt === "digits" ? rule.skip(at) : rule.skip(readToken(at))) >= 0)?.name);
  }
  return names;
}

describe("the skip rules of findQuantities", () => {
  it("have distinct names and examples", () => {
    expect(new Set(SKIP_RULES.map((r) => r.name)).size).toBe(SKIP_RULES.length);
    expect(new Set(SKIP_RULES.map((r) => r.example)).size).toBe(SKIP_RULES.length);
  });

  it("try the rules that see only the digits' place before those that read the token", () => {
    const kinds = SKIP_RULES.map((r) => r.looksAt);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === "digits" ? -1 : 1)));
  });

  it.each(SKIP_RULES.map((rule) => [rule.name, rule.example] as const))("%s: is the first rule to apply in %j", (name, example) => {
    expect(rulesApplied(example)).toContain(name);
  });

  it.each(SKIP_RULES.map((rule) => [rule.example] as const))("leave no quantity in %j", (example) => {
    expect(findQuantities(example, { bareNumbers: true })).toEqual([]);
  });
});
