import { describe, expect, it } from "vitest";
import { AgreementSchema, agreementsActiveOn, type Agreement } from "../../src/models/index";
import { readAgreements } from "../../src/texts/index";
import { foldText } from "../../src/lexicon/index";
import { PUBLIC_LIBRARIES } from "../../src/reference/index";
import { readFixture, readSeed } from "../_lib/seeds";

const text = readSeed("chronicle2022");
const read = readAgreements(text, { ref: "2022", library: "panevezys_county_library", source: "chronicle-2022-panevezys.txt" });
const fixture = JSON.parse(readFixture("models/agreements-2022-panevezys.json")) as Agreement[];

/** The first four letters of each folded word of three letters or more. */
const stems = (name: string) => new Set([...foldText(name).matchAll(/[a-z]{3,}/g)].map((m) => m[0].slice(0, 4)).filter((s) => s !== "vsi"));
const sameParty = (a: string, b: string) => {
  const x = stems(a);
  const y = stems(b);
  return [...x].filter((s) => y.has(s)).length / Math.min(x.size, y.size) >= 0.5;
};

describe("readAgreements on the 2022 Panevėžys chronicle", () => {
  it("finds the 12 agreements, each read from a dated entry and from the agreements section", () => {
    expect(read.agreements).toHaveLength(12);
    expect(read.sources.every((s) => s.entry !== undefined && s.section !== undefined)).toBe(true);
    expect(read.unread).toEqual([]);
  });

  it("gives records valid by AgreementSchema", () => {
    for (const agreement of read.agreements) expect(AgreementSchema.safeParse(agreement).success).toBe(true);
  });

  it("reproduces the signing and end dates of the hand-checked fixture", () => {
    expect(read.agreements.map((a) => [a.signed, a.validUntil ?? null])).toEqual(fixture.map((a) => [a.signed, a.validUntil ?? null]));
  });

  it("names the same partners as the fixture, kept as written (instrumental case)", () => {
    for (const [k, agreement] of read.agreements.entries()) {
      const want = fixture[k] as Agreement;
      expect(agreement.parties).toHaveLength(want.parties.length);
      if (want.parties.length === 1) {
        const got = agreement.parties[0]?.name as string;
        const names = [want.parties[0]?.name as string, ...(want.parties[0]?.aliases ?? [])];
        expect(
          names.some((n) => sameParty(n, got)),
          `${got} ~ ${names.join(" / ")}`,
        ).toBe(true);
      }
    }
    const names = read.agreements.map((a) => a.parties.map((p) => p.name));
    expect(names[0]).toEqual(["Panevėžio vyskupijos kurija"]);
    expect(names[1]).toEqual(["Lietuvos moterų lygos Panevėžio skyriumi"]);
    expect(names[3]).toEqual(["Dembavos lopšeliu-darželiu „Smalsutis“"]);
  });

  it("keeps the section's other spelling of a partner as an alias", () => {
    const families = read.agreements[2]?.parties[0];
    expect([families?.name, families?.aliases]).toEqual(["Panevėžio šeimų asociacija", ["Asociacija Panevėžio šeimos"]]);
  });

  it("gives one agreement with eleven parties for the signing of 14 July", () => {
    const july = read.agreements.find((a) => a.signed === "2022-07-14");
    expect(july?.parties.map((p) => p.name)).toEqual([
      "Pasvalio viešosiomis bibliotekomis",
      "Molėtų viešosiomis bibliotekomis",
      "Kupiškio viešosiomis bibliotekomis",
      "Zarasų viešosiomis bibliotekomis",
      "Biržų viešosiomis bibliotekomis",
      "Anykščių viešosiomis bibliotekomis",
      "Rokiškio viešosiomis bibliotekomis",
      "Ignalinos viešosiomis bibliotekomis",
      "Utenos viešosiomis bibliotekomis",
      "Visagino miestų viešosiomis bibliotekomis",
      "Panevėžio rajono savivaldybių viešosiomis bibliotekomis",
    ]);
    expect(july?.parties.every((p) => p.kind === "library")).toBe(true);
  });

  it("points the eleven libraries of 14 July to the reference table, which gives the fixture's official names", () => {
    const july = read.agreements.find((a) => a.signed === "2022-07-14");
    const official = july?.parties.map((p) => PUBLIC_LIBRARIES.find((l) => l.id === p.referenceId)?.nameLt);
    expect(official).toEqual(fixture[8]?.parties.map((p) => p.name));
    expect(read.agreements.filter((a) => a.signed !== "2022-07-14").every((a) => a.parties.every((p) => p.referenceId === undefined))).toBe(
      true,
    );
    expect(july?.project).toBe(
      "Inovatyvūs Lietuvos bibliotekų skaitymo skatinimo sprendimai vaikų ir jaunimo socialinių santykių kūrimui su aplinka",
    );
    expect(july?.validUntil).toBeUndefined();
  });

  it("reads the project titles the fixture gives", () => {
    expect(read.agreements[1]?.project).toBe("Jie kūrė Panevėžio tapatybę 1940–1990 m.");
    expect(read.agreements[7]?.project).toBe("Kokybiškų karjeros paslaugų teikimas realioje ir virtualioje aplinkoje");
  });

  it("points every source back into the input", () => {
    for (const source of read.sources) {
      for (const span of [source.entry, source.section]) if (span !== undefined) expect(text.slice(span.index, span.end)).toBe(span.text);
    }
  });

  it("lists the agreements still active on 1 January 2024", () => {
    const active = agreementsActiveOn(read.agreements, "2024-01-01").map((a) => a.signed);
    expect(active).toEqual([
      "2022-02-01",
      "2022-02-15",
      "2022-02-15",
      "2022-02-18",
      "2022-02-21",
      "2022-07-14",
      "2022-07-27",
      "2022-09-14",
      "2022-10-13",
    ]);
  });
});

