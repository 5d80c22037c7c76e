// A finding's figures as the `check` command prints them: each named and written in the output's
// language (Lithuanian labels and numbers in Lithuanian output, never the English keys).
import type { BudgetFindingFigures } from "../../budget/BudgetFinding";
import type { ReportFindingFigures } from "../../checks/ReportFinding";
import { getIndicator } from "../../indicators/catalogue";
import { TARGET_VERDICTS, type TargetVerdict } from "../../lexicon/targetVerdicts";
import { formatNumber } from "../../numbers/formatNumber";
import type { Lang } from "./style";

/** Every figure name a finding can have: the keys of each code's figures, the report's and the budget's. */
type FigureName =
  | { [Code in keyof ReportFindingFigures]: keyof ReportFindingFigures[Code] }[keyof ReportFindingFigures]
  | { [Code in keyof BudgetFindingFigures]: keyof BudgetFindingFigures[Code] }[keyof BudgetFindingFigures];

/** The figures' names in Lithuanian output (a figure name missing here does not compile). */
const LABELS_LT: Record<FigureName, string> = {
  expected: "turėtų būti",
  actual: "nurodyta",
  difference: "skirtumas",
  numerator: "skaitiklis",
  denominator: "vardiklis",
  parts: "dalys",
  written: "parašyta",
  value: "reikšmė",
  earlier: "ankstesnė reikšmė",
  later: "vėlesnė reikšmė",
  planned: "planuota",
  shortfall: "trūksta",
  status: "įvertinimas",
  offset: "vieta tekste",
  text: "tekstas",
  articles: "straipsniai",
  articlesWithoutFigure: "straipsniai be sumos",
  printed: "nurodytas įvykdymas",
  received: "gauta asignavimų",
  used: "panaudota",
  decimals: "skaitmenys po kablelio",
  converted: "eurais",
};

/** How a figure's value is written: a decimal number, a list of indicator ids, a target's status, or text as it is. */
const KINDS: Partial<Record<FigureName, "indicators" | "status" | "text">> = {
  parts: "indicators",
  status: "status",
  written: "text",
  text: "text",
  offset: "text",
};

/** A target's status (`met`, …) as the verdict the reports write (`pasiektas`, …). */
const STATUS_OUTCOMES: Readonly<Record<string, TargetVerdict["outcome"]>> = {
  met: "achieved",
  almost_met: "almost_achieved",
  not_met: "not_achieved",
};

function valueLt(name: string, value: string): string {
  switch (KINDS[name as FigureName]) {
    case "text":
      return value;
    case "indicators":
      return value
        .split(",")
        .map((id) => getIndicator(id)?.nameLt ?? id)
        .join(", ");
    case "status": {
      const outcome = STATUS_OUTCOMES[value];
      return TARGET_VERDICTS.find((v) => v.outcome === outcome)?.word ?? value;
    }
    default:
      return /^-?\d+(?:\.\d+)?$/.test(value) ? formatNumber(value) : value;
  }
}

/** A finding's figures on one line: `turėtų būti: 73 417 · nurodyta: 73 341 · …`, or in English `expected: 73417 · …`. */
export function figuresLine(figures: Readonly<Record<string, string>>, lang: Lang): string {
  return Object.entries(figures)
    .map(([name, value]) => (lang === "lt" ? `${LABELS_LT[name as FigureName] ?? name}: ${valueLt(name, value)}` : `${name}: ${value}`))
    .join(" · ");
}
