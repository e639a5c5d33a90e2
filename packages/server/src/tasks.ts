/**
 * The work the API does, as plain functions from JSON in to JSON out: the request routes call them
 * directly for small work, and the worker pool (worker.ts) calls the same functions for jobs. Inputs
 * are already schema-validated; the caps of limits.ts are checked here so both paths enforce them.
 */
import { compileModel, EngineError, readSBML, simulate } from "@stat3/engine";
import {
  loadPetabProblem,
  multistart,
  type OptimizerName,
  type PetabProblem,
  petabObjective,
  type StartDesign,
  scaleFrom,
} from "@stat3/fit";
import { checkMatrix, percentInhibition, SYNERGY_MODELS, synergy } from "@stat3/pharm";
import { CORE_PARAMETERS, doseResponse, phenotypes, runStat3 } from "@stat3/stat3";
import { checkWork, LIMITS, LimitError } from "./limits.js";

export interface SeriesResult {
  columns: string[];
  /** one array per column, time first */
  data: number[][];
  meta?: Record<string, unknown>;
}

export interface ScenarioInput {
  context?: string;
  il6?: number;
  il6Stop?: number;
  egf?: number;
  drugs?: Record<string, number>;
  preIncubate?: number;
  end?: number;
  points?: number;
  selections?: string[];
  params?: Record<string, number>;
}

export function runScenario(i: ScenarioInput): SeriesResult {
  const end = i.end ?? 120;
  const points = i.points ?? 121;
  checkWork(end, points, i.selections?.length ?? 0);
  for (const p of Object.keys(i.params ?? {}))
    if (!(p in CORE_PARAMETERS))
      throw new LimitError(
        `unknown model parameter "${p}" (GET /api/model/parameters lists them)`,
        400,
        "E-UNKNOWN-PARAM",
      );
  const r = runStat3({
    context: i.context,
    il6: i.il6,
    il6Stop: i.il6Stop,
    egf: i.egf,
    drugs: i.drugs,
    preIncubate: i.preIncubate,
    end,
    points,
    selections: i.selections,
    params: i.params,
  });
  return {
    columns: r.columns,
    data: r.values.map((v) => Array.from(v)),
    meta: { context: r.context },
  };
}

export interface SbmlSimInput {
  sbml: string;
  start?: number;
  end?: number;
  points?: number;
  selections?: string[];
  method?: string;
  parameters?: Record<string, number>;
}

export function runSbml(i: SbmlSimInput): SeriesResult {
  const end = i.end ?? 10;
  const points = i.points ?? 101;
  checkWork(end - (i.start ?? 0), points, i.selections?.length ?? 0);
  // readSBML uses the engine's XML parser, which refuses DOCTYPE/entities: no external entity is ever read
  const model = readSBML(i.sbml, { file: "upload.xml" });
  const size = model.species.length + model.reactions.length + model.rules.length + model.events.length;
  if (size > LIMITS.maxModelElements)
    throw new LimitError(
      `the model has ${size} species, reactions, rules and events; the cap per request is ${LIMITS.maxModelElements}`,
      413,
    );
  const compiled = compileModel(model);
  const sol = simulate(compiled, {
    start: i.start ?? 0,
    end,
    points,
    selections: i.selections,
    method: i.method,
    parameters: i.parameters,
    options: { maxSteps: LIMITS.maxSteps },
  });
  return {
    columns: sol.columns,
    data: sol.values.map((v) => Array.from(v)),
    meta: { model: model.id ?? null, name: model.name ?? null, steps: sol.stats.steps },
  };
}

export interface DoseResponseInput {
  context?: string;
  drug: string;
  doses: number[];
  selection?: string;
  time?: number;
  il6?: number;
  preIncubate?: number;
}

