/**
 * What the benchmarks share: the benchmark problems, the path from a PEtab problem to a compiled model
 * and its ODE system (the pipeline a fit would run: PEtab → readSBML → applyCondition → compileModel →
 * toOdeSystem), the output grid, and one timed simulation as a fit would call it.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CompiledModel,
  compileModel,
  type Integrator,
  type OdeSystem,
  readSBML,
  toOdeSystem,
} from "@stat3/engine";
import {
  applyCondition,
  firstConditionId,
  loadPetabProblem,
  measurementTimeSpan,
  measurementTimes,
  type PetabProblem,
} from "@stat3/fit";

const here = dirname(fileURLToPath(import.meta.url));
/** ../shared beside the repository (override with STAT3_SHARED) */
export const shared = process.env.STAT3_SHARED ?? join(here, "..", "..", "shared");

export interface BenchProblem {
  id: string;
  /** undefined: the first condition of the condition table */
  condition?: string;
}

/** The three JAK/STAT problems. Raia's first condition is the unstimulated control (../shared/perf/README.md): its second is benchmarked. */
export const PROBLEMS: BenchProblem[] = [
  { id: "Boehm_JProteomeRes2014" },
  { id: "Bachmann_MSB2011" },
  { id: "Raia_CancerResearch2011", condition: "model1_data2" },
];

export function problemDir(id: string): string {
  return join(shared, "petab", "benchmarks", id);
}

export interface PreparedModel {
  problem: PetabProblem;
  conditionId: string;
  compiled: CompiledModel;
  /** stored values (parameters, constant compartments) the system reads */
  p: Float64Array;
  y0: Float64Array;
  system: OdeSystem;
  loadMs: number;
  readMs: number;
  compileMs: number;
}

/** PEtab problem → conditioned model → compiled model, initial state and ODE system (timed per stage). */
export function prepareModel(b: BenchProblem): PreparedModel {
  const dir = problemDir(b.id);
  let t = performance.now();
  const problem = loadPetabProblem(`${b.id}.yaml`, (f) => readFileSync(join(dir, f), "utf8"));
  const loadMs = performance.now() - t;
  t = performance.now();
  const sbml = readSBML(problem.sbml[0].text, { file: problem.sbml[0].file });
  const readMs = performance.now() - t;
  const conditionId = b.condition ?? firstConditionId(problem);
  const model = applyCondition(sbml, problem, conditionId);
  t = performance.now();
  const compiled = compileModel(model);
  const compileMs = performance.now() - t;
  if (compiled.nDelays > 0 || compiled.events.length > 0) {
    throw new Error(`${b.id}: the model has events or delays; this bench integrates plain ODEs only`);
  }
  const L = compiled.layout;
  const y0 = new Float64Array(L.nStates);
  const p = new Float64Array(L.nParams);
  const w = new Float64Array(L.nAssigned);
  compiled.fns.initialize(0, compiled.base, new Uint8Array(L.nGlobals), y0, p, w);
  return {
    problem,
    conditionId,
    compiled,
    p,
    y0,
    system: toOdeSystem(compiled, p),
    loadMs,
    readMs,
    compileMs,
  };
}

/**
 * The output times the CVODE anchor uses (../shared/perf/petab_problem.py): `ngrid` uniform points on
 * [0, last measurement time of the whole problem] plus the condition's own measurement times.
 */
export function outputGrid(problem: PetabProblem, conditionId: string, ngrid = 101): Float64Array {
  const tEnd = measurementTimeSpan(problem).end;
  const set = new Set<number>();
  for (let i = 0; i < ngrid; i++) set.add((tEnd * i) / (ngrid - 1));
  for (const t of measurementTimes(problem, conditionId)) set.add(t);
  return Float64Array.from([...set].sort((a, b) => a - b));
}