describe("readAgreements on constructed text", () => {
  it("reads an agreement named only in the section, with an end date written in words", () => {
    const input =
      "2021 m. bendradarbiavimo sutartys\n\nKovo 3 d. biblioteka pasirašė bendradarbiavimo sutartį su Šilėnų gimnazija. Sutarties įvykdymo data 2024 m. lapkričio 10 d.";
    const [agreement] = readAgreements(input).agreements;
    expect([agreement?.signed, agreement?.validUntil, agreement?.parties[0]?.name, agreement?.parties[0]?.kind]).toEqual([
      "2021-03-03",
      "2024-11-10",
      "Šilėnų gimnazija",
      "school",
    ]);
  });

  it("reads an agreement without end (neterminuota) with a note", () => {
    const input = "2021 m. bendradarbiavimo sutartys\n\nKovo 3 d. biblioteka pasirašė sutartį su Šilėnų gimnazija. Sutartis neterminuota.";
    const [agreement] = readAgreements(input).agreements;
    expect([agreement?.validUntil, agreement?.note]).toEqual([undefined, "neterminuota (no end date)"]);
  });

  it("splits full names at commas and bei, and keeps a name with ir whole", () => {
    const input =
      "2023 m. kovo 1 d.\n\nBiblioteka pasirašė bendradarbiavimo sutartį su Rasų gimnazija, Rasų kultūros ir meno centru bei VšĮ „Knygų namai“.";
    expect(readAgreements(input).agreements[0]?.parties.map((p) => p.name)).toEqual([
      "Rasų gimnazija",
      "Rasų kultūros ir meno centru",
      "VšĮ „Knygų namai“",
    ]);
  });

  it("never invents a partner: a signing without „su“ is unread", () => {
    const input = "2023 m. kovo 1 d.\n\nBiblioteka pasirašė bendradarbiavimo sutartį. Ji galios ilgai.";
    const result = readAgreements(input);
    expect(result.agreements).toEqual([]);
    expect(result.unread.map((u) => [u.reason, u.text])).toEqual([
      ["agreement_without_partner", "Biblioteka pasirašė bendradarbiavimo sutartį."],
    ]);
  });

  it("drops an end date before the signing and says so", () => {
    const input =
      "2023 m. bendradarbiavimo sutartys\n\nKovo 3 d. biblioteka pasirašė sutartį su X gimnazija. Sutarties įvykdymo data 2020 12 31.";
    const result = readAgreements(input);
    expect(result.agreements[0]?.validUntil).toBeUndefined();
    expect(result.unread.map((u) => u.reason)).toEqual(["end_date_unreadable"]);
  });

  it("reports a signing under an open-ended heading as without date", () => {
    const result = readAgreements("iki 2022 m. kovo 1 d.\n\nBiblioteka pasirašė sutartį su X gimnazija.");
    expect([result.agreements, result.unread.map((u) => u.reason)]).toEqual([[], ["agreement_without_date"]]);
  });

  it("throws invalid_argument for a text that is not a string, and for bad options", () => {
    expect(() => readAgreements(undefined as unknown as string)).toThrow(expect.objectContaining({ code: "invalid_argument" }));
    expect(() => readAgreements("", { library: "" })).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "library"] }),
    );
    expect(() => readAgreements("", { country: "Lithuania" })).toThrow(
      expect.objectContaining({ code: "invalid_argument", path: ["options", "country"] }),
    );
  });
});

describe("readAgreements on a chronicle written out many times", () => {
  // Each copy's section paragraphs join that copy's entries: the entries of one date are stemmed
  // once, and an entry that a paragraph joined is not offered to the next (bench/cli.bench.ts times it).
  it("reads each agreement once per copy, from an entry and a paragraph of the same copy", () => {
    const copies = 40;
    const separator = "\n\n";
    const shift = text.length + separator.length;
    const many = readAgreements(Array.from({ length: copies }, () => text).join(separator), { ref: "2022" });
    const once = readAgreements(text, { ref: "2022" });
    expect(many.agreements).toHaveLength(copies * once.agreements.length);
    expect(many.unread).toEqual([]);
    const counts = new Map<string, number>();
    for (const agreement of many.agreements) counts.set(JSON.stringify(agreement), (counts.get(JSON.stringify(agreement)) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(once.agreements.map((a) => JSON.stringify(a)).sort());
    expect(new Set(counts.values())).toEqual(new Set([copies]));
    const copyOf = (index: number | undefined) => Math.floor((index as number) / shift);
    for (const source of many.sources) {
      expect(source.entry).toBeDefined();
      expect(source.section).toBeDefined();
      expect(copyOf(source.section?.index)).toBe(copyOf(source.entry?.index));
    }
    expect(new Set(many.sources.map((s) => copyOf(s.entry?.index))).size).toBe(copies);
  });
});
