/**
 * @stat3/pharm — pharmacology on any model of the engine: dose–response (4-parameter Hill fits),
 * drug combinations and synergy scores (Bliss, HSA, Loewe, ZIP), user data from CSV. Isomorphic.
 * (The STAT3 model's own runner doses by segments: @stat3/stat3 drugs/drugs.ts `Regimen`, scenarios/run.ts.)
 *
 * Table of contents:
 *   1. diagnostics     messages.ts — stable E-PHARM codes (errors are the engine's EngineError)
 *   2. dose–response   hill.ts — 4PL model, bounded LM fit, bootstrap CIs, goodness of fit
 *   3. synergy         synergy.ts — Bliss, HSA, Loewe, ZIP (δ) on a dose matrix, SynergyFinder summaries
 *   4. data            csv.ts — dose–response pairs and long-format combination matrices from CSV text
 *   5. random numbers  rng.ts — seeded mulberry32 for the bootstrap
 *   6. regimens        regimen.ts — constant/window, bolus with decay, repeated dosing as SBML rules/events
 */
// 1. diagnostics

// 4. data
export { type CsvTable, comboFromCsv, doseResponseFromCsv, parseCsv } from "./csv.js";
// 2. dose–response
export {
  type BootstrapOptions,
  bootstrapHill,
  fitHill,
  type HillCi,
  type HillFit,
  type HillFitOptions,
  type HillName,
  type HillParams,
  hill,
  hillInverse,
} from "./hill.js";
export { PharmCodes } from "./messages.js";
// 6. regimens
export { applyRegimen, type DosingRegimen, exposureAt } from "./regimen.js";
// 5. random numbers
export { mulberry32, type Rng } from "./rng.js";
// 3. synergy
export {
  allSynergy,
  bliss,
  type ComboMatrix,
  checkMatrix,
  fitSingleAgents,
  hsa,
  loewe,
  loeweExpected,
  percentInhibition,
  SYNERGY_MODELS,
  type SynergyModel,
  type SynergyResult,
  type SynergySummary,
  summarizeSynergy,
  synergy,
  zip,
} from "./synergy.js";
