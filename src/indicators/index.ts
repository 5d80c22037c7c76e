/**
 * Indicators of the annual report: the catalogue (Lithuanian and English names, units,
 * additivity, formulas, printed precision, ISO counterparts), derived indicators computed
 * exactly, rollups over the hierarchy of reporting units, year-on-year change and targets.
 *
 * @module indicators
 */
export { getIndicator, INDICATORS, type Indicator, type IndicatorFormula, type IndicatorUnit } from "./catalogue";
export { computeIndicator, type ComputedIndicator, type ComputeIndicatorOptions } from "./computeIndicator";
export { change, type ChangeOptions, type IndicatorChange } from "./change";
export { evaluateTarget, type EvaluateTargetOptions, type IndicatorTarget, type TargetEvaluation } from "./evaluateTarget";
export { share, type Share, type ShareOptions } from "./share";
export { rollup, type RolledUpObservation } from "./rollup";
export type { Observation, ReportingUnit } from "../models/AnnualReport";
export { BibliotekosError, isBibliotekosError, type ErrorCode, type SafeResult } from "../errors/index";
