/**
 * Fits this project's hepatocyte STAT3 model to the Sobotta 2017 hepatocyte data (the PEtab problem of
 * packages/stat3/src/petab/hepatocyte-problem.ts, same measurement and condition tables as
 * shared/petab/Sobotta_Frontiers2017_STAT3) and compares likelihood, AIC and BIC with the published
 * model (Sobotta et al. 2017, Front Physiol 8:775, doi:10.3389/fphys.2017.00775).
 * Optimiser: trust-region reflective (Coleman & Li 1996, SIAM J Optim 6:418, doi:10.1137/0806023) as
 * implemented in packages/fit.
 *
 * Run by hand (long; one CPU):
 *   node --conditions=source --import tsx bench/hepatocyte-fit.ts [--budget-min 45] [--out docs/results]
 * `--resume FILE` skips stage 1 and restarts stage 2 from the parameters in FILE (a result or checkpoint).
 * `--sobotta-sigma` prints Sobotta's llh with only its σ re-optimised under the PEtab likelihood (closed form).
 * `--report-only` prints the markdown tables of docs/results/hepatocyte-fit.md from the JSON.
 * Stages: (1) observation parameters only (offsets, scales, σ), kinetics fixed at the model's values;
 * (2) all estimated parameters from there, integrator tolerances 1e-6/1e-8 (AMICI's benchmark
 * defaults) for speed, stopped at the time budget (best point kept); (3) both models evaluated at the
 * default 1e-8/1e-10 for the reported figures.
 * AIC = 2k − 2·llh, BIC = k·ln(n) − 2·llh, llh the PEtab log-likelihood, k estimated parameters, n points.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  type BoxProblem,
  loadPetabProblem,
  type PetabObjective,
  type PetabProblem,
  petabBoxProblem,
  petabObjective,
  runOptimizer,
} from "../packages/fit/src/index.js";
import {
  ESTIMATED_KINETICS,
  hepatocytePetabProblem,
} from "../packages/stat3/src/petab/hepatocyte-problem.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const budgetMin = Number(opt("--budget-min", "45"));
const outDir = opt("--out", "docs/results");
const stage1Iter = Number(opt("--stage1-iterations", "100"));
const SOB = opt(
  "--sobotta",
  new URL("../../shared/petab/Sobotta_Frontiers2017_STAT3/", import.meta.url).pathname,
);
const read = (dir: string) => (f: string) => readFileSync(dir + f, "utf8");
const log = (s: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);

/** Markdown tables of a result file (`--report-only`): the figures of docs/results/hepatocyte-fit.md. */
function report(file: string): string {
  type Part = { n: number; chi2: number; llh: number };
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    table: { model: string; llh: number; chi2: number; k: number; n: number; AIC: number; BIC: number }[];
    byObservable: Record<string, { sobotta: Part; ours: Part }>;
    byDataset: Record<string, { sobotta: Part; ours: Part }>;
    kinetics: Record<string, { nominal: number; fitted: number }>;
  };
  const f = (v: number, d = 1) => v.toFixed(d);
  const g = (v: number) => Number(v.toPrecision(3)).toString();
  const out = ["| model | llh | −llh | χ² | k | n | AIC | BIC |", "|---|---|---|---|---|---|---|---|"];
  for (const t of r.table)
    out.push(
      `| ${t.model} | ${f(t.llh, 3)} | ${f(-t.llh, 3)} | ${f(t.chi2)} | ${t.k} | ${t.n} | ${f(t.AIC)} | ${f(t.BIC)} |`,
    );
  const split = (title: string, m: Record<string, { sobotta: Part; ours: Part }>) => {
    out.push("", `| ${title} | n | χ² Sobotta | χ² ours | llh Sobotta | llh ours | Δllh (ours − Sobotta) |`);
    out.push("|---|---|---|---|---|---|---|");
    const rows = Object.entries(m).sort(
      (a, b) => a[1].ours.llh - a[1].sobotta.llh - (b[1].ours.llh - b[1].sobotta.llh),
    );
    for (const [k, v] of rows)
      out.push(
        `| ${k} | ${v.ours.n} | ${f(v.sobotta.chi2)} | ${f(v.ours.chi2)} | ${f(v.sobotta.llh)} | ${f(v.ours.llh)} | ${f(v.ours.llh - v.sobotta.llh)} |`,
      );
  };
  split("observable", r.byObservable);
  split("data set", r.byDataset);
  out.push("", "| kinetic parameter | nominal | fitted | fitted/nominal |", "|---|---|---|---|");
  for (const [k, v] of Object.entries(r.kinetics))
    out.push(`| ${k} | ${g(v.nominal)} | ${g(v.fitted)} | ${g(v.fitted / v.nominal)} |`);
  return `${out.join("\n")}\n`;
}
if (args.includes("--report-only")) {
  process.stdout.write(report(`${outDir}/hepatocyte-fit.json`));
  process.exit(0);
}

