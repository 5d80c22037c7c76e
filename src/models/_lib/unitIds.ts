import { UNITS } from "../../lexicon/units";

/** The lexicon's unit ids, for the `unit` fields of observations and targets. */
export const UNIT_IDS = UNITS.map((u) => u.id);
