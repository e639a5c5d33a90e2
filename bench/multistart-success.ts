/**
 * How often does a fit from a random start reach the best known optimum of a PEtab benchmark?
 * (By hand, not part of `npm run bench`: 100 Boehm starts take 20–60 s, 100 Bachmann starts ~1.5 h.)
 *
 *   node --import tsx bench/multistart-success.ts                  # Boehm, seed-1 design, starts 0–99
 *   SEED=2 DESIGN=sobol OPTS='{"maxRadius":2}' node --import tsx bench/multistart-success.ts
 *   PROB=Bachmann_MSB2011 BEST=-418.40573341425295 RTOL=1e-6 ATOL=1e-8 LIST=2,4 OUT=runs.jsonl \
 *     node --import tsx bench/multistart-success.ts                # then bench/multistart-report.ts runs.jsonl
 *
 * The starts are the design of `stat3 fit --starts N --seed S --design D` (the same `startPoints`), so
 * a start here is a start of the CLI. A hit is a final −llh within 0.011 of BEST or below it (Boehm's
 * best known optimum −llh 138.22, README of ../shared/petab: nominal llh −138.22199693517703).
 *
 * Environment:
 *   PROB      benchmark directory under ../shared/petab/benchmarks (default Boehm_JProteomeRes2014)
 *   BEST      best known −llh (default 138.22)
 *   N, SEED, DESIGN   design size (100), seed (1), lhs | sobol | uniform (lhs)
 *   IDX=a-b, STRIDE=k, LIST=i,j,…   which starts of the design to run (default 0-99)
 *   OPT       trr | ls | lbfgsb | neldermead (default trr);  OPTS  JSON OptimizeOptions
 *   RTOL, ATOL   integration tolerances of the fits (default the objective's)
 *   OUT       append one JSON line per start (start, f, exit, iterations, evaluations, ms, hit, x)
 * Variants measured in docs/results/boehm-multistart.md:
 *   HIER=1       noise parameters profiled out analytically (hierarchical optimisation)
 *   HESS=observed | d2d | fd   model Hessian: Gauss–Newton with the σ terms, d2d's error residuals, or the
 *                full Hessian by central differences of the gradient (use with OPTS {"hessianUpdate":"gn"})
 *   INITSIG=1    start with the noise parameters at their conditional optimum given the start's kinetics
 *   PRENM=k, NMSIZE=s   k Nelder–Mead evaluations from the start (initial simplex edge s × box width)
 *                before the local optimiser
 *   HOPS=k, HOPSIZE=s   k rounds of monotonic basin hopping after the local fit (Leary, J. Global Optim.
 *                18 (2000) 367, doi:10.1023/A:1026500301312): perturb every parameter uniformly by ±s on
 *                its scale, refit, keep the better end point
 *   SHOW=i,…     after the run, the end point, gradient and the eigenvalues of the finite-difference
 *                Hessian on the parameters away from their bounds (is the end point a minimum?)
 */
import { appendFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  type BoxProblem,
  hierarchicalBoxProblem,
  loadPetabProblem,
  type OptimizeOptions,
  type OptimizeResult,
  type OptimizerName,
  petabBoxProblem,
  petabObjective,
  rng,
  runOptimizer,
  type StartDesign,
  startPoints,
} from "../packages/fit/src/index.js";
import { jacobiEigen } from "../packages/fit/src/optimizers/trust-region-reflective.js";
import { problemDir } from "./lib.js";

const env = process.env;
const name = env.PROB ?? "Boehm_JProteomeRes2014";
const yamlPath = join(problemDir(name), `${name}.yaml`);
const prob = loadPetabProblem(yamlPath, (p) =>
  readFileSync(p === yamlPath ? p : join(dirname(yamlPath), p), "utf8"),
);
const obj = petabObjective(prob, {
  ...(env.RTOL ? { relativeTolerance: Number(env.RTOL) } : {}),
  ...(env.ATOL ? { absoluteTolerance: Number(env.ATOL) } : {}),
});
const base = (env.HIER ? hierarchicalBoxProblem(obj) : null) ?? petabBoxProblem(obj);

