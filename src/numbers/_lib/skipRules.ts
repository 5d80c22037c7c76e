// The rules by which findQuantities leaves out a number that is part of something else (a
// date, a code, a section or list number, an ordinal), in the order they are tried. Each
// names the real text it exists for, from the tests and the seeds, never from the held-out
// sentences (the rules' own test checks that each applies to its example). Rules that look at the digits'
// place alone come first: a token is read only where none of them applies, which keeps the
// reader linear (a run like `a1,1,1,…` is skipped before its long token would be read).
import { isLineBreak, isMinusSign } from "../../lexicon/characters";
import { lookupMonth } from "../../lexicon/months";
import { NAMES_WITH_DIGITS } from "../../lexicon/quantityWords";
import { isDash, isDigit, isLetter, isNumberHorizontalSpace, isWordChar } from "./chars";
import { matchScale, matchUnit } from "./matchWord";
import { readToken, spacesAfter, spacesBefore, type DigitsAt, type Token } from "./numberToken";
import {
  CLOCK,
  CLOCK_HOURS,
  CODE_PREFIX,
  CODE_PREFIX_WINDOW,
  DATE,
  isDateNumber,
  isListedYear,
  skipCode,
  sticky,
  TIME,
  YEAR_MONTH,
  YEAR_RANGE,
} from "./textRules";

/** A rule's answer when it does not apply. */
const APPLIES_NOT = -1;

interface Rule {
  /** What the rule leaves out. */
  readonly name: string;
  /** The real text it exists for: no quantity is found in it. */
  readonly example: string;
}

/**
 * A rule of {@link SKIP_RULES}: `skip` returns where to go on reading when the rule applies
 * (past what it leaves out), or -1. A `digits` rule sees only where the digits stand; a `token`
 * rule also the token read there.
 */
export type SkipRule =
  (Rule & { readonly looksAt: "digits"; skip(at: DigitsAt): number }) | (Rule & { readonly looksAt: "token"; skip(token: Token): number });

/** Whether a unit or a scale word is written at `i` of the folded text. */
function unitOrScaleAt(folded: string, i: number): boolean {
  return matchUnit(folded, i) !== undefined || matchScale(folded, i) !== undefined;
}

/** Where a name of NAMES_WITH_DIGITS written at `start` ends (`15min nuotr.`, `15min.lt`), or -1. */
function nameWithDigitsEnd(folded: string, start: number): number {
  for (const name of NAMES_WITH_DIGITS) {
    if (!folded.startsWith(name, start)) continue;
    const end = start + name.length;
    const next = folded.charCodeAt(end);
    // `truko 15min.` ends a sentence with the unit's abbreviation; `15min.lt` goes on.
    const fullStop = next === 0x2e && !isWordChar(folded.charCodeAt(end + 1));
    if (!isWordChar(next) && !fullStop) return end;
  }
  return APPLIES_NOT;
}

