/**
 * Report on a multistart run written by bench/multistart-success.ts with OUT=file.jsonl
 * (one JSON line per start: problem, seed, start, f, exit, iterations, ms, x by parameter id): every
 * start's end point is re-evaluated at the objective's default tolerances (rtol 1e-8, atol 1e-10) and at
 * 1e-10/1e-12, the hits (−llh within `--tol` of the best known value) are counted, and the waterfall is
 * drawn.
 *
 *   node --import tsx bench/multistart-report.ts docs/results/bachmann-multistart.jsonl \
 *     --best -418.40573341425295 [--tol 0.01] [--svg docs/results/bachmann-waterfall.svg]
 *
 * The best known value is the benchmark's reference (../shared/petab/README.md), on the −llh scale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { loadPetabProblem, petabObjective } from "@stat3/fit";
import { lineChartSvg } from "../packages/cli/src/render/line-chart.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const file = args[0];
if (!file) throw new Error("usage: multistart-report.ts FILE.jsonl --best F [--tol 0.01] [--svg OUT]");
const best = Number(opt("--best", "NaN"));
const tol = Number(opt("--tol", "0.01"));
type Rec = {
  problem: string;
  seed: number;
  start: number;
  f: number;
  exit: string;
  iterations: number;
  ms: number;
  x: Record<string, number>;
};
const recs = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Rec);
// one record per start (a start run twice keeps its last record)
const byStart = new Map<number, Rec>();
for (const r of recs) byStart.set(r.start, r);
const name = recs[0].problem;
// the benchmark collection beside the repository (../shared, as in CI)
const y = new URL(`../../shared/petab/benchmarks/${name}/${name}.yaml`, import.meta.url).pathname;
const prob = loadPetabProblem(y, (p) => readFileSync(p === y ? p : join(dirname(y), p), "utf8"));
const obj8 = petabObjective(prob);
const obj10 = petabObjective(prob, { relativeTolerance: 1e-10, absoluteTolerance: 1e-12 });
const rows: {
  start: number;
  fRun: number;
  f8: number;
  f10: number;
  exit: string;
  it: number;
  s: number;
  hit: boolean;
}[] = [];
for (const r of [...byStart.values()].sort((a, b) => a.start - b.start)) {
  const x = Float64Array.from(obj8.parameterIds, (id) => r.x[id]);
  const f8 = -obj8.evaluate(x).llh;
  const f10 = f8 < best + 1 ? -obj10.evaluate(x).llh : Number.NaN;
  rows.push({
    start: r.start,
    fRun: r.f,
    f8,
    f10,
    exit: r.exit,
    it: r.iterations,
    s: r.ms / 1000,
    hit: f8 <= best + tol,
  });
}
console.log(
  `${name}: ${rows.length} starts (seed ${recs[0].seed}), best known −llh ${best}, hit = within ${tol}`,
);
console.log("start  −llh (fit tolerances)  −llh (1e-8/1e-10)  −llh (1e-10/1e-12)  exit   iterations  s");
for (const r of [...rows].sort((a, b) => a.f8 - b.f8))
  console.log(
    `${String(r.start).padStart(5)}  ${r.fRun.toFixed(4).padStart(21)}  ${r.f8.toFixed(4).padStart(17)}  ${(Number.isNaN(r.f10) ? "" : r.f10.toFixed(4)).padStart(18)}  ${r.exit.padEnd(6)} ${String(r.it).padStart(10)}  ${r.s.toFixed(0)}${r.hit ? "  HIT" : ""}`,
  );
const hits = rows.filter((r) => r.hit).length;
console.log(
  `hits: ${hits} of ${rows.length} starts; median time per start ${[...rows]
    .map((r) => r.s)
    .sort((a, b) => a - b)
    [rows.length >> 1].toFixed(0)} s`,
);
const svgOut = opt("--svg", "");
if (svgOut) {
  const sorted = [...rows].filter((r) => Number.isFinite(r.f8)).sort((a, b) => a.f8 - b.f8);
  const svg = lineChartSvg(
    [
      { name: "final −llh", x: sorted.map((_, i) => i + 1), y: sorted.map((r) => r.f8) },
      { name: `best known (${best.toFixed(4)})`, x: [1, sorted.length], y: [best, best] },
    ],
    {
      title: `${name.split("_")[0]}: ${rows.length} starts, ${hits} within ${tol} of the best known`,
      xLabel: "start (sorted)",
      yLabel: "negative log-likelihood",
    },
  );
  writeFileSync(svgOut, svg);
}
