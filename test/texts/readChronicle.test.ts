import { describe, expect, it } from "vitest";
import { isBibliotekosError } from "../../src/errors/index";
import { readChronicle } from "../../src/texts/index";
import { deepFreeze, readSeed } from "../_lib/seeds";

const text = readSeed("chronicle2022");
const chronicle = readChronicle(text, { ref: "2022" });

// Counted by hand in test/fixtures/seeds/chronicle-2022-panevezys.txt: 52 lines start with
// „2022 m.“; one of them is the agreements section heading („2022 m. bendradarbiavimo
// sutartys“), the other 51 are the dated headings (vasario 15 d. twice), each with one
// paragraph (kovo mėn. with two). The year line „2022 metai“ and the title are not entries.
const HAND_COUNT = 51;

describe("readChronicle on the 2022 Panevėžys chronicle", () => {
  it("finds every dated entry, counted by hand", () => {
    expect(chronicle.entries).toHaveLength(HAND_COUNT);
  });

  it("reads every heading with parseDate, precision kept", () => {
    const byHeading = new Map(chronicle.entries.map((e) => [e.heading.text, e.period]));
    expect(byHeading.get("2022 m. vasario 24–27 d.")).toEqual({ start: "2022-02-24", end: "2022-02-27" });
    expect(byHeading.get("2022 m. kovo mėn.")).toEqual({ start: "2022-03", end: "2022-03" });
    expect(byHeading.get("2022 m. rugsėjo 30 – spalio 1 d.")).toEqual({ start: "2022-09-30", end: "2022-10-01" });
    expect(byHeading.get("2022 m. vasario 1 d.")).toEqual({ start: "2022-02-01", end: "2022-02-01" });
    expect(byHeading.get("2022 m. gruodžio 6–7 d.")).toEqual({ start: "2022-12-06", end: "2022-12-07" });
    expect(byHeading.get("2022 m. lapkričio mėn.")).toEqual({ start: "2022-11", end: "2022-11" });
  });

  it("keeps the entries in text order, the first on 1 January and the last on 6–7 December", () => {
    expect(chronicle.entries[0]?.heading.text).toBe("2022 m. sausio 1 d.");
    expect(chronicle.entries.at(-1)?.heading.text).toBe("2022 m. gruodžio 6–7 d.");
    for (let i = 1; i < chronicle.entries.length; i++) {
      expect((chronicle.entries[i]?.heading.index as number) > (chronicle.entries[i - 1]?.heading.index as number)).toBe(true);
    }
  });

  it("keeps both entries that share the heading of 15 February", () => {
    const same = chronicle.entries.filter((e) => e.heading.text === "2022 m. vasario 15 d.");
    expect(same.map((e) => e.text.slice(0, 60))).toEqual([
      "Biblioteka pasirašė bendradarbiavimo sutartį su Panevėžio še",
      "Biblioteka pasirašė bendradarbiavimo sutartį su Dembavos lop",
    ]);
  });

  it("gives offsets that point back into the input, headings trimmed of trailing spaces", () => {
    for (const entry of chronicle.entries) {
      expect(text.slice(entry.heading.index, entry.heading.end)).toBe(entry.heading.text);
      expect(text.slice(entry.body.index, entry.body.end)).toBe(entry.text);
      expect(entry.heading.text).toBe(entry.heading.text.trim());
      expect(entry.text).not.toContain("Vaizdas be pavadinimo");
      expect(entry.text.length).toBeGreaterThan(0);
    }
    expect(chronicle.entries.find((e) => e.heading.text === "2022 m. kovo 21 d.")).toBeDefined();
  });

  it("keeps both paragraphs of the March entry", () => {
    const march = chronicle.entries.find((e) => e.heading.text === "2022 m. kovo mėn.");
    expect(march?.text.startsWith("Išleistas naujas elektroninis leidinys")).toBe(true);
    expect(march?.text.endsWith("Vida Mikelevičiūtė.")).toBe(true);
  });

  it("returns the agreements section apart, with its twelve paragraphs", () => {
    expect(chronicle.sections).toHaveLength(1);
    expect(chronicle.sections[0]?.heading.text).toBe("2022 m. bendradarbiavimo sutartys");
    expect(chronicle.sections[0]?.paragraphs).toHaveLength(12);
    expect(chronicle.entries.some((e) => e.text.includes("Sutarties įvykdymo data"))).toBe(false);
  });

  it("names the title and the year line, and leaves nothing unread", () => {
    expect(chronicle.notEntries.map((n) => [n.kind, n.text])).toEqual([
      ["preamble", "Bibliotekos veikla Lietuvai atkūrus nepriklausomybę (nuo 1990 m. iki šių dienų)"],
      ["year_line", "2022 metai"],
    ]);
    expect(chronicle.unread).toEqual([]);
  });

  it("reads the same without ref, taking the year from the headings", () => {
    expect(readChronicle(text).entries.map((e) => e.period)).toEqual(chronicle.entries.map((e) => e.period));
  });

  it("does not change its input", () => {
    const options = deepFreeze({ ref: "2022" });
    expect(() => readChronicle(text, options)).not.toThrow();
  });
});

