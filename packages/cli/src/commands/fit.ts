/**
 * `stat3 fit PROBLEM.yaml --starts N --workers auto --out DIR` — multistart fit of a PEtab problem.
 *
 * Start points: within the bounds on parameter scale, seeded (`--seed`), by `--design lhs|sobol|uniform`
 * (default lhs: Latin hypercube; sobol: digitally shifted Sobol' points, Joe–Kuo directions); local
 * optimiser `--optimizer trr|ls|lbfgsb|neldermead` (default trr: interior trust-region reflective with
 * the sensitivity gradient, Fisher information then BFGS; ls: the Levenberg–Marquardt trust-region
 * least squares); starts run on worker threads (`--workers auto` =
 * one per CPU). `--max-time S`: a wall-clock budget (no start begins after it, running starts stop at it
 * with exit maxTime; result.json records maxTime and startsRun). Progress bar on stderr. DIR receives:
 *   result.json          {"problem","optimizer","seed","starts","best":{"llh","nllh","chi2","prior","x":{id:value}},
 *                         "runs":[{"start","nllh","exit","iterations","evaluations","timeMs"}]} (sorted, best first)
 *   starts.tsv           one row per start (waterfall order), the estimates on parameter scale
 *   best-parameters.tsv  parameterId, parameterScale, estimate (scale), estimate (linear), bounds
 *   parameters-fitted.tsv, problem-fitted.yaml   the PEtab parameter table with the best fit as nominal
 *                        values, and a problem YAML naming it with the original tables and model (paths
 *                        relative to DIR): `stat3 petab llh DIR/problem-fitted.yaml` gives the best llh
 *   simulations.tsv      PEtab simulation table at the best fit
 *   waterfall.svg/.png   sorted final objective values
 *   fit-<observable>.svg/.png   data (±σ) and simulation at the best fit, per observable: one panel per
 *                        (dataset, condition) time course (fit line: the model trajectory on a dense
 *                        grid, PetabObjective.trajectories) or (dataset, time) dose response (render/fit-plot.ts)
 *   fit-scatter.svg/.png simulated vs measured for every measurement, one colour per observable
 *
 * With `--queue redis://…` the starts run as a "multistart" job (jobs/kinds.ts: the same start design,
 * optimiser and objective, one start per chunk) on `stat3 worker` processes through BullMQ on Redis; the
 * files in DIR are the same, number for number (only the wall times timeMs and the "workers" field,
 * here 0 with "queue" set, differ from a local run).
 *
 * `stat3 profile PROBLEM.yaml [--from DIR/result.json] [--parameters a,b] [--step 0.1] [--max-steps 30]
 *  [--level 0.95] --out DIR` — profile likelihoods from the best fit (or from a local fit started at the
 * nominal values), written as profiles.json ({"parameters":[{"id","optimum","ci":[lo|null,hi|null],
 * "threshold","values","nllh"}]}, values on parameter scale), profiles.tsv and profile-<id>.svg/.png.
 */
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { EngineError } from "@stat3/engine";
import {
  formatParameterTable,
  formatProblemYaml,
  type ObjectiveOptions,
  type OptimizerName,
  optimizerNames,
  PetabCodes,
  petabBoxProblem,
  problemFiles,
  profileParameter,
  runOptimizer,
  type StartDesign,
  type StartResult,
  scaleFrom,
  startDesigns,
  startPoints,
  startPointsAround,
  waterfall,
} from "@stat3/fit";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { runPool, workerCount } from "../fit/pool.js";
import { addQueueOptions, runJobCli } from "../jobs/backend.js";
import { type MultistartStart, multistartSpec } from "../jobs/kinds.js";
import { fitFigures, fitPlotInput, fitScatterSvg } from "../render/fit-plot.js";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";
import { loadProblemFile, toleranceOptions } from "./petab.js";