/** The skip rules, in the order they are tried. */
export const SKIP_RULES: readonly SkipRule[] = [
  {
    name: "glued to a word, or the tail of a code",
    example: "COVID-19",
    looksAt: "digits",
    // After a letter, a dot or a comma ("A4", "v.2"), or after a dash or "/" glued to a word.
    skip: ({ text, start, prev, before, inRange }) =>
      isLetter(prev) || prev === 0x2e || prev === 0x2c || ((prev === 0x2f || (isMinusSign(prev) && !inRange)) && isWordChar(before))
        ? skipCode(text, start)
        : APPLIES_NOT,
  },
  {
    name: "a name written with digits",
    example: "Luko Balandžio / 15min nuotr.",
    looksAt: "digits",
    skip: ({ folded, start }) => nameWithDigitsEnd(folded, start),
  },
  {
    name: "a code or a phone number after its label",
    example: "Nr. 08-001-04-01 01",
    looksAt: "digits",
    skip: ({ text, folded, start, spacesStart: q }) =>
      CODE_PREFIX.test(folded.slice(Math.max(0, q - CODE_PREFIX_WINDOW), q)) ? skipCode(text, start) : APPLIES_NOT,
  },
  {
    name: "a date or a time written in digits, a race time's seconds too (1:51:56)",
    example: "Sutarties įvykdymo data 2024 12 31",
    looksAt: "digits",
    skip: ({ text, start }) => {
      let end = Math.max(sticky(DATE, text, start), sticky(YEAR_MONTH, text, start), sticky(TIME, text, start));
      while (end > 0 && text.charCodeAt(end) === 0x3a && isDigit(text.charCodeAt(end + 1))) {
        end++;
        while (isDigit(text.charCodeAt(end))) end++;
      }
      return end;
    },
  },
  {
    name: "a range of years with no unit after it",
    example: "2018–2024 metų",
    looksAt: "digits",
    // Not the year of a list of years and counts, whose count is a year's number (`1893 – 980,
    // 1923 – 2000 tomų`): the range reading leaves its year out.
    skip: ({ text, folded, start }) => {
      const yearsEnd = sticky(YEAR_RANGE, text, start);
      if (yearsEnd < 0 || unitOrScaleAt(folded, spacesAfter(text, yearsEnd))) return APPLIES_NOT;
      return isListedYear(text, folded, start, start + 4, yearsEnd - 4) ? APPLIES_NOT : yearsEnd;
    },
  },
  {
    name: "an ordinal or a compound: a dash and letters",
    example: "22-ojoje",
    looksAt: "token",
    skip: ({ text, end, next, afterNext }) => (isDash(next) && isLetter(afterNext) ? skipCode(text, end) : APPLIES_NOT),
  },
  {
    name: "a fraction, a ratio or a title's number: digits before / or :",
    example: "1/2",
    looksAt: "token",
    skip: ({ text, end, next }) => (next === 0x2f || next === 0x3a ? skipCode(text, end + 1) : APPLIES_NOT),
  },
  {
    name: "a code of numbers joined by dashes",
    // The 2023 report's programme code without its "Nr." (which the label rule catches first).
    example: "08-001-04-01 01",
    looksAt: "token",
    // A second dash or "/" after a number range ("978-9986-21") makes it a code, not a range.
    skip: ({ text, end, next, afterNext }) => {
      if (!isDash(next) || !isDigit(afterNext)) return APPLIES_NOT;
      let k = end + 1;
      while (k < text.length && (isDigit(text.charCodeAt(k)) || ((text[k] === "," || text[k] === ".") && isDigit(text.charCodeAt(k + 1)))))
        k++;
      const c = text.charCodeAt(k);
      return (isMinusSign(c) || c === 0x2f) && isDigit(text.charCodeAt(k + 1)) ? skipCode(text, k) : APPLIES_NOT;
    },
  },
  {
    name: "a clock time before the hours abbreviation",
    example: "prasidės 10.30 val.",
    looksAt: "token",
    skip: ({ text, folded, start, end }) =>
      sticky(CLOCK, text, start) === end && sticky(CLOCK_HOURS, folded, spacesAfter(text, end)) >= 0 ? end : APPLIES_NOT,
  },
  {
    name: "a list item's number at the start of a line or after : or ;",
    example: "tikslai: 1. Plėtoti",
    looksAt: "token",
    skip: ({ text, start, index, end, dotted, next, afterNext }) => {
      if (dotted || end - start > 2 || next !== 0x2e || !isNumberHorizontalSpace(afterNext)) return APPLIES_NOT;
      const k = spacesBefore(text, index);
      const lead = k > 0 ? text.charCodeAt(k - 1) : 0x0a;
      return isLineBreak(lead) || lead === 0x3a || lead === 0x3b ? end + 1 : APPLIES_NOT;
    },
  },
  {
    name: "glued letters that are not a unit",
    example: "10a klasės mokiniai",
    looksAt: "token",
    skip: ({ text, folded, end, next }) => (isLetter(next) && !unitOrScaleAt(folded, end) ? skipCode(text, end) : APPLIES_NOT),
  },
  {
    name: "a year, a day or a century before its date word",
    example: "2023 m. sausio 1 d.",
    looksAt: "token",
    skip: ({ text, folded, start, end, wordsStart }) => (isDateNumber(text, start, end, folded, wordsStart) ? end : APPLIES_NOT),
  },
  {
    name: "a day after a month name",
    example: "2022 m. gruodžio 31",
    looksAt: "token",
    skip: ({ text, index, end }) => {
      const w = spacesBefore(text, index);
      let ws = w;
      while (ws > 0 && isLetter(text.charCodeAt(ws - 1))) ws--;
      return ws < w && lookupMonth(text.slice(ws, w)) !== undefined ? end : APPLIES_NOT;
    },
  },
];

/**
 * Tries the skip rules in order at a run of digits: where to go on reading after the first that
 * applies, or, when none does, the token read there.
 */
export function applySkipRules(at: DigitsAt): number | Token {
  let token: Token | undefined;
  for (const rule of SKIP_RULES) {
    let resume: number;
    if (rule.looksAt === "digits") resume = rule.skip(at);
    else resume = rule.skip((token ??= readToken(at)));
    if (resume >= 0) return resume;
  }
  return token ?? readToken(at);
}
