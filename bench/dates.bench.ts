// findDates against the anchors, measured in the same run (ratios in docs/performance.md):
// - chrono-node's English parser (no Lithuanian locale exists) on English equivalents of 50 of
//   our cases, against findDates on the 50 Lithuanian originals (the same expressions);
// - date-fns `parse` with the `lt` locale on the single dates it can express (a fixed format,
//   genitive months; it fails on `kovo`), against parseDate on the same strings;
// - findDates on our corpus (seeds + constructed cases), on 1 MB of real text, and on 1 MB
//   adversarial strings: linear time.
import * as chrono from "chrono-node";
import { parse as parseDateFns } from "date-fns";
import { lt } from "date-fns/locale";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { bench, describe } from "vitest";
import { findDates, parseDate } from "bibliotekos/dates";

const fixtures = join(__dirname, "..", "test", "fixtures");
const chronicle = readFileSync(join(fixtures, "seeds", "chronicle-2022-panevezys.txt"), "utf8");
const report = readFileSync(join(fixtures, "seeds", "annual-report-2023-ignalina.txt"), "utf8");
const constructed = JSON.parse(readFileSync(join(fixtures, "dates", "constructed.json"), "utf8")) as {
  forms: Array<{ find: Array<{ text: string; ref?: string }> }>;
};

// [Lithuanian, English equivalent]; ranges and open ranges included, which date-fns cannot read.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["Biblioteka 2022 m. vasario 1 d. pasirašė sutartį.", "The library signed the agreement on February 1, 2022."],
  ["Konferencija įvyko 2023 m. sausio 1 d. Vilniuje.", "The conference took place on January 1, 2023 in Vilnius."],
  ["Minėjome 1918 m. vasario 16-ąją.", "We commemorated February 16th, 1918."],
  ["2022 m. kovo 10 d. ir 2022 m. kovo 16 d. vyko seminarai.", "Seminars were held on March 10, 2022 and March 16, 2022."],
  ["Renginys vyks 2023-06-05 bibliotekoje.", "The event will take place on 2023-06-05 in the library."],
  ["Sutarties įvykdymo data 2024 12 31.", "The agreement ends on 2024/12/31."],
  ["2022 m. vasarį biblioteka gavo padėką.", "In February 2022 the library received a letter of thanks."],
  ["Per 2023 m. įvyko 12 renginių.", "In 2023, 12 events took place."],
  ["2022 m. gruodžio 28 – sausio 5 d. biblioteka nedirbs.", "From December 28, 2022 to January 5, 2023 the library will be closed."],
  ["Ataskaitinis laikotarpis: 2023 m. sausio 1 d. – gruodžio 31 d.", "Reporting period: January 1, 2023 - December 31, 2023."],
  ["Bibliotekos edukatorės dalyvavo 2022 m. vasario 24–27 d. mugėje.", "The educators attended the fair on February 24-27, 2022."],
  ["Forumas vyko 2022 m. rugsėjo 30 – spalio 1 d.", "The forum was held from September 30 to October 1, 2022."],
  [
    "Projektas vykdomas nuo 2022 m. sausio 1 d. iki 2023 m. gruodžio 31 d.",
    "The project runs from January 1, 2022 until December 31, 2023.",
  ],
  ["Fondas atnaujintas po 2020 m.", "The collection was renewed after 2020."],
  ["Ataskaita teikiama iki 2024 m. vasario 10 d.", "The report is due by February 10, 2024."],
  ["Biblioteka veikia nuo 1922 m.", "The library has been open since 1922."],
  ["2022 m. gegužės 14 d. vyko Muziejų naktis.", "Museum Night took place on May 14, 2022."],
  ["2022 m. birželio 2–3 d. vyko konferencija.", "The conference took place on June 2-3, 2022."],
  ["2022 m. liepos 27 d. pasirašyta sutartis.", "The agreement was signed on July 27, 2022."],
  ["2022 m. rugsėjo 1 d. biblioteka minėjo sukaktį.", "On September 1, 2022 the library celebrated its anniversary."],
  ["2022 m. spalio 24–31 d. vyko savaitė.", "The week was held on October 24-31, 2022."],
  ["2022 m. lapkričio 23 d. įvyko premjera.", "The premiere took place on November 23, 2022."],
  ["2022 m. gruodžio 6–7 d. vyko renginys.", "The event was held on December 6-7, 2022."],
  ["Seminaras 2022 m. balandžio 21 d.", "Seminar on April 21, 2022."],
  ["Vizitas 2022 m. balandžio 24–28 d.", "Visit on April 24-28, 2022."],
  ["Paroda 2022 m. gegužės 13–14 d.", "Exhibition on May 13-14, 2022."],
  ["Susitikimas 2022 m. spalio 3 d.", "Meeting on October 3, 2022."],
  ["Plano laikotarpis 2021–2027 metų.", "Plan period 2021-2027."],
  ["Strateginis planas 2018–2024 metų.", "Strategic plan 2018 - 2024."],
  ["Projektas 2014–2021 m. finansuotas.", "The project was funded in 2014-2021."],
  ["Iki 2023 m. gautų knygų fondas.", "The stock of books received until 2023."],
  ["Nuo 2021 m. ketverių metų kadencijai.", "For a four-year term since 2021."],
  ["Duomenys 2022 m. gruodžio 31 d.", "Data as of December 31, 2022."],
  ["Įsakymas 2022 m. kovo 10 d.", "Order of March 10, 2022."],
  ["2023 m. vasarą vyko stovykla.", "In the summer of 2023 a camp was held."],
  ["Darbai baigti 2017 m. pabaigoje.", "The works were finished at the end of 2017."],
  ["XX a. pradžioje veikė knygynas.", "In the early 20th century a bookshop operated."],
  ["Prieš 1990 m. biblioteka buvo kitur.", "Before 1990 the library was elsewhere."],
  ["Renginys 2023-03-15 – 2023-03-20.", "Event 2023-03-15 - 2023-03-20."],
  ["Data 2022.02.01.", "Date 2022.02.01."],
  ["2022 m. vasario 15 d. pasirašyta sutartis.", "The agreement was signed on February 15, 2022."],
  ["2022 m. vasario 18 d. pasirašyta sutartis.", "The agreement was signed on February 18, 2022."],
  ["2022 m. kovo 23–25 d. vyko konferencija.", "The conference was held on March 23-25, 2022."],
  ["2022 m. balandžio 7 d. biblioteka tapo nare.", "On April 7, 2022 the library became a member."],
  ["2022 m. gegužės 31 d. vyko konferencija.", "The conference was held on May 31, 2022."],
  ["2022 m. rugsėjo 13–16 d. vyko seminaras.", "The seminar was held on September 13-16, 2022."],
  ["2022 m. lapkričio 10 d. vyko konferencija.", "The conference was held on November 10, 2022."],
  ["Įvykdymo data 2023 08 31.", "Completion date 2023-08-31."],
  ["2023 m. sausio mėn. išduota daug knygų.", "In January 2023 many books were lent."],
  ["1919 m. vasario–balandžio mėn. biblioteka nedirbo.", "From February to April 1919 the library was closed."],
];

