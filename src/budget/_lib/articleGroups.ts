import type { BudgetLine } from "../BudgetLine";
import { normalizeArticle } from "./articles";

/** The lines of one source and purpose in one year: its stated totals and its articles, by index. */
export interface ArticleGroup {
  /** The lines without `articleCode`: the total as the report states it. */
  readonly totals: number[];
  /** The article lines, with their codes normalised. */
  readonly articles: Array<{ index: number; article: string }>;
}

/** Lines grouped by year, source and purpose, in order of first appearance, as they are added. */
export class ArticleGroups {
  private readonly groups = new Map<string, ArticleGroup>();

  /** Adds a line; throws `invalid_argument` for an article code that is not one. */
  add(line: BudgetLine, index: number): void {
    const key = `${line.year}\u0000${line.sourceId}\u0000${line.purpose ?? ""}`;
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { totals: [], articles: [] }));
    if (line.articleCode === undefined) group.totals.push(index);
    else group.articles.push({ index, article: normalizeArticle(line.articleCode, ["lines", index, "articleCode"]) });
  }

  values(): IterableIterator<ArticleGroup> {
    return this.groups.values();
  }
}
