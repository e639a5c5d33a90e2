/**
 * `npm run bench` — our ODE integrators against the C/CVODE reference (../shared/perf/), side by side in
 * one run, on the JAK/STAT PEtab benchmark models (../shared/petab/benchmarks): nominal parameters, the
 * benchmark condition, 0 → last measurement time, rtol 1e-6, atol 1e-8, outputs at the anchor's output
 * times (101-point grid plus the condition's measurement times, from its problem.txt).
 *
 * What is timed, on both sides, is one simulation as a fit would call it: re-initialise the integrator
 * (created once, like CVODE's memory) and integrate through all output times. Model reading, PEtab
 * loading and compilation are set-up, reported separately ("compile ms"). Median of repeats until
 * ≥ MIN_SECONDS (default 2 s) have passed, after a JIT warm-up (≥ 2 s and until the run time stops improving; the cold first run is
 * reported apart, in the JSON).
 *
 * Agreement: every state at every output time against the anchor's solution.txt, matched by id through
 * the STATES list of the anchor's model.py (species as concentrations unless hasOnlySubstanceUnits).
 * Relative difference |ours − cvode| / max(|cvode|, FLOOR) with FLOOR = atol / 1e-4 = 1e-4: for values
 * above it the test is relative (1e-4), below it the difference is held to atol itself (1e-8 absolute);
 * asking two solvers run at atol 1e-8 to agree better than 1e-8 in absolute terms asks for noise. The
 * stricter figure with a floor of 1e-6 (100 × atol) is kept in the JSON. Whose error a disagreement is:
 * both solutions are also compared with a near-exact one (CVODE at rtol 1e-12, atol 1e-16).
 *
 * Usage: npm run bench [-- --methods bdf,rodas5p,auto] [--problems Boehm,Raia] [--min-seconds 2]
 *        [--warmup-seconds 2] [--keep-work]
 * Exit code 0 whenever the measurement ran (a missed ratio target is a result, printed as MISS);
 * non-zero when it could not run (anchor failed, engine pieces missing).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getSolver, type Integrator, makeIntegrator } from "@stat3/engine";
import { measurementTimeSpan } from "@stat3/fit";
import {
  type BenchProblem,
  outputGrid,
  outputRows,
  PROBLEMS,
  type PreparedModel,
  prepareModel,
  problemDir,
  rhsCost,
  shared,
  simulateOnce,
  timeMedian,
} from "./lib.js";

const here = dirname(fileURLToPath(import.meta.url));
const RTOL = 1e-6;
const ATOL = 1e-8;
/** values below this are compared absolutely (against atol), above it relatively — see the header */
const FLOOR = 1e-4;
const STRICT_FLOOR = 1e-6;
const RATIO_TARGET = 1.5;
const AGREEMENT_TARGET = 1e-4;
/** A near-exact solution to see whose error a disagreement is: CVODE at these tolerances. */
const REF_RTOL = 1e-12;
const REF_ATOL = 1e-16;

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
const WARMUP_SECONDS = Number(arg("warmup-seconds") ?? 2);
const onlyProblems = arg("problems")
  ?.split(",")
  .map((s) => s.trim().toLowerCase());

// ---- the CVODE anchor --------------------------------------------------------------------------

