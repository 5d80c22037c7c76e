/** Writes a decimal string Lithuanian style for messages: `"774795.00"` → `"774 795,00"`. */
export function ltAmount(value: string): string {
  const negative = value.startsWith("-");
  const [integer = "", fraction] = (negative ? value.slice(1) : value).split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${negative ? "−" : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}