/** HESS=observed|d2d: Gauss–Newton of the data residuals including their σ dependence (measured 1/60 hits),
 * with d2d's error residuals √(2 ln σ + 50) instead (4/100, 3/100) */
function withSigmaGaussNewton(p: BoxProblem, d2d: boolean): BoxProblem {
  return {
    ...p,
    evaluate(x, order) {
      if (order < 2) return p.evaluate(x, order);
      const r = obj.evaluate(x, { gradient: true });
      const n = p.n;
      const J = r.residualJacobian as Float64Array;
      const S = r.sigmaJacobian as Float64Array;
      const H = new Float64Array(n * n);
      for (let i = 0; i < r.residual.length; i++) {
        const s = r.sigma[i];
        const w = d2d ? 1 / (s * s * (2 * Math.log(s) + 50)) : 2 / (s * s);
        for (let k = 0; k < n; k++)
          for (let l = 0; l < n; l++)
            H[k * n + l] += J[i * n + k] * J[i * n + l] + w * S[i * n + k] * S[i * n + l];
      }
      return { f: -r.llh, g: Float64Array.from(r.gradient as Float64Array, (v) => -v), H };
    },
  };
}

/** Hessian by central differences of the gradient (one-sided at a bound), symmetrised; null when a
 * neighbouring simulation fails */
function finiteDifferenceHessian(p: BoxProblem, x: Float64Array, h = 1e-4): Float64Array | null {
  const n = p.n;
  const H = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const up = Math.min(h, p.ub[k] - x[k]);
    const dn = Math.min(h, x[k] - p.lb[k]);
    const xp = Float64Array.from(x);
    xp[k] += up;
    const xm = Float64Array.from(x);
    xm[k] -= dn;
    let gp: Float64Array | undefined;
    let gm: Float64Array | undefined;
    try {
      gp = p.evaluate(xp, 1).g;
      gm = p.evaluate(xm, 1).g;
    } catch {
      return null;
    }
    if (!gp || !gm) return null;
    for (let l = 0; l < n; l++) H[k * n + l] = (gp[l] - gm[l]) / (up + dn);
  }
  for (let k = 0; k < n; k++)
    for (let l = 0; l < k; l++) {
      const s = (H[k * n + l] + H[l * n + k]) / 2;
      H[k * n + l] = s;
      H[l * n + k] = s;
    }
  return H;
}

function withFiniteDifferenceHessian(p: BoxProblem): BoxProblem {
  return {
    ...p,
    evaluate(x, order) {
      const e = p.evaluate(x, order < 2 ? order : 1);
      if (order < 2 || !e.g || !Number.isFinite(e.f)) return e;
      const H = finiteDifferenceHessian(p, x);
      return H ? { f: e.f, g: e.g, H } : { f: e.f, g: e.g };
    },
  };
}

const problem: BoxProblem =
  env.HESS === "observed" || env.HESS === "d2d"
    ? withSigmaGaussNewton(base, env.HESS === "d2d")
    : env.HESS === "fd"
      ? withFiniteDifferenceHessian(base)
      : base;
const opt = (env.OPT ?? "trr") as OptimizerName;
const options: OptimizeOptions = JSON.parse(env.OPTS ?? "{}");
const best = Number(env.BEST ?? 138.22);
const N = Number(env.N ?? 100);
const seed = Number(env.SEED ?? 1);
const x0s = startPoints(problem.lb, problem.ub, N, seed, (env.DESIGN ?? "lhs") as StartDesign);
const [from, to] = (env.IDX ?? `0-${N - 1}`).split("-").map(Number);
const stride = Number(env.STRIDE ?? 1);
const list = env.LIST
  ? env.LIST.split(",").map(Number)
  : Array.from({ length: Math.floor((to - from) / stride) + 1 }, (_, i) => from + i * stride);