export function runDoseResponse(i: DoseResponseInput) {
  if (i.doses.length > LIMITS.maxDoses)
    throw new LimitError(`${i.doses.length} doses is above the cap of ${LIMITS.maxDoses}`);
  const r = doseResponse({
    context: i.context,
    drug: i.drug,
    doses: i.doses,
    readout: { selection: i.selection ?? "pSTAT3_fraction", time: i.time ?? 30 },
    il6: i.il6,
    preIncubate: i.preIncubate,
  });
  return r;
}

export interface CombinationInput {
  context?: string;
  drugA: string;
  drugB: string;
  dosesA: number[];
  dosesB: number[];
  selection?: string;
  time?: number;
  il6?: number;
}

/**
 * A combination matrix of the read-out on the STAT3 model, and its synergy scores from @stat3/pharm:
 * Bliss independence (Bliss 1939, doi:10.1111/j.1744-7348.1939.tb06990.x), HSA, Loewe additivity and ZIP
 * (Yadav et al. 2015, doi:10.1016/j.csbj.2015.09.001), on % inhibition relative to the drug-free control.
 * dosesA[0] and dosesB[0] must be 0 (the single-agent margins).
 */
export function runCombination(i: CombinationInput, progress?: (f: number) => void) {
  const n = i.dosesA.length * i.dosesB.length;
  if (i.dosesA.length > LIMITS.maxMatrix || i.dosesB.length > LIMITS.maxMatrix)
    throw new LimitError(
      `matrix ${i.dosesA.length}×${i.dosesB.length} is above the cap of ${LIMITS.maxMatrix} per side`,
    );
  const matrix = { dosesA: i.dosesA, dosesB: i.dosesB, response: i.dosesA.map(() => i.dosesB.map(() => 0)) };
  checkMatrix(matrix); // ascending doses starting at 0: refuse before simulating anything
  const selection = i.selection ?? "pSTAT3_fraction";
  const time = i.time ?? 30;
  const one = (a: number, b: number) => {
    const drugs: Record<string, number> = {};
    if (a > 0) drugs[i.drugA] = a;
    if (b > 0) drugs[i.drugB] = (drugs[i.drugB] ?? 0) + b;
    const r = runStat3({
      context: i.context,
      il6: i.il6 ?? 40,
      drugs,
      times: [time],
      selections: ["time", selection],
    });
    return r.values[1][0];
  };
  const response: number[][] = [];
  let done = 0;
  for (const a of i.dosesA) {
    const row: number[] = [];
    for (const b of i.dosesB) {
      row.push(one(a, b));
      done++;
      progress?.(done / n);
    }
    response.push(row);
  }
  const control = response[0][0];
  matrix.response = response.map((row) => row.map((v) => percentInhibition(v, control)));
  const scores: Record<
    string,
    { synergy: number[][]; expected: number[][]; summary: unknown } | { error: string }
  > = {};
  for (const model of SYNERGY_MODELS) {
    try {
      const r = synergy(matrix, model);
      scores[model] = { synergy: r.synergy, expected: r.expected, summary: r.summary };
    } catch (e) {
      // Loewe and ZIP need single-agent Hill fits, which a short margin may not support
      scores[model] = { error: String((e as Error).message ?? e).split("\n")[0] };
    }
  }
  const bliss = (scores.bliss as { synergy: number[][] }).synergy;
  return {
    drugA: i.drugA,
    drugB: i.drugB,
    dosesA: i.dosesA,
    dosesB: i.dosesB,
    selection,
    time,
    control,
    response,
    inhibition: matrix.response,
    bliss,
    scores,
  };
}

export interface LogicalInput {
  context: string;
  drugs?: string[];
  samples?: number;
  seed?: number;
}

export function runLogical(i: LogicalInput) {
  const samples = i.samples ?? 1000;
  if (samples > LIMITS.maxSamples)
    throw new LimitError(`samples = ${samples} is above the cap of ${LIMITS.maxSamples}`);
  // biome-ignore lint/suspicious/noExplicitAny: context names are validated by scenarioFixes
  const r = phenotypes({ context: i.context as any, drugs: i.drugs, samples, seed: i.seed ?? 1 });
  return { context: i.context, drugs: i.drugs ?? [], samples, p: r.p, err: r.err };
}