export interface FitCliOptions {
  starts: string;
  workers?: string;
  out: string;
  seed: string;
  optimizer: string;
  /** start design: lhs (default), sobol or uniform */
  design?: string;
  /** gradient by forward (default) or adjoint sensitivities */
  gradient?: string;
  /** start around a point instead of over the whole box: "nominal" or a result.json of an earlier fit */
  around?: string;
  /** half-width of the start cube around --around, on the parameter scale (default 1) */
  spread?: string;
  maxIterations?: string;
  /** wall-clock budget in seconds (local threads) */
  maxTime?: string;
  rtol?: string;
  atol?: string;
  png?: boolean;
  /** BullMQ on Redis instead of local threads */
  queue?: string;
  /** alias of workers */
  threads?: string;
  /** job store of the --queue path */
  store?: string;
  progress?: boolean;
}

/** The --queue path: a "multistart" job; the answer back as the local pool's StartResults. */
async function fitQueued(
  file: string,
  o: FitCliOptions,
  x: {
    starts: number;
    seed: number;
    design: StartDesign;
    optimizer: OptimizerName;
    options: { maxIterations?: number };
    objective: ObjectiveOptions;
  },
): Promise<StartResult[]> {
  // unset tolerances are left out (the job validates every objective option as a number)
  const objective: ObjectiveOptions = Object.fromEntries(
    Object.entries(x.objective).filter(([, v]) => v !== undefined),
  );
  const spec = multistartSpec(file, {
    starts: x.starts,
    seed: x.seed,
    optimizer: x.optimizer,
    design: x.design,
    options: x.options,
    objective,
    chunkSize: 1,
  });
  const out = await runJobCli<MultistartStart[]>(
    spec,
    { queue: o.queue, ...(o.store ? { store: o.store } : {}), progress: o.progress },
    "fit",
  );
  if (!out.answer) throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `${file}: the queue returned no answer`);
  return out.answer.map((s) => ({
    start: s.start,
    x0: Float64Array.from(s.x0),
    x: Float64Array.from(s.x),
    f: s.f,
    iterations: s.iterations,
    evaluations: s.evaluations,
    exit: s.exit as StartResult["exit"],
    timeMs: s.timeMs ?? Number.NaN,
    ...(s.error !== undefined ? { error: s.error } : {}),
  })) as StartResult[];
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--${name} expects a positive integer, got "${v}"`);
  return n;
}

/** The --design value, checked: one of startDesigns (undefined → "lhs"). */
export function parseDesign(v: string | undefined): StartDesign {
  const d = v ?? "lhs";
  if (!startDesigns.includes(d as StartDesign))
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `--design must be one of ${startDesigns.join(", ")}, got "${d}"`,
    );
  return d as StartDesign;
}

/**
 * The centre of --around starts on the optimisation scale: the problem's nominal parameters, or the
 * best fit in a result.json written by an earlier `stat3 fit` (parameters matched by id).
 */
async function aroundPoint(
  what: string,
  obj: { nominal: Float64Array; parameterIds: readonly string[] },
): Promise<Float64Array> {
  if (what === "nominal") return Float64Array.from(obj.nominal);
  let parsed: { best?: { x?: Record<string, number> } };
  try {
    parsed = JSON.parse(await readFile(what, "utf8"));
  } catch (e) {
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `--around ${what}: not "nominal" and not a readable result.json of stat3 fit (${(e as Error).message})`,
    );
  }
  const x = parsed.best?.x;
  if (!x || typeof x !== "object")
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `--around ${what}: no "best.x" object (a result.json of stat3 fit)`,
    );
  return Float64Array.from(obj.parameterIds, (id, k) => {
    const v = x[id];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new EngineError(
        PetabCodes.PETAB_UNKNOWN_ID,
        `--around ${what}: no value for estimated parameter "${id}" (parameter ${k + 1})`,
      );
    }
    return v;
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function runFit(
  file: string,
  o: FitCliOptions,
): Promise<{ best: StartResult; results: StartResult[] }> {
  const starts = positiveInt("starts", o.starts);
  const seed = Number(o.seed);
  if (!Number.isInteger(seed) || seed < 0)
    throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--seed expects an integer ≥ 0, got "${o.seed}"`);
  if (!optimizerNames.includes(o.optimizer as OptimizerName)) {
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `--optimizer must be one of ${optimizerNames.join(", ")}, got "${o.optimizer}"`,
    );
  }
  const design = parseDesign(o.design);
  const gradient = o.gradient ?? "forward";
  if (gradient !== "forward" && gradient !== "adjoint")
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `--gradient must be forward or adjoint, got "${gradient}"`,
    );
  // adjoint: no residual sensitivities, so trr runs on BFGS alone (no Gauss–Newton/Fisher matrix)
  const objective: ObjectiveOptions = {
    ...toleranceOptions(o),
    ...(gradient === "adjoint" ? { sensitivityMethod: "adjoint" as const } : {}),
  };
  const obj = loadProblemFile(file, objective);
  let x0s: Float64Array[];
  let spread: number | undefined;
  if (o.around !== undefined) {
    if (o.queue)
      throw new EngineError(PetabCodes.PETAB_BAD_VALUE, "--around runs on local threads only (drop --queue)");
    spread = Number(o.spread ?? "1");
    if (!(spread > 0) || !Number.isFinite(spread))
      throw new EngineError(
        PetabCodes.PETAB_BAD_VALUE,
        `--spread expects a positive number, got "${o.spread}"`,
      );
    const center = await aroundPoint(o.around, obj);
    x0s = startPointsAround(center, obj.lowerBounds, obj.upperBounds, starts, seed, spread, design);
  } else {
    x0s = startPoints(obj.lowerBounds, obj.upperBounds, starts, seed, design);
  }
  const nWorkers = o.queue ? 0 : workerCount(o.threads ?? o.workers, starts);
  let maxTime: number | undefined;
  if (o.maxTime !== undefined) {
    maxTime = Number(o.maxTime);
    if (!(maxTime > 0) || !Number.isFinite(maxTime))
      throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--max-time expects seconds > 0, got "${o.maxTime}"`);
    if (o.queue)
      throw new EngineError(
        PetabCodes.PETAB_BAD_VALUE,
        "--max-time runs on local threads only (drop --queue)",
      );
  }
  const options = {
    ...(o.maxIterations ? { maxIterations: positiveInt("max-iterations", o.maxIterations) } : {}),
    // the budget counts from here: no start begins after it, a running start stops at it (exit maxTime)
    ...(maxTime !== undefined ? { deadline: Date.now() + 1000 * maxTime } : {}),
  };
  const results = o.queue
    ? await fitQueued(file, o, {
        starts,
        seed,
        design,
        optimizer: o.optimizer as OptimizerName,
        options,
        objective,
      })
    : await fitLocal();
  async function fitLocal(): Promise<StartResult[]> {
    const bar = new cliProgress.SingleBar(
      {
        format: "fit |{bar}| {value}/{total} starts | best nllh {best} | {duration_formatted}",
        stream: process.stderr,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let best = Number.POSITIVE_INFINITY;
    bar.start(starts, 0, { best: "–" });
    const results = await runPool(
      { yaml: file, objective, optimizer: o.optimizer as OptimizerName, options },
      x0s,
      nWorkers,
      (r) => {
        if (r.f < best) best = r.f;
        bar.increment(1, { best: Number.isFinite(best) ? best.toFixed(4) : "–" });
      },
    );
    bar.stop();
    return results;
  }
  const sorted = waterfall(results);
  const top = sorted[0];
  if (top === undefined)
    throw new EngineError(
      PetabCodes.PETAB_BAD_VALUE,
      `no start began within --max-time ${maxTime} s (the workers load and compile the model first): allow more time`,
    );
  const at = obj.evaluate(top.x);
  await mkdir(o.out, { recursive: true });
  const ids = obj.parameterIds;
  const json = {
    problem: file,
    optimizer: o.optimizer,
    seed,
    design,
    gradient,
    ...(o.around !== undefined ? { around: o.around, spread } : {}),
    starts,
    ...(maxTime !== undefined ? { maxTime, startsRun: sorted.length } : {}),
    workers: nWorkers,
    ...(o.queue ? { queue: o.queue } : {}),
    best: {
      llh: at.llh,
      nllh: -at.llh,
      chi2: at.chi2,
      prior: at.logPrior,
      start: top.start,
      x: Object.fromEntries(ids.map((id, k) => [id, top.x[k]])),
    },
    runs: sorted.map((r) => ({
      start: r.start,
      nllh: r.f,
      exit: r.exit,
      iterations: r.iterations,
      evaluations: r.evaluations,
      timeMs: r.timeMs,
    })),
  };
  await writeFile(join(o.out, "result.json"), `${JSON.stringify(json, null, 2)}\n`);
  const startsTsv = [["start", "nllh", "exit", "iterations", "evaluations", "timeMs", ...ids].join("\t")];
  for (const r of sorted)
    startsTsv.push(
      [r.start, r.f, r.exit, r.iterations, r.evaluations, r.timeMs, ...Array.from(r.x)].join("\t"),
    );
  await writeFile(join(o.out, "starts.tsv"), `${startsTsv.join("\n")}\n`);
  const params = ["parameterId\tparameterScale\testimateOnScale\testimate\tlowerBound\tupperBound"];
  const fitted: Record<string, number> = {};
  ids.forEach((id, k) => {
    const s = obj.scales[k];
    // the bounds as the parameter table gives them (linear scale), not re-computed from the scaled ones;
    // the linear value is kept inside them (10 ** log10(1e-5) is 9.999999999999999e-6)
    const row = obj.problem.parameterById.get(id);
    const unscaled = scaleFrom(top.x[k], s);
    const lin = row ? Math.min(Math.max(unscaled, row.lowerBound), row.upperBound) : unscaled;
    fitted[id] = lin;
    params.push([id, s, top.x[k], lin, row?.lowerBound, row?.upperBound].join("\t"));
  });
  await writeFile(join(o.out, "best-parameters.tsv"), `${params.join("\n")}\n`);
  // the problem with the fitted values as nominal values: `stat3 petab llh DIR/problem-fitted.yaml`
  // reproduces the best fit, and `stat3 fit … --around nominal` or `stat3 profile` start from it
  await writeFile(join(o.out, "parameters-fitted.tsv"), formatParameterTable(obj.problem.parameters, fitted));
  const files = problemFiles(obj.problem);
  if (files && obj.problem.yamlFile !== undefined) {
    const from = dirname(resolve(obj.problem.yamlFile));
    const rel = (f: string) => relative(resolve(o.out), resolve(from, f)).split(sep).join("/");
    const yaml = formatProblemYaml({
      parameter: ["parameters-fitted.tsv"],
      sbml: files.sbml.map(rel),
      condition: files.condition.map(rel),
      measurement: files.measurement.map(rel),
      observable: files.observable.map(rel),
      visualization: (files.visualization ?? []).map(rel),
    });
    await writeFile(join(o.out, "problem-fitted.yaml"), yaml);
  }
  await writeFile(join(o.out, "simulations.tsv"), obj.simulationTable(at));
  const ext = o.png ? "png" : "svg";
  // waterfall: sorted final objective values (finite ones), start rank on x
  const finite = sorted.filter((r) => Number.isFinite(r.f));
  const wf = lineChartSvg(
    [{ name: "final nllh", x: finite.map((_, i) => i + 1), y: finite.map((r) => r.f) }],
    {
      title: esc(`Waterfall: ${finite.length} of ${starts} starts (best ${top.f.toFixed(4)})`),
      xLabel: "start (sorted)",
      yLabel: "negative log-likelihood",
    },
  );
  await writeFigure(join(o.out, `waterfall.${ext}`), wf);
  // fit vs data, per observable: small multiples (time courses per dataset and condition, dose
  // responses per dataset and time), data ±σ and the best fit — time courses as the model trajectory
  // on a dense grid (200 points per simulation, plus the measurement times); plus simulated vs measured
  const plotInput = fitPlotInput(obj.problem, at.simulation, at.sigma, {
    trajectories: obj.trajectories(top.x, { points: 200 }),
  });
  for (const fig of fitFigures(plotInput))
    await writeFigure(join(o.out, `fit-${fig.observableId.replace(/[^A-Za-z0-9_]/g, "_")}.${ext}`), fig.svg);
  await writeFigure(join(o.out, `fit-scatter.${ext}`), fitScatterSvg(plotInput));
  return { best: top, results: sorted };
}

export function registerFit(program: Command): void {
  const cmd = program
    .command("fit")
    .description(
      "multistart fit of a PEtab problem (worker threads or, with --queue, Redis workers; progress bar; JSON, TSV and plots in --out)",
    )
    .argument("<problem>", "PEtab problem YAML file")
    .option("--starts <n>", "number of starts", "20")
    .option("--workers <n>", "worker threads, or auto", "auto")
    .option("--out <dir>", "output directory", "fit")
    .option("--seed <s>", "seed of the start design", "1")
    .option("--design <d>", `start design: ${startDesigns.join(", ")}`, "lhs")
    .option(
      "--gradient <method>",
      "forward (sensitivities; Fisher matrix for trr) or adjoint (faster for many parameters; trr then uses BFGS)",
      "forward",
    )
    .option(
      "--around <point>",
      'start around a point instead of over the whole box: "nominal" or a result.json of an earlier fit (start 1 is the point itself)',
    )
    .option("--spread <s>", "half-width of the start cube around --around, on the parameter scale", "1")
    .option("--optimizer <name>", `local optimiser: ${optimizerNames.join(", ")}`, "trr")
    .option("--max-iterations <n>", "iterations per start")
    .option(
      "--max-time <seconds>",
      "wall-clock budget of the fit: no start begins after it, running starts stop at it (exit maxTime)",
    )
    .option("--rtol <r>", "relative integration tolerance (default 1e-8)")
    .option("--atol <a>", "absolute integration tolerance (default 1e-10)")
    .option("--png", "write PNG figures instead of SVG")
    .option("--no-progress", "no progress bar (--queue)");
  addQueueOptions(cmd).action(async (file: string, o: FitCliOptions) => {
    const { best, results } = await runFit(file, o);
    const nFinite = results.filter((r) => Number.isFinite(r.f)).length;
    process.stdout.write(
      `best nllh ${best.f} (start ${best.start}); ${nFinite}/${results.length} starts finished; results in ${o.out}\n`,
    );
  });
}

export interface ProfileCliOptions {
  from?: string;
  parameters?: string;
  step: string;
  maxSteps: string;
  level: string;
  out: string;
  rtol?: string;
  atol?: string;
  png?: boolean;
}

export async function runProfile(file: string, o: ProfileCliOptions) {
  const obj = loadProblemFile(file, toleranceOptions(o));
  const ids = obj.parameterIds;
  let x: Float64Array;
  if (o.from) {
    const r = JSON.parse(readFileSync(o.from, "utf8")) as { best?: { x?: Record<string, number> } };
    const bx = r.best?.x;
    if (!bx)
      throw new EngineError(
        PetabCodes.PETAB_BAD_VALUE,
        `${o.from}: no "best.x" (expected the result.json of stat3 fit)`,
      );
    x = Float64Array.from(ids, (id, k) => {
      const v = bx[id];
      if (typeof v !== "number")
        throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `${o.from}: no value for parameter "${id}"`);
      return v ?? obj.nominal[k];
    });
  } else {
    x = runOptimizer("ls", petabBoxProblem(obj), Float64Array.from(obj.nominal)).x;
  }
  const wanted = o.parameters ? o.parameters.split(",").map((s) => s.trim()) : ids;
  for (const id of wanted) {
    if (!ids.includes(id))
      throw new EngineError(
        PetabCodes.PETAB_UNKNOWN_ID,
        `--parameters: "${id}" is not an estimated parameter`,
      );
  }
  const level = Number(o.level);
  if (level !== 0.9 && level !== 0.95 && level !== 0.99)
    throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--level must be 0.9, 0.95 or 0.99`);
  const step = Number(o.step);
  if (!(step > 0))
    throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--step expects a positive number, got "${o.step}"`);
  const maxSteps = positiveInt("max-steps", o.maxSteps);
  const bar = new cliProgress.SingleBar(
    { format: "profile |{bar}| {value}/{total} parameters | {id}", stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(wanted.length, 0, { id: "" });
  const profiles = wanted.map((id) => {
    const pr = profileParameter(obj, x, ids.indexOf(id), { step, maxSteps, level });
    bar.increment(1, { id });
    return pr;
  });
  bar.stop();
  await mkdir(o.out, { recursive: true });
  const json = {
    problem: file,
    level,
    parameters: profiles.map((p) => ({
      id: p.parameterId,
      scale: obj.scales[p.k],
      optimum: p.optimum.value,
      nllh: p.optimum.nllh,
      ci: p.ci,
      threshold: p.threshold,
      profile: { values: p.values, nllh: p.nllh },
    })),
  };
  await writeFile(join(o.out, "profiles.json"), `${JSON.stringify(json, null, 2)}\n`);
  const tsv = ["parameterId\tparameterScale\toptimum\tciLower\tciUpper"];
  for (const p of profiles)
    tsv.push(
      [p.parameterId, obj.scales[p.k], p.optimum.value, p.ci[0] ?? "-inf", p.ci[1] ?? "inf"].join("\t"),
    );
  await writeFile(join(o.out, "profiles.tsv"), `${tsv.join("\n")}\n`);
  for (const p of profiles) {
    const svg = lineChartSvg(
      [
        { name: "profile", x: p.values, y: p.nllh },
        {
          name: `threshold (${level})`,
          x: [p.values[0], p.values[p.values.length - 1]],
          y: [p.threshold, p.threshold],
        },
      ],
      {
        title: esc(`Profile likelihood: ${p.parameterId}`),
        xLabel: esc(`${p.parameterId} (${obj.scales[p.k]} scale)`),
        yLabel: "negative log-likelihood",
      },
    );
    await writeFigure(
      join(o.out, `profile-${p.parameterId.replace(/[^A-Za-z0-9_]/g, "_")}.${o.png ? "png" : "svg"}`),
      svg,
    );
  }
  return profiles;
}

export function registerProfile(program: Command): void {
  program
    .command("profile")
    .description("profile likelihoods and confidence intervals of a PEtab problem's parameters")
    .argument("<problem>", "PEtab problem YAML file")
    .option(
      "--from <result.json>",
      "start from the best fit of stat3 fit (default: a local fit from the nominal values)",
    )
    .option("--parameters <ids>", "comma-separated parameter ids (default: all estimated)")
    .option("--step <s>", "step on the parameter scale", "0.1")
    .option("--max-steps <n>", "steps per direction", "30")
    .option("--level <a>", "confidence level: 0.9, 0.95 or 0.99", "0.95")
    .option("--out <dir>", "output directory", "profile")
    .option("--rtol <r>", "relative integration tolerance (default 1e-8)")
    .option("--atol <a>", "absolute integration tolerance (default 1e-10)")
    .option("--png", "write PNG figures instead of SVG")
    .action(async (file: string, o: ProfileCliOptions) => {
      const profiles = await runProfile(file, o);
      for (const p of profiles) {
        const f = (v: number | null, inf: string) => (v === null ? inf : v.toPrecision(6));
        process.stdout.write(
          `${p.parameterId.padEnd(30)} ${p.optimum.value.toPrecision(6).padStart(12)}  [${f(p.ci[0], "-inf")}, ${f(p.ci[1], "inf")}]\n`,
        );
      }
    });
}
