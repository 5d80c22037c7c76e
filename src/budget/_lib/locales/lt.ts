import type { MessageTable } from "../../../_lib/messages";
import { formatNumber } from "../../../numbers/formatNumber";
import type { BudgetFindingFigures } from "../../BudgetFinding";
import type { AmountField } from "../figures";
import { atMoneyPrecision } from "../precision";
import { lineName, type BudgetSubject } from "../subject";

/** The figures' names in Lithuanian messages, as the reports' budget tables head them. */
const FIGURES: Record<AmountField, string> = {
  planned: "planas",
  received: "gauta asignavimų",
  collected: "gauta pajamų",
  used: "panaudota",
  carriedOver: "likutis",
};

/** The line a message is about: `savivaldybės biudžeto lėšos / 2.1.1 (2023 m.)`. */
const where = (subject: BudgetSubject) => `${lineName(subject, "lt")} (${subject.year} m.)`;
/** An amount at money precision, as Lithuanian text writes it: `769 595,00` (the unit after it). */
const amount = (value: string) => formatNumber(atMoneyPrecision(value));
/**
 * A figure in euros, `2,90 Eur`; of a line checked in litas, the litas first: `10,01 Lt = 2,90 Eur`,
 * and a difference in litas alone (`0,01 Lt`, whose euros may read 0,00).
 */
const money = (subject: BudgetSubject, name: string, inEuros: string) => {
  const litas = subject.litas?.[name];
  if (litas === undefined) return `${amount(inEuros)} Eur`;
  return name === "difference" ? `${amount(litas)} Lt` : `${amount(litas)} Lt = ${amount(inEuros)} Eur`;
};

/** The Lithuanian messages of the budget findings, by code; amounts as Lithuanian text writes them (`5 200,00`). */
export const lt: MessageTable<BudgetFindingFigures, BudgetSubject> = {
  articles_do_not_add_up: ({ expected, actual, difference, articles, articlesWithoutFigure }, subject) =>
    `${where(subject)}: straipsnių ${FIGURES[subject.figure]} suma ${money(subject, "expected", expected)} nesutampa su nurodyta visa suma ${money(subject, "actual", actual)} (skirtumas ${money(subject, "difference", difference)})` +
    (articlesWithoutFigure === "0" ? "" : `; ${articlesWithoutFigure} iš ${articles} straipsnių ši suma nenurodyta`) +
    ".",
  balance_mismatch: ({ expected, actual }, subject) =>
    `${where(subject)}: nurodytas likutis ${money(subject, "actual", actual)}, bet gauta asignavimų − panaudota = ${money(subject, "expected", expected)}.`,
  execution_mismatch: ({ expected, actual, numerator, denominator }, subject) =>
    `${where(subject)}: nurodytas įvykdymas ${formatNumber(actual)} %, bet panaudota / ${FIGURES[subject.figure]} × 100 = ${amount(numerator)} / ${amount(denominator)} × 100 = ${formatNumber(expected)} %.`,
  execution_unverifiable: ({ printed }, subject) =>
    `${where(subject)}: nurodytas įvykdymas ${formatNumber(printed)} %, bet panaudota suma neparašyta, todėl jo patikrinti negalima.`,
  used_exceeds_received: ({ received, used, difference }, subject) =>
    `${where(subject)}: panaudota ${money(subject, "used", used)}, ${money(subject, "difference", difference)} daugiau nei gauta asignavimų (${money(subject, "received", received)}).`,
  too_many_decimals: ({ actual, decimals }, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} parašyta su ${decimals} skaitmenimis po kablelio (${formatNumber(actual)}); sumose jų būna ne daugiau kaip du (centai).`,
  plan_without_outcome: ({ planned }, subject) =>
    `${where(subject)}: numatytas planas ${amount(planned)} Eur, bet nenurodyta nei gauta asignavimų, nei panaudota; nurodykite (0,00, jei nieko).`,
  litas_after_euro: (_figures, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} nurodyta litais, nors nuo 2015-01-01 valiuta – euras.`,
};