/** An uploaded PEtab v1 problem: the problem YAML and every file it refers to, as text. */
export interface PetabUpload {
  /** name of the problem YAML among `files` */
  yaml: string;
  /** file name → text (YAML, TSV tables, SBML) */
  files: Record<string, string>;
}

export interface PetabInput extends PetabUpload {
  /** parameter values (by id, linear scale); default the table's nominal values */
  parameters?: Record<string, number>;
}

/**
 * Load an uploaded problem (petab-llh, petab-fit); a file it names that was not uploaded is a coded 400.
 * The model and the measurement table are capped like an SBML upload (the work of every evaluation grows
 * with both).
 */
function loadUploadedPetab(i: PetabUpload): PetabProblem {
  const problem = loadPetabProblem(i.yaml, (rel) => {
    const name = rel.replace(/^\.\//, "");
    const text = i.files[name];
    if (text === undefined)
      throw new LimitError(`PEtab problem refers to "${rel}", which was not uploaded`, 400, "E-PETAB-FILE");
    return text;
  });
  for (const { file, text } of problem.sbml) {
    const model = readSBML(text, { file });
    const size = model.species.length + model.reactions.length + model.rules.length + model.events.length;
    if (size > LIMITS.maxModelElements)
      throw new LimitError(
        `${file} has ${size} species, reactions, rules and events; the cap per request is ${LIMITS.maxModelElements} (LIMITS.maxModelElements)`,
        413,
      );
  }
  if (problem.measurements.length > LIMITS.maxMeasurements)
    throw new LimitError(
      `the measurement table has ${problem.measurements.length} rows; the cap per request is ${LIMITS.maxMeasurements} (LIMITS.maxMeasurements)`,
      413,
    );
  return problem;
}

export function runPetabLlh(i: PetabInput) {
  const obj = petabObjective(loadUploadedPetab(i));
  const x = obj.toScaled(i.parameters ?? {});
  const r = obj.evaluate(x);
  return {
    llh: r.llh,
    chi2: r.chi2,
    logPrior: r.logPrior,
    parameterIds: obj.parameterIds,
    x: Array.from(x),
    measurements: r.simulation.length,
  };
}

export interface PetabFitInput extends PetabUpload {
  /** local optimisations (default 10, at most LIMITS.maxStarts) */
  starts?: number;
  /** seed of the start design (default 1) */
  seed?: number;
  design?: StartDesign;
  optimizer?: OptimizerName;
  /** iterations per start (default 200, at most LIMITS.maxFitIterations) */
  maxIterations?: number;
  /** wall-clock cap of the job in seconds (at most and by default LIMITS.maxFitSeconds) */
  maxSeconds?: number;
}

/** llh of an objective value to minimise (−llh); a failed start (f = ∞ or NaN) has none */
const llhOf = (f: number): number | null => (Number.isFinite(f) ? -f : null);

/**
 * A multistart fit of an uploaded PEtab problem (`multistart` of @stat3/fit, serial in this worker):
 * starts from the design within the bounds, one local optimisation each, capped in iterations and
 * evaluations. Progress is the fraction of starts done. A start whose simulations fail ends with
 * f = ∞ (llh null) and does not fail the job. Result: the best fit (x on parameter scale, values
 * linear by id) and every start in waterfall order (best first), with the bounds on parameter scale.
 */
export function runPetabFit(i: PetabFitInput, progress?: (f: number) => void) {
  const starts = i.starts ?? 10;
  const maxIterations = i.maxIterations ?? 200;
  if (starts > LIMITS.maxStarts)
    throw new LimitError(
      `starts = ${starts} is above the cap of ${LIMITS.maxStarts} starts per fit job (LIMITS.maxStarts); run larger multistarts with the CLI, \`stat3 fit problem.yaml --starts N\``,
    );
  if (maxIterations > LIMITS.maxFitIterations)
    throw new LimitError(
      `maxIterations = ${maxIterations} is above the cap of ${LIMITS.maxFitIterations} per start (LIMITS.maxFitIterations)`,
    );
  const maxSeconds = i.maxSeconds ?? LIMITS.maxFitSeconds;
  if (!(maxSeconds > 0 && maxSeconds <= LIMITS.maxFitSeconds))
    throw new LimitError(
      `maxSeconds = ${maxSeconds} must be above 0 and at most the cap of ${LIMITS.maxFitSeconds} s per fit job (LIMITS.maxFitSeconds)`,
    );
  const problem = loadUploadedPetab(i);
  // refuse before compiling anything: the work of a fit grows with the number of estimated parameters
  const estimated = problem.parameters.filter((p) => p.estimate).length;
  if (estimated > LIMITS.maxFitParameters)
    throw new LimitError(
      `the problem estimates ${estimated} parameters; the cap per fit job is ${LIMITS.maxFitParameters} (LIMITS.maxFitParameters): fix some of them (estimate 0 in the parameter table) or fit it with the CLI, \`stat3 fit problem.yaml\``,
    );
  const obj = petabObjective(problem);
  // the time cap bounds the work whatever the model costs per simulation
  const deadline = Date.now() + 1000 * maxSeconds;
  let done = 0;
  const results = multistart(
    obj,
    {
      starts,
      seed: i.seed ?? 1,
      design: i.design ?? "lhs",
      optimizer: i.optimizer ?? "trr",
      maxIterations,
      maxEvaluations: 4 * maxIterations,
      deadline,
    },
    () => {
      done++;
      progress?.(done / starts);
    },
  );
  const best = results[0];
  if (best === undefined)
    throw new LimitError(
      `no start began within the time cap of ${maxSeconds} s (maxSeconds; at most LIMITS.maxFitSeconds = ${LIMITS.maxFitSeconds}): fit this problem with the CLI, \`stat3 fit problem.yaml\``,
    );
  return {
    parameterIds: obj.parameterIds,
    scales: obj.scales,
    lowerBounds: Array.from(obj.lowerBounds),
    upperBounds: Array.from(obj.upperBounds),
    best: {
      llh: llhOf(best.f),
      x: Array.from(best.x),
      values: Object.fromEntries(obj.parameterIds.map((id, k) => [id, scaleFrom(best.x[k], obj.scales[k])])),
      start: best.start,
    },
    /** starts asked for and starts run (fewer when the time cap LIMITS.maxFitSeconds ended the job) */
    startsRequested: starts,
    timeCapReached: Date.now() >= deadline,
    starts: results.map((r) => ({
      start: r.start,
      llh: llhOf(r.f),
      exit: r.exit,
      iterations: r.iterations,
      evaluations: r.evaluations,
      timeMs: r.timeMs,
    })),
  };
}

export type TaskKind =
  | "scenario"
  | "sbml-simulate"
  | "dose-response"
  | "combination"
  | "logical"
  | "petab-llh"
  | "petab-fit";
export const TASK_KINDS: TaskKind[] = [
  "scenario",
  "sbml-simulate",
  "dose-response",
  "combination",
  "logical",
  "petab-llh",
  "petab-fit",
];

/** Run one task by kind (the worker's entry and the inline fallback). */
export function runTask(kind: TaskKind, input: unknown, progress?: (f: number) => void): unknown {
  switch (kind) {
    case "scenario":
      return runScenario(input as ScenarioInput);
    case "sbml-simulate":
      return runSbml(input as SbmlSimInput);
    case "dose-response":
      return runDoseResponse(input as DoseResponseInput);
    case "combination":
      return runCombination(input as CombinationInput, progress);
    case "logical":
      return runLogical(input as LogicalInput);
    case "petab-llh":
      return runPetabLlh(input as PetabInput);
    case "petab-fit":
      return runPetabFit(input as PetabFitInput, progress);
    default:
      throw new EngineError("E-SERVER-KIND" as never, `unknown job kind "${kind as string}"`);
  }
}
