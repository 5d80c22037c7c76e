// The budget line is a model: its schema (BudgetLineSchema) and type live in bibliotekos/models,
// the one source of truth; the budget module only reads it (a type import, so no zod here).
export type { BudgetLine } from "../models/BudgetLine";
