// The texts readers on the 2022 chronicle and the 2023 report, at 1× and 8× their size, in the same
// run: a linear reader takes about 8 times as long on 8 times the text. The anchor is findDates (the
// dates module's finder, linear) on the same texts, so the ratio also says what reading records adds
// to finding dates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { findDates } from "bibliotekos/dates";
import { readAgreements, readChronicle, readClaims } from "bibliotekos/texts";

const seeds = join(__dirname, "..", "test", "fixtures", "seeds");
const chronicle = readFileSync(join(seeds, "chronicle-2022-panevezys.txt"), "utf8");
const report = readFileSync(join(seeds, "annual-report-2023-ignalina.txt"), "utf8");
const chronicle8 = chronicle.repeat(8);
const report8 = report.repeat(8);
const options = { iterations: 30, warmupIterations: 3, time: 0 };

describe("the 2022 chronicle (21 KB)", () => {
  bench("readChronicle 1×", () => void readChronicle(chronicle, { ref: "2022" }), options);
  bench("readChronicle 8×", () => void readChronicle(chronicle8, { ref: "2022" }), options);
  bench("readAgreements 1×", () => void readAgreements(chronicle, { ref: "2022" }), options);
  bench("readAgreements 8×", () => void readAgreements(chronicle8, { ref: "2022" }), options);
  bench("anchor: findDates 1×", () => void findDates(chronicle, { ref: "2022" }), options);
});

describe("the 2023 report (40 KB)", () => {
  bench("readClaims 1×", () => void readClaims(report), options);
  bench("readClaims 8×", () => void readClaims(report8), options);
  bench("anchor: findDates 1× (report)", () => void findDates(report, { ref: "2023" }), options);
});
