/**
 * Compares two plain decimal strings (`DECIMAL_STRING`) exactly, without decimal.js, which the
 * models module must not load. Returns -1, 0 or 1.
 */
export function compareDecimals(a: string, b: string): number {
  const negA = a.startsWith("-");
  const negB = b.startsWith("-");
  const absA = negA ? a.slice(1) : a;
  const absB = negB ? b.slice(1) : b;
  const zeroA = /^[0.]+$/.test(absA);
  const zeroB = /^[0.]+$/.test(absB);
  const signA = zeroA ? 0 : negA ? -1 : 1;
  const signB = zeroB ? 0 : negB ? -1 : 1;
  if (signA !== signB) return signA < signB ? -1 : 1;
  if (signA === 0) return 0;
  const magnitude = compareAbsolute(absA, absB);
  return signA === 1 ? magnitude : -magnitude;
}

function compareAbsolute(a: string, b: string): number {
  const [intA = "", fracA = ""] = a.split(".");
  const [intB = "", fracB = ""] = b.split(".");
  if (intA.length !== intB.length) return intA.length < intB.length ? -1 : 1;
  if (intA !== intB) return intA < intB ? -1 : 1;
  const width = Math.max(fracA.length, fracB.length);
  const fa = fracA.padEnd(width, "0");
  const fb = fracB.padEnd(width, "0");
  if (fa === fb) return 0;
  return fa < fb ? -1 : 1;
}
