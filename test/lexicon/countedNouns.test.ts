// The lexicon's counted nouns (issue #18): their case forms, regular or listed.
import { describe, expect, it } from "vitest";
import { COUNTED_NOUNS, lookupCountedNoun } from "../../src/lexicon/index";

describe("COUNTED_NOUNS", () => {
  it("holds each lemma among its forms, and its singular forms among them too", () => {
    for (const noun of COUNTED_NOUNS) {
      expect(noun.forms).toContain(noun.lemma);
      for (const form of noun.singular) expect(noun.forms).toContain(form);
    }
  });

  it("lists no singular form that is also written as one of the noun's plural forms (knygos)", () => {
    for (const noun of COUNTED_NOUNS) {
      const singular = new Set(noun.singular);
      const plural = new Set(noun.forms.filter((f) => !singular.has(f)));
      expect(noun.singular.filter((f) => plural.has(f))).toEqual([]);
    }
    expect(COUNTED_NOUNS.find((n) => n.lemma === "knyga")?.singular).not.toContain("knygos");
  });

  it("declines the irregular nouns by their listed forms, with no forms of the regular endings", () => {
    expect(
      ["moterų", "moteryse", "žmonėse", "žmogaus", "vaikučiuose", "laikraštyje", "suaugę", "suaugusiųjų"].map(
        (w) => lookupCountedNoun(w)?.lemma,
      ),
    ).toEqual(["moteris", "moteris", "žmogus", "žmogus", "vaikutis", "laikraštis", "suaugęs", "suaugęs"]);
    // What the regular endings would have made of them: `suaugo` is a verb (grew up).
    expect(["žmogas", "žmogai", "moterio", "vaikutio", "laikraštio", "suaugas", "suaugo"].map((w) => lookupCountedNoun(w))).toEqual(
      Array(7).fill(undefined),
    );
    // The nominative singular of `moteris` is also its accusative plural: no singular-only form.
    expect(COUNTED_NOUNS.find((n) => n.lemma === "moteris")?.singular).not.toContain("moteris");
  });
});
