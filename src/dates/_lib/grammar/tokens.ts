// Token access for the grammar: what stands at token i and whether it joins what came before.
// No written form of its own, but the one-token pieces every form is made of: markers with their
// period (`m.`, `d.`, `ketv.`), suffixes after a hyphen (`-aisiais`, `-ąją`), Roman numerals
// (`XX`, `II`), and whether a number is glued to a code (`08-001-04-01`) or stands free.
import { lookupFoldedDateWord, lookupFoldedSecondMeaning, type DateWord, type DateWordKind } from "../../../lexicon/dateWords";
import { romanNumeralValue } from "../../../lexicon/roman";
import { MAX_YEAR, MIN_YEAR } from "../calendar";
import type { Reader } from "../reader";
import { Kind, type Token } from "../tokenize";

/** Token i, on any line, or undefined past either end. */
export function tokenAt(reader: Reader, i: number): Token | undefined {
  return reader.tokens.at(i);
}

/** Token i, if it is on the line of token i-1 (or starts the expression). */
export function sameLine(reader: Reader, i: number): Token | undefined {
  const token = tokenAt(reader, i);
  return token === undefined || (token.breakBefore && i !== reader.firstToken) ? undefined : token;
}

/** Token i, if it follows token i-1 with no space between (`02` of `2022-02`). */
export function glued(reader: Reader, i: number): Token | undefined {
  const token = sameLine(reader, i);
  return token === undefined || token.spaceBefore ? undefined : token;
}

/**
 * Whether token i opens a parenthesis: `(` right before it on its line, with no space between.
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read (a life
 * span opening its parentheses before `;`):
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("A. Vienažindys (1841–1892; kunigas), vaikų (1000–1500, iš jų 300)").map((m) => m.text);
 * //=> ["1841–1892"]
 * ```
 */
export function opensParentheses(reader: Reader, i: number): boolean {
  const before = tokenAt(reader, i - 1);
  const first = tokenAt(reader, i) as Token;
  return before !== undefined && !first.breakBefore && !first.spaceBefore && reader.text[before.start] === "(";
}

/**
 * Whether tokens from…to-1 stand alone in parentheses on their line: `(1889–1951)`, `(vasaris – kovas)`.
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Koncertas (gegužė), festivalis (vasaris – kovas); poetas (1889–1951)", { ref: "2016" }).map((m) => [m.text, m.period.start]);
 * //=> [["gegužė", "2016-05"], ["vasaris – kovas", "2016-02"], ["1889–1951", "1889"]]
 * ```
 */
export function inParentheses(reader: Reader, from: number, to: number): boolean {
  const after = glued(reader, to);
  return after !== undefined && reader.text[after.start] === ")" && opensParentheses(reader, from);
}

/**
 * What a token means in a date (the lexicon's date words), looked up once per token: the grammar
 * asks the same token for several kinds as it tries one form after another (once per token,
 * findDates took about 3 % less time on the dates bench's 50 sentences).
 */
export function meaningOf(token: Token): DateWord | undefined {
  if (token.meaning === undefined) token.meaning = token.kind === Kind.WORD ? (lookupFoldedDateWord(token.word) ?? null) : null;
  return token.meaning ?? undefined;
}

/** What the word at token i means in a date (the lexicon's date words), on the same line. */
export function dateWord(reader: Reader, i: number): DateWord | undefined {
  const token = sameLine(reader, i);
  return token === undefined ? undefined : meaningOf(token);
}

/** A date word of `kind` at i, with its period if it is an abbreviation (`m.`): the index after it, or -1. */
export function marker(reader: Reader, i: number, kind: DateWordKind): number {
  const meaning = dateWord(reader, i);
  if (meaning === undefined || meaning.kind !== kind) return -1;
  if (!meaning.abbreviation) return i + 1;
  const dot = sameLine(reader, i + 1);
  // `Nuo 1927 m . veikė`: a space before the period (typed so), a space after it
  return dot?.kind === Kind.DOT && (!dot.spaceBefore || tokenAt(reader, i + 2)?.spaceBefore !== false) ? i + 2 : -1;
}

/** Whether the abbreviation of a date word of `kind` is at i, with or without its period (`m`, `d` typed without it). */
export function abbreviationAt(reader: Reader, i: number, kind: DateWordKind): boolean {
  const meaning = dateWord(reader, i);
  return meaning !== undefined && meaning.kind === kind && meaning.abbreviation;
}

