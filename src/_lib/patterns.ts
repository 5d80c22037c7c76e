/**
 * Patterns shared by modules that must not load decimal.js (models validates decimal strings
 * with them without doing arithmetic).
 */

/** A plain decimal string as stored in models: optional minus, digits, optional fraction. */
export const DECIMAL_STRING = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
