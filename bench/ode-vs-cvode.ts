/**
 * `npm run bench` — our ODE integrators against the C/CVODE reference (../shared/perf/), side by side in
 * one run, on the JAK/STAT PEtab benchmark models (../shared/petab/benchmarks): nominal parameters, the
 * benchmark condition, 0 → last measurement time, rtol 1e-6, atol 1e-8, outputs at the anchor's output
 * times (101-point grid plus the condition's measurement times, from its problem.txt).
 *
 * What is timed, on both sides, is one simulation as a fit would call it: re-initialise the integrator
 * (created once, like CVODE's memory) and integrate through all output times. Model reading, PEtab
 * loading and compilation are set-up, reported separately ("compile ms"). Median of repeats until
 * ≥ MIN_SECONDS (default 2 s) have passed, after a JIT warm-up.
 *
 * Agreement: every state at every output time against the anchor's solution.txt, matched by id through
 * the STATES list of the anchor's model.py (species as concentrations unless hasOnlySubstanceUnits).
 * Relative difference |ours − cvode| / max(|cvode|, FLOOR) with FLOOR = 1e-6 (100 × atol): below that,
 * both solutions are dominated by the absolute tolerance and a relative figure says nothing.
 *
 * Usage: npm run bench [-- --methods bdf,rodas5p,auto] [--problems Boehm,Raia] [--min-seconds 2]
 * Exit code 0 whenever the measurement ran (a missed ratio target is a result, printed as MISS);
 * non-zero when it could not run (anchor failed, engine pieces missing).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Integrator, Model, OdeSystem } from "@stat3/engine";
import * as engine from "@stat3/engine";
import { applyCondition, firstConditionId, loadPetabProblem, measurementTimeSpan } from "@stat3/fit";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..");
const shared = process.env.STAT3_SHARED ?? join(repo, "..", "shared");
const RTOL = 1e-6;
const ATOL = 1e-8;
const FLOOR = 1e-6;
const RATIO_TARGET = 1.5;
const AGREEMENT_TARGET = 1e-4;
/** A near-exact solution to see whose error a disagreement is: CVODE at these tolerances. */
const REF_RTOL = 1e-12;
const REF_ATOL = 1e-16;

interface BenchProblem {
  id: string;
  /** undefined: the first condition of the condition table */
  condition?: string;
}
/** Raia's first condition is the unstimulated control (../shared/perf/README.md): benchmark its second. */
const PROBLEMS: BenchProblem[] = [
  { id: "Boehm_JProteomeRes2014" },
  { id: "Bachmann_MSB2011" },
  { id: "Raia_CancerResearch2011", condition: "model1_data2" },
];

// ---- command line ------------------------------------------------------------------------------

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? process.argv[k + 1] : undefined;
}
const METHODS = (arg("methods") ?? "bdf,rodas5p,auto")
  .split(",")
  .map((s) => s.trim())
  .filter(Boolean);
const MIN_SECONDS = Number(arg("min-seconds") ?? 2);
const onlyProblems = arg("problems")
  ?.split(",")
  .map((s) => s.trim().toLowerCase());

// ---- the engine pieces this bench needs, looked up by the names the engine exports ---------------

interface Layout {
  nStates: number;
  nParams: number;
  nAssigned: number;
  nGlobals: number;
  stateIds: string[];
  symbols: Map<
    string,
    {
      id: string;
      kind: string;
      home: "y" | "p" | "w";
      index: number;
      compartment?: string;
      mathIsConc?: boolean;
      storedConc?: boolean;
    }
  >;
}
interface Compiled {
  layout: Layout;
  base: Float64Array;
  fns: {
    initialize(
      t: number,
      b: Float64Array,
      fixed: Uint8Array,
      y: Float64Array,
      p: Float64Array,
      w: Float64Array,
    ): void;
    assign(t: number, y: Float64Array, p: Float64Array, w: Float64Array): void;
    jac?: unknown;
  };
  nDelays: number;
  events: unknown[];
}
interface EngineApi {
  readSBML(text: string, o?: { file?: string }): Model;
  compileModel(m: Model): Compiled;
  toOdeSystem(c: Compiled, p: Float64Array): OdeSystem;
  makeIntegrator(sys: OdeSystem, method: string, o: Record<string, unknown>): Integrator;
  getSolver(name: string): unknown;
}

