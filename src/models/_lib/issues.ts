import type * as z from "zod";
import { lt } from "zod/locales";
import { BibliotekosError, type ErrorIssue } from "../../errors/BibliotekosError";
import { ERROR_CODE_SUMMARIES } from "../../errors/ErrorCodeSummary";

type RawIssue = z.core.$ZodIssue & { input?: unknown; params?: Record<string, unknown> };

let ltLocale: ((issue: never) => unknown) | undefined;

function zodLt(issue: RawIssue): string | undefined {
  ltLocale ??= lt().localeError as (issue: never) => unknown;
  const message = ltLocale(issue as never);
  if (typeof message === "string") return message;
  if (message !== null && typeof message === "object" && typeof (message as { message?: unknown }).message === "string") {
    return (message as { message: string }).message;
  }
  return undefined;
}

const TYPE_LT: Readonly<Record<string, string>> = {
  string: "tekstas",
  number: "skaičius",
  int: "sveikasis skaičius",
  boolean: "loginė reikšmė (true arba false)",
  object: "objektas",
  array: "masyvas",
  null: "null",
  undefined: "nieko",
  bigint: "didelis sveikasis skaičius",
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return "NaN";
  return typeof value;
}

function quoted(values: readonly unknown[]): string {
  return values.map((value) => (typeof value === "string" ? `„${value}“` : String(value))).join(", ");
}

let pluralRules: Intl.PluralRules | undefined;

function plural(n: number, one: string, few: string, many: string): string {
  pluralRules ??= new Intl.PluralRules("lt");
  const category = pluralRules.select(n);
  return category === "one" ? one : category === "few" ? few : many;
}

/**
 * A bound not kept (`too_small`, `too_big`): at least or at most so many items or characters, or a
 * number's bound. zod's own Lithuanian message for a number too big ends in "undefined".
 */
function boundMessages(issue: RawIssue & { code: "too_small" | "too_big" }): { en: string; lt: string } {
  const big = issue.code === "too_big";
  const raw = issue.code === "too_big" ? issue.maximum : issue.minimum;
  const bound = Number(raw);
  if (issue.origin === "array" || issue.origin === "string") {
    const array = issue.origin === "array";
    if (!big && !array && bound === 1) return { en: "Must not be empty", lt: "Negali būti tuščias" };
    const en = array ? (bound === 1 ? "item" : "items") : bound === 1 ? "character" : "characters";
    const lt = array ? plural(bound, "elementas", "elementai", "elementų") : plural(bound, "simbolis", "simboliai", "simbolių");
    return {
      en: `Expected ${big ? "at most" : "at least"} ${bound} ${en}`,
      lt: `Turi būti ${big ? "ne daugiau kaip" : "bent"} ${bound} ${lt}`,
    };
  }
  const [en, lt] = big
    ? issue.inclusive
      ? ["≤", "ne didesnis kaip"]
      : ["<", "mažesnis kaip"]
    : issue.inclusive
      ? ["≥", "ne mažesnis kaip"]
      : [">", "didesnis kaip"];
  return { en: `Expected a number ${en} ${String(raw)}`, lt: `Skaičius turi būti ${lt} ${String(raw)}` };
}

/** Our wording for the issues a record meets most; zod's `lt` locale for the rest. */
function messages(issue: RawIssue): { en: string; lt: string } {
  const params = issue.params;
  if (issue.code === "custom" && params !== undefined && typeof params.messageLt === "string") {
    return { en: issue.message, lt: params.messageLt };
  }
  switch (issue.code) {
    case "invalid_type": {
      const expected = String(issue.expected);
      if (issue.input === undefined) {
        return { en: `Required: expected ${expected}`, lt: `Privalomas laukas: tikėtasi, kad bus ${TYPE_LT[expected] ?? expected}` };
      }
      const received = typeOf(issue.input);
      if (expected === "int" && received === "number") {
        return {
          en: `Expected an integer, received ${String(issue.input)}`,
          lt: `Turi būti sveikasis skaičius, o yra ${String(issue.input)}`,
        };
      }
      return {
        en: `Expected ${expected}, received ${received}`,
        lt: `Tikėtasi, kad bus ${TYPE_LT[expected] ?? expected}, o yra ${TYPE_LT[received] ?? received}`,
      };
    }
    case "invalid_value":
      return {
        en: `Expected one of ${quoted(issue.values)}`,
        lt: `Leistinos reikšmės: ${quoted(issue.values)}`,
      };
    case "unrecognized_keys":
      return {
        en: `Unknown ${issue.keys.length === 1 ? "field" : "fields"}: ${quoted(issue.keys)}`,
        lt: `${plural(issue.keys.length, "Nežinomas laukas", "Nežinomi laukai", "Nežinomų laukų")}: ${quoted(issue.keys)}`,
      };
    case "too_small":
    case "too_big":
      return boundMessages(issue);
    default:
      return { en: issue.message, lt: zodLt(issue) ?? ERROR_CODE_SUMMARIES.invalid_model.lt };
  }
}

/** zod's issues as ours: path, code, and both messages. Union issues are flattened to their closest branch's issues. */
export function toErrorIssues(issues: readonly RawIssue[]): ErrorIssue[] {
  return issues.map((issue) => {
    const { en, lt: messageLt } = messages(issue);
    const rule = issue.code === "custom" && typeof issue.params?.rule === "string" ? issue.params.rule : issue.code;
    return { path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)), code: rule, message: en, messageLt };
  });
}

/** The value at a path of the input, read as zod reads it, or `undefined` where the path leads nowhere. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function where(path: ReadonlyArray<string | number>): string {
  return path.length === 0 ? "(record)" : path.join(".");
}

/** Runs a schema; on failure throws one `invalid_model` error carrying every issue. */
export function parseModel<T>(schema: z.ZodType<T>, input: unknown, model: string): T {
  // No parse options: valid records keep zod's fast path. The value at each issue's path, which
  // the messages need ("received a number", "required"), is read back from the input.
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const raw = (result.error.issues as RawIssue[]).map((issue) => ({ ...issue, input: valueAt(input, issue.path) }) as RawIssue);
  const issues = toErrorIssues(raw);
  const n = issues.length;
  const shown = issues.slice(0, 3);
  const more = n > 3 ? "; …" : "";
  const en = `${model}: ${n} ${n === 1 ? "problem" : "problems"}: ${shown.map((i) => `${where(i.path)}: ${i.message}`).join("; ")}${more}`;
  const ltText = `${model}: ${n} ${plural(n, "klaida", "klaidos", "klaidų")}: ${shown.map((i) => `${where(i.path)}: ${i.messageLt}`).join("; ")}${more}`;
  const first = issues[0];
  throw new BibliotekosError({
    code: "invalid_model",
    message: en,
    messageLt: ltText,
    input,
    ...(first === undefined ? {} : { path: first.path }),
    issues,
  });
}
