/**
 * A PEtab v1 problem as plain typed data (PEtab data format v1,
 * https://petab.readthedocs.io/en/latest/v1/documentation_data_format.html; Schmiester et al. 2021,
 * doi:10.1371/journal.pcbi.1008646). Formulas (observable, noise) stay text here; they are parsed
 * where they are evaluated. Every record keeps the line it came from, for diagnostics.
 */

export type ParameterScale = "lin" | "log" | "log10";
export type ObservableTransformation = "lin" | "log" | "log10";
export type NoiseDistribution = "normal" | "laplace";

/** Where a record came from. */
export interface TableLocation {
  file: string;
  line: number;
}

/** A row of the parameter table. */
export interface PetabParameter {
  id: string;
  name?: string;
  scale: ParameterScale;
  /** linear scale (PEtab v1 bounds are on linear scale whatever `scale` says) */
  lowerBound: number;
  upperBound: number;
  /** linear scale — PEtab v1 nominal values are on linear scale whatever `scale` says */
  nominalValue: number;
  estimate: boolean;
  initializationPriorType?: string;
  initializationPriorParameters?: string;
  objectivePriorType?: string;
  objectivePriorParameters?: string;
  loc: TableLocation;
}

/** One cell of the condition table. */
export type ConditionValue =
  | { kind: "number"; value: number }
  /** a parameter-table (or model) parameter id: the value is that parameter's */
  | { kind: "parameter"; id: string }
  /** NaN / empty: keep the model's (or pre-equilibration's) value */
  | { kind: "keep" };

export interface PetabCondition {
  id: string;
  name?: string;
  /** target id (a model parameter, species or compartment) → value, for every condition-table column */
  values: Record<string, ConditionValue>;
  loc: TableLocation;
}

/** `observableParameters` / `noiseParameters` entries: numbers or parameter ids, in order. */
export type OverrideValue = number | string;

export interface PetabMeasurement {
  observableId: string;
  preequilibrationConditionId?: string;
  simulationConditionId: string;
  measurement: number;
  /** may be Infinity: a steady-state measurement */
  time: number;
  observableParameters: OverrideValue[];
  noiseParameters: OverrideValue[];
  datasetId?: string;
  replicateId?: string;
  /** columns beyond the PEtab v1 set (some problems repeat e.g. observableTransformation here) */
  extra: Record<string, string>;
  loc: TableLocation;
}

export interface PetabObservable {
  id: string;
  name?: string;
  formula: string;
  transformation: ObservableTransformation;
  noiseFormula: string;
  noiseDistribution: NoiseDistribution;
  loc: TableLocation;
}

export interface PetabProblem {
  formatVersion: string;
  /** the YAML file the problem came from, as given to the loader */
  yamlFile?: string;
  /** the SBML model(s): file name (relative to the YAML) and text. PEtab v1 has exactly one. */
  sbml: { file: string; text: string }[];
  parameters: PetabParameter[];
  conditions: PetabCondition[];
  /** condition-table columns other than conditionId/conditionName, in table order */
  conditionTargets: string[];
  measurements: PetabMeasurement[];
  observables: PetabObservable[];
  /** other files the YAML names (visualization), relative to the YAML */
  visualizationFiles: string[];
  /** the table files the YAML names, relative to the YAML (absent for problems assembled in memory) */
  tableFiles?: { parameter: string[]; condition: string[]; measurement: string[]; observable: string[] };
  parameterById: Map<string, PetabParameter>;
  conditionById: Map<string, PetabCondition>;
  observableById: Map<string, PetabObservable>;
}
