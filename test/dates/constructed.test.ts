// The constructed cases of test/fixtures/dates/constructed.json, grouped by form, each form
// with its traps: what parseDate reads, what it refuses and where, what findDates finds.
import { describe, expect, it } from "vitest";
import { findDates, parseDate, safeParseDate, type DatePeriod } from "../../src/dates/index";
import { deepFreeze, readFixture } from "../_lib/seeds";

interface ParseCase {
  text: string;
  ref?: string;
  period?: DatePeriod;
  error?: string;
  offset?: number;
}
interface FindCase {
  text: string;
  ref?: string;
  matches: Array<[string, string | null, string | null]>;
}
interface Form {
  form: string;
  parse: ParseCase[];
  find: FindCase[];
}

const { forms } = deepFreeze(JSON.parse(readFixture("dates/constructed.json")) as { forms: Form[] });

describe.each(forms.map((f) => [f.form, f] as const))("%s", (_name, form) => {
  const reads = form.parse.filter((c) => c.period !== undefined);
  const refuses = form.parse.filter((c) => c.error !== undefined);
  if (reads.length > 0) {
    it.each(reads.map((c) => [c.text, c.ref ?? "-", c] as const))("parseDate reads %j (ref %s)", (_t, _r, c) => {
      expect(parseDate(c.text, c.ref === undefined ? undefined : { ref: c.ref })).toEqual(c.period);
    });
  }
  if (refuses.length > 0) {
    it.each(refuses.map((c) => [c.text, c.error, c] as const))("parseDate refuses %j with %s", (_t, _e, c) => {
      const result = safeParseDate(c.text, c.ref === undefined ? undefined : { ref: c.ref });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.code).toBe(c.error);
      if (c.offset !== undefined) expect(result.error.offset).toBe(c.offset);
    });
  }
  if (form.find.length > 0) {
    it.each(form.find.map((c) => [c.text, c.ref ?? "-", c] as const))("findDates in %j (ref %s) finds what the table says", (_t, _r, c) => {
      const found = findDates(c.text, c.ref === undefined ? undefined : { ref: c.ref });
      expect(found.map((m) => [m.text, m.period.start, m.period.end])).toEqual(c.matches);
      for (const m of found) expect(c.text.slice(m.index, m.end)).toBe(m.text);
    });
  }
});

describe("the constructed collection", () => {
  it("holds at least 200 cases, and every form has traps or errors", () => {
    const total = forms.reduce((n, f) => n + f.parse.length + f.find.length, 0);
    expect(total).toBeGreaterThanOrEqual(200);
    for (const f of forms) {
      const traps = f.parse.filter((c) => c.error !== undefined).length + f.find.filter((c) => c.matches.length === 0).length;
      expect(traps, f.form).toBeGreaterThan(0);
    }
  });
});

describe("findDates on the whole collection at once", () => {
  it("finds in one long text (lines joined) what it finds in each line alone", () => {
    const byRef = new Map<string | undefined, string[]>();
    for (const f of forms) for (const c of f.find) byRef.set(c.ref, [...(byRef.get(c.ref) ?? []), c.text]);
    for (const [ref, texts] of byRef) {
      const options = ref === undefined ? undefined : { ref };
      const long = `${texts.join("\n")}\n${" ".repeat(5000)}`;
      const expected: Array<[number, string]> = [];
      let offset = 0;
      for (const text of texts) {
        for (const m of findDates(text, options)) expected.push([m.index + offset, m.text]);
        offset += text.length + 1;
      }
      expect(findDates(long, options).map((m) => [m.index, m.text])).toEqual(expected);
    }
  });
});
