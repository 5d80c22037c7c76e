// Matching unit and scale words in free text at a position, longest spelling first, on text
// folded by foldForSearch (same length, so offsets stay valid). Built from the lexicon's tables.
import { foldText } from "../../lexicon/fold";
import { SCALE_WORDS, UNITS, type UnitId } from "../../lexicon/units";
import { squeezeSpaces } from "../../lexicon/characters";
import { isNumberHorizontalSpace, isSuperscriptDigit, isWordChar } from "./chars";

interface Form<T> {
  /** Folded spelling; a space matches one or more horizontal spaces. */
  key: string;
  value: T;
}

function variants(form: string): string[] {
  const key = squeezeSpaces(foldText(form));
  const out = new Set([key, key.replace(/\. /g, ".")]);
  if (key.endsWith(".")) {
    out.add(key.slice(0, -1));
    out.add(key.replace(/\. /g, ".").slice(0, -1));
  }
  return [...out].filter((k) => k.length > 0);
}

function buildTable<T>(entries: ReadonlyArray<{ forms: readonly string[] }>, valueOf: (entry: never) => T): Map<string, Array<Form<T>>> {
  const table = new Map<string, Array<Form<T>>>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      for (const key of variants(form)) {
        const first = key[0] as string;
        const list = table.get(first) ?? [];
        if (!list.some((f) => f.key === key)) list.push({ key, value: valueOf(entry as never) });
        table.set(first, list);
      }
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.key.length - a.key.length);
  return table;
}

const UNIT_TABLE = buildTable<UnitId>(UNITS, (u: { id: UnitId }) => u.id);
const SCALE_TABLE = buildTable<number>(SCALE_WORDS, (s: { exponent: number }) => s.exponent);

/** Where `key` ends if it matches folded text at `i`, or -1. */
function matchAt(folded: string, i: number, key: string): number {
  let j = i;
  for (let k = 0; k < key.length; k++) {
    const kc = key.charCodeAt(k);
    if (kc === 0x20) {
      if (!isNumberHorizontalSpace(folded.charCodeAt(j))) return -1;
      while (isNumberHorizontalSpace(folded.charCodeAt(j))) j++;
    } else {
      if (folded.charCodeAt(j) !== kc) return -1;
      j++;
    }
  }
  // A word must end where the spelling ends ("euro" is not the start of "Europos"), and no power
  // follows it ("km²" is an area, not kilometres; "m²" is its own spelling, longest first).
  const next = folded.charCodeAt(j);
  if (isWordChar(key.charCodeAt(key.length - 1)) && j < folded.length && (isWordChar(next) || isSuperscriptDigit(next))) return -1;
  return j;
}

function match<T>(table: Map<string, Array<Form<T>>>, folded: string, i: number): { value: T; end: number } | undefined {
  const list = table.get(folded[i] ?? "");
  if (list === undefined) return undefined;
  for (const form of list) {
    const end = matchAt(folded, i, form.key);
    if (end >= 0) return { value: form.value, end };
  }
  return undefined;
}

/** The unit written at `i` of the folded text, longest spelling first. */
export function matchUnit(folded: string, i: number): { value: UnitId; end: number } | undefined {
  return match(UNIT_TABLE, folded, i);
}

/** The scale word written at `i` of the folded text. */
export function matchScale(folded: string, i: number): { value: number; end: number } | undefined {
  return match(SCALE_TABLE, folded, i);
}
