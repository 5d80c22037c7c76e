// Lists: the connectors between items (`,`, and the lexicon's `ir`, `bei`, `arba`), a list of
// days whose marker comes last (`kovo 10 ir 16 d.`, `vasario 1, 2 ir 3 d.`), and a bare year in
// a list of years whose last item carries the marker (`2018` of `(2018, 2019 metų)`).
import { isConnector } from "../../../lexicon/connectors";
import type { Expression, Reader } from "../reader";
import { Kind, type Token } from "../tokenize";
import { freeStart, marker, sameLine, tokenAt, yearInRange } from "./tokens";

/** The most items read ahead for a listed year: the reader stays linear. */
const MAX_LISTED_YEARS = 12;

/** A list connector at token i, on the same line: the index after it, or -1. */
export function listConnector(reader: Reader, i: number): number {
  const token = tokenAt(reader, i);
  if (token === undefined || token.breakBefore) return -1;
  if (token.kind === Kind.WORD) return isConnector(token.word) ? i + 1 : -1;
  return reader.text[token.start] === "," ? i + 1 : -1;
}

/** `kovo 10 ir 16 d.`: whether a list of days continues at token i. */
export function listFollows(reader: Reader, i: number): boolean {
  const itemAt = listConnector(reader, i);
  const item = itemAt > 0 ? sameLine(reader, itemAt) : undefined;
  return item !== undefined && item.kind === Kind.NUM && item.length <= 2;
}

/** A bare year at token i in a list whose last item carries the marker: `2018` of `(2018, 2019 metų)`. */
export function listedYear(reader: Reader, i: number): Expression | null {
  const year = tokenAt(reader, i) as Token;
  if (year.kind !== Kind.NUM || year.length !== 4 || !yearInRange(reader, year.value) || !freeStart(reader, i)) return null;
  reader.firstToken = i;
  let connectorAt = i + 1;
  for (let items = 0; items < MAX_LISTED_YEARS; items++) {
    const connector = sameLine(reader, connectorAt);
    if (connector === undefined) return null;
    const isComma = connector.kind !== Kind.WORD && reader.text[connector.start] === ",";
    const isWord = connector.kind === Kind.WORD && isConnector(connector.word);
    if (!isComma && !isWord) return null;
    const item = sameLine(reader, connectorAt + 1);
    if (item === undefined || item.kind !== Kind.NUM || item.length !== 4) return null;
    if (marker(reader, connectorAt + 2, "year") > 0) return { to: i + 1, period: { start: String(year.value), end: String(year.value) } };
    connectorAt += 2;
  }
  return null;
}