describe("readChronicle on constructed text", () => {
  it("reports a heading that is not a date, with its paragraph, instead of dropping it", () => {
    const input = "2022 m. kovo 1 d.\nĮvyko A.\n\n2022 m. kovo 32 d.\nĮvyko B.\n\n2022 m. kovo 3 d.\nĮvyko C.";
    const result = readChronicle(input);
    expect(result.entries.map((e) => e.text)).toEqual(["Įvyko A.", "Įvyko C."]);
    expect(result.unread).toEqual([{ text: "2022 m. kovo 32 d.\nĮvyko B.", index: 28, end: 55, reason: "heading_not_a_date" }]);
  });

  it("reads headings without a year with ref, and a year-crossing range", () => {
    const input = "Kovo 5 d.\n\nĮvyko.\n\n2021 m. gruodžio 30 d. – 2022 m. sausio 2 d.\n\nŠventės.";
    expect(readChronicle(input, { ref: "2021" }).entries.map((e) => e.period)).toEqual([
      { start: "2021-03-05", end: "2021-03-05" },
      { start: "2021-12-30", end: "2022-01-02" },
    ]);
  });

  it("reports a heading without a year and no ref as unread", () => {
    expect(readChronicle("Kovo 5 d.\n\nĮvyko.").unread.map((u) => u.reason)).toEqual(["heading_not_a_date"]);
  });

  it("does not take a sentence that starts with a date for a heading", () => {
    const result = readChronicle("2022 m. kovo 1 d.\n2022 m. biblioteka surengė 5 renginius.\n2022 m. kovo 2 d. Įvyko susitikimas.");
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]?.text).toBe("2022 m. biblioteka surengė 5 renginius.\n2022 m. kovo 2 d. Įvyko susitikimas.");
  });

  it("reads headings in capitals", () => {
    const result = readChronicle("2022 M. VASARIO 15 D.\n\nĮvyko.\n\n2022 m. Kovo mėn.\n\nĮvyko.");
    expect(result.entries.map((e) => e.period)).toEqual([
      { start: "2022-02-15", end: "2022-02-15" },
      { start: "2022-03", end: "2022-03" },
    ]);
  });

  it("handles Windows line ends", () => {
    const result = readChronicle("2022 m. kovo 1 d.\r\n\r\nĮvyko.\r\n");
    expect(result.entries.map((e) => [e.heading.text, e.text])).toEqual([["2022 m. kovo 1 d.", "Įvyko."]]);
  });

  it("throws invalid_argument only for arguments of the wrong type", () => {
    for (const bad of [
      () => readChronicle(1 as unknown as string),
      () => readChronicle("x", { ref: "2022-13" }),
      () => readChronicle("x", 5 as never),
    ]) {
      try {
        bad();
        expect.unreachable();
      } catch (error) {
        expect(isBibliotekosError(error) && error.code).toBe("invalid_argument");
      }
    }
  });
});
