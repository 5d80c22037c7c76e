// Folding and month look-up against the obvious hand-written alternative, measured in the same
// run: NFD + strip combining marks + toLowerCase (what an app writes without the lexicon).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { foldText, lookupMonth } from "bibliotekos/lexicon";

const chronicle = readFileSync(join(__dirname, "..", "test", "fixtures", "seeds", "chronicle-2022-panevezys.txt"), "utf8");
const words = chronicle.split(/\s+/).filter(Boolean);

describe("fold the 2022 chronicle (40 kB)", () => {
  bench("bibliotekos foldText", () => {
    foldText(chronicle);
  });
  bench("anchor: normalize('NFD') + strip marks + toLowerCase", () => {
    chronicle.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  });
});

describe("look up every word of the chronicle as a month", () => {
  const monthNames = [
    "sausio",
    "vasario",
    "kovo",
    "balandzio",
    "geguzes",
    "birzelio",
    "liepos",
    "rugpjucio",
    "rugsejo",
    "spalio",
    "lapkricio",
    "gruodzio",
  ];
  bench("bibliotekos lookupMonth", () => {
    for (const word of words) lookupMonth(word);
  });
  bench("anchor: fold + indexOf in the 12 genitives", () => {
    for (const word of words) monthNames.indexOf(word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase());
  });
});
