/** The lexicon unit a catalogue indicator's figures are written in. */
import type { Indicator, IndicatorUnit } from "../../../indicators/catalogue";
import type { UnitId } from "../../../lexicon/units";

const UNIT_OF: Record<IndicatorUnit, UnitId | undefined> = {
  persons: "persons",
  visits: undefined,
  physical_units: "physical_units",
  titles: "titles",
  items: "items",
  events: "items",
  sessions: "items",
  requests: "items",
  hours: "hours",
  m2: "m2",
  metres: "metres",
  fte: undefined,
  service_points: "items",
  EUR: "EUR",
  percent: "percent",
  ratio: undefined,
};

/** The lexicon unit of an indicator's figures, or `undefined` (ratios, FTE, visits). */
export function unitOfIndicator(indicator: Indicator): UnitId | undefined {
  return UNIT_OF[indicator.unit];
}
