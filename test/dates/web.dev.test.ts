// Scores findDates on the dev set of real library web passages (issue #18,
// test/fixtures/web/dev/dates.json, annotated by hand without reading the reader): the rule
// writers' set, the one the rules of #18 were tuned on. It is scored as the held-out set is, by
// test/_lib/webDates.ts (convention-dependent items not required, trap hits, times of day).
// Run with WEB_VERBOSE=1 to print every miss.
import { describe, expect, it } from "vitest";
import { readWebDates, scoreWebDates } from "../_lib/webDates";

const cases = readWebDates("web/dev/dates.json");

describe("findDates on the dev set of real web passages (issue #18)", () => {
  const { result, trapHits, timesWanted, timesRight, timesWrong, line } = scoreWebDates("dev web dates", cases);

  it("reports the scores", () => {
    console.log(`${line}, times ${timesRight}/${timesWanted}`);
    if (process.env.WEB_VERBOSE) console.log([...result.failures, ...trapHits, ...timesWrong].join("\n"));
    expect(result.cases).toBe(41);
  });

  it("keeps the floors reached on the dev set", () => {
    expect(result.precision).toBeGreaterThanOrEqual(0.99);
    expect(result.recall).toBeGreaterThanOrEqual(1);
  });

  it("reads no trap as a date", () => {
    expect(trapHits).toEqual([]);
  });

  it("returns the time of day of a day in a plan, and no time where none is written", () => {
    expect(timesWrong).toEqual([]);
  });
});

