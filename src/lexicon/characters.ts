import { assertText } from "../_lib/arguments";

/**
 * The spaces and dashes of Lithuanian text as Word, web pages and `Intl` write them: one table
 * each for the whole library. Every reader asks these tables (through the predicates below, or
 * the character classes built from them) instead of typing its own list.
 */

/**
 * What a space separates: words within a line (`horizontal`) or lines (`line_break`).
 *
 * @example
 * ```ts
 * import { SPACES, type SpaceRole } from "bibliotekos/lexicon";
 * const role: SpaceRole | undefined = SPACES.find((s) => s.code === 0x2028)?.role;
 * role;
 * //=> "line_break"
 * ```
 */
export type SpaceRole = "horizontal" | "line_break";

/**
 * One space character of {@link SPACES}.
 *
 * @example
 * ```ts
 * import { SPACES, type SpaceCharacter } from "bibliotekos/lexicon";
 * const nbsp: SpaceCharacter | undefined = SPACES.find((s) => s.code === 0xa0);
 * nbsp?.groupsDigits;
 * //=> true
 * ```
 */
export interface SpaceCharacter {
  /** The UTF-16 code. */
  code: number;
  /** Its Unicode name. */
  name: string;
  /** `horizontal` (between words) or `line_break`. */
  role: SpaceRole;
  /** Whether numbers write it between digit groups (`73 341`, `1 234,5`: Intl's U+00A0 and U+202F). */
  groupsDigits: boolean;
  /** Whether it is invisible (zero width, left in text copied from the web or Word); the readers take it for a space all the same. */
  zeroWidth: boolean;
}

/**
 * The space characters the readers know: every character JavaScript's `\s` matches, plus the
 * zero-width space that web pages and Word leave in copied text.
 *
 * @example
 * ```ts
 * import { SPACES } from "bibliotekos/lexicon";
 * SPACES.filter((s) => s.groupsDigits).map((s) => s.code.toString(16));
 * //=> ["20", "a0", "2007", "2009", "202f"]
 * ```
 */