/** one "start": optional pre-phase, the local fit, optional basin hops; counts the local fits it ran */
function fitFromStart(k: number): OptimizeResult & { localFits: number } {
  let x0 = x0s[k];
  if (env.INITSIG) {
    const h = hierarchicalBoxProblem(obj);
    if (h) x0 = h.expand(Float64Array.from(h.outer, (j) => x0[j]));
  }
  let preEvaluations = 0;
  if (env.PRENM) {
    const nm = runOptimizer("neldermead", problem, x0, {
      maxEvaluations: Number(env.PRENM),
      maxIterations: Number.MAX_SAFE_INTEGER,
      simplexSize: Number(env.NMSIZE ?? 0.05),
    });
    x0 = nm.x;
    preEvaluations = nm.evaluations;
  }
  let r = runOptimizer(opt, problem, x0, options);
  r = { ...r, evaluations: r.evaluations + preEvaluations };
  let localFits = 1;
  const hopRandom = rng(1000 + k);
  const hopSize = Number(env.HOPSIZE ?? 1);
  for (let h = 0; h < Number(env.HOPS ?? 0); h++) {
    const xp = Float64Array.from(r.x, (v, i) =>
      Math.min(problem.ub[i], Math.max(problem.lb[i], v + hopSize * (2 * hopRandom() - 1))),
    );
    const r2 = runOptimizer(opt, problem, xp, options);
    localFits++;
    const total = { iterations: r.iterations + r2.iterations, evaluations: r.evaluations + r2.evaluations };
    r = r2.f < r.f ? { ...r2, ...total } : { ...r, ...total };
  }
  return { ...r, localFits };
}

console.log(
  `${name}: nominal llh ${obj.evaluate(obj.nominal).llh}, ${problem.n} parameters, best known −llh ${best}`,
);
let hits = 0;
let localFits = 0;
const t0 = Date.now();
for (const k of list) {
  const t = Date.now();
  const r = fitFromStart(k);
  const hit = Math.abs(r.f - best) < 0.011 || r.f < best;
  hits += hit ? 1 : 0;
  localFits += r.localFits;
  const ms = Date.now() - t;
  console.log(k, r.f.toFixed(4), r.exit, r.iterations, r.evaluations, ms, "ms", hit ? "HIT" : "");
  if (env.OUT) {
    const x = Object.fromEntries(obj.parameterIds.map((id, j) => [id, r.x[j]]));
    const rec = {
      problem: name,
      seed,
      start: k,
      f: r.f,
      exit: r.exit,
      iterations: r.iterations,
      evaluations: r.evaluations,
      ms,
      hit,
      x,
    };
    appendFileSync(env.OUT, `${JSON.stringify(rec)}\n`);
  }
}
const seconds = (Date.now() - t0) / 1000;
console.log(
  `success ${hits}/${list.length}  time/start ${(seconds / list.length).toFixed(2)} s  local fits/start ${(localFits / list.length).toFixed(1)}  s per hit ${hits ? (seconds / hits).toFixed(2) : "∞"}`,
);

for (const k of (env.SHOW ?? "").split(",").filter(Boolean).map(Number)) {
  const r = fitFromStart(k);
  const g = problem.evaluate(r.x, 1).g as Float64Array;
  const free = [...Array(problem.n).keys()].filter(
    (i) => r.x[i] - problem.lb[i] > 1e-3 && problem.ub[i] - r.x[i] > 1e-3,
  );
  const H = finiteDifferenceHessian(problem, r.x);
  const m = free.length;
  const w = new Float64Array(m);
  if (H) {
    const Hf = new Float64Array(m * m);
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) Hf[i * m + j] = H[free[i] * problem.n + free[j]];
    jacobiEigen(Hf, m, w, new Float64Array(m * m));
  }
  console.log(
    `start ${k}: −llh ${r.f} (${r.exit})\n x ${Array.from(r.x, (v) => v.toFixed(3)).join(" ")}\n g ${Array.from(g, (v) => v.toExponential(1)).join(" ")}`,
  );
  console.log(
    ` Hessian eigenvalues on the ${m} parameters away from their bounds: ${H ? Array.from(w, (v) => v.toExponential(2)).join(" ") : "(a neighbouring simulation failed)"}`,
  );
}