/**
 * A suffix of `kind` written after a hyphen (`2022-aisiais`, `1-ąją`, or with spaces typed around
 * the hyphen: `liepos 6 -osios`, `Kovo 5 – osios`): the index after it, or -1.
 */
export function suffix(reader: Reader, i: number, kind: DateWordKind): number {
  if (sameLine(reader, i)?.kind !== Kind.DASH) return -1;
  const word = sameLine(reader, i + 1);
  // kovo 31- sios: a suffix whose letters are also another date word's (`šios`)
  if (word === undefined || (meaningOf(word)?.kind !== kind && lookupFoldedSecondMeaning(word.word)?.kind !== kind)) return -1;
  return i + 2;
}

/** The value of a Roman numeral at i, written in capitals (`XX`, `II`), or -1. */
export function romanValueAt(reader: Reader, i: number): number {
  const token = sameLine(reader, i);
  if (token === undefined || token.kind !== Kind.WORD) return -1;
  return romanNumeralValue(reader.text.slice(token.start, token.start + token.length));
}

/** Where token i starts in the text (its end, past the last token). */
export function offsetOf(reader: Reader, i: number): number {
  return tokenAt(reader, i)?.start ?? reader.text.length;
}

/** Whether a year is one the reader takes: any the calendar knows in a parse, the options' range in free text. */
export function yearInRange(reader: Reader, year: number): boolean {
  const { mode, minYear, maxYear } = reader.options;
  return mode === "parse" ? year >= MIN_YEAR && year <= MAX_YEAR : year >= minYear && year <= maxYear;
}

/** Whether number i is not glued to a neighbouring number, word or code (`e3K-3-361-611/2018`, `04-01` in `08-001-04-01`). */
export function freeStart(reader: Reader, i: number): boolean {
  const token = tokenAt(reader, i) as Token;
  const previous = tokenAt(reader, i - 1);
  if (previous === undefined) return true;
  // `Nr. 08-001-04- 01-01`: a code broken by a space is still a code.
  const beforePrevious = tokenAt(reader, i - 2);
  if ((previous.kind === Kind.DASH || previous.kind === Kind.SLASH) && !previous.spaceBefore && beforePrevious?.kind === Kind.NUM) {
    return false;
  }
  // After a space, or glued to punctuation only (`(2022`, `„2022`), or to a dash after a space
  // (`„Dekoracijos“ -12 d.`).
  if (
    token.spaceBefore ||
    previous.kind === Kind.OTHER ||
    (previous.kind === Kind.DASH && previous.spaceBefore && beforePrevious?.kind !== Kind.NUM)
  )
    return true;
  // A year with its marker glued to a word of prose (a site's link `redaguoti1595 m.`)
  if (previous.kind === Kind.WORD) return token.length === 4 && isProseWord(reader, previous) && markedYear(reader, i);
  // Glued to a word's period: after a one-letter abbreviation (`(g.1921-01-23)`, born on that
  // day), or a year after a sentence's end typed without its space (`apylinkės.1963 m.`,
  // `kambariai.1940–1944 metais`)
  if (previous.kind !== Kind.DOT || previous.spaceBefore || token.length !== 4 || beforePrevious?.kind !== Kind.WORD) return false;
  return beforePrevious.length === 1 || (isProseWord(reader, beforePrevious) && markedYear(reader, i));
}

/** Whether the year at token i has its marker after it, or after the year that ends its range (`1940–1944 metais`). */
function markedYear(reader: Reader, i: number): boolean {
  if (marker(reader, i + 1, "year") > 0) return true;
  const end = glued(reader, i + 2);
  return glued(reader, i + 1)?.kind === Kind.DASH && end?.kind === Kind.NUM && end.length === 4 && marker(reader, i + 3, "year") > 0;
}

/**
 * Whether the character `c` is a capital letter (`M`, `Ž`; not `m`, `1`, `.`): the grammar's one
 * capital check (a month's first name before a capitalised word, a century's word in title case,
 * a year glued to a name's initial).
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read (a
 * newspaper's name in title case is no century):
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Laikraštis XXI Amžius rašė, kad XXI amžiuje knygų daugės.", { ref: "2020" }).map((m) => m.text);
 * //=> ["XXI amžiuje"]
 * ```
 */
export function isCapital(c: string): boolean {
  return c !== c.toLowerCase();
}

