// Strings of decimal digits: the point put back, trailing zeros dropped, one added, zeros padded.

/** Digits of |value| × 10^decimals with the point put back: `("4117", 2)` → `"41.17"` (at least decimals + 1 digits). */
export function pointed(digits: string, decimals: number): string {
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A plain decimal string without the trailing zeros of its fraction, nor a bare point: `"41.50"` → `"41.5"`. */
export function withoutTrailingZeros(value: string): string {
  if (value.indexOf(".") === -1) return value;
  let end = value.length;
  while (value.charCodeAt(end - 1) === 48) end--; // "0"
  return value.slice(0, value.charCodeAt(end - 1) === 46 ? end - 1 : end); // "."
}

/** Adds one to a string of decimal digits: `"199"` → `"200"`, `"99"` → `"100"`. */
export function incrementDigits(digits: string): string {
  let at = digits.length - 1;
  while (at >= 0 && digits.charCodeAt(at) === 57) at--; // "9"
  if (at < 0) return `1${"0".repeat(digits.length)}`;
  return digits.slice(0, at) + String.fromCharCode(digits.charCodeAt(at) + 1) + "0".repeat(digits.length - at - 1);
}

const ZEROS = ["", "0", "00", "000", "0000", "00000", "000000", "0000000", "00000000", "000000000"];

/** A non-negative integer's digits, zero-padded to `width` (at most 9 zeros are added). */
export function padded(value: number, width: number): string {
  const digits = String(value);
  return digits.length >= width ? digits : (ZEROS[width - digits.length] as string) + digits;
}
