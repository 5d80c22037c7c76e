// Character classes of Lithuanian numbers, by char code (no regexes: the readers are linear).

/** Separators of digit groups: space, no-break space, narrow no-break space, thin space, figure space. */
export function isGroupSeparator(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007;
}

/** Horizontal space (a group separator or a tab): what may stand between a number and its unit. */
export function isHorizontalSpace(code: number): boolean {
  return isGroupSeparator(code) || code === 0x09;
}

/** Any whitespace, line breaks included. */
export function isSpace(code: number): boolean {
  return isHorizontalSpace(code) || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x2028 || code === 0x2029;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Minus signs: hyphen-minus, U+2212 minus (Intl writes it), U+2013 en dash and U+2012 figure
 * dash (word processors turn `-` into them), U+02D7 modifier minus (the seed report's tables).
 */
export function isMinusSign(code: number): boolean {
  return code === 0x2d || code === 0x2212 || code === 0x2013 || code === 0x2012 || code === 0x02d7;
}

/** A letter of any script (cheap check for ASCII, Unicode property otherwise). */
export function isLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCharCode(code));
}

const LETTER = /^\p{L}$/u;

/** The middle dot that stands where a converter lost a minus or plus sign (`· 2,0 %`). */
export const LOST_SIGN = 0xb7;