function engineApi(): EngineApi {
  const e = engine as unknown as Record<string, unknown>;
  const missing = ["readSBML", "compileModel", "toOdeSystem", "makeIntegrator", "getSolver"].filter(
    (k) => typeof e[k] !== "function",
  );
  if (missing.length > 0) {
    throw new Error(
      `the engine does not export ${missing.join(", ")} yet (packages/engine/src/index.ts): ` +
        "the bench needs readSBML (sbml/), compileModel and toOdeSystem (compile/), makeIntegrator and getSolver (solvers/registry)",
    );
  }
  return e as unknown as EngineApi;
}

// ---- the CVODE anchor --------------------------------------------------------------------------

interface AnchorResult {
  json: Record<string, number | string>;
  medianMs: number;
  steps: number;
  rhsEvals: number;
  jacRhsEvals: number;
  x0: Float64Array;
  times: Float64Array;
  states: string[];
  /** nt × nx, row-major */
  solution: Float64Array;
}

function runAnchor(
  problemDir: string,
  condition: string | undefined,
  work: string,
  rtol = RTOL,
  atol = ATOL,
): AnchorResult {
  const script = join(shared, "perf", "cvode-anchor.sh");
  const args = [problemDir, String(rtol), String(atol), ...(condition ? [condition] : [])];
  const r = spawnSync(script, args, {
    encoding: "utf8",
    env: { ...process.env, CVODE_ANCHOR_WORK: work },
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) {
    throw new Error(`CVODE anchor failed (${script} ${args.join(" ")}), exit ${r.status}:\n${r.stderr}`);
  }
  const line = r.stdout
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.startsWith("{"));
  if (!line) throw new Error(`CVODE anchor printed no JSON line:\n${r.stdout}\n${r.stderr}`);
  const json = JSON.parse(line) as Record<string, number | string>;
  const problemTxt = readFileSync(String(json.problem), "utf8").trim().split("\n");
  const [nx, , nt] = problemTxt[0].trim().split(/\s+/).map(Number);
  const nums = (s: string | undefined) =>
    Float64Array.from((s ?? "").trim().split(/\s+/).filter(Boolean).map(Number));
  const x0 = nums(problemTxt[1]);
  const times = nums(problemTxt[3]);
  if (x0.length !== nx || times.length !== nt) throw new Error(`unexpected problem file ${json.problem}`);
  const modelPy = readFileSync(join(dirname(String(json.problem)), "model.py"), "utf8");
  const m = /^STATES = \[(.*)\]$/m.exec(modelPy);
  if (!m) throw new Error("no STATES list in the anchor's model.py");
  const states = [...m[1].matchAll(/'([^']*)'/g)].map((x) => x[1]);
  const solLines = readFileSync(String(json.solution), "utf8").trim().split("\n");
  const solution = new Float64Array(nt * nx);
  solLines.forEach((l, k) => {
    const v = l.trim().split(/\s+/).map(Number);
    if (v.length !== nx + 1 || Math.abs(v[0] - times[k]) > 1e-12 * Math.max(1, times[k]))
      throw new Error(`bad solution line ${k + 1}`);
    for (let i = 0; i < nx; i++) solution[k * nx + i] = v[i + 1];
  });
  return {
    json,
    medianMs: Number(json.median_s) * 1e3,
    steps: Number(json.steps),
    rhsEvals: Number(json.rhs_evals),
    jacRhsEvals: Number(json.jac_rhs_evals),
    x0,
    times,
    states,
    solution,
  };
}

// ---- our side ----------------------------------------------------------------------------------

interface Prepared {
  compiled: Compiled;
  p: Float64Array;
  y0: Float64Array;
  system: OdeSystem;
  loadMs: number;
  readMs: number;
  compileMs: number;
  /** per anchor state: how to read it from our (y, p, w) as the anchor reports it */
  readers: ((y: Float64Array, p: Float64Array, w: Float64Array) => number)[];
  spanEnd: number;
  conditionSpanEnd: number;
  conditionId: string;
  /** ns per call of our rhs at the mid-trajectory state (the anchor's rhs_ns measures C's the same way) */
  rhsNs?: number;
}

