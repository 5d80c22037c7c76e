/**
 * bibliotekos: an exact, typed core for Lithuanian public-library administration.
 *
 * The root re-exports every module; import a subpath (`bibliotekos/lexicon`, …) to load only
 * what you use.
 *
 * @module bibliotekos
 */
export * from "./errors/index";
export * from "./lexicon/index";
export * from "./dates/index";
export * from "./money/index";
export * from "./numbers/index";
export * from "./reference/index";
export * from "./models/index";
export * from "./budget/index";
export * from "./indicators/index";
export * from "./checks/index";
export * from "./texts/index";
