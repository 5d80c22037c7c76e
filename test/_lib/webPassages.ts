// What the scorers of the real web passages (issue #18, test/fixtures/web/README.md) share: an
// annotated span, and where each one stands in its passage.

/** An annotated span of a passage: its text, and whether it depends on a convention. */
export interface Span {
  text: string;
  conventionDependent?: boolean;
}

/** An annotated item and where it stands in the passage. */
export interface Located<T> {
  item: T;
  index: number;
  end: number;
}

/** Finds each annotated span in the text, in order (the fixture checks guarantee they are there). */
export function locate<T extends Span>(text: string, items: readonly T[]): Array<Located<T>> {
  let from = 0;
  return items.map((item) => {
    const index = text.indexOf(item.text, from);
    if (index < 0) throw new Error(`not in the passage: ${item.text}`);
    from = index + item.text.length;
    return { item, index, end: from };
  });
}

/** Whether two spans share a character. */
export const overlaps = (a: { index: number; end: number }, b: { index: number; end: number }) => a.index < b.end && b.index < a.end;