// ---- the two problems ----
const sob = loadPetabProblem("Sobotta_Frontiers2017_STAT3.yaml", read(SOB));
const files = hepatocytePetabProblem({
  conditions: read(SOB)("experimentalCondition_Sobotta_Frontiers2017_STAT3.tsv"),
  measurements: read(SOB)("measurementData_Sobotta_Frontiers2017_STAT3.tsv"),
  parameters: read(SOB)("parameters_Sobotta_Frontiers2017_STAT3.tsv"),
});
const yaml = Object.keys(files).find((f) => f.endsWith(".yaml")) as string;
const ours = loadPetabProblem(yaml, (f) => files[f]);
const FIT_TOL = { relativeTolerance: 1e-6, absoluteTolerance: 1e-8 };

/** A copy of the problem with only the parameters in `keep` estimated. */
function restrict(p: PetabProblem, keep: (id: string) => boolean): PetabProblem {
  const parameters = p.parameters.map((q) => ({ ...q, estimate: q.estimate && keep(q.id) }));
  return { ...p, parameters, parameterById: new Map(parameters.map((q) => [q.id, q])) };
}

/** Wraps a box problem: remembers the best point, stops (throws) after the deadline. */
class Budget extends Error {}
function tracked(p: BoxProblem, deadline: number, onBest: (x: Float64Array, f: number) => void) {
  const best = { x: new Float64Array(p.n), f: Infinity, evals: 0 };
  const q: BoxProblem = {
    ...p,
    evaluate(x, order) {
      if (Date.now() > deadline) throw new Budget("time budget reached");
      const e = p.evaluate(x, order);
      best.evals++;
      if (Number.isFinite(e.f) && e.f < best.f) {
        best.f = e.f;
        best.x = Float64Array.from(x);
        onBest(best.x, e.f);
      }
      return e;
    },
  };
  return { q, best };
}

function run(label: string, obj: PetabObjective, x0: Float64Array, deadline: number, maxIterations: number) {
  const t0 = Date.now();
  const { q, best } = tracked(petabBoxProblem(obj), deadline, (_x, f) =>
    log(`${label}: −llh ${f.toFixed(4)}`),
  );
  let exit = "budget";
  let iterations = 0;
  try {
    const r = runOptimizer("trr", q, x0, { maxIterations });
    // the optimiser treats a failed evaluation (our budget stop included) as f = ∞ and shrinks its radius
    exit = Date.now() > deadline ? "budget" : r.exit;
    iterations = r.iterations;
  } catch (err) {
    if (!(err instanceof Budget)) throw err;
  }
  const seconds = (Date.now() - t0) / 1000;
  log(
    `${label}: done, −llh ${best.f.toFixed(4)}, exit ${exit}, ${best.evals} evaluations, ${seconds.toFixed(0)} s`,
  );
  return { x: best.x, nllh: best.f, exit, iterations, evaluations: best.evals, seconds };
}

/** Parameter values (linear) of an objective at x, by id. */
function values(obj: PetabObjective, x: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  obj.parameterIds.forEach((id, k) => {
    const s = obj.scales[k];
    out[id] = s === "lin" ? x[k] : s === "log" ? Math.exp(x[k]) : 10 ** x[k];
  });
  return out;
}
function toX(obj: PetabObjective, v: Record<string, number>): Float64Array {
  const x = Float64Array.from(obj.nominal);
  obj.parameterIds.forEach((id, k) => {
    if (v[id] === undefined) return;
    const s = obj.scales[k];
    x[k] = s === "lin" ? v[id] : s === "log" ? Math.log(v[id]) : Math.log10(v[id]);
  });
  return x;
}

