import type { MessageTable } from "../../../_lib/messages";
import type { BudgetFindingFigures } from "../../BudgetFinding";
import type { AmountField } from "../figures";
import { atMoneyPrecision } from "../precision";
import { lineName, type BudgetSubject } from "../subject";

/** The figures' names in English messages. */
const FIGURES: Record<AmountField, string> = {
  planned: "planned",
  received: "received",
  collected: "collected",
  used: "used",
  carriedOver: "balance",
};

/** The line a message is about: `municipal budget / 2.1.1 (2023)`. */
const where = (subject: BudgetSubject) => `${lineName(subject, "en")} (${subject.year})`;
/** An amount in euros at money precision: `769595.00 EUR`. */
const eur = (amount: string) => `${atMoneyPrecision(amount)} EUR`;
/**
 * A figure in euros, `2.90 EUR`; of a line checked in litas, the litas first: `10.01 LTL = 2.90 EUR`,
 * and a difference in litas alone (`0.01 LTL`, whose euros may read 0.00).
 */
const money = (subject: BudgetSubject, name: string, inEuros: string) => {
  const litas = subject.litas?.[name];
  if (litas === undefined) return eur(inEuros);
  const inLitas = `${atMoneyPrecision(litas)} LTL`;
  return name === "difference" ? inLitas : `${inLitas} = ${eur(inEuros)}`;
};
/** `1 of 4 articles gives`, `2 of 4 articles give`. */
const ofArticles = (some: string, all: string) =>
  `${some} of ${all} ${all === "1" ? "article" : "articles"} ${some === "1" ? "gives" : "give"}`;

/** The English messages of the budget findings, by code. */
export const en: MessageTable<BudgetFindingFigures, BudgetSubject> = {
  articles_do_not_add_up: ({ expected, actual, difference, articles, articlesWithoutFigure }, subject) =>
    `${where(subject)}: the articles' ${FIGURES[subject.figure]} add up to ${money(subject, "expected", expected)}, but the total is stated as ${money(subject, "actual", actual)} (difference ${money(subject, "difference", difference)})` +
    (articlesWithoutFigure === "0" ? "" : `; ${ofArticles(articlesWithoutFigure, articles)} no ${FIGURES[subject.figure]} figure`) +
    ".",
  balance_mismatch: ({ expected, actual }, subject) =>
    `${where(subject)}: the balance is printed as ${money(subject, "actual", actual)}, but received − used is ${money(subject, "expected", expected)}.`,
  execution_mismatch: ({ expected, actual, numerator, denominator }, subject) =>
    `${where(subject)}: execution is printed as ${actual} %, but used / ${FIGURES[subject.figure]} × 100 = ${atMoneyPrecision(numerator)} / ${atMoneyPrecision(denominator)} × 100 = ${expected} %.`,
  execution_unverifiable: ({ printed }, subject) =>
    `${where(subject)}: execution is printed as ${printed} %, but the amount used is not written, so it cannot be checked.`,
  used_exceeds_received: ({ received, used, difference }, subject) =>
    `${where(subject)}: used ${money(subject, "used", used)} is ${money(subject, "difference", difference)} more than received ${money(subject, "received", received)}.`,
  too_many_decimals: ({ actual, decimals }, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} is written with ${decimals} decimals (${actual}); amounts have at most two (cents).`,
  plan_without_outcome: ({ planned }, subject) =>
    `${where(subject)}: a plan of ${eur(planned)} with neither appropriations received nor use; write what was received and used (0,00 if nothing).`,
  litas_after_euro: (_figures, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} is in litas, but the euro replaced the litas on 2015-01-01.`,
};
