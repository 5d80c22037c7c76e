// The unit after a number and its scale words, read for findQuantities: a unit word, a bare `m`
// of lengths, or a counted noun (docs/numbers.md), and whether what was read is no quantity at all
// (an hour of the clock and its minutes, a figure reference's `pav.`).
import type { UnitId } from "../../lexicon/units";
import type { QuantityMatch } from "../findQuantities";
import { countedAt, countsNot } from "./countedNoun";
import { matchUnit } from "./matchWord";
import type { Token } from "./numberToken";
import { isSentenceYear } from "./textRules";
import { bareMetresEnd, isClockHour, isClockMinutes, isFigureReference } from "./unitContext";
import { wordBefore } from "./words";

/** What the unit rules read of a scan: its text, its matches so far, and the last clock hour's end. */
export interface UnitScan {
  readonly text: string;
  readonly folded: string;
  readonly counted: boolean;
  readonly out: readonly QuantityMatch[];
  /** Where the last hour of the clock ends (`15 val.`), for its minutes (`15 val. 45 min.`). */
  clockEnd?: number;
}

/** The unit (or counted noun) after a number and its scale words, and where it ends. */
export interface UnitRead {
  unit: UnitId | null;
  noun?: string;
  start: number;
  end: number;
}

/** How near metres must stand before a bare `m` to make it metres too, in characters of the line. */
const LENGTH_GAP = 40;

/** The unit word, a bare `m` of lengths, or a counted noun (after at most one adjective) at `at`. */
export function unitAt(scan: UnitScan, token: Token, at: number, first?: Token): UnitRead | undefined {
  const { text, folded } = scan;
  const unit = matchUnit(folded, at);
  if (unit !== undefined) return { unit: unit.value, start: at, end: unit.end };
  const last = scan.out[scan.out.length - 1];
  const afterMetres =
    last !== undefined &&
    last.unit === "metres" &&
    token.index - last.end < LENGTH_GAP &&
    !text.slice(last.end, token.index).includes("\n");
  const metres = bareMetresEnd(text, folded, token, at, afterMetres);
  if (metres >= 0) return { unit: "metres", start: at, end: metres };
  const counted = countedAt(text, folded, at);
  if (counted?.unit !== undefined) return { unit: counted.unit.value, start: at, end: counted.end };
  if (counted?.noun === undefined || !scan.counted) return undefined;
  // After a scale word (`5 tūkst. vaikų`) the noun is the scale's: the rules of the number's own
  // digits are left out.
  const afterDigits = at === token.wordsStart;
  // `kalba. 2008 bibliotekininkės suskaitmenino …`: a year opens the sentence.
  if (afterDigits && isSentenceYear(text, folded, token.start, token.end)) return undefined;
  const digits = afterDigits ? text.slice(token.start, token.end) : "";
  if (countsNot(folded, digits, wordBefore(folded, (first ?? token).index), counted.noun, counted.end)) return undefined;
  return { unit: counted.noun.unit, noun: counted.noun.lemma, start: at, end: counted.end };
}

/** Whether the unit read is not a quantity's: an hour of the clock and its minutes, or a figure reference's `pav.`. */
export function notAQuantity(scan: UnitScan, tokens: Token[], unit: UnitRead): boolean {
  const { text, folded } = scan;
  if (unit.unit === "hours") {
    const clock = isClockHour(text, folded, tokens, unit.start, unit.end);
    if (clock) scan.clockEnd = unit.end;
    return clock;
  }
  // `iki 15 val. 45 min.`: the minutes of a time of day, right after its hour.
  if (unit.unit === "minutes") return scan.clockEnd !== undefined && isClockMinutes(text, tokens, scan.clockEnd);
  return unit.unit === "titles" && isFigureReference(text, folded, tokens[0] as Token, unit.start, unit.end);
}
