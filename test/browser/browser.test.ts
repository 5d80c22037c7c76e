// Loads the built ESM bundle in a real browser (Debian's chromium, through playwright-core) and
// runs the same date, number, money and check examples there as in Node, expecting the same
// results; then drives examples/browser/index.html and saves a screenshot to .tmp/; then the report
// viewer, examples/browser/report.html: the 2023 Ignalina report in, as a .docx and as pasted
// text, and every finding Node gives listed and marked where locateFindings says it is. With
// UPDATE_SCREENSHOTS=1 it rewrites docs/images/report-viewer.png (otherwise .tmp/, so that CI
// never changes a tracked file).
// Without /usr/bin/chromium the tests fail in CI (CI=true) and are skipped elsewhere.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ReportFinding } from "../../src/checks/index";
import { serve } from "../../examples/browser/serve";
import { buildLibraryEsm } from "../_lib/build";
import { readFixture, readSeed } from "../_lib/seeds";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const root = join(__dirname, "..", "..");
const REPORT_DOCX = join(root, "test", "fixtures", "docx", "annual-report-2023-ignalina.docx");
const SCREENSHOT = join(root, "docs", "images", "report-viewer.png");
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === "true" || process.env.CI === "1";

if (!available && !inCi) console.warn(`browser tests skipped: ${CHROMIUM} is missing (install it: apt-get install -y chromium)`);

/** The modules an example is given, by name. */
const MODULES = {
  dates: "bibliotekos/dates",
  numbers: "bibliotekos/numbers",
  money: "bibliotekos/money",
  checks: "bibliotekos/checks",
} as const;

/**
 * The examples, as function source run in both places with the modules and the inputs. Each
 * returns plain data (JSON), compared between Node and the browser and, where written, with
 * the value it must have.
 */
const EXAMPLES: Array<{ name: string; source: string; expected?: unknown }> = [
  { name: "findDates on the 2022 chronicle", source: "(m, input) => m.dates.findDates(input.chronicle)" },
  {
    name: "parseDate and formatDate",
    source: `(m) => [m.dates.parseDate("2022 m. rugsėjo 30 – spalio 1 d."), m.dates.parseDate("2023 m. II ketv."), m.dates.formatDate({ start: "1990", end: null })]`,
    expected: [{ start: "2022-09-30", end: "2022-10-01" }, { start: "2023-04", end: "2023-06" }, "nuo 1990 m."],
  },
  { name: "findQuantities on the 2023 report", source: "(m, input) => m.numbers.findQuantities(input.report)" },
  {
    name: "parseNumber, parseQuantity and formatAmount",
    source: `(m) => [m.numbers.parseNumber("73 341"), m.numbers.parseQuantity("100 tūkst. Lt"), m.numbers.formatAmount("774795"), m.numbers.roundDecimal("2.345", 2)]`,
    expected: ["73341", { value: "100000", unit: "LTL" }, "774\u00a0795,00\u00a0Eur", "2.35"],
  },
  {
    name: "money: sumMoney, allocate, litas to euros",
    source: `(m) => [m.money.sumMoney([m.money.money("0.1", "EUR"), m.money.money("0.2", "EUR")]), m.money.allocate(m.money.money("100.00", "EUR"), [1, 1, 1]).map((x) => x.amount), m.money.convertLtlToEur(m.money.money("250", "LTL"))]`,
    expected: [{ amount: "0.3", currency: "EUR" }, ["33.34", "33.33", "33.33"], { amount: "72.41", currency: "EUR" }],
  },
  { name: "checkReport on the 2023 Ignalina report", source: "(m, input) => m.checks.checkReport(input.annualReport)" },
  {
    name: "checkReport on a record that is not a report",
    source: `(m) => m.checks.checkReport({ year: "2023" }).map((f) => [f.code, f.path.join(".")])`,
  },
];

const inputs = {
  chronicle: readSeed("chronicle2022"),
  report: readSeed("report2023"),
  annualReport: JSON.parse(readFixture("models/annual-report-2023-ignalina.json")) as unknown,
};

let dist = "";
let server: Server | undefined;
let url = "";
let context: BrowserContext | undefined;
let page: Page;
let profile = "";
const pageErrors: string[] = [];

async function inNode(source: string): Promise<unknown> {
  const modules: Record<string, unknown> = {};
  for (const [key, specifier] of Object.entries(MODULES)) {
    modules[key] = await import(pathToFileURL(join(dist, specifier.slice("bibliotekos/".length), "index.js")).href);
  }
  const run = new Function(`return (${source})`)() as (m: unknown, input: unknown) => unknown;
  return JSON.parse(JSON.stringify(await run(modules, inputs)));
}

