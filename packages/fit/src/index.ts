/**
 * @stat3/fit — fitting models to data: PEtab problems, objective and gradient, optimisers.
 *
 * Table of contents:
 *   1. petab/      PEtab v1 reader (YAML, TSV tables), conditions applied to the model IR, and the
 *                  writer of a parameter table and problem YAML (fitted values as nominal values)
 *   2. objective   PEtab objective (llh, χ², priors, simulations, gradient by forward sensitivities or
 *                  the adjoint method; model trajectories on a dense time grid for fit plots)
 *   3. optimizers/ trust-region least squares, bound-constrained L-BFGS, Nelder–Mead, multistart (serial;
 *                  the worker-thread pool is Node-only and lives in packages/cli/src/fit/)
 *   4. profile     profile likelihoods and likelihood-ratio confidence intervals
 */

// 2. objective: PEtab log-likelihood, χ², priors, simulations, gradient, dense trajectories; 3. optimizers
export {
  type AnalyticNoiseParameter,
  type ObjectiveOptions,
  type ObjectiveResult,
  type ObservableTrajectory,
  PetabObjective,
  petabObjective,
  scaleFrom,
  scaleTo,
} from "./objective.js";
export { lbfgsb } from "./optimizers/lbfgsb.js";
export {
  type HierarchicalProblem,
  hierarchicalBoxProblem,
  multistart,
  type OptimizerName,
  optimizerNames,
  petabBoxProblem,
  rng,
  runOptimizer,
  type StartDesign,
  type StartResult,
  startDesigns,
  startPoints,
  startPointsAround,
  waterfall,
} from "./optimizers/multistart.js";
export { nelderMead } from "./optimizers/nelder-mead.js";
export { SOBOL_MAX_DIMENSION, sobolPoints } from "./optimizers/sobol.js";
export { trustRegionLeastSquares } from "./optimizers/trust-region-ls.js";
export * from "./optimizers/types.js";
// 1. petab
export {
  type ApplyConditionOptions,
  applyCondition,
  type ConditionOverride,
  conditionOverrides,
  firstConditionId,
  getCondition,
  measurementTimeSpan,
  measurementTimes,
  type OverrideTargetKind,
  parameterValues,
  simulationConditions,
} from "./petab/condition.js";
export * from "./petab/messages.js";
export {
  assembleProblem,
  type ConditionTable,
  loadPetabProblem,
  parseConditionTable,
  parseMeasurementTable,
  parseObservableTable,
  parseParameterTable,
  type ReadText,
} from "./petab/read.js";
export { parsePetabNumber, parseTsv, TableReader, type TsvTable } from "./petab/tsv.js";
export * from "./petab/types.js";
export { formatParameterTable, formatProblemYaml, type ProblemFiles, problemFiles } from "./petab/write.js";
export { parseYaml, type YamlValue } from "./petab/yaml.js";

// 4. profile likelihoods and confidence intervals
export { type Profile, type ProfileOptions, profileParameter } from "./profile.js";
