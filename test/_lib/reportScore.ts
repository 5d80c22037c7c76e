// Scores a read AnnualReport against a hand-made one: observations by unit (matched by name),
// indicator, period and difference period, then value and unit; budget lines by source, article
// and amounts; targets by ref, plan and outcome, and the actual value where both have one.
import type { AnnualReport, Observation } from "../../src/models/index";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

export interface ReportScore {
  observations: number;
  right: number;
  contradicting: string[];
  missing: string[];
  extra: number;
  budgetRight: number;
  budgetLines: number;
  budgetMisses: string[];
  targetsRight: number;
  targets: number;
  targetMisses: string[];
}

type BudgetLine = NonNullable<AnnualReport["budgetLines"]>[number];
type Target = NonNullable<AnnualReport["targets"]>[number];

function unitNames(report: AnnualReport): Map<string, string> {
  return new Map(report.units.map((u) => [u.id, u.kind === "total" ? "total" : fold(u.name)]));
}

const key = (o: Observation, names: Map<string, string>) =>
  [names.get(o.unitId) ?? o.unitId, o.indicator, o.period.start, o.period.end, o.differenceFrom?.start ?? ""].join("|");
const money = (m: { amount: string } | undefined) => (m === undefined ? "" : String(Number(m.amount)));
const lineKey = (b: BudgetLine) =>
  [
    b.sourceId,
    b.articleCode ?? "",
    money(b.planned),
    money(b.received),
    money(b.used),
    money(b.carriedOver),
    money(b.collected),
    b.executionPercent === undefined ? "" : Number(b.executionPercent),
  ].join("|");
const targetKey = (t: Target) =>
  [
    t.ref,
    t.planned?.comparison,
    t.planned?.value === undefined ? "" : Number(t.planned.value),
    t.planned?.unit ?? "",
    t.outcome ?? "",
  ].join("|");

export function scoreReport(read: AnnualReport, expected: AnnualReport): ReportScore {
  const readNames = unitNames(read);
  const expectedNames = unitNames(expected);
  const got = new Map<string, Observation>();
  for (const o of read.observations ?? []) got.set(key(o, readNames), o);
  const score: ReportScore = {
    observations: expected.observations?.length ?? 0,
    right: 0,
    contradicting: [],
    missing: [],
    extra: 0,
    budgetRight: 0,
    budgetLines: expected.budgetLines?.length ?? 0,
    budgetMisses: [],
    targetsRight: 0,
    targets: expected.targets?.length ?? 0,
    targetMisses: [],
  };
  const matched = new Set<string>();
  for (const o of expected.observations ?? []) {
    const k = key(o, expectedNames);
    const r = got.get(k);
    matched.add(k);
    if (r === undefined) score.missing.push(`${k} = ${o.value}`);
    else if (r.value === o.value && (r.unit ?? null) === (o.unit ?? null)) score.right++;
    else score.contradicting.push(`${k}: read ${r.value} ${r.unit ?? ""}, expected ${o.value} ${o.unit ?? ""}`);
  }
  score.extra = [...got.keys()].filter((k) => !matched.has(k)).length;
  const readLines = (read.budgetLines ?? []).map(lineKey);
  for (const b of expected.budgetLines ?? []) {
    const at = readLines.indexOf(lineKey(b));
    if (at === -1) score.budgetMisses.push(lineKey(b));
    else {
      score.budgetRight++;
      readLines.splice(at, 1);
    }
  }
  const readTargets = new Map((read.targets ?? []).map((t) => [t.ref, t]));
  for (const t of expected.targets ?? []) {
    const r = t.ref === undefined ? undefined : readTargets.get(t.ref);
    const actualOk = r !== undefined && (t.actual === undefined || (r.actual !== undefined && Number(r.actual) === Number(t.actual)));
    if (r !== undefined && targetKey(r) === targetKey(t) && actualOk) score.targetsRight++;
    else
      score.targetMisses.push(
        `${targetKey(t)} actual ${t.actual ?? "-"} ← read ${r === undefined ? "nothing" : `${targetKey(r)} actual ${r.actual ?? "-"}`}`,
      );
  }
  return score;
}