interface AnchorResult {
  json: Record<string, number | string>;
  medianMs: number;
  cpuMedianMs: number;
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
    cpuMedianMs: Number(json.cpu_median_s) * 1e3,
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

type Reader = (y: Float64Array, p: Float64Array, w: Float64Array) => number;

interface Prepared extends PreparedModel {
  /** per anchor state: how to read it from our (y, p, w) as the anchor reports it */
  readers: Reader[];
  spanEnd: number;
  conditionSpanEnd: number;
  /** ns per call of our rhs at the mid-trajectory state (the anchor's rhs_ns measures C's the same way) */
  rhsNs?: number;
}

function prepare(b: BenchProblem, anchorStates: string[]): Prepared {
  const m = prepareModel(b);
  const L = m.compiled.layout;
  const readerOf = (id: string): Reader => {
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
    ...m,
    readers,
    spanEnd: measurementTimeSpan(m.problem).end,
    conditionSpanEnd: measurementTimeSpan(m.problem, m.conditionId).end,
  };
}

interface MethodResult {
  method: string;
  medianMs?: number;
  minMs?: number;
  cpuMedianMs?: number;
  /** CPU-time ratio ours / CVODE: the verdict's figure */
  cpuRatio?: number;
  /** the very first simulation (cold: interpreter and JIT compilation included) */
  firstRunMs?: number;
  warmupRuns?: number;
  warmupSeconds?: number;
  repeats?: number;
  steps?: number;
  rhsEvals?: number;
  jacEvals?: number;
  luDecompositions?: number;
  rejectedSteps?: number;
  maxRelDiff?: number;
  /** the same with the floor at 100 × atol */
  maxRelDiffStrictFloor?: number;
  maxAbsDiff?: number;
  /** same measure against the near-exact reference solution */
  errorVsReference?: number;
  worstVsReference?: string;
  worst?: string;
  ratio?: number;
  pass?: boolean;
  error?: string;
}

/** max over outputs and states of |a − b| / max(|b|, floor), and where. */
function maxRelDiff(
  a: Float64Array,
  b: Float64Array,
  nx: number,
  times: Float64Array,
  states: string[],
  floor = FLOOR,
) {
  let max = 0;
  let where = "";
  for (let j = 0; j < b.length; j++) {
    const rel = Math.abs(a[j] - b[j]) / Math.max(Math.abs(b[j]), floor);
    if (!(rel <= max)) {
      max = Number.isNaN(rel) ? Infinity : rel;
      where = `${states[j % nx]} at t=${times[Math.floor(j / nx)]}: ${a[j]} vs ${b[j]}`;
    }
  }
  return { max, where };
}

function runMethod(
  prep: Prepared,
  anchor: AnchorResult,
  reference: AnchorResult | undefined,
  method: string,
): MethodResult {
  if (!getSolver(method)) return { method, error: `no solver "${method}" in the registry (yet)` };
  const n = prep.system.n;
  const nt = anchor.times.length;
  const rows = outputRows(nt, n);
  let integ: Integrator;
  try {
    integ = makeIntegrator(prep.system, method, {
      relativeTolerance: RTOL,
      absoluteTolerance: ATOL,
      maxSteps: 1_000_000,
    });
    // one run for the statistics (the counters accumulate over init calls: take differences)
    const s0 = { ...integ.stats };
    const cold = performance.now();
    simulateOnce(integ, prep.y0, anchor.times, rows);
    const firstRunMs = performance.now() - cold;
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
    const strict = maxRelDiff(ours, anchor.solution, nx, anchor.times, anchor.states, STRICT_FLOOR);
    const vsRef = reference
      ? maxRelDiff(ours, reference.solution, nx, anchor.times, anchor.states)
      : undefined;
    let maxAbs = 0;
    for (let j = 0; j < ours.length; j++) maxAbs = Math.max(maxAbs, Math.abs(ours[j] - anchor.solution[j]));
    const maxRel = vsCvode.max;
    const worst = vsCvode.where;
    // timed repeats after a JIT warm-up
    const timing = timeMedian(
      () => simulateOnce(integ, prep.y0, anchor.times, rows),
      MIN_SECONDS,
      WARMUP_SECONDS,
    );
    // after the warm-up: the generated rhs is optimised by now
    if (prep.rhsNs === undefined) prep.rhsNs = rhsCost(prep.system, rows[nt >> 1], anchor.times[nt >> 1]);
    const median = timing.medianMs;
    const ratio = median / anchor.medianMs;
    const cpuRatio = timing.cpuMedianMs / anchor.cpuMedianMs;
    return {
      method,
      medianMs: median,
      minMs: timing.minMs,
      cpuMedianMs: timing.cpuMedianMs,
      cpuRatio,
      firstRunMs,
      warmupRuns: timing.warmupRuns,
      warmupSeconds: timing.warmupSeconds,
      repeats: timing.repeats,
      steps: s1.steps - s0.steps,
      rhsEvals: s1.rhsEvals - s0.rhsEvals,
      jacEvals: s1.jacEvals - s0.jacEvals,
      luDecompositions: s1.luDecompositions - s0.luDecompositions,
      rejectedSteps: s1.rejectedSteps - s0.rejectedSteps,
      maxRelDiff: maxRel,
      maxRelDiffStrictFloor: strict.max,
      maxAbsDiff: maxAbs,
      worst,
      errorVsReference: vsRef?.max,
      worstVsReference: vsRef?.where,
      ratio,
      pass: cpuRatio <= RATIO_TARGET && maxRel <= AGREEMENT_TARGET,
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
  // a work folder of our own: another bench run at the same time must not rewrite our solution files
  const work = process.env.CVODE_ANCHOR_WORK ?? `/tmp/stat3-bench-cvode-${process.pid}`;
  mkdirSync(work, { recursive: true });
  console.log(
    `ODE benchmark vs C/CVODE (${shared}/perf): rtol ${RTOL}, atol ${ATOL}, ≥ ${MIN_SECONDS} s per timing, median ms per simulation`,
  );
  const load0 = loadavg()[0];
  console.log(
    `node ${process.version}, methods: ${METHODS.join(", ")}, load average ${load0.toFixed(1)} on ${cpus().length} cores\n`,
  );

  const results: unknown[] = [];
  const out: string[][] = [
    [
      "problem",
      "method",
      "CVODE ms wall/cpu",
      "ours ms wall/cpu",
      "ratio wall/cpu",
      "steps ours/CVODE",
      "rhs ours/CVODE(+jac)",
      "jac/LU ours",
      "rhs ns ours/C",
      "rel diff vs CVODE",
      "err vs ref ours/CVODE",
      "compile/1st run ms",
      "",
    ],
  ];
  let measured = 0;
  const notes: string[] = [];
  for (const b of problems) {
    const dir = problemDir(b.id);
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
    const cvodeCell = `${fmt(anchor.medianMs)}/${fmt(anchor.cpuMedianMs)}`;
    const cvodeRhs = `${anchor.rhsEvals}(+${anchor.jacRhsEvals})`;
    let prep: Prepared;
    try {
      process.stderr.write(`${b.id}: read, condition, compile…\n`);
      prep = prepare(b, anchor.states);
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
        "—",
        "—",
        `ERROR ${msg}`,
      ]);
      entry.error = msg;
      results.push(entry);
      continue;
    }
    // our PEtab reading must give the anchor's output times (same problem, same rule)
    const grid = outputGrid(prep.problem, prep.conditionId);
    const gridOk =
      grid.length === anchor.times.length &&
      grid.every((t, k) => Math.abs(t - anchor.times[k]) <= 1e-12 * Math.max(1, t));
    if (!gridOk) process.stderr.write(`warning: ${b.id}: our output grid differs from the anchor's\n`);
    entry.outputGridMatchesAnchor = gridOk;
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
      const r = runMethod(prep, anchor, reference, method);
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
      const verdict = r.pass
        ? "PASS"
        : `MISS${r.cpuRatio! > RATIO_TARGET ? " (time)" : ""}${r.maxRelDiff! > AGREEMENT_TARGET ? " (agreement)" : ""}`;
      out.push([
        b.id,
        method,
        cvodeCell,
        `${fmt(r.medianMs)}/${fmt(r.cpuMedianMs)}`,
        `${fmt(r.ratio, 3)}/${fmt(r.cpuRatio, 3)}×`,
        `${r.steps}/${anchor.steps}`,
        `${r.rhsEvals}/${cvodeRhs}`,
        `${r.jacEvals}/${r.luDecompositions}`,
        `${fmt(prep.rhsNs, 3)}/${fmt(Number(anchor.json.rhs_ns), 3)}`,
        fmt(r.maxRelDiff, 2),
        `${fmt(r.errorVsReference, 2)}/${fmt(cvodeVsRef, 2)}`,
        `${fmt(prep.compileMs)}/${fmt(r.firstRunMs)}`,
        verdict,
      ]);
      if (r.maxRelDiff! > AGREEMENT_TARGET && r.errorVsReference !== undefined && cvodeVsRef !== undefined) {
        const whose =
          cvodeVsRef > AGREEMENT_TARGET && r.errorVsReference <= cvodeVsRef
            ? "the difference is CVODE's own error (ours is closer to the near-exact solution)"
            : r.errorVsReference > cvodeVsRef
              ? "ours is the less accurate of the two"
              : "both are off by similar amounts";
        notes.push(
          `${b.id} ${method}: agreement ${fmt(r.maxRelDiff, 2)} (worst ${r.worst}); vs near-exact: ours ${fmt(r.errorVsReference, 2)}, CVODE ${fmt(cvodeVsRef, 2)} — ${whose}`,
        );
      }
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
  for (const n of notes) console.log(`  ${n}`);
  console.log(
    `\nratio = ours / CVODE, median wall and median process-CPU ms per simulation (verdict on CPU: target ≤ ${RATIO_TARGET}×); max rel diff = max over outputs and states of |ours − CVODE| / max(|CVODE|, ${FLOOR}) (target ≤ ${AGREEMENT_TARGET});` +
      `\nerr vs ref: the same measure against CVODE at rtol ${REF_RTOL}, atol ${REF_ATOL} (a near-exact solution): whose error a disagreement is.` +
      "\nCVODE rhs evals: integrator (+ difference-quotient Jacobian columns); ours: all rhs calls, jac = Jacobian evaluations." +
      "\ncompile: readSBML excluded, compileModel only; 1st run: the first simulation of that method, cold (interpreter + JIT).",
  );
  const load1 = loadavg()[0];
  if (Math.max(load0, load1) > cpus().length) {
    console.log(
      `\nnote: load average ${load0.toFixed(1)} → ${load1.toFixed(1)} on ${cpus().length} cores: other jobs shared the CPUs, wall times are inflated; compare CPU times.`,
    );
  }
  mkdirSync(join(here, "results"), { recursive: true });
  const file = join(here, "results", "latest.json");
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, loadAverage: [load0, load1], rtol: RTOL, atol: ATOL, floor: FLOOR, minSeconds: MIN_SECONDS, ratioTarget: RATIO_TARGET, agreementTarget: AGREEMENT_TARGET, results }, null, 1)}\n`,
  );
  console.log(`wrote ${file}`);
  if (measured === 0) {
    console.error("\nbench: no method of ours could be measured (see the errors above)");
    return 1;
  }
  return 0;
}

const ownWork = process.env.CVODE_ANCHOR_WORK === undefined && !process.argv.includes("--keep-work");
function cleanUp(): void {
  if (!ownWork) return;
  for (const d of [
    `/tmp/stat3-bench-cvode-${process.pid}`,
    `/tmp/stat3-bench-cvode-${process.pid}-reference`,
  ]) {
    rmSync(d, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    cleanUp();
    process.exit(code);
  },
  (err) => {
    cleanUp();
    console.error(`bench failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