/** llh, χ² and their split by observable and by data set (default tolerances). */
function summary(p: PetabProblem, v: Record<string, number>) {
  const obj = petabObjective(p);
  const r = obj.evaluate(toX(obj, v));
  const byObs: Record<string, { n: number; chi2: number; llh: number }> = {};
  const byData: Record<string, { n: number; chi2: number; llh: number }> = {};
  p.measurements.forEach((m, i) => {
    const tr = p.observableById.get(m.observableId)?.transformation ?? "lin";
    const s = r.sigma[i];
    const res = r.residual[i];
    let l = -0.5 * Math.log(2 * Math.PI * s * s) - 0.5 * res * res;
    if (tr === "log10") l -= Math.log(m.measurement * Math.LN10);
    else if (tr === "log") l -= Math.log(m.measurement);
    for (const [tab, key] of [
      [byObs, m.observableId],
      [byData, m.datasetId ?? "?"],
    ] as const) {
      if (!tab[key]) tab[key] = { n: 0, chi2: 0, llh: 0 };
      const e = tab[key];
      e.n++;
      e.chi2 += res * res;
      e.llh += l;
    }
  });
  return { llh: r.llh, chi2: r.chi2, k: obj.parameterIds.length, n: p.measurements.length, byObs, byData };
}
const ic = (s: { llh: number; k: number; n: number }) => ({
  AIC: 2 * s.k - 2 * s.llh,
  BIC: s.k * Math.log(s.n) - 2 * s.llh,
});

// --sobotta-sigma: Sobotta's published point with only its noise parameters re-optimised under the
// PEtab likelihood (closed form per σ: σ̂² = mean squared raw residual of the rows it serves). The
// published σ are d2d's, fitted with the N/(N − p) correction (README of the Sobotta folder), so
// they are not the PEtab optimum; this is a lower bound on Sobotta's PEtab optimum at 260 parameters.
if (args.includes("--sobotta-sigma")) {
  const obj = petabObjective(sob);
  const r = obj.evaluate(obj.nominal);
  const est = new Set(obj.parameterIds);
  const groups = new Map<string, number[]>();
  sob.measurements.forEach((m, i) => {
    const id = m.noiseParameters.length === 1 ? m.noiseParameters[0] : undefined;
    if (typeof id !== "string" || !est.has(id)) return;
    const g = groups.get(id) ?? [];
    g.push(i);
    groups.set(id, g);
  });
  let gain = 0;
  for (const rows of groups.values()) {
    // raw residual (transformed scale) = r·σ; llh of the group at σ̂ minus at the published σ
    let ssq = 0;
    let before = 0;
    for (const i of rows) {
      const raw = r.residual[i] * r.sigma[i];
      ssq += raw * raw;
      before += -0.5 * Math.log(2 * Math.PI * r.sigma[i] ** 2) - 0.5 * r.residual[i] ** 2;
    }
    const n = rows.length;
    const after = -0.5 * n * Math.log((2 * Math.PI * ssq) / n) - 0.5 * n;
    gain += after - before;
  }
  const llh = r.llh + gain;
  const k = obj.parameterIds.length;
  const n = sob.measurements.length;
  process.stdout.write(
    `${JSON.stringify({ published: r.llh, sigmaReoptimised: llh, groups: groups.size, k, n, AIC: 2 * k - 2 * llh, BIC: k * Math.log(n) - 2 * llh })}\n`,
  );
  process.exit(0);
}
// ---- fit ----
const start = Date.now();
const deadline = start + budgetMin * 60_000;
mkdirSync(outDir, { recursive: true });
const kinetic = new Set(Object.keys(ESTIMATED_KINETICS));
const objAll = petabObjective(ours, FIT_TOL);
const nominalV = values(objAll, objAll.nominal);
log(`our problem: ${objAll.parameterIds.length} estimated, ${ours.measurements.length} points`);
// --resume FILE: skip stage 1 and restart stage 2 (fresh trust region) from the parameters of an
// earlier result or checkpoint file
const resume = opt("--resume", "");
const { s1, v1 } = (() => {
  if (resume) {
    const prev = JSON.parse(readFileSync(resume, "utf8")) as { parameters: Record<string, number> };
    return {
      s1: {
        x: undefined,
        nllh: Number.NaN,
        exit: `skipped: resumed from ${resume}`,
        iterations: 0,
        evaluations: 0,
        seconds: 0,
      },
      v1: { ...nominalV, ...prev.parameters },
    };
  }
  const obs1 = petabObjective(
    restrict(ours, (id) => !kinetic.has(id)),
    FIT_TOL,
  );
  const r = run("stage 1 (observation parameters)", obs1, obs1.nominal, deadline, stage1Iter);
  return { s1: r, v1: { ...nominalV, ...values(obs1, r.x) } };
})();
const checkpoint = (x: Float64Array, f: number) =>
  writeFileSync(
    `${outDir}/hepatocyte-fit.checkpoint.json`,
    JSON.stringify({ nllhFitTolerance: f, parameters: values(objAll, x) }, null, 1),
  );