/** Whether a word token is a word of prose, not an abbreviation: three letters or more, not all capitals (`apylinkės`, `Bužinskienė`; not `Nr`, `LT`). */
function isProseWord(reader: Reader, token: Token): boolean {
  const word = reader.text.slice(token.start, token.start + token.length);
  return token.length >= 3 && word !== word.toUpperCase();
}

/** Whether a numeric chunk ends before token i: not continued by `.5`, `/7` or digits. */
export function freeEnd(reader: Reader, i: number): boolean {
  const token = glued(reader, i);
  if (token === undefined) return true;
  if (token.kind === Kind.NUM || token.kind === Kind.WORD) return false;
  if (token.kind === Kind.DOT || token.kind === Kind.SLASH) return glued(reader, i + 1)?.kind !== Kind.NUM;
  return true;
}

/**
 * Whether a date's words end before token i: the line ends, or a closing mark follows (`)`, `,`,
 * `;`, a sentence's `.`), or a parenthesis opens (`Spalio 16⎯20 (prireikus)`). A month's day
 * without `d.` is a date only so closed; before a word it is not.
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Šventė (birželio 20). Pakviesti gegužės 9 svečiai.", { ref: "2020" }).map((m) => m.text);
 * //=> ["birželio 20"]
 * ```
 */
export function closesAt(reader: Reader, i: number): boolean {
  const token = sameLine(reader, i);
  if (token === undefined) return true;
  const c = reader.text[token.start];
  if (token.kind === Kind.DOT) return glued(reader, i + 1) === undefined;
  return token.kind === Kind.OTHER && (c === ")" || c === "," || c === ";" || c === "(");
}

/**
 * After one word in parentheses at token i (a weekday: `(pirmadienio)`, `(antradienį)`): the
 * token after it, else i. The range reader reads `iki` after it, the time reader the clock time.
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates read:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * const text = "Adoracija nuo rugsėjo 7 (pirmadienio) iki 15. Vakaras gruodžio 17 d. (antradienį) 18.00 val.";
 * findDates(text, { ref: "2020" }).map((m) => [m.text, m.period.end, m.time ?? null]);
 * //=> [["nuo rugsėjo 7 (pirmadienio) iki 15", "2020-09-15", null], ["gruodžio 17 d.", "2020-12-17", "18:00"]]
 * ```
 */
export function afterAside(reader: Reader, i: number): number {
  const open = sameLine(reader, i);
  if (open?.kind !== Kind.OTHER || reader.text[open.start] !== "(" || sameLine(reader, i + 1)?.kind !== Kind.WORD) return i;
  const close = sameLine(reader, i + 2);
  return close !== undefined && reader.text[close.start] === ")" ? i + 3 : i;
}

/** Whether token i starts its line, with at most a few bullets or dashes before it (`■ 1 d.`, `- 7 d.`). */
export function startsLine(reader: Reader, i: number): boolean {
  const { tokens } = reader;
  for (let j = i, steps = 0; steps < 4; steps++, j--) {
    if (j === 0 || tokens.breakBefore(j)) return true;
    const kind = tokens.kinds[j - 1];
    if (kind !== Kind.OTHER && kind !== Kind.DASH) return false;
  }
  return false;
}

/** After a part word at token i (`pradžioje`, `pr.`): the index after it and its period, if any. */
export function partEnd(reader: Reader, i: number): number {
  return Math.max(i + 1, marker(reader, i, "part"));
}

/**
 * Whether a file's extension is glued after token i-1 (`.pdf` of `ataskaita 2017 metų.pdf`): a
 * period, then two to four lower-case letters that end the word. A date in a file's name is no
 * date of the text; a sentence run on without a space starts with a capital (`2017 metų.Kitais`).
 *
 * @internal Grammar part, not in any entry of the package; what it makes findDates skip:
 * @example
 * ```ts
 * import { findDates } from "bibliotekos/dates";
 * findDates("Ataskaita: ataskaita 2017 metų.pdf; veikla 2017 metų.Kitais metais", { ref: "2018" }).map((m) => m.text);
 * //=> ["2017 metų", "Kitais metais"]
 * ```
 */
export function fileExtensionAt(reader: Reader, i: number): boolean {
  const extension = glued(reader, i + 1);
  if (glued(reader, i)?.kind !== Kind.DOT || extension?.kind !== Kind.WORD || extension.length < 2 || extension.length > 4) return false;
  const letters = reader.text.slice(extension.start, extension.start + extension.length);
  return letters === letters.toLowerCase() && glued(reader, i + 2)?.kind !== Kind.WORD;
}