// A string, so that the test runner does not rewrite its import() for Node.
const BROWSER_RUN = `async ({ source, modules, inputs }) => {
  const loaded = {};
  for (const [key, specifier] of Object.entries(modules)) loaded[key] = await import(specifier);
  const run = new Function("return (" + source + ")")();
  return JSON.parse(JSON.stringify(await run(loaded, inputs)));
}`;

async function inBrowser(source: string): Promise<unknown> {
  return page.evaluate(([code, arg]) => (0, eval)(`(${code})`)(arg) as Promise<unknown>, [
    BROWSER_RUN,
    { source, modules: MODULES, inputs },
  ] as const);
}

/**
 * Puts a long text into a text area, as pasting does (its value set at once, then an `input`
 * event): `page.fill` types it in, which takes Chromium 15 s on the 60 kB report JSON.
 */
async function setValue(selector: string, value: string): Promise<void> {
  await page.$eval(
    selector,
    (node, text) => {
      (node as HTMLTextAreaElement).value = text;
      node.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );
}

/** A location of locateFindings, as the test reads it. */
type Where = { block: number; row?: number; column?: number; start?: number; end?: number };
/** What Node gives the viewer's marks: each finding, its locations and, in a paragraph, the text there. */
type Expected = { located: Array<{ finding: ReportFinding; locations: Where[]; texts: string[] }>; unread: number };

/** readDocx or readReportText, readReport, checkReport and locateFindings in Node, from the same build. */
async function expectedOf(kind: "docx" | "text"): Promise<Expected> {
  const load = async (name: string) =>
    (await import(pathToFileURL(join(dist, name, "index.js")).href)) as Record<string, (...args: unknown[]) => unknown>;
  const [docx, texts, checks] = [await load("docx"), await load("texts"), await load("checks")];
  type Document = { blocks: Array<{ kind: string; text?: string; listLabel?: string }> };
  const document = (
    kind === "docx" ? await docx.readDocx?.(new Uint8Array(readFileSync(REPORT_DOCX))) : texts.readReportText?.(inputs.report)
  ) as Document;
  const { report, unread } = texts.readReport?.(document) as { report: unknown; unread: unknown[] };
  const located = checks.locateFindings?.(report, checks.checkReport?.(report)) as Array<{ finding: ReportFinding; locations: Where[] }>;
  const textAt = (where: Where): string[] => {
    const block = document.blocks[where.block];
    if (block?.kind !== "paragraph" || where.start === undefined) return [];
    return [(block.listLabel === undefined ? (block.text ?? "") : `${block.listLabel} ${block.text ?? ""}`).slice(where.start, where.end)];
  };
  return { located: located.map((l) => ({ ...l, texts: l.locations.flatMap(textAt) })), unread: unread.length };
}

/** Waits for the viewer's run, then checks that it lists every finding and marks each that has a location there. */
async function expectViewerShows(run: number, expected: Expected): Promise<void> {
  await page.waitForSelector(`#status[data-run="${run}"]`, { timeout: 15_000 });
  expect((await page.getAttribute("#status", "class")) ?? "").not.toContain("error");
  expect(await page.$$eval("#findings li", (nodes) => nodes.map((n) => (n as HTMLElement).dataset.code))).toEqual(
    expected.located.map((l) => l.finding.code),
  );
  expect(Number(await page.getAttribute("#status", "data-unread-count"))).toBe(expected.unread);
  expect(await page.textContent("#status")).toContain(`Neperskaityta dalių: ${expected.unread}.`);
  const marks = await page.$$eval("#document [data-findings]", (nodes) =>
    nodes.map((n) => {
      const node = n as HTMLElement;
      const { findings = "", row, column } = node.dataset;
      return {
        findings: findings.split(" "),
        tag: node.tagName,
        text: node.textContent ?? "",
        block: (node.closest("[data-block]") as HTMLElement | null)?.dataset.block,
        className: node.className,
        title: node.title,
        row,
        column,
      };
    }),
  );
  expect(expected.located.filter((l) => l.locations.length > 0).length).toBeGreaterThan(10);
  expected.located.forEach(({ finding, locations, texts }, number) => {
    const on = marks.filter((m) => m.findings.includes(String(number)));
    const about = `${finding.code} ${finding.path.join(".")}`;
    if (locations.length === 0) return expect(on, about).toEqual([]);
    expect(on.length, about).toBeGreaterThan(0);
    for (const m of on) {
      expect(m.className, about).toMatch(new RegExp(`\\bfinding\\b.*\\bseverity-(${finding.severity}|error|warning)\\b`));
      expect(m.title, about).toContain(finding.message.lt);
      expect(
        locations.map((w) => String(w.block)),
        about,
      ).toContain(m.block);
    }
    for (const where of locations.filter((w) => w.row !== undefined)) {
      expect(
        on.some((m) => m.tag === "TD" && m.row === String(where.row) && m.column === String(where.column)),
        about,
      ).toBe(true);
    }
    if (texts.length > 0)
      expect(
        on
          .filter((m) => m.tag === "MARK")
          .map((m) => m.text)
          .join(""),
        about,
      ).toBe(texts.join(""));
    if (finding.code === "claim_differs_from_table") expect(texts, about).toEqual([finding.figures.text]);
  });
}

describe.runIf(available || inCi)("the built ESM bundle in Chromium", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    expect(available, `${CHROMIUM} is missing: .ci/run installs Debian's chromium before the tests`).toBe(true);
    dist = await buildLibraryEsm("browser-build");
    ({ server, url } = await serve(0, { dist }));
    profile = mkdtempSync(join(tmpdir(), "bibliotekos-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1000, height: 1200 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(`${url}/examples/browser/index.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.each(EXAMPLES.map((e) => [e.name, e] as const))("gives in the browser what Node gives: %s", async (_name, example) => {
    const node = await inNode(example.source);
    const browser = await inBrowser(example.source);
    expect(browser).toEqual(node);
    if ("expected" in example) expect(node).toEqual(example.expected);
    expect(Array.isArray(node) ? node.length : 1).toBeGreaterThan(0);
  });

  it("highlights in examples/browser/index.html the dates and numbers that Node finds in a real text", async () => {
    const text = inputs.chronicle.slice(0, 1500);
    await page.fill("#text", text);
    await page.click("#read");
    const marks = await page.$$eval("#highlighted mark", (nodes) => nodes.map((n) => [n.className, n.textContent]));
    const dates = (await inNode(`(m) => m.dates.findDates(${JSON.stringify(text)}).map((d) => d.text)`)) as string[];
    expect(marks.filter(([kind]) => kind === "date").map(([, t]) => t)).toEqual(dates);
    expect(marks.length).toBeGreaterThan(3);
    expect(await page.textContent("#highlighted")).toBe(text);
  });

  it("lists in examples/browser/index.html the findings of a pasted report, and saves a screenshot", async () => {
    const report = readFixture("models/annual-report-2023-ignalina.json");
    await setValue("#report", report);
    await page.click("#check");
    const codes = await page.$$eval("#findings li strong", (nodes) => nodes.map((n) => n.textContent));
    const expected = (await inNode(`(m, input) => m.checks.checkReport(input.annualReport).map((f) => f.code)`)) as string[];
    expect(codes).toEqual(expected);
    const at = inputs.report.indexOf("fiz. vnt.");
    await page.fill("#text", inputs.report.slice(Math.max(0, at - 700), at + 500));
    await page.click("#read");
    mkdirSync(join(root, ".tmp"), { recursive: true });
    const shot = await page.screenshot({ path: join(root, ".tmp", "browser-example.png"), fullPage: true });
    expect(shot.length).toBeGreaterThan(10_000);
    expect(pageErrors).toEqual([]);
  });
  it("report viewer: reads the 2023 report's .docx, lists every finding and marks each on its cell or text; a click scrolls to it", async () => {
    // (Node reads the report while the browser loads the page: the two take seconds each.)
    const node = expectedOf("docx");
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${url}/examples/browser/report.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 20_000 });
    await page.setInputFiles("#file", REPORT_DOCX);
    const expected = await node;
    await expectViewerShows(1, expected);
    const claim = expected.located.findIndex((l) => l.finding.code === "claim_differs_from_table");
    await page.click(`#findings li[data-finding="${claim}"]`);
    const inView = await page.$eval(`#document [data-findings~="${claim}"]`, (node) => {
      const box = node.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.click(`#findings li[data-finding="${expected.located.findIndex((l) => l.finding.code === "sign_lost")}"]`);
    const path = process.env.UPDATE_SCREENSHOTS === "1" ? SCREENSHOT : join(root, ".tmp", "report-viewer.png");
    mkdirSync(join(path, ".."), { recursive: true });
    expect((await page.screenshot({ path })).length).toBeGreaterThan(50_000);
    expect(existsSync(SCREENSHOT), "docs/images/report-viewer.png: make it with UPDATE_SCREENSHOTS=1 npx vitest run test/browser").toBe(
      true,
    );
  });

  it("report viewer: says in Lithuanian what is wrong with a file that is not a Word document, and lists nothing", async () => {
    await page.setInputFiles("#file", {
      name: "ataskaita.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("ne zip failas"),
    });
    await page.waitForSelector('#status[data-run="2"]', { timeout: 15_000 });
    expect(await page.getAttribute("#status", "class")).toContain("error");
    expect(await page.textContent("#status")).toMatch(/^Nepavyko perskaityti: \S/);
    expect(await page.$$("#findings li")).toHaveLength(0);
  });

  it("report viewer: gives the same from the report's text pasted in", async () => {
    await setValue("#paste", inputs.report);
    await page.click("#check-text");
    await expectViewerShows(3, await expectedOf("text"));
    expect(pageErrors).toEqual([]);
  });
});
