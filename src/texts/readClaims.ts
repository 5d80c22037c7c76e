import { isHorizontalSpace, isLineBreak, SPACES } from "../lexicon/characters";
import { type UnitId } from "../lexicon/units";
import { isAbbreviationEnd } from "./_lib/abbreviationEnds";
import { findQuantities } from "../numbers/findQuantities";
import type { Quantity } from "../numbers/parseQuantity";
import { checkText } from "./_lib/args";
import { endingPattern } from "./_lib/endings";
import { isSpaceAt, squeezeSpaces, trimSpaces } from "./_lib/spaces";
import type { TextSpan, UnreadSpan } from "./types";

/**
 * A numeric claim of a report's narrative: a quantity (`findQuantities`), where it stands, and the
 * clause it qualifies (`phrase`: the words around it up to a clause boundary). `counted` is the
 * noun a bare number counts, with the genitives before it (`36 Bibliotekos darbuotojai` →
 * `Bibliotekos darbuotojai`, `1911 užklausų` → `užklausų`); for a counted noun of the lexicon
 * (`noun` set, `14 670 lankytojų`, `87 nauji skaitytojai`) the words of the match after the
 * number (`lankytojų`, `nauji skaitytojai`); after a unit, the words that follow it in the clause
 * up to the next number (`fiz. vnt. dokumentų` → `dokumentų`); `null` if none.
 *
 * @example
 * ```ts
 * import { readClaims, type Claim } from "bibliotekos/texts";
 * const [claim]: Claim[] = readClaims("Renginiuose apsilankė 14 670 lankytojų.").claims;
 * [claim?.value, claim?.unit, claim?.noun, claim?.counted, claim?.phrase.text];
 * //=> ["14670", "persons", "lankytojas", "lankytojų", "Renginiuose apsilankė 14 670 lankytojų"]
 * ```
 */
export interface Claim extends Quantity, TextSpan {
  /** The clause around the quantity. */
  phrase: TextSpan;
  /** What it counts: the words after it in the clause, or `null`. */
  counted: string | null;
}

/**
 * What {@link readClaims} read.
 *
 * @example
 * ```ts
 * import { readClaims, type ClaimsRead } from "bibliotekos/texts";
 * const read: ClaimsRead = readClaims("");
 * read;
 * //=> { claims: [], unread: [] }
 * ```
 */
export interface ClaimsRead {
  /** The claims, in text order. */
  claims: Claim[];
  /** Numbers that are not claims: bare numbers with no word after them (table cells). */
  unread: UnreadSpan[];
}

const TAB = 0x09;

/** Characters that end a clause. */
function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // a line break, a tab, ; ( ) [ ] :, and an en or em dash between spaces
  if (isLineBreak(c) || c === TAB || c === 59 || c === 40 || c === 41 || c === 58 || c === 91 || c === 93) return true;
  if ((c === 0x2013 || c === 0x2014) && isHorizontalSpace(text.charCodeAt(i - 1)) && isHorizontalSpace(text.charCodeAt(i + 1))) return true;
  // a comma before a space (not a decimal comma)
  if (c === 44 && isHorizontalSpace(text.charCodeAt(i + 1))) return true;
  // a sentence end: ., ! or ? before a space and a capital letter or the end of a line
  if (c === 46 || c === 33 || c === 63) {
    let j = i + 1;
    while (j < text.length && isHorizontalSpace(text.charCodeAt(j))) j++;
    if (j === i + 1 && j < text.length && !isLineBreak(text.charCodeAt(j))) return false;
    if (j >= text.length || isLineBreak(text.charCodeAt(j))) return c !== 46 || !isAbbreviationEnd(text, i);
    const next = text[j] as string;
    return next.toUpperCase() === next && next.toLowerCase() !== next && (c !== 46 || !isAbbreviationEnd(text, i));
  }
  return false;
}

// The units whose abbreviation stands inside a clause (`73 341 fiz. vnt. dokumentų`, `77 proc.`).
// The spaces between a number and the words it counts: any within a line but the tab, which parts
// table cells (`Renginiai\t12\t15`).
const GAP = `[${SPACES.filter((s) => s.role === "horizontal" && s.code !== TAB)
  .map((s) => `\\u${s.code.toString(16).padStart(4, "0")}`)
  .join("")}]+`;
const WORD_AFTER = new RegExp(`^${GAP}(\\p{L}[\\p{L}\\-]*(?:${GAP}\\p{L}[\\p{L}\\-]*){0,3})`, "u");
const GAPS = new RegExp(GAP, "u");
// A genitive singular of the first two declensions (-o, -io, -os, -ios, -ės) before the counted
// noun (36 Bibliotekos darbuotojai, 45 skaitmeninio raštingumo mokymai); a genitive plural is the
// counted noun itself (1911 užklausų).
const MODIFIER = endingPattern((e) => e.case === "genitive" && e.number === "singular" && e.declensions.every((d) => d <= 2));

