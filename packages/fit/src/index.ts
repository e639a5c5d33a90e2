/**
 * @stat3/fit — fitting models to data: PEtab problems, objective and gradient, optimisers.
 *
 * Table of contents:
 *   1. petab/      PEtab v1 reader (YAML, TSV tables) and conditions applied to the model IR
 *   2. objective   PEtab objective (llh, χ², priors, simulations, gradient by forward sensitivities)
 */

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
// 1. petab
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
export { parseYaml, type YamlValue } from "./petab/yaml.js";

// 2. objective: PEtab log-likelihood, χ², priors, simulations and forward-sensitivity gradient
export { type ObjectiveOptions, type ObjectiveResult, PetabObjective, petabObjective } from "./objective.js";