function prepare(api: EngineApi, problemDir: string, b: BenchProblem, anchorStates: string[]): Prepared {
  const yamlName = `${b.id}.yaml`;
  let t = performance.now();
  const problem = loadPetabProblem(yamlName, (f) => readFileSync(join(problemDir, f), "utf8"));
  const loadMs = performance.now() - t;
  t = performance.now();
  const sbml = api.readSBML(problem.sbml[0].text, { file: problem.sbml[0].file });
  const readMs = performance.now() - t;
  const conditionId = b.condition ?? firstConditionId(problem);
  const model = applyCondition(sbml, problem, conditionId);
  t = performance.now();
  const compiled = api.compileModel(model);
  const compileMs = performance.now() - t;
  if (compiled.nDelays > 0 || compiled.events.length > 0) {
    throw new Error(`${b.id}: the model has events or delays; this bench integrates plain ODEs only`);
  }
  const L = compiled.layout;
  const y0 = new Float64Array(L.nStates);
  const p = new Float64Array(L.nParams);
  const w = new Float64Array(L.nAssigned);
  compiled.fns.initialize(0, compiled.base, new Uint8Array(L.nGlobals), y0, p, w);
  const system = api.toOdeSystem(compiled, p);

  const readerOf = (id: string): ((y: Float64Array, p: Float64Array, w: Float64Array) => number) => {
    const s = L.symbols.get(id);
    if (!s) throw new Error(`${b.id}: the anchor's state "${id}" is not a symbol of our compiled model`);
    const k = s.index;
    if (s.home === "y") return (y) => y[k];
    if (s.home === "p") return (_y, pp) => pp[k];
    return (_y, _p, ww) => ww[k];
  };
  const readers = anchorStates.map((id) => {
    const s = L.symbols.get(id);
    const raw = readerOf(id);
    // the anchor reports species as concentrations unless hasOnlySubstanceUnits (mathIsConc); we may store amounts
    if (s?.kind === "species" && s.mathIsConc && !s.storedConc) {
      const size = readerOf(s.compartment!);
      return (y: Float64Array, pp: Float64Array, ww: Float64Array) => raw(y, pp, ww) / size(y, pp, ww);
    }
    return raw;
  });
  return {
    compiled,
    p,
    y0,
    system,
    loadMs,
    readMs,
    compileMs,
    readers,
    spanEnd: measurementTimeSpan(problem).end,
    conditionSpanEnd: measurementTimeSpan(problem, conditionId).end,
    conditionId,
  };
}

interface MethodResult {
  method: string;
  medianMs?: number;
  minMs?: number;
  repeats?: number;
  steps?: number;
  rhsEvals?: number;
  jacEvals?: number;
  luDecompositions?: number;
  rejectedSteps?: number;
  maxRelDiff?: number;
  maxAbsDiff?: number;
  /** same measure against the near-exact reference solution */
  errorVsReference?: number;
  worstVsReference?: string;
  worst?: string;
  ratio?: number;
  pass?: boolean;
  error?: string;
}

/** max over outputs and states of |a − b| / max(|b|, FLOOR), and where. */
function maxRelDiff(a: Float64Array, b: Float64Array, nx: number, times: Float64Array, states: string[]) {
  let max = 0;
  let where = "";
  for (let j = 0; j < b.length; j++) {
    const rel = Math.abs(a[j] - b[j]) / Math.max(Math.abs(b[j]), FLOOR);
    if (!(rel <= max)) {
      max = Number.isNaN(rel) ? Infinity : rel;
      where = `${states[j % nx]} at t=${times[Math.floor(j / nx)]}: ${a[j]} vs ${b[j]}`;
    }
  }
  return { max, where };
}

