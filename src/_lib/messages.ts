/**
 * The messages of one language for a set of finding codes, as zod's locales are: for each code,
 * a function that writes the message from the finding's figures (typed per code) and what the
 * finding is about (`Subject`, or `SubjectByCode[code]` where each code is about something
 * else). A module keeps one table per language (`_lib/locales/en.ts`, `lt.ts`); a test holds
 * every table to the same codes.
 */
export type MessageTable<
  FiguresByCode,
  Subject,
  SubjectByCode extends { [Code in keyof FiguresByCode]: unknown } = { [Code in keyof FiguresByCode]: Subject },
> = {
  readonly [Code in keyof FiguresByCode]: (figures: FiguresByCode[Code], subject: SubjectByCode[Code]) => string;
};
