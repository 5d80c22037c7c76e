// What Word's symbol fonts show, as Unicode. Word stores a `w:sym` (and a bullet's `w:lvlText`)
// of the Symbol and Wingdings fonts as a private-use code point U+F0xx, xx the font's own code.

/** The Symbol font's codes that differ from ASCII, 0x20–0xFE (Adobe's Symbol encoding, Windows). */
// prettier-ignore
const SYMBOL: Readonly<Record<number, string>> = {
  0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2a: "∗", 0x2d: "−", 0x40: "≅",
  0x41: "Α", 0x42: "Β", 0x43: "Χ", 0x44: "Δ", 0x45: "Ε", 0x46: "Φ", 0x47: "Γ", 0x48: "Η", 0x49: "Ι",
  0x4a: "ϑ", 0x4b: "Κ", 0x4c: "Λ", 0x4d: "Μ", 0x4e: "Ν", 0x4f: "Ο", 0x50: "Π", 0x51: "Θ", 0x52: "Ρ",
  0x53: "Σ", 0x54: "Τ", 0x55: "Υ", 0x56: "ς", 0x57: "Ω", 0x58: "Ξ", 0x59: "Ψ", 0x5a: "Ζ", 0x5c: "∴",
  0x5e: "⊥", 0x61: "α", 0x62: "β", 0x63: "χ", 0x64: "δ", 0x65: "ε", 0x66: "φ", 0x67: "γ", 0x68: "η",
  0x69: "ι", 0x6a: "ϕ", 0x6b: "κ", 0x6c: "λ", 0x6d: "μ", 0x6e: "ν", 0x6f: "ο", 0x70: "π", 0x71: "θ",
  0x72: "ρ", 0x73: "σ", 0x74: "τ", 0x75: "υ", 0x76: "ϖ", 0x77: "ω", 0x78: "ξ", 0x79: "ψ", 0x7a: "ζ",
  0x7e: "∼", 0xa0: "€", 0xa1: "ϒ", 0xa2: "′", 0xa3: "≤", 0xa4: "⁄", 0xa5: "∞", 0xa6: "ƒ", 0xa7: "♣",
  0xa8: "♦", 0xa9: "♥", 0xaa: "♠", 0xab: "↔", 0xac: "←", 0xad: "↑", 0xae: "→", 0xaf: "↓", 0xb0: "°",
  0xb1: "±", 0xb2: "″", 0xb3: "≥", 0xb4: "×", 0xb5: "∝", 0xb6: "∂", 0xb7: "•", 0xb8: "÷", 0xb9: "≠",
  0xba: "≡", 0xbb: "≈", 0xbc: "…", 0xbf: "↵", 0xc0: "ℵ", 0xc1: "ℑ", 0xc2: "ℜ", 0xc3: "℘", 0xc4: "⊗",
  0xc5: "⊕", 0xc6: "∅", 0xc7: "∩", 0xc8: "∪", 0xc9: "⊃", 0xca: "⊇", 0xcb: "⊄", 0xcc: "⊂", 0xcd: "⊆",
  0xce: "∈", 0xcf: "∉", 0xd0: "∠", 0xd1: "∇", 0xd2: "®", 0xd3: "©", 0xd4: "™", 0xd5: "∏", 0xd6: "√",
  0xd7: "⋅", 0xd8: "¬", 0xd9: "∧", 0xda: "∨", 0xdb: "⇔", 0xdc: "⇐", 0xdd: "⇑", 0xde: "⇒", 0xdf: "⇓",
  0xe0: "◊", 0xe1: "〈", 0xe2: "®", 0xe3: "©", 0xe4: "™", 0xe5: "∑", 0xf1: "〉", 0xf2: "∫",
};

/** The Wingdings codes Word's bullets and check marks use. */
// prettier-ignore
const WINGDINGS: Readonly<Record<number, string>> = {
  0x6c: "●", 0x6e: "■", 0x6f: "□", 0x71: "❑", 0x75: "◆", 0x76: "❖", 0x9f: "•", 0xa1: "○", 0xa7: "▪",
  0xa8: "◻", 0xd8: "➢", 0xe8: "➔", 0xfb: "✘", 0xfc: "✔", 0xfd: "☒", 0xfe: "☑",
};

const isCodePoint = (code: number): boolean => Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);

/**
 * The character a symbol shows: `char` is the hexadecimal code of `w:sym`, `font` its font.
 * Symbol's and Wingdings' codes become the Unicode character they draw; other fonts' codes are
 * Unicode already (a private-use one of another symbol font is kept as it is).
 */
export function symbolText(font: string | undefined, char: string | undefined): string {
  const code = char === undefined ? Number.NaN : Number.parseInt(char, 16);
  if (!isCodePoint(code)) return "";
  const own = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  const name = (font ?? "").toLowerCase();
  if (name === "symbol" && own < 0x100) return SYMBOL[own] ?? (own >= 0x20 && own < 0x7f ? String.fromCharCode(own) : "");
  if (name.startsWith("wingdings") && own < 0x100) return WINGDINGS[own] ?? String.fromCodePoint(code);
  return String.fromCodePoint(code);
}

/** A bullet's text with the symbol fonts' private-use characters shown as what they draw. */
export function bulletText(font: string | undefined, text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    out += code >= 0xf000 && code <= 0xf0ff ? symbolText(font ?? "symbol", code.toString(16)) || "•" : char;
  }
  return out;
}
