// A clock time right after a day (`7 d. 12.00 val.`, `8 d. 15 val.`, `Balandžio 25 dieną
// 15.30 valandą`, `11 val. 30 min.`, `18 lapkričio 2020 12:27`, `2010 10 04 @ 15:04`): never a date of its own, it is
// the time of day of that day (findDates returns it as `time`). An hour with a dot needs the hour
// word (`15.00 val.`), one with a colon does not (`12:27`); a range of hours (`10–19 val.`,
// `15.00–17.00 val.`) is opening hours, not one time.
import { isFoldedHourWord, isFoldedMinuteWord } from "../../../lexicon/dateWords";
import type { Reader } from "../reader";
import { Kind } from "../tokenize";
import { afterAside, glued, sameLine } from "./tokens";

/** A clock time read after a day: the time and where reading goes on. */
export interface ClockTime {
  /** `HH:MM`. */
  time: string;
  /** The token after it. */
  to: number;
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The hour word (`val.`, `valandą`) at token i: the index after it (and its period), or -1. */
function hourWord(reader: Reader, i: number): number {
  const word = sameLine(reader, i);
  if (word?.kind !== Kind.WORD || !isFoldedHourWord(word.word)) return -1;
  return glued(reader, i + 1)?.kind === Kind.DOT ? i + 2 : i + 1;
}

/** A clock time at token i (after a day), or undefined. */
export function clockTime(reader: Reader, i: number): ClockTime | undefined {
  // gruodžio 17 d. (antradienį) 18.00 val.: a weekday between
  let at = afterAside(reader, i);
  const lead = sameLine(reader, at);
  // `2010 10 04 @ 15:04`, `kovo 5 d., 15 val.`
  if (lead?.kind === Kind.OTHER && (reader.text[lead.start] === "@" || reader.text[lead.start] === ",")) at++;
  const hour = sameLine(reader, at);
  if (hour?.kind !== Kind.NUM || hour.length > 2 || hour.value > 23 || !hour.spaceBefore) return undefined;
  let minutes = 0;
  let to = hourWord(reader, at + 1);
  const separator = glued(reader, at + 1);
  const minute = glued(reader, at + 2);
  if (to < 0 && separator !== undefined && minute?.kind === Kind.NUM && minute.length === 2 && minute.value <= 59) {
    const colon = reader.text[separator.start] === ":";
    if (!colon && separator.kind !== Kind.DOT) return undefined;
    minutes = minute.value;
    to = hourWord(reader, at + 3);
    if (to < 0 && colon) to = at + 3;
  }
  if (to < 0) return undefined;
  // 11 val. 30 min.: the minutes after the hour word
  const minuteAfter = sameLine(reader, to);
  const minuteWord = sameLine(reader, to + 1);
  if (
    minutes === 0 &&
    minuteAfter?.kind === Kind.NUM &&
    minuteAfter.length <= 2 &&
    minuteAfter.value <= 59 &&
    minuteWord?.kind === Kind.WORD &&
    isFoldedMinuteWord(minuteWord.word)
  ) {
    minutes = minuteAfter.value;
    to = glued(reader, to + 2)?.kind === Kind.DOT ? to + 3 : to + 2;
  }
  // 15:00–17:00: a range of hours
  const after = sameLine(reader, to);
  if (after?.kind === Kind.DASH && sameLine(reader, to + 1)?.kind === Kind.NUM) return undefined;
  return { time: `${pad(hour.value)}:${pad(minutes)}`, to };
}