// The held-out sets whose dates were opened after their first held-out score (docs/dates.md gives
// each first run), dev sets since, each collected on 2026-12-03 by annotators who never saw the
// reader. Each keeps the floors reached after opening, reads no trap but those it names, and names what it leaves.
const OPENED = [
  // The tenth (12 passages; first run 93.8 % / 86.5 %). Left: a year glued to an image's file name
  // (`…JPG1995 metais`). Read since it was opened: month headings and ranges of a plan (`Sausis-
  // vasaris`, `Kovo 1-31`, `Balandis 19 - 25`), a date after `g.` (`(g.1921-01-23)`), and a day
  // under a dated heading two paragraphs up.
  { name: "opened10", files: ["web/opened10/dates-pe.json"], size: 12, precision: 1, recall: 0.98 },
  // The eleventh (12 passages of regional news, culture centres, museums, a community, a school, a
  // city agency; first run 100 % / 86.9 %). Read since: a plan's month before its entry (`Vasaris
  // Ylakių … paroda`), a month in a heading in capitals (`RENGINIAIS DOSNUS SPALIS`), a month's
  // days without `d.` closed by a mark (`(vasario 21-22)`, `(birželio 20)`, `(balandžio 22, 24–25)`).
  { name: "opened11", files: ["web/opened11/dates-re.json"], size: 12, precision: 1, recall: 1 },
  // The twelfth (24 passages of regional news, municipal and eldership pages, museums, schools,
  // parishes, communities; first run 95.8 % / 90.4 %). Left: `XIX a. pradžioje – 1819 m.` (the dash
  // means "namely": read as the range 1801–1819). Read since: a day after a school year in its
  // sentence (`2018–2019 m. m. pradėsime ne rugsėjo 1-ąją`), `⎯` (U+23AF) as a range's dash, a suffix
  // after a space (`liepos 6 -osios`), `kitais metais` as the next year, a year and padded month
  // opening a chronicle's line (`1919 01 –`), `11 val. 30 min.` as a time, and a weekday in
  // parentheses before `iki` (`nuo rugsėjo 7 (pirmadienio) iki 15`).
  { name: "opened12", files: ["web/opened12/dates-sa.json", "web/opened12/dates-sb.json"], size: 24, precision: 0.97, recall: 0.97 },
  // The thirteenth (24 passages of regional news, municipal pages, schools' calendars, parishes,
  // culture centres, NGOs; first run 88.6 % / 93.9 %, four trap hits). Left: a day glued to the word
  // before it (`SeniunaitisGruodžio 16 d.`); a year with a space before its period (`Nuo 1927 m .`) is
  // read since session 11.
  // Read since: `iki` after a whole date joins its end without `nuo` (`2016-10-31 iki 2016-11-04`),
  // and a school's half-year before its dates (`I pusmetis 2021-09-01 – …`) is a label, not a half
  // of the calendar year (the four trap hits).
  { name: "opened13", files: ["web/opened13/dates-ta.json", "web/opened13/dates-tb.json"], size: 24, precision: 1, recall: 0.99 },
  // The fifteenth (24 passages of regional news, municipal and eldership pages, a district
  // encyclopedia, parishes, schools, kindergartens, museums, an NGO, a tourism centre; first run
  // 96.9 % / 92.2 %, one trap hit). Left: `po 1944 spalio` (a year without `m.` before a bare month),
  // `05 10.` (a month and day in digits opening a news item), and `Šių metų pradžia - Kovo 19-ąją`
  // read as a range. Read since: a year glued to a sentence's period (`apylinkės.1963 m.`), a month
  // and its year after it (`Mėnuo: balandžio 2019`), a suffix with spaces around its dash (`Kovo 5 –
  // osios`), the time after a weekday in parentheses (`gruodžio 17 d. (antradienį) 18.00 val.`), and
  // no range of days in a list before a comma (`nuo birželio 6 d., 5–8, I–II klasės`: the trap hit).
  { name: "opened15", files: ["web/opened15/dates-wd.json", "web/opened15/dates-we.json"], size: 24, precision: 0.99, recall: 0.97 },
  // The sixteenth (23 passages of regional news, a municipal chronicle, schools, a kindergarten, a
  // parish, a museum, a gallery, NGOs, a sport club; first run 85.3 % / 81.6 %, no trap hit). Read
  // since (session 11): a school table of month-day dates (`09-01 – 01-28`) under a school year's
  // heading, which take the school year's years; months listed in parentheses as a year's events
  // (`(vasaris – kovas)`, `(gegužė)`); a year report's months, which take its title's year (`2007
  // metų veiklos ataskaita … Sausio mėnesį`), not the year it was posted; the stamp orders `2020 m.
  // 2 lapkričio d.` and `2023 rugpjūčio 12 10:06`; since session 12, a term's days alone on their
  // line (`01-31 – 06-09`) stay in the school year above them. Left: a month after a dash in a
  // heading (`Kolumbariumas – gegužę`).
  { name: "opened16", files: ["web/opened16/dates-xd.json", "web/opened16/dates-xe.json"], size: 23, precision: 1, recall: 0.99 },
  // The seventeenth (36 passages of regional news, municipal and eldership pages, a museum, culture
  // centres, schools' calendars, a parish, communities, an NGO, library pages, local histories;
  // first run, session 11, 98.3 % / 98.3 %, one trap hit). Read since: a half-year before a colon
  // and a month is a school term's label (`pirmas pusmetis: rugsėjo 2 d. – …`), a name's initial
  // after `m.` is no school year (`1903 m. M. Ramanausko`), the short suffix `-os` (`nuo gruodžio
  // 5-os dienos`). Left: a newspaper's name read as a century (`Bronius Vertelka | XXI amžius`: the
  // trap hit), `nuo rugsėjo` before an age (`nuo rugsėjo 83-uosius gyvenimo metus`). Read since
  // (session 12): a suffix typed short with a space (`gruodžio 2- sios`).
  {
    name: "opened17",
    files: ["web/opened17/dates-yd.json", "web/opened17/dates-ye.json", "web/opened17/dates-yf.json"],
    size: 36,
    precision: 0.99,
    recall: 1,
    trapHits: ["yd07: XXI amžius -> 2001..2100 (XXI amžius)"],
  },
  // The eighteenth (36 passages of regional news, municipal and eldership pages, a council
  // decision, schools, museums, parishes, an NGO, library pages, church and local histories, a
  // librarians' magazine; first run, session 11, 95.4 % / 94.4 %, two trap hits: a school
  // calendar's `I pusmetis` before `09-01 iki 01-21`). Read since: that label, `iki` after a month
  // and day in digits, a school year opening a line (`2020 – 2021 m.m. atostogų grafikas`), months
  // alone in the accusative, locative or dative in a sentence (`spalį`, `spaliui`), a calendar
  // title's month for its days (`2019 m. birželio mėn. kraštotyros kalendorius`), and since session
  // 12 `kovo 31- sios` (a short suffix after a space). Left: `1920.IX.1` (a Roman month).
  {
    name: "opened18",
    files: ["web/opened18/dates-zd.json", "web/opened18/dates-ze.json", "web/opened18/dates-zf.json"],
    size: 36,
    precision: 1,
    recall: 0.99,
  },
  // The nineteenth (47 passages of regional news and newspapers' histories, municipal and
  // eldership pages, communities, museums, a parish, schools, NGOs, library pages, church and local
  // histories, event calendars and festival programmes; first run, session 11, 97.2 % / 95.9 %, no
  // trap hit). Read since: a month's genitive alone after a range word (`nuo kovo`), a month's day
  // to a later month's day without `d.` (`Vasario 13 – Kovo 14`), a life span opening its
  // parentheses before `;` (`(1841–1892; palaidotas …)`), `renginiai` as a title word (`Renginiai
  // bibliotekoje 2017 metais`). Left: `nuo kovo` whose year is a newspaper's year named two
  // sentences up (`1945-ieji …`), and a date glued to the word before it (`centras2026 01 27`).
  {
    name: "opened19",
    files: ["web/opened19/dates-qa.json", "web/opened19/dates-qb.json", "web/opened19/dates-qc.json", "web/opened19/dates-qd.json"],
    size: 47,
    precision: 0.99,
    recall: 0.99,
  },
  // The twentieth (47 passages of regional news, eldership elections, a village history, parishes,
  // culture centres, schools' calendars and a school museum, NGOs, tourism centres, museums,
  // library pages, manor, church and village histories, exhibition and festival calendars; first
  // run, session 11, 97.5 % / 94.1 %, no trap hit). Read since: a range's end year with two digits
  // (`1945-46 m.`), a year with its marker glued to a word of prose or a sentence's period before
  // its range (`redaguoti1595 m.`, `kambariai.1940–1944 metais`), a day with its day word before a
  // name word (`Rugsėjo 20 dieną gimnazijos`), a numeric range broken after its dash
  // (`2022.09.01-⏎2023.01.20`). Left: a month in capitals before a dash in a sentence (`SPALIS –
  // Misijų mėnuo`), a year glued to a Wikipedia citation's bracket (`1902 m.[3]` after
  // `redaguoti`), month-day digit groups (`09 01–11 30`, read wrong), a holiday's name
  // (`Vasario 16-osios šventiniai renginiai`).
  {
    name: "opened20",
    files: ["web/opened20/dates-fa.json", "web/opened20/dates-fb.json", "web/opened20/dates-fc.json", "web/opened20/dates-fd.json"],
    size: 47,
    precision: 0.99,
    recall: 0.97,
  },
  // The twenty-first (36 passages by three annotators of four, the fourth not done when it was
  // scored: regional news, an eldership's history, a school's calendar, parishes, a bibliophiles'
  // society, a museum, culture centres, library calendars and reports, school and village
  // histories, local encyclopedias; first runs, session 11, 97.7 % / 98.3 % together, one trap
  // hit), opened at the end of the session with its floors at that first run and no rule yet.
  // Read since (session 12): a year in a file's name is none (`ataskaita 2017 metų.pdf`: the trap
  // hit). Left: a bibliography's newspaper date (`Švyturys, 1992, rugsėjo 9, p. 3`: the day takes
  // `ref`'s year, not 1992), a school calendar's June day glued after a year (`…2021 m. … birželio
  // 10 d.` read in 2021).
  {
    name: "opened21",
    files: ["web/opened21/dates-ga.json", "web/opened21/dates-gb.json", "web/opened21/dates-gc.json"],
    size: 36,
    precision: 0.98,
    recall: 0.98,
  },
  // The twenty-second (12 passages by the twenty-first round's fourth annotator, finished after
  // the round was scored: school calendars, regional news of Christmas events, a culture
  // digest; first run, session 12, 91.3 % / 94.0 %, three trap hits: a school calendar's `I
  // pusmetis rugsėjo 1 d. – …`). Read since: a half-year opening its line with a month in the next
  // words on it is a term's label, a school year's days (`Nuo 2025-09-01 iki 2026-06-12`) head the
  // table under them, the suffix `-tą` (`gruodžio 7-tą dieną`), `dienomis` ending a list of days
  // (`Gruodžio 10, 16, 30 dienomis`), `iki kitų metų sausio 7 d.`. Nothing left.
  {
    name: "opened22",
    files: ["web/opened22/dates-gd.json"],
    size: 12,
    precision: 1,
    recall: 1,
  },
  // The twenty-third (59 passages by five annotators, session 12: regional news and council
  // reports, culture centres, schools and kindergartens, an NGO, library calendars and
  // biographies, a Wikipedia diff, an encyclopedia, school calendars, parish and festival
  // programmes, a museum journal, school histories and plans, museum statistics; `he04` left out
  // before scoring: a third of it the same ministry press release of museum visits as a set's page
  // of another year). First run, session 12, after that session's first rules: 93.9 % / 91.9 %,
  // five trap hits (school calendars' `I pusmetis - rugsėjo 1 d.`, `Pirmas pusmetis | … |
  // 2022-09-01`, and the newspaper `XXI Amžius`). Read since: those labels, a school year ending a
  // heading's line, `š. m.`, `-siais`, `mėnesiai`, a century's word in title case as a name, a
  // stamp's nominative month (`30 Kovas 2015`). Left: a Wikipedia diff's linked years (`[[1931]]
  // m. [[spalio 24]] d.`), `(1907–14)` (read as a year and month, refused), `1940 06` mid-sentence,
  // `Lapkričio 16` before a word.
  {
    name: "opened23",
    files: ["ha", "hb", "hc", "hd", "he"].map((p) => `web/opened23/dates-${p}.json`),
    size: 59,
    precision: 0.99,
    recall: 0.95,
  },
  // The twenty-fourth (60 passages by five annotators, session 12: regional news, museums and
  // schools, library and local-history pages, event plans, reports). First run, session 12,
  // after all that session's rules: 99.7 % / 97.7 %, one trap hit (the newspaper `„XXI
  // amžiaus“ priedas`); opened in session 13. Read since: a century quoted alone is a name, a
  // day alone on its line keeps the month of the heading above it (`SAUSIS` / `4 d.` / … / `6
  // d.`), a day glued to a dash after a space (`“Velykinės dekoracijos“ -12 d.`). Left: `liepą`
  // mid-sentence and `Liepą Šilutės …` (a month that is also a noun and a first name).
  {
    name: "opened24",
    files: ["ia", "ib", "ic", "id", "ie"].map((p) => `web/opened24/dates-${p}.json`),
    size: 60,
    precision: 1,
    recall: 0.99,
  },
  // The twenty-fifth (59 passages by five annotators, session 13: regional news and council
  // agendas, culture centres, schools, kindergartens, museums, library and local-history pages,
  // festival programmes, school plans, culture statistics; `jd03` left out before scoring: a
  // quarter of it the national school-holiday schedule a set already holds). First run, session
  // 13, after the twenty-fourth's rules: 94.3 % / 93.7 %, no trap hit. Read since: `Nuo sausio
  // iki kovo`, `1875.I.26`, a chronicle's year opening its line (`1918 m. Krašto apsauga. …
  // gruodžio 26 d.`), `1995, balandžio 22`, `pirmąjį šių metų ketvirtį`, and `2 dienos` in a
  // list of figures is no day. Left: `609 metais` (under `minYear`), `praėjusių metų apžvalga`
  // (read as last year; the annotator left it out), `balandžio rytas`, a stamp stacked on three
  // lines (`23` / `liepos` / `2018`), a PDF's glued heading (`1965 METAIKovo 1 d.`).
  {
    name: "opened25",
    files: ["ja", "jb", "jc", "jd", "je"].map((p) => `web/opened25/dates-${p}.json`),
    size: 59,
    precision: 0.98,
    recall: 0.97,
  },
  // The twenty-sixth (60 passages by five annotators, session 13: manor and church histories,
  // regional news, municipal calls; music schools, museums, scouts, a parish, school calendars;
  // book smugglers' biographies, library news, Wikipedia; 13 January programmes, a museum
  // chronicle, school plans; culture centres' projects and programmes, museum statistics). First
  // run, session 13, after the twenty-seventh's rules and the ordinal's year: 98.8 % / 98.5 %,
  // one trap hit (`Vasario 16-osios gatvių`, a street). Read since: two term labels side by side
  // in a table's heading (`Klasė I pusmetis II pusmetis`), `gatvių` as a name's noun. Left:
  // `gruodžio renginiai` (a month's genitive before a noun), `VINCAS1875 05 16` (glued to a
  // name in capitals), `(po pirmojo pusmečio)` in a school's plan, a header's `2024 / 05 / 13`,
  // `o 6 d.` after a date earlier in the sentence.
  // The twenty-seventh (36 passages by three annotators, session 13, collected beside the
  // twenty-sixth: regional news, event guides, local action groups and a council's act;
  // kindergartens, communities, a museum, a parish, tourism centres; parish announcements, school
  // holiday tables, a museum chronicle, festival rules). First run, session 13, after the
  // twenty-fifth's rules: 97.5 % / 97.5 %, no trap hit. Read since: an events guide's stamp
  // `2022 Lie 06`. Left: a headline's historical day heading the days under it (`Kelios 1941
  // metų birželio 14-osios trėmimo istorijos` / … `birželio 23 dieną`), a table's cell broken
  // after its year (`2025 m.` / `rugpjūčio 29 d.`, read as the year and the day).
  {
    name: "opened26",
    files: ["ba", "bb", "bc", "bd", "be"].map((p) => `web/opened26/dates-${p}.json`),
    size: 60,
    precision: 0.99,
    recall: 0.98,
  },
  {
    name: "opened27",
    files: ["ca", "cb", "cc"].map((p) => `web/opened27/dates-${p}.json`),
    size: 36,
    precision: 0.97,
    recall: 0.98,
  },
];

describe("findDates on the opened held-out sets of real web passages (issue #18)", () => {
  it.each(OPENED)(
    "keeps the floors of $name, and reads no trap but those named",
    ({ name, files, size, precision, recall, trapHits: named = [] }) => {
      const { result, trapHits, timesWrong, line } = scoreWebDates(`${name} web dates`, files.flatMap(readWebDates));
      console.log(line);
      if (process.env.WEB_VERBOSE) console.log([...result.failures, ...trapHits, ...timesWrong].join("\n"));
      expect(result.cases).toBe(size);
      expect(result.precision).toBeGreaterThanOrEqual(precision);
      expect(result.recall).toBeGreaterThanOrEqual(recall);
      expect(trapHits).toEqual(named);
    },
  );
});
