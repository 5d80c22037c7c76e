// Amounts at money precision: a sum or a difference of amounts is written with two decimals (the cent).

/**
 * `amount` (a plain decimal string) at money precision: two decimals at least (`"5200"` →
 * `"5200.00"`), and no zeros past the cent (`"769595.000"`, a sum that inherits three decimals
 * from one mistyped amount, → `"769595.00"`). Digits past the cent that are not zeros are kept
 * (`"0.005"`): a figure is never rounded away here.
 */
export function atMoneyPrecision(amount: string): string {
  const dot = amount.indexOf(".");
  if (dot === -1) return `${amount}.00`;
  const decimals = amount.length - dot - 1;
  if (decimals < 2) return amount + "0".repeat(2 - decimals);
  let end = amount.length;
  while (end > dot + 3 && amount.charCodeAt(end - 1) === 48) end--; // "0"
  return amount.slice(0, end);
}
