// fast-check arbitraries of valid records, written by hand from the schemas.
import fc from "fast-check";
import { LEGAL_FORMS, PROGRAMMES, FUNDING_SOURCES } from "../../src/reference/index";
import { ORGANIZATION_KINDS, PROJECT_ROLES, UNIT_EVENT_KINDS } from "../../src/models/index";

const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A valid partial date of any precision. */
export const partialDate = fc
  .record({
    y: fc.integer({ min: 1990, max: 2040 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom(1, 2, 3),
  })
  .map(({ y, m, d, precision }) =>
    precision === 1 ? String(y) : precision === 2 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`,
  );

/** Two partial dates, the second not before the first (compared by the days they cover). */
export const orderedDates = fc.tuple(partialDate, partialDate).map(([a, b]) => {
  const first = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
  return first(a) <= first(b) ? ([a, b] as const) : ([b, a] as const);
});

export const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.length > 0);
export const id = fc.stringMatching(/^[a-z0-9_-]{1,20}$/);
export const decimal = fc
  .tuple(fc.boolean(), fc.nat({ max: 10_000_000 }), fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }))
  .map(([neg, int, frac]) => `${neg && int > 0 ? "-" : ""}${int}${frac ? `.${frac}` : ""}`);
export const money = fc.record({ amount: decimal, currency: fc.constantFrom("EUR" as const, "LTL" as const) });
export const period = orderedDates.chain(([a, b]) =>
  fc.constantFrom({ start: a, end: b }, { start: a, end: null }, { start: null, end: b }),
);

export const organization = fc.record(
  {
    name: text,
    kind: fc.constantFrom(...ORGANIZATION_KINDS),
    country: fc.constantFrom("LT", "LV", "NO", "IT", "RU"),
    legalForm: fc.constantFrom(...LEGAL_FORMS.map((f) => f.id)),
    city: text,
    aliases: fc.array(text, { maxLength: 2 }),
  },
  { requiredKeys: ["name", "kind", "country"] },
);

export const agreement = fc
  .record({
    dates: orderedDates,
    open: fc.boolean(),
    library: text,
    parties: fc.array(organization, { minLength: 1, maxLength: 11 }),
    purpose: fc.option(text, { nil: undefined }),
  })
  .map(({ dates, open, library, parties, purpose }) => ({
    library,
    parties,
    signed: dates[0],
    ...(open ? {} : { validUntil: dates[1] }),
    ...(purpose === undefined ? {} : { purpose }),
  }));

const history = fc
  .array(partialDate, { maxLength: 4 })
  .chain((dates) =>
    fc.tuple(...[...dates].sort().map((date) => fc.record({ kind: fc.constantFrom(...UNIT_EVENT_KINDS), date: fc.constant(date) }))),
  );

export const branch = fc.record(
  { id, name: text, type: fc.constantFrom("city_branch" as const, "rural_branch" as const), history },
  { requiredKeys: ["id", "name", "type"] },
);

export const institution = fc.uniqueArray(branch, { selector: (b) => b.id, maxLength: 5 }).chain((branches) =>
  fc.record({
    id,
    name: text,
    type: fc.constantFrom("municipal_public" as const, "county_public" as const),
    staff: fc.uniqueArray(fc.record({ year: fc.integer({ min: 1990, max: 2040 }), count: fc.nat({ max: 500 }) }), {
      selector: (s) => s.year,
      maxLength: 3,
    }),
    branches: fc.constant(branches),
    servicePoints:
      branches.length === 0
        ? fc.constant([])
        : fc.uniqueArray(
            fc.record({
              id: id.map((x) => `sp-${x}`),
              name: text,
              type: fc.constantFrom("service_point_regular" as const, "service_point_on_demand" as const),
              servedBy: fc.constantFrom(...branches.map((b) => b.id)),
            }),
            { selector: (p) => p.id, maxLength: 3 },
          ),
  }),
);

export const project = fc.record(
  {
    title: text,
    programmeId: fc.constantFrom(...PROGRAMMES.map((p) => p.id)),
    role: fc.constantFrom(...PROJECT_ROLES),
    participants: fc.array(fc.record({ organization, role: fc.constantFrom(...PROJECT_ROLES) }), { maxLength: 3 }),
    period,
    funding: fc.array(
      fc.record({ sourceId: fc.constantFrom(...FUNDING_SOURCES.map((s) => s.id)), received: money, used: money }, { requiredKeys: [] }),
      { maxLength: 3 },
    ),
    results: fc.array(fc.record({ text, value: decimal }, { requiredKeys: ["text"] }), { maxLength: 3 }),
  },
  { requiredKeys: ["title"] },
);

export const annualReport = fc
  .uniqueArray(
    fc.record({
      id,
      name: text,
      kind: fc.constantFrom("total" as const, "central_library" as const, "branch" as const, "branch_group" as const),
    }),
    { selector: (u) => u.id, minLength: 1, maxLength: 4 },
  )
  .chain((units) =>
    fc.record({
      institutionId: id,
      year: fc.integer({ min: 1990, max: 2040 }),
      reportingPeriod: period,
      units: fc.constant(units),
      observations: fc.array(
        fc.record({
          unitId: fc.constantFrom(...units.map((u) => u.id)),
          indicator: fc.constantFrom("loans", "events", "reach"),
          period,
          value: decimal,
        }),
        { maxLength: 6 },
      ),
      budgetLines: fc.array(
        fc.record(
          {
            year: fc.integer({ min: 1990, max: 2040 }),
            sourceId: fc.constantFrom(...FUNDING_SOURCES.map((s) => s.id)),
            articleCode: fc.constantFrom("2.1.1", "2.1.1.1.1.1", "2.2", "2.7"),
            planned: money,
            received: money,
            used: money,
          },
          { requiredKeys: ["year", "sourceId"] },
        ),
        { maxLength: 4 },
      ),
    }),
  );

const bound = fc
  .tuple(fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), fc.constantFrom("EUR" as const, "LTL" as const))
  .map(([a, b, currency]) => ({
    min: { amount: String(Math.min(a, b)), currency },
    max: { amount: `${Math.max(a, b)}.00`, currency },
  }));

export const amountRange = fc.tuple(bound, fc.constantFrom("min", "max", "both"), fc.boolean()).map(([{ min, max }, which, exclusive]) => ({
  ...(which === "max" ? {} : { min, minExclusive: exclusive }),
  ...(which === "min" ? {} : { max }),
}));

export const sponsor = fc.record(
  {
    organization,
    role: fc.constantFrom("main_sponsor" as const, "sponsor" as const, "information_sponsor" as const, "partner" as const),
    project: text,
    period,
  },
  { requiredKeys: ["organization", "role"] },
);

export const support = fc.record(
  {
    from: fc.array(id, { maxLength: 3 }),
    fromNote: text,
    project: text,
    period,
    kind: fc.constantFrom("money" as const, "in_kind" as const, "mixed" as const),
    amount: amountRange,
  },
  { requiredKeys: [] },
);

export const association = fc.record(
  {
    name: text,
    founded: partialDate,
    goals: fc.array(text, { maxLength: 4 }),
    activities: fc.array(text, { maxLength: 4 }),
    governingBodies: fc.array(
      fc.record({
        name: text,
        role: fc.constantFrom("highest_body" as const, "collegial_management" as const, "head" as const, "other" as const),
      }),
      { maxLength: 3 },
    ),
    members: fc.array(organization, { maxLength: 2 }),
  },
  { requiredKeys: ["name"] },
);

export const servicePoint = fc.record(
  { id, name: text, type: fc.constantFrom("service_point_regular" as const, "service_point_on_demand" as const), servedBy: id, history },
  { requiredKeys: ["id", "name", "type"] },
);
