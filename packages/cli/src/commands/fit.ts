/**
 * `stat3 fit PROBLEM.yaml --starts N --workers auto --out DIR` — multistart fit of a PEtab problem.
 *
 * Start points: Latin hypercube within the bounds on parameter scale (seeded, `--seed`); local
 * optimiser `--optimizer ls|lbfgsb|neldermead` (default ls: trust-region least squares with the
 * sensitivity gradient and Fisher information); starts run on worker threads (`--workers auto` =
 * one per CPU). Progress bar on stderr. DIR receives:
 *   result.json          {"problem","optimizer","seed","starts","best":{"llh","nllh","chi2","prior","x":{id:value}},
 *                         "runs":[{"start","nllh","exit","iterations","evaluations","timeMs"}]} (sorted, best first)
 *   starts.tsv           one row per start (waterfall order), the estimates on parameter scale
 *   best-parameters.tsv  parameterId, parameterScale, estimate (scale), estimate (linear), bounds
 *   simulations.tsv      PEtab simulation table at the best fit
 *   waterfall.svg/.png   sorted final objective values
 *   fit-<observable>.svg/.png   data and simulation at the best fit, per observable and condition
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { EngineError } from "@stat3/engine";
import {
  type OptimizerName,
  optimizerNames,
  PetabCodes,
  type StartResult,
  startPoints,
  waterfall,
} from "@stat3/fit";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { runPool, workerCount } from "../fit/pool.js";
import { lineChartSvg } from "../render/line-chart.js";
import { writeFigure } from "../render/png.js";
import { loadProblemFile, toleranceOptions } from "./petab.js";

export interface FitCliOptions {
  starts: string;
  workers?: string;
  out: string;
  seed: string;
  optimizer: string;
  maxIterations?: string;
  rtol?: string;
  atol?: string;
  png?: boolean;
}

function positiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new EngineError(PetabCodes.PETAB_BAD_VALUE, `--${name} expects a positive integer, got "${v}"`);
  return n;
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
  const objective = toleranceOptions(o);
  const obj = loadProblemFile(file, objective);
  const x0s = startPoints(obj.lowerBounds, obj.upperBounds, starts, seed, "lhs");
  const nWorkers = workerCount(o.workers, starts);
  const options = o.maxIterations ? { maxIterations: positiveInt("max-iterations", o.maxIterations) } : {};
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
  const sorted = waterfall(results);
  const top = sorted[0];
  const at = obj.evaluate(top.x);
  await mkdir(o.out, { recursive: true });
  const ids = obj.parameterIds;
  const json = {
    problem: file,
    optimizer: o.optimizer,
    seed,
    starts,
    workers: nWorkers,
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
  ids.forEach((id, k) => {
    const s = obj.scales[k];
    const lin = s === "lin" ? top.x[k] : s === "log" ? Math.exp(top.x[k]) : 10 ** top.x[k];
    const lb = obj.lowerBounds[k];
    const ub = obj.upperBounds[k];
    const unscale = (v: number) => (s === "lin" ? v : s === "log" ? Math.exp(v) : 10 ** v);
    params.push([id, s, top.x[k], lin, unscale(lb), unscale(ub)].join("\t"));
  });
  await writeFile(join(o.out, "best-parameters.tsv"), `${params.join("\n")}\n`);
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
  // fit vs data, per observable: one series per (condition, kind)
  const byObs = new Map<string, { cond: string; t: number; m: number; s: number }[]>();
  obj.problem.measurements.forEach((m, i) => {
    if (!Number.isFinite(m.time)) return;
    const list = byObs.get(m.observableId) ?? [];
    list.push({ cond: m.simulationConditionId, t: m.time, m: m.measurement, s: at.simulation[i] });
    byObs.set(m.observableId, list);
  });
  for (const [oid, rows] of byObs) {
    const conds = [...new Set(rows.map((r) => r.cond))].slice(0, 5);
    const series = conds.flatMap((c) => {
      const rs = rows.filter((r) => r.cond === c).sort((a, b) => a.t - b.t);
      return [
        { name: `${c} data`, x: rs.map((r) => r.t), y: rs.map((r) => r.m) },
        { name: `${c} fit`, x: rs.map((r) => r.t), y: rs.map((r) => r.s) },
      ];
    });
    const svg = lineChartSvg(series, {
      title: esc(`${oid}: data and best fit`),
      xLabel: "time",
      yLabel: esc(oid),
    });
    await writeFigure(join(o.out, `fit-${oid.replace(/[^A-Za-z0-9_]/g, "_")}.${ext}`), svg);
  }
  return { best: top, results: sorted };
}

export function registerFit(program: Command): void {
  program
    .command("fit")
    .description(
      "multistart fit of a PEtab problem (worker threads, progress bar; JSON, TSV and plots in --out)",
    )
    .argument("<problem>", "PEtab problem YAML file")
    .option("--starts <n>", "number of starts", "20")
    .option("--workers <n>", "worker threads, or auto", "auto")
    .option("--out <dir>", "output directory", "fit")
    .option("--seed <s>", "seed of the start design", "1")
    .option("--optimizer <name>", `local optimiser: ${optimizerNames.join(", ")}`, "ls")
    .option("--max-iterations <n>", "iterations per start")
    .option("--rtol <r>", "relative integration tolerance (default 1e-8)")
    .option("--atol <a>", "absolute integration tolerance (default 1e-10)")
    .option("--png", "write PNG figures instead of SVG")
    .action(async (file: string, o: FitCliOptions) => {
      const { best, results } = await runFit(file, o);
      const nFinite = results.filter((r) => Number.isFinite(r.f)).length;
      process.stdout.write(
        `best nllh ${best.f} (start ${best.start}); ${nFinite}/${results.length} starts finished; results in ${o.out}\n`,
      );
    });
}
