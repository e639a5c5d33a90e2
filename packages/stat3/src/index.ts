/**
 * @stat3/stat3 — the review as a knowledge base, and the STAT3 models built from it. Isomorphic: no
 * Node-only imports, so the base, its queries and the maps load in a browser too.
 *
 * Table of contents:
 *   1. diagnostics         messages.ts — stable E-KB / E-MAP codes (errors are the engine's EngineError)
 *   2. knowledge base      kb/ — types, the loaded base and its queries (search, show, targets, drugs, cells)
 *   3. review text         kb/text.ts — sections, sentences and citations of the review's plain text
 *   4. checks              kb/validate.ts, kb/completeness.ts — validation on load, completeness vs. the text
 *   5. exports             kb/export.ts — JSON, CSV, SIF, GraphML
 *   6. maps                map/ — Fig. 1 and Fig. 2 as graph elements, layout, SVG
 *   7. documentation       kb/docs.ts — markdown pages and SVG maps for docs/kb
 *   8. logical model       logical/ — Fig. 1 + Fig. 2 as a Boolean/MaBoSS model built from the KB; contexts, drugs
 *   9. mechanistic model   model/, contexts/, drugs/, hallmarks/, scenarios/ — the calibrated ODE model of Fig. 1
 *  10. tumour microenvironment  tme/ — Kuznetsov 1994, the Fig. 2 population model, PK/therapy, scenarios
 */
export const REVIEW_ID = "stat3-review";