const s2 = (() => {
  const label = "stage 2 (all parameters)";
  const t0 = Date.now();
  const { q, best } = tracked(petabBoxProblem(objAll), deadline, (x, f) => {
    log(`${label}: −llh ${f.toFixed(4)}`);
    checkpoint(x, f);
  });
  let exit = "budget";
  let iterations = 0;
  try {
    const r = runOptimizer("trr", q, toX(objAll, v1), { maxIterations: 1000 });
    // the optimiser treats a failed evaluation (our budget stop included) as f = ∞ and shrinks its radius
    exit = Date.now() > deadline ? "budget" : r.exit;
    iterations = r.iterations;
  } catch (err) {
    if (!(err instanceof Budget)) throw err;
  }
  const seconds = (Date.now() - t0) / 1000;
  log(
    `${label}: done, −llh ${best.f.toFixed(4)}, exit ${exit}, ${best.evals} evaluations, ${seconds.toFixed(0)} s`,
  );
  return { x: best.x, nllh: best.f, exit, iterations, evaluations: best.evals, seconds };
})();
const vFit = Number.isFinite(s2.nllh) ? values(objAll, s2.x) : v1;

// ---- figures at the default tolerances ----
const sobS = summary(sob, {});
const nomS = summary(ours, nominalV);
const s1S = summary(ours, v1);
const fitS = summary(ours, vFit);
const row = (name: string, s: ReturnType<typeof summary>) => ({
  model: name,
  llh: s.llh,
  nllh: -s.llh,
  chi2: s.chi2,
  k: s.k,
  n: s.n,
  ...ic(s),
});
const table = [
  row("Sobotta 2017 (published best fit)", sobS),
  row("STAT3 Lab hepatocyte, nominal", nomS),
  row(
    resume
      ? `STAT3 Lab hepatocyte, start of this run (${resume})`
      : "STAT3 Lab hepatocyte, stage 1 (observation parameters fitted)",
    s1S,
  ),
  row("STAT3 Lab hepatocyte, fitted", fitS),
];
const result = {
  date: new Date().toISOString(),
  command: `node --conditions=source --import tsx bench/hepatocyte-fit.ts ${args.join(" ")}`.trim(),
  formulas: { AIC: "2k − 2·llh", BIC: "k·ln(n) − 2·llh", llh: "PEtab log-likelihood (AMICI convention)" },
  fitTolerances: FIT_TOL,
  stages: [
    { stage: 1, ...s1, x: undefined },
    { stage: 2, ...s2, x: undefined },
  ],
  totalSeconds: (Date.now() - start) / 1000,
  table,
  byObservable: Object.fromEntries(
    Object.keys(sobS.byObs).map((o) => [o, { sobotta: sobS.byObs[o], ours: fitS.byObs[o] }]),
  ),
  byDataset: Object.fromEntries(
    Object.keys(sobS.byData).map((d) => [d, { sobotta: sobS.byData[d], ours: fitS.byData[d] }]),
  ),
  kinetics: Object.fromEntries([...kinetic].map((id) => [id, { nominal: nominalV[id], fitted: vFit[id] }])),
  parameters: vFit,
};
writeFileSync(`${outDir}/hepatocyte-fit.json`, `${JSON.stringify(result, null, 1)}\n`);
for (const r of table)
  log(
    `${r.model}: llh ${r.llh.toFixed(3)} χ² ${r.chi2.toFixed(1)} k ${r.k} AIC ${r.AIC.toFixed(1)} BIC ${r.BIC.toFixed(1)}`,
  );
log(`wrote ${outDir}/hepatocyte-fit.json`);