function countedNoun(words: readonly string[]): string {
  const out: string[] = [];
  for (const word of words) {
    out.push(word);
    if (!MODIFIER.test(word.toLowerCase())) break;
  }
  return out.join(" ");
}

/**
 * Reads the numeric claims of a report's narrative: every quantity `findQuantities` finds
 * (`73 341 fiz. vnt.`, `77 %`, `10499,35 Eur`, `48 darbuotojai`) and every bare number followed on its line by a
 * word, a count of a noun (`36 Bibliotekos darbuotojai`, `1911 užklausų`, `20 filialų`), each
 * with the clause it qualifies. A clause runs between boundaries: a line break, a tab, `;`,
 * `:`, `(`, `)`, a spaced dash (` – `), a comma before a space, or a sentence end (a period before
 * a capital, not after `fiz.`, `vnt.`, `proc.` or an initial). Dates, years, section numbers and
 * codes are not claims (`findQuantities` leaves them out). Bare numbers with no word after them
 * (table cells, a number before a line break) go to `unread` as `number_without_noun`.
 * Linear in the text.
 *
 * @param text - the report's text.
 * @returns {@link ClaimsRead}: the claims and the numbers left unread.
 * @throws {@link BibliotekosError} `invalid_argument` if `text` is not a string.
 *
 * @example
 * ```ts
 * import { readClaims } from "bibliotekos/texts";
 * const { claims } = readClaims("2023 metais kvalifikaciją kėlė 36 Bibliotekos darbuotojai (77 % visų darbuotojų).");
 * claims.map((c) => [c.text, c.counted, c.phrase.text]);
 * //=> [["36", "Bibliotekos darbuotojai", "2023 metais kvalifikaciją kėlė 36 Bibliotekos darbuotojai"], ["77 %", "visų darbuotojų", "77 % visų darbuotojų"]]
 * ```
 */
export function readClaims(text: string): ClaimsRead {
  checkText(text);
  const found = findQuantities(text, { bareNumbers: true });
  const claims: Claim[] = [];
  const unread: UnreadSpan[] = [];
  // Clause starts and ends are found by scanning from the last position reached: the quantities
  // come in text order, so each character is scanned a bounded number of times.
  let boundaryBefore = -1;
  let scanned = 0;
  let nextBoundary = -1;
  let clauseStartFor = -2;
  let clauseStart = 0;
  let clauseEndFor = -2;
  let clauseEnd = 0;
  for (const q of found) {
    for (; scanned < q.index; scanned++) if (isBoundary(text, scanned)) boundaryBefore = scanned;
    const after = text.slice(q.end, Math.min(text.length, q.end + 80));
    let counted: string | null = null;
    const word = WORD_AFTER.exec(after);
    if (q.unit === null) {
      if (word === null) {
        unread.push({ text: q.text, index: q.index, end: q.end, reason: "number_without_noun" });
        continue;
      }
      counted = countedNoun((word[1] as string).split(GAPS));
    }
    if (nextBoundary < q.end) {
      nextBoundary = q.end;
      while (nextBoundary < text.length && !isBoundary(text, nextBoundary)) nextBoundary++;
    }
    // The clause's first and last non-space characters are found once per clause, not once per
    // quantity (a long run of spaces before many quantities would otherwise be scanned again each time).
    if (clauseStartFor !== boundaryBefore) {
      clauseStartFor = boundaryBefore;
      clauseStart = boundaryBefore + 1;
      while (clauseStart < q.index && isSpaceAt(text, clauseStart)) clauseStart++;
    }
    const start = Math.min(clauseStart, q.index);
    if (clauseEndFor !== nextBoundary) {
      clauseEndFor = nextBoundary;
      clauseEnd = nextBoundary;
      while (clauseEnd > q.end && (text[clauseEnd - 1] === "." || isSpaceAt(text, clauseEnd - 1))) clauseEnd--;
    }
    const end = Math.max(clauseEnd, q.end);
    if (q.noun !== undefined) {
      // A counted noun (`14 670 lankytojų`, `87 nauji skaitytojai`): the words of the match after the number.
      let k = 0;
      while (k < q.text.length && !/\p{L}/u.test(q.text[k] as string)) k++;
      counted = trimSpaces(squeezeSpaces(q.text.slice(k)));
    } else if (q.unit !== null) {
      const digit = text.slice(q.end, end).search(/\d/);
      const rest = trimSpaces(squeezeSpaces(text.slice(q.end, digit === -1 ? end : q.end + digit)));
      counted = rest === "" ? null : rest;
    }
    const claim: Claim = {
      text: q.text,
      index: q.index,
      end: q.end,
      value: q.value,
      unit: q.unit,
      phrase: { text: text.slice(start, end), index: start, end },
      counted,
    };
    if (q.noun !== undefined) claim.noun = q.noun;
    if (q.signUnknown === true) claim.signUnknown = true;
    claims.push(claim);
  }
  return { claims, unread };
}
