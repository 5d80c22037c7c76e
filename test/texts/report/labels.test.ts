import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { folded, originalIndex, PhraseTable } from "../../../src/texts/_lib/report/labels";

describe("originalIndex", () => {
  it("maps a folded position back over trimmed and squeezed spaces and joined hyphens", () => {
    const text = "  Gauta   asignavimų – Gyven-tojui 5 Eur";
    const f = folded(text);
    expect(f).toBe("gauta asignavimu – gyventojui 5 eur");
    for (const word of ["asignavimu", "gyventojui", "5", "eur"]) {
      const at = originalIndex(text, f.indexOf(word));
      expect(folded(text.slice(at)).startsWith(word)).toBe(true);
    }
    expect(originalIndex(text, f.length)).toBe(text.length);
  });

  it("gives a position whose rest folds to the folded text's rest, on any text of letters, spaces and hyphens", () => {
    const piece = fc.constantFrom("a", "Ž", "ė", " ", "  ", "\t", "-", "\u00ad", "Lt", "5");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(), (pieces, n) => {
        const text = pieces.join("");
        const f = folded(text);
        const j = f.length === 0 ? 0 : n % (f.length + 1);
        // Start at a word start, where folding the rest alone cannot differ from the rest of the fold.
        if (j > 0 && f[j - 1] !== " ") return;
        expect(folded(text.slice(originalIndex(text, j)))).toBe(f.slice(j).trim());
      }),
    );
  });
});

describe("PhraseTable.first", () => {
  const table = new PhraseTable([
    ["used", ["panaudota"]],
    ["received", ["gauta", "gauta asignavimų"]],
  ] as const);

  it("gives the earliest phrase at word boundaries, the longest where two start at one place", () => {
    expect(table.first(folded("Panaudota 5, gauta asignavimų 6"))).toEqual({ value: "used", index: 0, phrase: "panaudota" });
    expect(table.first(folded("Iš jų gauta asignavimų 6, panaudota 5"))).toEqual({
      value: "received",
      index: 6,
      phrase: "gauta asignavimu",
    });
    // `gautas` is not `gauta`: a phrase must end at a word boundary.
    expect(table.first(folded("gautas leidimas, panaudota 5"))?.value).toBe("used");
    expect(table.first("nieko")).toBeUndefined();
  });
});
