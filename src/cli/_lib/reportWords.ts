// The words `read` and `check` print about a report read from a Word file or its text, in both
// languages of the command line: the summary's labels, why a part was left unread, where a part
// is in the document, and what is wrong with a file.
import type { ReportUnreadReason } from "../../texts/readReport";
import type { Lang } from "./style";

/** The words of one language. */
export interface ReportWords {
  institution: string;
  year: string;
  period: string;
  observations: string;
  budgetLines: string;
  targets: string;
  narrative: string;
  unread: string;
  /** The line after the first unread parts, when there are more. */
  more: (count: number) => string;
  /** The note `check` prints after its findings when parts of the report were not read. */
  unreadNote: (count: number, file: string) => string;
  reasons: Record<ReportUnreadReason, string>;
  /** Where a part is: a Word file's paragraph or table (numbered from 1), a text's line. */
  paragraph: string;
  table: string;
  row: string;
  column: string;
  line: string;
  /** An unread part's text, quoted. */
  quote: (text: string) => string;
  /** The messages of a file that cannot be read as a report. */
  emptyText: string;
  isJson: string;
  tooLarge: (size: string, limit: string) => string;
  tooLong: (characters: number, limit: number) => string;
  /** Said after `readReport`'s message when it cannot tell whose report it is or its year. */
  optionsHint: string;
  badInstitution: (value: string) => string;
  badYear: (value: string) => string;
}

/** The words, by language. */
export const REPORT_WORDS: Record<Lang, ReportWords> = {
  lt: {
    institution: "Įstaiga",
    year: "Metai",
    period: "Laikotarpis",
    observations: "Rodiklių reikšmės",
    budgetLines: "Biudžeto eilutės",
    targets: "Tikslai",
    narrative: "Aprašymo skyriai",
    unread: "Neperskaityta",
    more: (count) => `… ir dar ${count} (visos: --json)`,
    unreadNote: (count, file) => `Neperskaityta ataskaitos dalių: ${count} (jas parodo bibliotekos read ${file}).`,
    reasons: {
      no_indicator: "antraštės nenurodo jokio katalogo rodiklio",
      ambiguous_header: "antraštė vienodai tinka keliems rodikliams",
      headers_disagree: "eilutės ir stulpelio antraštės nurodo skirtingus rodiklius",
      no_such_indicator: "tokio rodiklio kataloge nėra",
      no_unit: "eilutės pavadinimas nenurodo padalinio",
      cell_not_a_number: "langelyje yra skaitmenų, bet tai ne vienas skaičius",
      percent_change: "pokytis procentais nuo ankstesnių metų (modelyje tokio skaičiaus nėra)",
      difference_periods_unknown: "skirtumo stulpelis lentelėje, kurioje ne lygiai dveji metai",
      conflicting_value: "tas pats skaičius dar kartą perskaitytas su kita reikšme (paliekama pirmoji)",
      table_without_figures: "lentelėje nėra skaičių, kuriuos būtų galima priskirti rodikliams",
      budget_paragraph_not_read: "finansavimo šaltinio pastraipa su sumomis, bet be žinomo žodžio prieš sumą",
      budget_other_year: "biudžeto skyriaus suma skliaustuose yra kitų metų",
      budget_row_not_read: "biudžeto lentelės eilutė nenurodo nei finansavimo šaltinio, nei (po šaltiniu) straipsnio",
      target_without_plan: "numatyto tikslo planuotos reikšmės nepavyko perskaityti",
    },
    paragraph: "pastraipa",
    table: "lentelė",
    row: "eilutė",
    column: "stulpelis",
    line: "teksto eilutė",
    quote: (text) => `„${text}“`,
    emptyText: "tuščias failas: jame nėra teksto",
    isJson: "tai JSON, ne Word dokumentas ir ne jo tekstas (AnnualReport JSON tikrina bibliotekos check)",
    tooLarge: (size, limit) => `${size}, daugiau nei leidžiama ataskaitai (${limit}); failas neskaitytas`,
    tooLong: (characters, limit) =>
      `ataskaitos tekstas turi ${characters} simbolių, daugiau nei leidžiama (${limit}); ataskaita neskaityta`,
    optionsHint: "nurodykite --institution <id> ir (ar) --year <metai>",
    badInstitution: (value) => `--institution turi būti įstaigos identifikatorius (raidės, skaitmenys, _ - .), ne ${value}`,
    badYear: (value) => `--year turi būti metai, pvz., 2023, ne ${value}`,
  },
  en: {
    institution: "Institution",
    year: "Year",
    period: "Period",
    observations: "Observations",
    budgetLines: "Budget lines",
    targets: "Targets",
    narrative: "Narrative sections",
    unread: "Not read",
    more: (count) => `… and ${count} more (all of them: --json)`,
    unreadNote: (count, file) => `Parts of the report not read: ${count} (bibliotekos read ${file} lists them).`,
    reasons: {
      no_indicator: "the headers name no indicator of the catalogue",
      ambiguous_header: "the headers fit several indicators equally",
      headers_disagree: "the row and the column name different indicators",
      no_such_indicator: "the catalogue has no such indicator",
      no_unit: "the row label names no reporting unit",
      cell_not_a_number: "a cell with digits that is not one number",
      percent_change: "a change in percent of the earlier year (not a figure of the model)",
      difference_periods_unknown: "a difference column in a table without exactly two years",
      conflicting_value: "a figure read again with another value (the first is kept)",
      table_without_figures: "a table with no figures that map to indicators",
      budget_paragraph_not_read: "a funding source's paragraph with amounts and no field word the reader knows",
      budget_other_year: "an amount of the budget chapter, in parentheses, of another year",
      budget_row_not_read: "a budget table's row that names neither a funding source nor, under one, an article",
      target_without_plan: "a numbered target whose planned value could not be read",
    },
    paragraph: "paragraph",
    table: "table",
    row: "row",
    column: "column",
    line: "line",
    quote: (text) => `"${text}"`,
    emptyText: "an empty file: it has no text",
    isJson: "JSON, not a Word document or its text (an AnnualReport as JSON is checked with bibliotekos check)",
    tooLarge: (size, limit) => `${size}, over the limit for a report (${limit}); not read`,
    tooLong: (characters, limit) => `the report's text has ${characters} characters, over the limit of ${limit}; not read`,
    optionsHint: "give --institution <id> and/or --year <yyyy>",
    badInstitution: (value) => `--institution must be an institution's id (letters, digits, _ - .), not ${value}`,
    badYear: (value) => `--year must be a year such as 2023, not ${value}`,
  },
};