/** ns per rhs call at state y, time t (≥ 0.2 s of calls, after a warm-up) */
function rhsCost(sys: OdeSystem, y: Float64Array, t: number): number {
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

/** One simulation: re-initialise, integrate through all output times, dense output into `rows`. */
function simulateOnce(integ: Integrator, y0: Float64Array, times: Float64Array, rows: Float64Array[]): void {
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

function runMethod(
  api: EngineApi,
  prep: Prepared,
  anchor: AnchorResult,
  reference: AnchorResult | undefined,
  method: string,
): MethodResult {
  if (!api.getSolver(method)) return { method, error: `no solver "${method}" in the registry (yet)` };
  const n = prep.system.n;
  const nt = anchor.times.length;
  const buf = new Float64Array(nt * n);
  const rows = Array.from({ length: nt }, (_, k) => buf.subarray(k * n, (k + 1) * n));
  let integ: Integrator;
  try {
    integ = api.makeIntegrator(prep.system, method, {
      relativeTolerance: RTOL,
      absoluteTolerance: ATOL,
      maxSteps: 1_000_000,
    });
    // one run for the statistics (the counters accumulate over init calls: take differences)
    const s0 = { ...integ.stats };
    simulateOnce(integ, prep.y0, anchor.times, rows);
    const s1 = { ...integ.stats };
    // our solution in the anchor's layout (its state order, concentrations as it reports them)
    const nx = anchor.states.length;
    const w = new Float64Array(prep.compiled.layout.nAssigned);
    const ours = new Float64Array(nt * nx);
    for (let k = 0; k < nt; k++) {
      prep.compiled.fns.assign(anchor.times[k], rows[k], prep.p, w);
      for (let i = 0; i < nx; i++) ours[k * nx + i] = prep.readers[i](rows[k], prep.p, w);
    }
    const vsCvode = maxRelDiff(ours, anchor.solution, nx, anchor.times, anchor.states);
    const vsRef = reference
      ? maxRelDiff(ours, reference.solution, nx, anchor.times, anchor.states)
      : undefined;
    let maxAbs = 0;
    for (let j = 0; j < ours.length; j++) maxAbs = Math.max(maxAbs, Math.abs(ours[j] - anchor.solution[j]));
    const maxRel = vsCvode.max;
    const worst = vsCvode.where;
    if (prep.rhsNs === undefined) prep.rhsNs = rhsCost(prep.system, rows[nt >> 1], anchor.times[nt >> 1]);
    // JIT warm-up, then timed repeats
    const warm = performance.now();
    let warmRuns = 0;
    while (warmRuns < 20 || performance.now() - warm < 300) {
      simulateOnce(integ, prep.y0, anchor.times, rows);
      warmRuns++;
    }
    const samples: number[] = [];
    let total = 0;
    while (samples.length < 20 || total < MIN_SECONDS * 1e3) {
      const a = performance.now();
      simulateOnce(integ, prep.y0, anchor.times, rows);
      const d = performance.now() - a;
      samples.push(d);
      total += d;
    }
    samples.sort((x, y) => x - y);
    const median = samples[samples.length >> 1];
    const ratio = median / anchor.medianMs;
    return {
      method,
      medianMs: median,
      minMs: samples[0],
      repeats: samples.length,
      steps: s1.steps - s0.steps,
      rhsEvals: s1.rhsEvals - s0.rhsEvals,
      jacEvals: s1.jacEvals - s0.jacEvals,
      luDecompositions: s1.luDecompositions - s0.luDecompositions,
      rejectedSteps: s1.rejectedSteps - s0.rejectedSteps,
      maxRelDiff: maxRel,
      maxAbsDiff: maxAbs,
      worst,
      errorVsReference: vsRef?.max,
      worstVsReference: vsRef?.where,
      ratio,
      pass: ratio <= RATIO_TARGET && maxRel <= AGREEMENT_TARGET,
    };
  } catch (err) {
    return { method, error: (err as Error).message.split("\n")[0] };
  }
}

// ---- report --------------------------------------------------------------------------------------

function fmt(v: number | undefined, digits = 3): string {
  if (v === undefined) return "—";
  if (v === 0) return "0";
  if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5) return v.toExponential(1);
  return v.toPrecision(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows
    .map((r) => r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  "))
    .join("\n");
}

async function main(): Promise<number> {
  const problems = PROBLEMS.filter(
    (p) => !onlyProblems || onlyProblems.some((q) => p.id.toLowerCase().includes(q)),
  );
  const work = process.env.CVODE_ANCHOR_WORK ?? "/tmp/stat3-bench-cvode";
  mkdirSync(work, { recursive: true });
  let api: EngineApi | undefined;
  let apiError: string | undefined;
  try {
    api = engineApi();
  } catch (err) {
    apiError = (err as Error).message;
  }
  console.log(
    `ODE benchmark vs C/CVODE (${shared}/perf): rtol ${RTOL}, atol ${ATOL}, ≥ ${MIN_SECONDS} s per timing, median ms per simulation`,
  );
  console.log(`node ${process.version}, methods: ${METHODS.join(", ")}\n`);

  const results: unknown[] = [];
  const out: string[][] = [
    [
      "problem",
      "method",
      "CVODE ms",
      "ours ms",
      "ratio",
      "steps ours/CVODE",
      "rhs ours/CVODE(+jac)",
      "jac/LU ours",
      "rhs ns ours/C",
      "rel diff vs CVODE",
      "err vs ref ours/CVODE",
      "compile ms",
      "",
    ],
  ];
  let measured = 0;
  for (const b of problems) {
    const dir = join(shared, "petab", "benchmarks", b.id);
    process.stderr.write(`${b.id}: CVODE anchor…\n`);
    const anchor = runAnchor(dir, b.condition, work);
    process.stderr.write(`${b.id}: CVODE reference solution (rtol ${REF_RTOL}, atol ${REF_ATOL})…\n`);
    let reference: AnchorResult | undefined;
    let cvodeVsRef: number | undefined;
    try {
      reference = runAnchor(dir, b.condition, `${work}-reference`, REF_RTOL, REF_ATOL);
      cvodeVsRef = maxRelDiff(
        anchor.solution,
        reference.solution,
        anchor.states.length,
        anchor.times,
        anchor.states,
      ).max;
    } catch (err) {
      process.stderr.write(`warning: no reference solution: ${(err as Error).message.split("\n")[0]}\n`);
    }
    const entry: Record<string, unknown> = {
      problem: b.id,
      condition: b.condition ?? "(first)",
      tEnd: anchor.times[anchor.times.length - 1],
      outputTimes: anchor.times.length,
      cvode: anchor.json,
      cvodeErrorVsReference: cvodeVsRef,
    };
    const cvodeCell = fmt(anchor.medianMs);
    const cvodeRhs = `${anchor.rhsEvals}(+${anchor.jacRhsEvals})`;
    if (!api) {
      out.push([
        b.id,
        "—",
        cvodeCell,
        "—",
        "—",
        `—/${anchor.steps}`,
        `—/${cvodeRhs}`,
        "—",
        "—",
        "—",
        "engine not ready",
      ]);
      entry.error = apiError;
      results.push(entry);
      continue;
    }
    let prep: Prepared;
    try {
      process.stderr.write(`${b.id}: read, condition, compile…\n`);
      prep = prepare(api, dir, b, anchor.states);
    } catch (err) {
      const msg = (err as Error).message.split("\n")[0];
      out.push([
        b.id,
        "—",
        cvodeCell,
        "—",
        "—",
        `—/${anchor.steps}`,
        `—/${cvodeRhs}`,
        "—",
        "—",
        "—",
        `ERROR ${msg}`,
      ]);
      entry.error = msg;
      results.push(entry);
      continue;
    }
    // the initial state must be the anchor's (nominal parameters, condition, initial assignments)
    const w0 = new Float64Array(prep.compiled.layout.nAssigned);
    prep.compiled.fns.assign(0, prep.y0, prep.p, w0);
    let x0Diff = 0;
    anchor.states.forEach((_id, i) => {
      const v = prep.readers[i](prep.y0, prep.p, w0);
      x0Diff = Math.max(x0Diff, Math.abs(v - anchor.x0[i]) / Math.max(Math.abs(anchor.x0[i]), FLOOR));
    });
    Object.assign(entry, {
      conditionId: prep.conditionId,
      petabSpanEnd: prep.spanEnd,
      petabConditionSpanEnd: prep.conditionSpanEnd,
      loadMs: prep.loadMs,
      readSbmlMs: prep.readMs,
      compileMs: prep.compileMs,
      x0MaxRelDiff: x0Diff,
      methods: [] as MethodResult[],
    });
    if (prep.spanEnd !== anchor.times[anchor.times.length - 1]) {
      process.stderr.write(
        `warning: PEtab time span ends at ${prep.spanEnd}, the anchor's at ${anchor.times[anchor.times.length - 1]}\n`,
      );
    }
    for (const method of METHODS) {
      process.stderr.write(`${b.id}: ${method}…\n`);
      const r = runMethod(api, prep, anchor, reference, method);
      (entry.methods as MethodResult[]).push(r);
      if (r.error) {
        out.push([
          b.id,
          method,
          cvodeCell,
          "—",
          "—",
          `—/${anchor.steps}`,
          `—/${cvodeRhs}`,
          "—",
          "—",
          fmt(prep.compileMs),
          `ERROR ${r.error}`,
        ]);
        continue;
      }
      measured++;
      const verdict =
        r.ratio! <= RATIO_TARGET && r.maxRelDiff! <= AGREEMENT_TARGET
          ? "PASS"
          : `MISS${r.ratio! > RATIO_TARGET ? " (time)" : ""}${r.maxRelDiff! > AGREEMENT_TARGET ? " (agreement)" : ""}`;
      out.push([
        b.id,
        method,
        cvodeCell,
        fmt(r.medianMs),
        `${fmt(r.ratio, 3)}×`,
        `${r.steps}/${anchor.steps}`,
        `${r.rhsEvals}/${cvodeRhs}`,
        `${r.jacEvals}/${r.luDecompositions}`,
        `${fmt(prep.rhsNs, 3)}/${fmt(Number(anchor.json.rhs_ns), 3)}`,
        fmt(r.maxRelDiff, 2),
        `${fmt(r.errorVsReference, 2)}/${fmt(cvodeVsRef, 2)}`,
        fmt(prep.compileMs),
        verdict,
      ]);
    }
    out.push([
      "",
      `x0 vs anchor: max rel ${fmt(x0Diff, 2)}; PEtab load ${fmt(prep.loadMs)} ms, readSBML ${fmt(prep.readMs)} ms; condition ${prep.conditionId}, t ∈ [0, ${anchor.times[anchor.times.length - 1]}], ${anchor.times.length} outputs`,
      ...Array(11).fill(""),
    ]);
    results.push(entry);
  }
  // the note rows span the table: print them apart
  const main = out.filter((r) => r[0] !== "" || r[1] === "method");
  console.log(table(main));
  console.log("");
  for (const r of out) if (r[0] === "" && r[1] !== "method") console.log(`  ${r[1]}`);
  console.log(
    `\nratio = ours / CVODE (target ≤ ${RATIO_TARGET}×); max rel diff = max over outputs and states of |ours − CVODE| / max(|CVODE|, ${FLOOR}) (target ≤ ${AGREEMENT_TARGET});` +
      `\nerr vs ref: the same measure against CVODE at rtol ${REF_RTOL}, atol ${REF_ATOL} (a near-exact solution): whose error a disagreement is.` +
      "\nCVODE rhs evals: integrator (+ difference-quotient Jacobian columns); ours: all rhs calls, jac = analytic Jacobian evaluations.",
  );
  mkdirSync(join(here, "results"), { recursive: true });
  const file = join(here, "results", "latest.json");
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rtol: RTOL, atol: ATOL, floor: FLOOR, minSeconds: MIN_SECONDS, ratioTarget: RATIO_TARGET, agreementTarget: AGREEMENT_TARGET, results }, null, 1)}\n`,
  );
  console.log(`wrote ${file}`);
  if (!api) {
    console.error(`\nbench: our engine could not run: ${apiError}`);
    return 1;
  }
  if (measured === 0) {
    console.error("\nbench: no method of ours could be measured (see the errors above)");
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`bench failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
