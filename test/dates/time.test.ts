// The time of day that findDates returns with a day (issue #18): `8 d. 15 val.` is 8 March with
// time 15:00, never a date of its own; a range of hours is opening hours, not one time.
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/dates/index";

const timed = (text: string, ref?: string) =>
  findDates(text, ref === undefined ? undefined : { ref }).map((m) => [m.text, m.period.start, m.time ?? null]);

describe("the time of day after a day", () => {
  it.each([
    ["■ 8 d. 15 val. – popietė", "2019-03", [["8 d.", "2019-03-08", "15:00"]]],
    ["7 d. 12.00 val. |", "2015-04", [["7 d.", "2015-04-07", "12:00"]]],
    ["27-29 d. 14.00 val. |", "2015-04", [["27-29 d.", "2015-04-27", "14:00"]]],
    ["Balandžio 25 dieną 15.30 valandą vyks susitikimas", "2016", [["Balandžio 25 dieną", "2016-04-25", "15:30"]]],
    ["Atnaujinta: Trečiadienis, 18 lapkričio 2020 12:27 Liūdynės", undefined, [["18 lapkričio 2020", "2020-11-18", "12:27"]]],
    ["veidas.lt | 2010 10 04 @ 15:04 | Lietuva", undefined, [["2010 10 04", "2010-10-04", "15:04"]]],
    ["2023 m. kovo 5 d., 9 val. posėdis", undefined, [["2023 m. kovo 5 d.", "2023-03-05", "09:00"]]],
    ["Vasario 16 d. 11 val. 30 min. – himno giedojimas", "2025-02", [["Vasario 16 d.", "2025-02-16", "11:30"]]],
    ["Vasario 16 d. 11 val. 30 minučių – himnas", "2025-02", [["Vasario 16 d.", "2025-02-16", "11:30"]]],
    ["Vasario 16 d. 11 val. 30 minėjimų", "2025-02", [["Vasario 16 d.", "2025-02-16", "11:00"]]],
    [
      "Maloniai kviečiame 2019 m. gruodžio 17 d. (antradienį) 18.00 val. į vakarą",
      undefined,
      [["2019 m. gruodžio 17 d.", "2019-12-17", "18:00"]],
    ],
  ] as const)("%j (ref %s)", (text, ref, expected) => {
    expect(timed(text, ref)).toEqual(expected);
  });

  it("gives the time to every day of a list it follows", () => {
    expect(timed("■ 12 ir 19 d. 12.30 val. – užsiėmimas", "2019-03")).toEqual([
      ["12", "2019-03-12", "12:30"],
      ["19 d.", "2019-03-19", "12:30"],
    ]);
  });

  it.each([
    ["7 d. 10–19 val. dirba biblioteka", "2019-03"],
    ["2023 m. kovo 5 d. 15:00–17:00", undefined],
    ["2023 m. kovo 5 d. 15.00–17.00 val.", undefined],
    ["2023 m. kovo 5 d. 25 val.", undefined],
    ["2023 m. kovo 5 d. 15.00 bibliotekoje", undefined],
    ["2023 m. kovo mėn. 15 val.", undefined],
  ] as const)("gives no time in %j: a range of hours, no hour, or no day", (text, ref) => {
    const found = findDates(text, ref === undefined ? undefined : { ref });
    expect(found.length).toBe(1);
    expect(found[0]?.time).toBeUndefined();
    expect("time" in (found[0] ?? {})).toBe(false);
  });

  it("never makes the clock time a date, nor a day a date without the month of ref", () => {
    expect(timed("■ 8 d. 15 val. – popietė", "2019")).toEqual([]);
    expect(timed("Renginys 15.00 val., 16 val. ir 12:30.", "2019-03")).toEqual([]);
  });
});
