import type { ErrorCode } from "../BibliotekosError";

// The one-line summaries of the error codes, one table per language (as zod keeps its locales),
// so that a bundle which only constructs errors (the BibliotekosError constructor falls back on
// the Lithuanian summary) does not carry the English ones.

/** The English summary of each code. */
export const SUMMARIES_EN: Readonly<Record<ErrorCode, string>> = {
  invalid_argument: "An argument has the wrong type or value",
  invalid_roman_numeral: "Not a Roman numeral from I to XXI",
  unknown_word: "The word is not in the lexicon",
  invalid_decimal: "Not a plain decimal number",
  invalid_date: "The date does not exist or is malformed",
  reversed_range: "The period ends before it starts",
  needs_reference: "The text needs a reference date to be read",
  invalid_number: "Not a well-formed number",
  ambiguous_number: "The number can be read two ways",
  unknown_unit: "The unit is not known",
  currency_mismatch: "Amounts in different currencies cannot be combined without conversion",
  invalid_model: "The record does not match its schema",
  file_too_large: "The file is larger than the limit",
  not_a_zip: "Not a zip archive, so not a Word .docx file",
  not_a_docx: "A zip archive, but not a Word document",
  damaged_docx: "The Word document is damaged",
  encrypted_docx: "The Word document is password-protected",
  legacy_doc: "An old Word 97–2003 .doc file, not a .docx",
  empty_document: "The document has no text",
  report_unreadable: "Whose report it is, or for which year, cannot be read from it",
};

/** The Lithuanian summary of each code: the constructor's `messageLt` when none is given. */
export const SUMMARIES_LT: Readonly<Record<ErrorCode, string>> = {
  invalid_argument: "Netinkamas argumento tipas ar reikšmė",
  invalid_roman_numeral: "Tai ne romėniškas skaičius nuo I iki XXI",
  unknown_word: "Žodžio nėra žodyne",
  invalid_decimal: "Tai ne dešimtainis skaičius",
  invalid_date: "Tokios datos nėra arba ji parašyta netaisyklingai",
  reversed_range: "Laikotarpis baigiasi anksčiau, nei prasideda",
  needs_reference: "Tekstui perskaityti reikia atskaitos datos",
  invalid_number: "Skaičius parašytas netaisyklingai",
  ambiguous_number: "Skaičių galima perskaityti dvejopai",
  unknown_unit: "Nežinomas matavimo vienetas",
  currency_mismatch: "Skirtingų valiutų sumų negalima sudėti jų neperskaičiavus",
  invalid_model: "Įrašas neatitinka schemos",
  file_too_large: "Failas didesnis už leidžiamą",
  not_a_zip: "Tai ne ZIP archyvas, todėl ne Word .docx failas",
  not_a_docx: "ZIP archyvas, bet ne Word dokumentas",
  damaged_docx: "Word dokumentas sugadintas",
  encrypted_docx: "Word dokumentas apsaugotas slaptažodžiu",
  legacy_doc: "Senas Word 97–2003 .doc failas, ne .docx",
  empty_document: "Dokumente nėra teksto",
  report_unreadable: "Iš ataskaitos nepavyko nustatyti, kieno ji ar už kuriuos metus",
};
