// The rules that tell a quantity from a date, a code, a section number or an ordinal in running
// text (see the table in docs/numbers.md). Sticky regexes, each tried once per number: linear.
import { isDigit, isHorizontalSpace, isLetter } from "./chars";

export const DATE = /(?:19|20)\d\d([-./\u0020\u00a0\u202f\u2009])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/y;
export const YEAR_MONTH = /(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?![\d-])/y;
export const YEAR_RANGE = /(?:1[89]|20)\d\d\s?[-–—]\s?(?:1[89]|20)\d\d(?!\d)/y;
export const TIME = /\d{1,2}:\d{2}(?!\d)/y;
export const CLOCK = /(?:[01]?\d|2[0-4])\.[0-5]\d/y;
// "15 – 20 %", "nuo 5 iki 10 proc.": a spaced dash or "iki" between two numbers.
export const SPACED_RANGE = /[ \u00a0]+(?:[-–—][ \u00a0]*|iki[ \u00a0]+)(?=\d)/y;
export const CODE_PREFIX = /(?:^|[^\p{L}])(?:nr|tel|faks|mob)\.?:?$/u;
// After a number: years (m., metų, metais, …), days (d.), centuries (a.) make it part of a date.
export const YEAR_WORD = /(?:m\.?|metai|metu|metais|metus|metams|metuose)(?![\p{L}\d])/uy;
export const YEAR_LIST = /(?:,\s?|\s(?:ir|bei|arba)\s)(?:1[89]|20)\d\d\s(?:m\.?|metai|metu|metais|metus|metams|metuose)(?![\p{L}\d])/uy;
export const DAY_WORD = /d\.(?![\p{L}\d])/uy;
export const CENTURY_WORD = /a\.(?![\p{L}\d])/uy;

/**
 * A year before a year word (1800–2099: "2022 m.", not "100 metų" nor the shelf metres of
 * "2189 m"), a day (1–31) before "d.", a century (1–21) before "a.".
 */
export function isDateNumber(text: string, p: number, tokenEnd: number, folded: string, k: number): boolean {
  const digits = tokenEnd - p;
  for (let m = p; m < tokenEnd; m++) if (!isDigit(text.charCodeAt(m))) return false;
  if (digits === 4 && /^(?:1[89]|20)/.test(text.slice(p, p + 2))) {
    // "2023 m.", and the first of a list of years: "2018, 2019 metų", "2018 ir 2019 m.".
    if (sticky(YEAR_WORD, folded, k) >= 0 || sticky(YEAR_LIST, folded, tokenEnd) >= 0) return true;
  }
  const value = digits <= 2 ? Number(text.slice(p, tokenEnd)) : 0;
  if (value >= 1 && value <= 31 && sticky(DAY_WORD, folded, k) >= 0) return true;
  return value >= 1 && value <= 21 && sticky(CENTURY_WORD, folded, k) >= 0;
}

export function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

export function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** Skips a code-like run (letters, digits, -, /, ., and spaces followed by digits). */
export function skipCode(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || c === 0x2d || c === 0x2f || c === 0x2013) i++;
    else if ((c === 0x2e || isHorizontalSpace(c)) && isDigit(text.charCodeAt(i + 1))) i++;
    else break;
  }
  return i;
}

export function onlySpaceSinceLineStart(text: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return true;
    if (!isHorizontalSpace(c)) return false;
  }
  return true;
}
