/**
 * Lithuanian words as data: month names in every case and their abbreviations, diacritic and
 * case folding, Roman numerals, unit and scale words. No runtime dependencies.
 *
 * @module lexicon
 */
export { foldDiacritics, foldForSearch, foldText } from "./fold";
export { lookupMonth, monthName, MONTH_SPELLINGS, MONTHS, type GrammaticalCase, type Month, type MonthWord } from "./months";
export { formatRomanNumeral, MAX_ROMAN_NUMERAL, parseRomanNumeral, safeParseRomanNumeral } from "./roman";
export { lookupScaleWord, lookupUnit, SCALE_WORDS, UNITS, type ScaleWord, type Unit, type UnitId } from "./units";
export { COUNTED_NOUN_GAP, COUNTED_NOUNS, lookupCountedNoun, type CountedNoun } from "./countedNouns";
export { FIGURE_WORDS, HOUR_WORDS, LENGTH_STEMS, NAMES_WITH_DIGITS } from "./quantityWords";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
export { DATE_WORDS, lookupDateWord, type DateWord, type DateWordKind } from "./dateWords";
export { CHRONICLE_WORDS, ENTRY_RULES, type EntryKind, type EntryRule } from "./entryRules";
export {
  CHARACTER_CLASSES,
  DASHES,
  isDigitGroupSeparator,
  isHorizontalSpace,
  isLineBreak,
  isMinusSign,
  isPunctuationDash,
  isRangeDash,
  isSpaceCharacter,
  SPACES,
  squeezeSpaces,
  trimSpaces,
  type DashCharacter,
  type SpaceCharacter,
  type SpaceRole,
} from "./characters";
export { CONNECTORS, isConnector, type Connector } from "./connectors";
export { COMPARISON_WORDS, findComparisonWord, type ComparisonWord } from "./comparisons";
export { TARGET_VERDICTS, type TargetVerdict } from "./targetVerdicts";
export { ABBREVIATIONS, type Abbreviation } from "./abbreviations";
export { CASE_ENDINGS, type CaseEnding } from "./caseEndings";
export { AGREEMENT_WORDS, HEADING_WORDS } from "./textWords";
export { CODE_LABELS, type CodeLabel } from "./codeLabels";
export { HEADING_STYLE_WORDS } from "./wordStyles";
export { LIBRARY_NAME_HEADS, type LibraryNameHead } from "./libraryNames";
export { REPORT_BUDGET_WORDS, REPORT_FRAME_WORDS, REPORT_TABLE_WORDS, REPORT_TARGET_WORDS } from "./reportWords";