export const SPACES: readonly SpaceCharacter[] = [
  { code: 0x09, name: "CHARACTER TABULATION", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x0a, name: "LINE FEED", role: "line_break", groupsDigits: false, zeroWidth: false },
  { code: 0x0b, name: "LINE TABULATION", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x0c, name: "FORM FEED", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x0d, name: "CARRIAGE RETURN", role: "line_break", groupsDigits: false, zeroWidth: false },
  { code: 0x20, name: "SPACE", role: "horizontal", groupsDigits: true, zeroWidth: false },
  { code: 0xa0, name: "NO-BREAK SPACE", role: "horizontal", groupsDigits: true, zeroWidth: false },
  { code: 0x1680, name: "OGHAM SPACE MARK", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2000, name: "EN QUAD", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2001, name: "EM QUAD", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2002, name: "EN SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2003, name: "EM SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2004, name: "THREE-PER-EM SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2005, name: "FOUR-PER-EM SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2006, name: "SIX-PER-EM SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2007, name: "FIGURE SPACE", role: "horizontal", groupsDigits: true, zeroWidth: false },
  { code: 0x2008, name: "PUNCTUATION SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x2009, name: "THIN SPACE", role: "horizontal", groupsDigits: true, zeroWidth: false },
  { code: 0x200a, name: "HAIR SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x200b, name: "ZERO WIDTH SPACE", role: "horizontal", groupsDigits: false, zeroWidth: true },
  { code: 0x2028, name: "LINE SEPARATOR", role: "line_break", groupsDigits: false, zeroWidth: false },
  { code: 0x2029, name: "PARAGRAPH SEPARATOR", role: "line_break", groupsDigits: false, zeroWidth: false },
  { code: 0x202f, name: "NARROW NO-BREAK SPACE", role: "horizontal", groupsDigits: true, zeroWidth: false },
  { code: 0x205f, name: "MEDIUM MATHEMATICAL SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0x3000, name: "IDEOGRAPHIC SPACE", role: "horizontal", groupsDigits: false, zeroWidth: false },
  { code: 0xfeff, name: "ZERO WIDTH NO-BREAK SPACE", role: "horizontal", groupsDigits: false, zeroWidth: true },
];

/**
 * One dash character of {@link DASHES}.
 *
 * @example
 * ```ts
 * import { DASHES, type DashCharacter } from "bibliotekos/lexicon";
 * const minus: DashCharacter | undefined = DASHES.find((d) => d.code === 0x2212);
 * minus?.minus;
 * //=> true
 * ```
 */
export interface DashCharacter {
  /** The UTF-16 code. */
  code: number;
  /** Its Unicode name. */
  name: string;
  /** Whether it joins the two ends of a range (`2021–2027`, `10–19 val.`). */
  range: boolean;
  /** Whether it stands for a minus sign before a number (`−2,0`, Word's `–2,0`). */
  minus: boolean;
  /**
   * Whether prose writes it as the dash of punctuation (Lithuanian *brūkšnys*: `gauta – 5900,00
   * eurų`), or it looks like that dash: glued to a number after a word it is punctuation, not a
   * minus (`planas –57000,00 eurų`). Not the hyphen (*brūkšnelis*) nor the minus sign.
   */
  punctuation: boolean;
}

/**
 * The dashes and minus signs the readers know. A range is joined by any of the dashes; a minus
 * is the hyphen-minus, U+2212 (Intl writes it), the en and figure dashes (word processors turn
 * `-` into them) and U+02D7 (the seed report's tables). The en and em dashes are also the dash of
 * punctuation, and so are the figure dash, which looks like the en dash, the horizontal bar, and
 * U+23AF (a municipal page's timetable joins its days with it: `Rugsėjo 18⎯22 d.`).
 *
 * @example
 * ```ts
 * import { DASHES } from "bibliotekos/lexicon";
 * DASHES.filter((d) => d.minus && !d.range).map((d) => d.name);
 * //=> ["MODIFIER LETTER MINUS SIGN"]
 * ```
 */
export const DASHES: readonly DashCharacter[] = [
  { code: 0x2d, name: "HYPHEN-MINUS", range: true, minus: true, punctuation: false },
  { code: 0x02d7, name: "MODIFIER LETTER MINUS SIGN", range: false, minus: true, punctuation: false },
  { code: 0x2010, name: "HYPHEN", range: true, minus: false, punctuation: false },
  { code: 0x2011, name: "NON-BREAKING HYPHEN", range: true, minus: false, punctuation: false },
  { code: 0x2012, name: "FIGURE DASH", range: true, minus: true, punctuation: true },
  { code: 0x2013, name: "EN DASH", range: true, minus: true, punctuation: true },
  { code: 0x2014, name: "EM DASH", range: true, minus: false, punctuation: true },
  { code: 0x2015, name: "HORIZONTAL BAR", range: true, minus: false, punctuation: true },
  { code: 0x2212, name: "MINUS SIGN", range: true, minus: true, punctuation: false },
  { code: 0x23af, name: "HORIZONTAL LINE EXTENSION", range: true, minus: false, punctuation: true },
  { code: 0xfe63, name: "SMALL HYPHEN-MINUS", range: true, minus: false, punctuation: false },
  { code: 0xff0d, name: "FULLWIDTH HYPHEN-MINUS", range: true, minus: false, punctuation: false },
];

// One look-up table by code (64 KiB, made once), a bit for each role: one array read per
// character in the readers' loops.
const HORIZONTAL = 1;
const BREAK = 2;
const GROUP = 4;
const RANGE = 8;
const MINUS = 16;
const PUNCTUATION = 32;
const ROLES = new Uint8Array(0x10000);
for (const s of SPACES) ROLES[s.code] = (s.role === "horizontal" ? HORIZONTAL : BREAK) | (s.groupsDigits ? GROUP : 0);
for (const d of DASHES) ROLES[d.code] = (d.range ? RANGE : 0) | (d.minus ? MINUS : 0) | (d.punctuation ? PUNCTUATION : 0);

// Anything but a number is no code of any role (and never a key of the table: not "1", not an object).
const has = (code: number, role: number): boolean => typeof code === "number" && ((ROLES[code] ?? 0) & role) !== 0;

/**
 * Whether a UTF-16 code is a space within a line (a {@link SPACES} entry that is not a line break).
 *
 * @example
 * ```ts
 * import { isHorizontalSpace } from "bibliotekos/lexicon";
 * [isHorizontalSpace(0x20), isHorizontalSpace(0xa0), isHorizontalSpace(0x0a), isHorizontalSpace(0x41)];
 * //=> [true, true, false, false]
 * ```
 */
export function isHorizontalSpace(code: number): boolean {
  return has(code, HORIZONTAL);
}

/**
 * Whether a UTF-16 code is a line break of {@link SPACES}.
 *
 * @example
 * ```ts
 * import { isLineBreak } from "bibliotekos/lexicon";
 * [isLineBreak(0x0a), isLineBreak(0x2029), isLineBreak(0x20)];
 * //=> [true, true, false]
 * ```
 */
export function isLineBreak(code: number): boolean {
  return has(code, BREAK);
}

/**
 * Whether a UTF-16 code is any space of {@link SPACES}, line breaks included.
 *
 * @example
 * ```ts
 * import { isSpaceCharacter } from "bibliotekos/lexicon";
 * [isSpaceCharacter(0x0a), isSpaceCharacter(0x202f), isSpaceCharacter(0x2d)];
 * //=> [true, true, false]
 * ```
 */
export function isSpaceCharacter(code: number): boolean {
  return has(code, HORIZONTAL | BREAK);
}

/**
 * Whether a UTF-16 code is a space that numbers write between digit groups (`73 341`).
 *
 * @example
 * ```ts
 * import { isDigitGroupSeparator } from "bibliotekos/lexicon";
 * [isDigitGroupSeparator(0x202f), isDigitGroupSeparator(0x09)];
 * //=> [true, false]
 * ```
 */
export function isDigitGroupSeparator(code: number): boolean {
  return has(code, GROUP);
}

/**
 * Whether a UTF-16 code is a dash that joins a range (`2021–2027`): a {@link DASHES} entry with `range`.
 *
 * @example
 * ```ts
 * import { isRangeDash } from "bibliotekos/lexicon";
 * [isRangeDash(0x2013), isRangeDash(0x2d), isRangeDash(0x02d7)];
 * //=> [true, true, false]
 * ```
 */
export function isRangeDash(code: number): boolean {
  return has(code, RANGE);
}

/**
 * Whether a UTF-16 code stands for a minus sign before a number: a {@link DASHES} entry with `minus`.
 *
 * @example
 * ```ts
 * import { isMinusSign } from "bibliotekos/lexicon";
 * [isMinusSign(0x2212), isMinusSign(0x2013), isMinusSign(0x2014)];
 * //=> [true, true, false]
 * ```
 */
export function isMinusSign(code: number): boolean {
  return has(code, MINUS);
}

/**
 * Whether a UTF-16 code is a dash of punctuation between words (`gauta – 5900,00 eurų`): a
 * {@link DASHES} entry with `punctuation`. A reader takes one glued to a number after a word
 * (`planas –57000,00 eurų`) for punctuation, not a minus.
 *
 * @example
 * ```ts
 * import { isPunctuationDash } from "bibliotekos/lexicon";
 * [isPunctuationDash(0x2013), isPunctuationDash(0x2014), isPunctuationDash(0x2d), isPunctuationDash(0x2212)];
 * //=> [true, true, false, false]
 * ```
 */
export function isPunctuationDash(code: number): boolean {
  return has(code, PUNCTUATION);
}

function characterClass(codes: readonly number[]): string {
  return `[${codes.map((code) => `\\u${code.toString(16).padStart(4, "0")}`).join("")}]`;
}

/**
 * Regular-expression character classes built from the tables, for the readers that match with
 * a pattern: `horizontalSpace` (any space within a line), `space` (line breaks too),
 * `digitGroupSeparator`, `rangeDash`, `minusSign`. Each is one class (`[…]`), so `+` after it
 * cannot backtrack against itself.
 *
 * @example
 * ```ts
 * import { CHARACTER_CLASSES } from "bibliotekos/lexicon";
 * new RegExp(`^\\d+${CHARACTER_CLASSES.rangeDash}\\d+$`).test("2021–2027");
 * //=> true
 * ```
 */
export const CHARACTER_CLASSES: Readonly<Record<"horizontalSpace" | "space" | "digitGroupSeparator" | "rangeDash" | "minusSign", string>> =
  {
    horizontalSpace: characterClass(SPACES.filter((s) => s.role === "horizontal").map((s) => s.code)),
    space: characterClass(SPACES.map((s) => s.code)),
    digitGroupSeparator: characterClass(SPACES.filter((s) => s.groupsDigits).map((s) => s.code)),
    rangeDash: characterClass(DASHES.filter((d) => d.range).map((d) => d.code)),
    minusSign: characterClass(DASHES.filter((d) => d.minus).map((d) => d.code)),
  };

const SPACE_RUN = new RegExp(`${CHARACTER_CLASSES.space}+`, "g");

/**
 * The text with every run of {@link SPACES} (line breaks included) written as one `" "`: how
 * names, unit words and headings are compared whatever spaces a document used.
 *
 * @example
 * ```ts
 * import { squeezeSpaces } from "bibliotekos/lexicon";
 * squeezeSpaces("fiz.\u00a0\u00a0vnt.\n(2023)");
 * //=> "fiz. vnt. (2023)"
 * ```
 */
export function squeezeSpaces(text: string): string {
  assertText(text);
  return text.replace(SPACE_RUN, " ");
}

/**
 * The text without the {@link SPACES} at its ends (`String.prototype.trim` leaves U+200B, which
 * web pages and Word leave in copied text).
 *
 * @example
 * ```ts
 * import { trimSpaces } from "bibliotekos/lexicon";
 * trimSpaces("\u200b Iš viso\u00a0");
 * //=> "Iš viso"
 * ```
 */
export function trimSpaces(text: string): string {
  assertText(text);
  let a = 0;
  let b = text.length;
  while (a < b && isSpaceCharacter(text.charCodeAt(a))) a++;
  while (b > a && isSpaceCharacter(text.charCodeAt(b - 1))) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

// The closing quotation marks of Lithuanian text as pages write them: “ (U+201C, the closing mark
// after „), ” (U+201D) and " as typed, » (U+00BB), and the ' of a ,,…'' pair typed with commas.
const CLOSING_QUOTES = "\u201c\u201d\u0022\u00bb'";

/**
 * Whether a character closes a quotation (`“` after `„`, `”`, `"`, `»`, `'`): the end of a quoted
 * title (`„Lietuva 1918–1940“`).
 *
 * @internal
 */
export function isClosingQuote(ch: string): boolean {
  return ch.length === 1 && CLOSING_QUOTES.includes(ch);
}

// The opening quotation marks as pages write them: „ (U+201E), “ (U+201C, as English text opens),
// « (U+00AB) and " as typed.
const OPENING_QUOTES = "\u201e\u201c\u00ab\u0022";

/**
 * Whether a character opens a quotation (`„`, `“`, `«`, `"`): the start of a quoted name
 * (`portalu „15 min.“`).
 *
 * @internal
 */
export function isOpeningQuote(ch: string): boolean {
  return ch.length === 1 && OPENING_QUOTES.includes(ch);
}