// date-fns can express single dates in one fixed format each; `kovo` (March) fails in its lt locale.
const DATE_FNS_CASES: ReadonlyArray<readonly [string, string]> = [
  ["2022 m. vasario 1 d.", "yyyy 'm.' MMMM d 'd.'"],
  ["2022 m. rugsėjo 30 d.", "yyyy 'm.' MMMM d 'd.'"],
  ["2023 m. gruodžio 31 d.", "yyyy 'm.' MMMM d 'd.'"],
  ["2022 m. gegužės 14 d.", "yyyy 'm.' MMMM d 'd.'"],
  ["2022 m. liepos 27 d.", "yyyy 'm.' MMMM d 'd.'"],
  ["2022-02-01", "yyyy-MM-dd"],
  ["2023-06-05", "yyyy-MM-dd"],
  ["2022.02.01", "yyyy.MM.dd"],
  ["2024 12 31", "yyyy MM dd"],
  ["2022 m. kovo 10 d.", "yyyy 'm.' MMMM d 'd.'"],
];

const REFERENCE = new Date(Date.UTC(2022, 0, 1));
const lithuanian = PAIRS.map(([l]) => l);
const english = PAIRS.map(([, e]) => e);

// Longer runs than the default: the ratio must hold on a busy 2-core machine.
const LONG = { time: 3000, warmupTime: 500 };

describe("50 sentences, one date expression each (same expressions, Lithuanian vs English)", () => {
  bench(
    "bibliotekos findDates (Lithuanian)",
    () => {
      for (const text of lithuanian) findDates(text);
    },
    LONG,
  );
  bench(
    "anchor: chrono-node chrono.parse (English)",
    () => {
      for (const text of english) chrono.parse(text, REFERENCE);
    },
    LONG,
  );
});

describe("single dates in a fixed format (what date-fns can express)", () => {
  bench(
    "bibliotekos parseDate",
    () => {
      for (const [text] of DATE_FNS_CASES) parseDate(text);
    },
    LONG,
  );
  bench(
    "anchor: date-fns parse with the lt locale",
    () => {
      for (const [text, format] of DATE_FNS_CASES) parseDateFns(text, format, REFERENCE, { locale: lt });
    },
    LONG,
  );
});

const corpus = [chronicle, report, ...constructed.forms.flatMap((f) => f.find.map((c) => c.text))];
const corpusExpressions = corpus.reduce((n, text) => n + findDates(text, { ref: "2022" }).length, 0);
describe(`findDates on our corpus (seeds + constructed sentences: ${corpusExpressions} expressions per iteration)`, () => {
  bench("bibliotekos findDates", () => {
    for (const text of corpus) findDates(text, { ref: "2022" });
  });
});

const MB = 1_000_000;
const repeatTo = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
describe("1 MB inputs (linear time)", () => {
  const real = repeatTo(`${chronicle}\n${report}\n`);
  bench("real text (chronicle + report repeated)", () => {
    findDates(real, { ref: "2022" });
  });
  for (const [label, unit] of [
    ["adversarial 1-1-1-…", "1-"],
    ["adversarial m. m. m. …", "m. "],
    ["adversarial digits", "7"],
    ["adversarial 2022-2022-…", "2022-"],
    ["adversarial nuo nuo …", "nuo "],
  ] as const) {
    const text = repeatTo(unit);
    bench(label, () => {
      findDates(text);
    });
  }
});