/** One simulation: re-initialise, integrate through all output times, dense output into `rows`. No allocation. */
export function simulateOnce(
  integ: Integrator,
  y0: Float64Array,
  times: Float64Array,
  rows: Float64Array[],
): void {
  const t0 = times[0];
  const tEnd = times[times.length - 1];
  integ.init(t0, y0);
  for (let k = 0; k < times.length; k++) {
    const tk = times[k];
    if (tk <= t0) {
      rows[k].set(y0);
      continue;
    }
    while (integ.t < tk) integ.step(tEnd);
    integ.interpolate(tk, rows[k]);
  }
}

/** Row views into one buffer, made once (the timed loop must not allocate). */
export function outputRows(nt: number, n: number): Float64Array[] {
  const buf = new Float64Array(nt * n);
  return Array.from({ length: nt }, (_, k) => buf.subarray(k * n, (k + 1) * n));
}

/** ns per rhs call at state y, time t (≥ 0.2 s of calls after a warm-up), as the anchor's rhs_ns measures C's. */
export function rhsCost(sys: OdeSystem, y: Float64Array, t: number): number {
  const yy = Float64Array.from(y);
  const dy = new Float64Array(sys.n);
  for (let i = 0; i < 2000; i++) sys.rhs(t, yy, dy);
  let calls = 0;
  const a = performance.now();
  let el = 0;
  do {
    for (let i = 0; i < 1000; i++) sys.rhs(t, yy, dy);
    calls += 1000;
    el = performance.now() - a;
  } while (el < 200);
  return (el * 1e6) / calls;
}

export interface Timing {
  /** median wall-clock ms per run */
  medianMs: number;
  minMs: number;
  /** median process CPU ms per run (user + system): robust when other jobs share the cores */
  cpuMedianMs: number;
  repeats: number;
  /** warm-up before the timed runs: runs and seconds */
  warmupRuns: number;
  warmupSeconds: number;
}

/**
 * Median wall and CPU time (ms) of `run`, repeated until ≥ minSeconds of wall time and ≥ 20 runs, after a
 * JIT warm-up of ≥ warmupSeconds and ≥ 20 runs. The anchor reports the same two medians (median_s,
 * cpu_median_s). The warm-up matters: V8 optimises generated straight-line code (model functions, LU
 * kernels) on a background thread, which can take a second or more for large functions; until then the
 * interpreter runs them. A fit runs thousands of simulations, so the optimised steady state is what counts;
 * the cold first run is reported apart.
 */
export function timeMedian(
  run: () => void,
  minSeconds: number,
  warmupSeconds = 2,
  maxWarmupSeconds = 15,
): Timing {
  // warm up for ≥ warmupSeconds, then on until the median of a 0.25 s block stops improving by > 3 %
  // (the optimised code has arrived), at most maxWarmupSeconds
  const warm = performance.now();
  let warmRuns = 0;
  let previous = Infinity;
  for (;;) {
    const block: number[] = [];
    const b0 = performance.now();
    while (block.length < 5 || performance.now() - b0 < 250) {
      const a = performance.now();
      run();
      block.push(performance.now() - a);
    }
    warmRuns += block.length;
    block.sort((x, y) => x - y);
    const med = block[block.length >> 1];
    const elapsed = (performance.now() - warm) / 1e3;
    if (elapsed >= maxWarmupSeconds) break;
    if (elapsed >= warmupSeconds && warmRuns >= 20 && med > 0.97 * previous) break;
    previous = Math.min(previous, med);
  }
  const warmupTook = (performance.now() - warm) / 1e3;
  const wall: number[] = [];
  const cpu: number[] = [];
  let total = 0;
  while (wall.length < 20 || total < minSeconds * 1e3) {
    const c = process.cpuUsage();
    const a = performance.now();
    run();
    const d = performance.now() - a;
    const u = process.cpuUsage(c);
    wall.push(d);
    cpu.push((u.user + u.system) / 1e3);
    total += d;
  }
  wall.sort((x, y) => x - y);
  cpu.sort((x, y) => x - y);
  return {
    medianMs: wall[wall.length >> 1],
    minMs: wall[0],
    cpuMedianMs: cpu[cpu.length >> 1],
    repeats: wall.length,
    warmupRuns: warmRuns,
    warmupSeconds: warmupTook,
  };
}
