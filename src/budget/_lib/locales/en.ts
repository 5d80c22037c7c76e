import type { MessageTable } from "../../../_lib/messages";
import type { BudgetFindingFigures } from "../../BudgetFinding";
import type { AmountField } from "../figures";
import type { BudgetSubject } from "../subject";

/** The figures' names in English messages. */
const FIGURES: Record<AmountField, string> = {
  planned: "planned",
  received: "received",
  collected: "collected",
  used: "used",
  carriedOver: "balance",
};

/** The line a message is about: `municipal_budget / 2.1.1 (2023)`. */
const where = ({ what, year }: BudgetSubject) => `${what} (${year})`;

/** The English messages of the budget findings, by code. */
export const en: MessageTable<BudgetFindingFigures, BudgetSubject> = {
  articles_do_not_add_up: ({ expected, actual, difference, articles, articlesWithoutFigure }, subject) =>
    `${where(subject)}: the articles' ${FIGURES[subject.figure]} add up to ${expected} EUR, but the total is stated as ${actual} EUR (difference ${difference} EUR)` +
    (articlesWithoutFigure === "0" ? "" : `; ${articlesWithoutFigure} of ${articles} articles give no ${FIGURES[subject.figure]} figure`) +
    ".",
  balance_mismatch: ({ expected, actual }, subject) =>
    `${where(subject)}: the balance is printed as ${actual} EUR, but received − used is ${expected} EUR.`,
  execution_mismatch: ({ expected, actual }, subject) =>
    `${where(subject)}: execution is printed as ${actual} %, but used / ${FIGURES[subject.figure]} × 100 is ${expected} %.`,
  execution_unverifiable: ({ printed }, subject) =>
    `${where(subject)}: execution is printed as ${printed} %, but the amount used is not written, so it cannot be checked.`,
  used_exceeds_received: ({ received, used, difference }, subject) =>
    `${where(subject)}: used ${used} EUR is ${difference} EUR more than received ${received} EUR.`,
  too_many_decimals: ({ actual, decimals }, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} is written with ${decimals} decimals (${actual}); amounts have at most two (cents).`,
  plan_without_outcome: ({ planned }, subject) =>
    `${where(subject)}: a plan of ${planned} EUR with neither appropriations received nor use; write what was received and used (0,00 if nothing).`,
  litas_after_euro: (_figures, subject) =>
    `${where(subject)}: ${FIGURES[subject.figure]} is in litas, but the euro replaced the litas on 2015-01-01.`,
};
