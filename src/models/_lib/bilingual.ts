/** Params for a custom zod issue that carries our own message in both languages. */
export interface BilingualParams {
  /** Our rule's name, used as the issue code. */
  rule: string;
  /** Lithuanian message. */
  messageLt: string;
}

/** A refine/superRefine option object with an English message and our Lithuanian one. */
export function bilingual(rule: string, en: string, lt: string): { message: string; params: BilingualParams } {
  return { message: en, params: { rule, messageLt: lt } };
}