export { type CellContext, CONTEXT_IDS, CONTEXTS as CELL_CONTEXTS, getContext } from "./contexts/contexts.js";
export {
  DRUG_ACTIONS,
  type DrugAction,
  type DrugSite,
  drugAction,
  K_RUXOLITINIB,
  K_STATTIC,
  KINASE_CELL_SHIFT,
  type Regimen,
} from "./drugs/drugs.js";
export {
  HALLMARK_DEFINITIONS,
  HALLMARK_IDS,
  type HallmarkDefinition,
  type SeriesSummary,
  summarise,
} from "./hallmarks/hallmarks.js";
export {
  type CompletenessReport,
  type CoverageReport,
  causalCoverage,
  checkCompleteness,
  isNameLike,
  type Miss,
} from "./kb/completeness.js";
export { ALLOW_LIST, NOT_CAUSAL } from "./kb/data/allowlist.js";
// 7. documentation
export { generateDocs, REGENERATE_COMMAND, REGENERATE_COMMAND_SOURCE } from "./kb/docs.js";
// 5. exports
export {
  CSV_TABLES,
  type CsvTable,
  EXPORT_FORMATS,
  type ExportFormat,
  exportKb,
  xmlEscape,
} from "./kb/export.js";
export {
  buildKnowledgeBase,
  type EntityView,
  Kb,
  loadKb,
  type SearchHit,
  type SearchResult,
} from "./kb/kb.js";
// 3. review text
export {
  citedRefs,
  normalizeSpace,
  parseReview,
  type ReviewText,
  SECTIONS,
  type Sentence,
  splitSentences,
} from "./kb/text.js";
// 2. knowledge base
export * from "./kb/types.js";
// 4. checks
export { assertValid, validateKb } from "./kb/validate.js";
// 8. logical model (the review's network as a Boolean model, generated from the knowledge base)
export {
  buildReviewLogicalModel,
  figureInteractions,
  NODES as LOGICAL_NODES,
  type NodeSpec as LogicalNodeSpec,
  type Regulation,
  type RegulationEvidence,
  type ReviewLogicalModel,
  type Unmapped,
} from "./logical/network.js";
export {
  CONTEXTS as LOGICAL_CONTEXTS,
  type ContextName as LogicalContextName,
  DRUG_CLASS_TARGET,
  drugFixes,
  exportMaBoSS,
  exportSbmlQual,
  type PhenotypeRun,
  phenotypes,
  READOUTS as LOGICAL_READOUTS,
  reviewModel,
  type ScenarioOptions,
  scenarioFixes,
} from "./logical/presets.js";
export { buildFigure1, HALLMARK_TITLES } from "./map/figure1.js";
export { buildFigure2 } from "./map/figure2.js";
export { buildFigure, FIGURES, figureSvg } from "./map/figures.js";
export { gridGroup, layoutLayered, sizeNode } from "./map/layout.js";
export { renderSvg, type SvgOptions } from "./map/svg.js";
export { textWidth, wrap } from "./map/text-metrics.js";
// 6. maps
export type { ArcKind, Band, Glyph, MapArc, MapGraph, MapNode, MapRegion } from "./map/types.js";
// 1. diagnostics
export { KbCodes } from "./messages.js";
// 9. mechanistic model (ODE): build, contexts, drugs, hallmarks, scenarios
export {
  type BuildOptions,
  buildStat3Model,
  drugParam,
  type Stat3Model,
  stat3Builder,
} from "./model/build.js";
export {
  type CalibrationFigures,
  crossing,
  drugResponse20,
  measureCalibration,
} from "./model/calibration.js";
export { CORE_PARAMETERS, INPUT_PARAMETERS, type ParamTable } from "./model/parameters.js";
export { HALLMARK_READOUTS, TARGET_GENES, type TargetGene } from "./model/targets.js";
// the hepatocyte model as a PEtab problem on the Sobotta 2017 data (same measurement and condition tables)
export {
  ESTIMATED_KINETICS,
  type HepatocyteProblemOptions,
  hepatocyteModel,
  hepatocytePetabProblem,
  INERT_SPECIES,
  INPUT_COLUMNS,
  OBSERVABLES as HEPATOCYTE_OBSERVABLES,
  pruneInert,
  type SobottaTables,
} from "./petab/hepatocyte-problem.js";
export {
  type DoseResponseOptions,
  type DoseResponseResult,
  doseResponse,
  parseConcentration,
  parseDoses,
  parseReadout,
} from "./scenarios/dose-response.js";
export { fitHill4, type HillFit, hill4, tQuantile975 } from "./scenarios/hill.js";
export {
  checkDrug,
  compiledStat3,
  DEFAULT_SELECTIONS,
  type RunOptions,
  type RunResult,
  runStat3,
  valueAt,
} from "./scenarios/run.js";
export { type AbmFrame, type AbmOptions, type AbmResult, runAbm } from "./tme/abm.js";
// 10. tumour microenvironment (Fig. 2): Kuznetsov 1994, populations with STAT3 per population, PK, scenarios
export {
  buildKuznetsovModel,
  compiledKuznetsov,
  KUZNETSOV,
  KUZNETSOV_PARAMETERS,
  type KuznetsovParams,
  type KuznetsovRun,
  kuznetsovEquilibria,
  runKuznetsov,
  type SourcedValue,
} from "./tme/kuznetsov.js";
export { TmeCodes } from "./tme/messages.js";
export {
  READOUTS as TME_READOUTS,
  STATES as TME_STATES,
  type Stat3State,
  simulateTme,
  type TmeOptions,
  type TmeRun,
} from "./tme/model.js";
export { defaultTmeParams, TME_PARAMETERS, type TmeParamName, type TmeParams } from "./tme/parameters.js";
export {
  CHECKPOINT_AGENTS,
  concentrationAt,
  doseTimes,
  listAgents as listTmeAgents,
  type PkAgent,
  parseTherapy,
  pkAgent,
  type Regimen as TmeRegimen,
} from "./tme/pk.js";
export { STAT3_RULES, type Stat3Rule } from "./tme/rules.js";
export {
  getTmeScenario,
  runTmeScenario,
  type ScenarioRunOptions,
  TME_SCENARIOS,
  type TmeScenario,
  timeMean,
} from "./tme/scenarios.js";
