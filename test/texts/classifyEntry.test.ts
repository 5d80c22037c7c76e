import { describe, expect, it } from "vitest";
import { ENTRY_RULES } from "../../src/lexicon/index";
import { classifyEntry, readChronicle } from "../../src/texts/index";
import { readSeed } from "../_lib/seeds";

const entries = readChronicle(readSeed("chronicle2022"), { ref: "2022" }).entries;
const kindOf = (heading: string, n = 0) => classifyEntry(entries.filter((e) => e.heading.text === heading)[n] as { text: string });

describe("classifyEntry on the 2022 chronicle", () => {
  it.each([
    ["2022 m. vasario 1 d.", "agreement_signed", "agreement.signed"],
    ["2022 m. vasario 4 d.", "publication_issued", "publication.issued"],
    ["2022 m. kovo mėn.", "publication_issued", "publication.issued"],
    ["2022 m. vasario 10 d.", "club_founded", "club.founded"],
    ["2022 m. spalio 3 d.", "club_founded", "club.founded"],
    ["2022 m. balandžio 7 d.", "membership", "membership.became_member"],
    ["2022 m. rugsėjo 23 d.", "award_or_thanks", "award.thanks"],
    ["2022 m. spalio mėn.", "award_or_thanks", "award.thanks"],
    ["2022 m. balandžio 24–28 d.", "visit_or_study_trip", "visit.trip"],
    ["2022 m. lapkričio 10 d.", "conference_talk", "talk.report"],
    ["2022 m. gegužės 13–14 d.", "exhibition", "exhibition.shown"],
    ["2022 m. birželio 10 d.", "event_held", "event.held"],
    ["2022 m. sausio 1 d.", "other", null],
  ])("classifies the entry of %s as %s", (heading, kind, rule) => {
    const result = kindOf(heading);
    expect([result.kind, result.rule]).toEqual([kind, rule]);
    if (rule !== null) expect(result.stem).not.toBeNull();
  });

  it("classifies the 12 entries that sign agreements as agreement_signed, and no other", () => {
    const signed = entries.filter((e) => classifyEntry(e).kind === "agreement_signed");
    expect(signed).toHaveLength(12);
    expect(signed.every((e) => e.text.includes("pasirašė bendradarbiavimo sutart"))).toBe(true);
  });

  it("counts the year's entries by kind", () => {
    const counts: Record<string, number> = {};
    for (const e of entries) {
      const { kind } = classifyEntry(e);
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    // The table of docs/texts.md.
    expect(counts).toEqual({
      agreement_signed: 12,
      conference_talk: 12,
      event_held: 8,
      visit_or_study_trip: 4,
      club_founded: 4,
      award_or_thanks: 4,
      publication_issued: 2,
      membership: 2,
      exhibition: 1,
      other: 2,
    });
  });
});

describe("classifyEntry", () => {
  it("ignores diacritics and letter case", () => {
    expect(classifyEntry({ text: "BIBLIOTEKA PASIRASE BENDRADARBIAVIMO SUTARTI SU X" }).kind).toBe("agreement_signed");
    expect(classifyEntry({ text: "Įkurtas skaitymo KLUBAS" }).kind).toBe("club_founded");
  });

  it("matches stems at the start of words only", () => {
    expect(classifyEntry({ text: "Nepasirašyta nieko; atsparodos" }).kind).toBe("other");
  });

  it("takes the rules from options", () => {
    const rules = [{ id: "exhibition.only", kind: "exhibition" as const, any: ["knyg"] }];
    expect(classifyEntry({ text: "Knygų mugė" }, { rules })).toEqual({ kind: "exhibition", rule: "exhibition.only", stem: "knyg" });
  });

  it("has rule ids that are unique and stems that are folded", () => {
    expect(new Set(ENTRY_RULES.map((r) => r.id)).size).toBe(ENTRY_RULES.length);
    for (const rule of ENTRY_RULES) for (const stem of [...rule.any, ...(rule.all ?? [])]) expect(stem).toMatch(/^[a-z]+$/);
  });

  it("throws invalid_argument for an entry without text", () => {
    expect(() => classifyEntry({} as { text: string })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => classifyEntry(null as unknown as { text: string })).toThrow(expect.objectContaining({ code: "invalid_argument" }));
  });
});
