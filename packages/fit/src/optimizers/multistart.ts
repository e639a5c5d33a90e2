/**
 * Multistart local optimisation of a PEtab objective: start points within the bounds (on parameter
 * scale, so log-scaled parameters are sampled log-uniformly), one local optimisation per start,
 * results sorted by objective value (the waterfall). Deterministic given the seed: start k is the
 * k-th point of the design whatever the order in which starts are run (serially here, on worker
 * threads in ../node/pool.ts).
 *
 * Start designs: Latin hypercube (McKay, Beckman & Conover, Technometrics 21 (1979) 239,
 * doi:10.2307/1268522), a digitally shifted Sobol' sequence (./sobol.ts) or independent uniform;
 * random numbers from mulberry32 (a public-domain 32-bit generator by T. Ettinger), seeded.
 */
import { Codes, EngineError } from "@stat3/engine";
import { type AnalyticNoiseParameter, type PetabObjective, scaleFrom, scaleTo } from "../objective.js";
import { lbfgsb } from "./lbfgsb.js";
import { nelderMead } from "./nelder-mead.js";
import { sobolPoints } from "./sobol.js";
import { trustRegionLeastSquares } from "./trust-region-ls.js";
import { trustRegionReflective } from "./trust-region-reflective.js";
import {
  type BoxProblem,
  type Evaluation,
  type OptimizeOptions,
  type OptimizeResult,
  pastDeadline,
} from "./types.js";

export type OptimizerName = "trr" | "ls" | "lbfgsb" | "neldermead";
export const optimizerNames: readonly OptimizerName[] = ["trr", "ls", "lbfgsb", "neldermead"];

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Start designs of `startPoints`. */
export type StartDesign = "lhs" | "uniform" | "sobol";
export const startDesigns: readonly StartDesign[] = ["lhs", "uniform", "sobol"];

/**
 * `count` points in the box, point k the k-th of the design:
 *   - "lhs": Latin hypercube (each coordinate stratified into `count` bins; McKay et al. 1979);
 *   - "uniform": independent uniform;
 *   - "sobol": the Sobol' sequence with Joe–Kuo direction numbers (./sobol.ts), scaled into the box,
 *     with a random digital shift picked by `seed` (so the origin, i.e. all lower bounds, is not a
 *     start, seeds 1 and 2 give different designs, and the same seed gives the same points). Points
 *     are taken from index 0, so any power-of-two `count` keeps the (t,m,s)-net property. Throws when
 *     the box has more dimensions than the embedded table (1111).
 * LHS and uniform draw from mulberry32 (`rng`) seeded with `seed`.
 */
export function startPoints(
  lb: Float64Array,
  ub: Float64Array,
  count: number,
  seed: number,
  design: StartDesign = "lhs",
): Float64Array[] {
  const n = lb.length;
  if (design === "sobol" && n > 0) {
    // the unit-cube points are scaled in place: no second array per start
    const pts = sobolPoints(count, n, { scramble: seed >>> 0 });
    for (const p of pts) for (let j = 0; j < n; j++) p[j] = lb[j] + p[j] * (ub[j] - lb[j]);
    return pts;
  }
  const r = rng(seed);
  const pts = Array.from({ length: count }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const perm = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
      const k = Math.floor(r() * (i + 1));
      [perm[i], perm[k]] = [perm[k], perm[i]];
    }
    for (let i = 0; i < count; i++) {
      const u = design === "lhs" ? (perm[i] + r()) / count : r();
      pts[i][j] = lb[j] + u * (ub[j] - lb[j]);
    }
  }
  return pts;
}

/**
 * Starts around a given point (e.g. a published fit, or the nominal parameters of a PEtab problem):
 * start 0 is the point itself, the others are the point plus offsets drawn from the design on the
 * cube [−spread, spread]ⁿ of the parameter scale (decades for log10 parameters), clipped to the
 * bounds. For asking whether an optimiser returns to (or improves on) a known optimum from nearby,
 * and for refitting a large model whose whole box is too wide to sample (d2d's fits of the Sobotta
 * model start from the previous best fit in the same way).
 */
export function startPointsAround(
  center: Float64Array,
  lb: Float64Array,
  ub: Float64Array,
  count: number,
  seed: number,
  spread: number,
  design: StartDesign = "lhs",
): Float64Array[] {
  const n = center.length;
  if (!(spread > 0) || !Number.isFinite(spread))
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `the spread of starts around a point must be > 0, got ${spread}`,
    );
  const lo = new Float64Array(n).fill(-spread);
  const hi = new Float64Array(n).fill(spread);
  const offsets = count > 1 ? startPoints(lo, hi, count - 1, seed, design) : [];
  const pts: Float64Array[] = [Float64Array.from(center)];
  for (const d of offsets) {
    for (let j = 0; j < n; j++) d[j] = Math.min(Math.max(center[j] + d[j], lb[j]), ub[j]);
    pts.push(d);
  }
  return pts;
}

/**
 * Fisher information of the objective (normal noise: Σ ∂h̃∂h̃ᵀ/σ² + 2 ∂σ∂σᵀ/σ²; also used for Laplace
 * noise as an approximation) from the residuals r, their σ and the Jacobians ∂r/∂x, ∂σ/∂x (row-major m×n).
 */
function fisherInformation(
  residual: Float64Array,
  sigma: Float64Array,
  rJ: Float64Array,
  sJ: Float64Array,
  n: number,
): Float64Array {
  const H = new Float64Array(n * n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < residual.length; i++) {
    const s = sigma[i];
    const ri = residual[i];
    let anyB = false;
    for (let k = 0; k < n; k++) {
      const sj = sJ[i * n + k];
      a[k] = -(rJ[i * n + k] + (ri / s) * sj);
      b[k] = (Math.SQRT2 * sj) / s;
      if (sj !== 0) anyB = true;
    }
    for (let k = 0; k < n; k++) {
      const ak = a[k];
      const bk = b[k];
      if (ak === 0 && bk === 0) continue;
      for (let l = 0; l < n; l++) H[k * n + l] += ak * a[l] + (anyB ? bk * b[l] : 0);
    }
  }
  return H;
}

/**
 * Relative step of the central differences for models without sensitivities (events, delays): on the
 * parameter scale, h = FD_STEP·max(1, |x|). With the objective's integration tolerance (rtol 1e-8) the
 * simulation error is far below h² (Nocedal & Wright, Numerical Optimization, 2nd ed. 2006, §8.1:
 * central differences, truncation error O(h²), rounding error O(ε/h)).
 */
export const FD_STEP = 1e-3;

/**
 * Gradient (and, for order 2, the Fisher information from the residual and σ Jacobians) by central
 * differences on the parameter scale, one-sided where a bound is closer than the step: 2n + 1
 * simulations per call.
 */
function finiteDifferenceEvaluation(
  obj: PetabObjective,
  x: Float64Array,
  order: 1 | 2,
  lb: Float64Array,
  ub: Float64Array,
): Evaluation {
  const n = x.length;
  const r0 = obj.evaluate(x);
  const m = r0.residual.length;
  const g = new Float64Array(n);
  const rJ = order === 2 ? new Float64Array(m * n) : null;
  const sJ = order === 2 ? new Float64Array(m * n) : null;
  const xs = Float64Array.from(x);
  for (let k = 0; k < n; k++) {
    const h = FD_STEP * Math.max(1, Math.abs(x[k]));
    const up = Math.min(h, ub[k] - x[k]);
    const dn = Math.min(h, x[k] - lb[k]);
    const width = up + dn;
    if (!(width > 0)) continue;
    xs[k] = x[k] + up;
    const rp = obj.evaluate(xs);
    xs[k] = x[k] - dn;
    const rm = obj.evaluate(xs);
    xs[k] = x[k];
    g[k] = -(rp.llh - rm.llh) / width;
    if (rJ && sJ)
      for (let i = 0; i < m; i++) {
        rJ[i * n + k] = (rp.residual[i] - rm.residual[i]) / width;
        sJ[i * n + k] = (rp.sigma[i] - rm.sigma[i]) / width;
      }
  }
  if (!rJ || !sJ) return { f: -r0.llh, g };
  return { f: -r0.llh, g, H: fisherInformation(r0.residual, r0.sigma, rJ, sJ, n) };
}

/**
 * The negative log-likelihood of a PEtab objective as a box problem; order 2 adds the Fisher
 * information. The gradient comes from the objective's sensitivities, or by central differences for
 * models without them (events, delays: `PetabObjective.sensitivitiesAvailable`).
 */
export function petabBoxProblem(obj: PetabObjective): BoxProblem {
  const n = obj.parameterIds.length;
  const lb = obj.lowerBounds;
  const ub = obj.upperBounds;
  const differences = !obj.sensitivitiesAvailable;
  return {
    n,
    lb,
    ub,
    evaluate(x: Float64Array, order: 0 | 1 | 2): Evaluation {
      if (differences && order > 0) return finiteDifferenceEvaluation(obj, x, order as 1 | 2, lb, ub);
      const r = obj.evaluate(x, { gradient: order > 0 });
      if (order === 0) return { f: -r.llh };
      const g = Float64Array.from(r.gradient as Float64Array, (v) => -v);
      // adjoint gradients come without residual sensitivities: no Gauss–Newton matrix (BFGS instead)
      if (order === 1 || r.residualJacobian === undefined) return { f: -r.llh, g };
      return {
        f: -r.llh,
        g,
        H: fisherInformation(r.residual, r.sigma, r.residualJacobian, r.sigmaJacobian as Float64Array, n),
      };
    },
  };
}

/** A box problem over the parameters left after the analytic noise parameters are profiled out. */
export interface HierarchicalProblem extends BoxProblem {
  /** estimated-parameter indices of the outer (optimised) parameters */
  outer: number[];
  inner: AnalyticNoiseParameter[];
  /** the full estimated-parameter vector (on scale) at outer point xr: inner ones at their optimum */
  expand(xr: Float64Array): Float64Array;
}

/**
 * Hierarchical optimisation (Loos, Krause & Hasenauer 2018, doi:10.1093/bioinformatics/bty514): the
 * noise parameters of `obj.analyticNoiseParameters()` are set to their closed-form optimum at every
 * evaluation, the optimiser sees only the others. The value is the profile −llh(x, σ̂(x)); its gradient
 * is the partial gradient at σ̂ (envelope theorem; where σ̂ is clipped to a bound it is locally
 * constant). Returns null when no noise parameter qualifies, or when the model has no sensitivities.
 */
export function hierarchicalBoxProblem(obj: PetabObjective): HierarchicalProblem | null {
  // its gradient needs the objective's sensitivities (models with events: petabBoxProblem's differences)
  if (!obj.sensitivitiesAvailable) return null;
  const inner = obj.analyticNoiseParameters();
  if (inner.length === 0) return null;
  const innerSet = new Set(inner.map((q) => q.k));
  const nAll = obj.parameterIds.length;
  const outer = [...Array(nAll).keys()].filter((k) => !innerSet.has(k));
  const n = outer.length;
  const unscale = (k: number, v: number) => scaleFrom(v, obj.scales[k]);
  const toScale = (k: number, v: number) => scaleTo(v, obj.scales[k]);
  const full = (xr: Float64Array) => {
    const x = Float64Array.from(obj.nominal);
    outer.forEach((k, j) => {
      x[k] = xr[j];
    });
    return x;
  };
  /** σ̂ (linear) of each inner parameter and the per-row σ that goes with it */
  const innerSigma = (diff: Float64Array) => {
    const rowSigma = new Map<number, number>();
    const values = inner.map((q) => {
      let acc = 0;
      for (const i of q.rows) acc += q.distribution === "laplace" ? Math.abs(diff[i]) : diff[i] * diff[i];
      let v = q.distribution === "laplace" ? acc / q.rows.length : Math.sqrt(acc / q.rows.length);
      const lo = unscale(q.k, obj.lowerBounds[q.k]);
      const hi = unscale(q.k, obj.upperBounds[q.k]);
      v = Math.min(Math.max(v, lo), hi);
      for (const i of q.rows) rowSigma.set(i, v);
      return v;
    });
    return { values, rowSigma };
  };
  const term = (laplace: boolean, d: number, sg: number) =>
    laplace
      ? -Math.log(2 * sg) - Math.abs(d) / sg
      : -0.5 * Math.log(2 * Math.PI * sg * sg) - (0.5 * d * d) / (sg * sg);
  const laplaceRow = new Map<number, boolean>();
  for (const q of inner) for (const i of q.rows) laplaceRow.set(i, q.distribution === "laplace");
  return {
    n,
    lb: Float64Array.from(outer, (k) => obj.lowerBounds[k]),
    ub: Float64Array.from(outer, (k) => obj.upperBounds[k]),
    outer,
    inner,
    expand(xr) {
      const x = full(xr);
      const r = obj.evaluate(x);
      const diff = Float64Array.from(r.residual, (v, i) => v * r.sigma[i]);
      const { values } = innerSigma(diff);
      inner.forEach((q, j) => {
        x[q.k] = toScale(q.k, values[j]);
      });
      return x;
    },
    evaluate(xr: Float64Array, order: 0 | 1 | 2): Evaluation {
      const x = full(xr);
      const r = obj.evaluate(x, { gradient: order > 0 });
      const nM = r.residual.length;
      const diff = Float64Array.from(r.residual, (v, i) => v * r.sigma[i]);
      const { rowSigma } = innerSigma(diff);
      let llh = r.llh;
      for (const [i, sg] of rowSigma) {
        const lap = laplaceRow.get(i) === true;
        llh += term(lap, diff[i], sg) - term(lap, diff[i], r.sigma[i]);
      }
      if (order === 0) return { f: -llh };
      const gAll = r.gradient as Float64Array;
      const rJ = r.residualJacobian as Float64Array;
      const sJ = r.sigmaJacobian as Float64Array;
      const g = new Float64Array(n);
      outer.forEach((k, j) => {
        g[j] = -gAll[k];
      });
      for (const [i, sg] of rowSigma) {
        const lap = laplaceRow.get(i) === true;
        const old = r.sigma[i];
        const dNew = lap ? Math.sign(diff[i]) / sg : diff[i] / (sg * sg);
        const dOld = lap ? Math.sign(diff[i]) / old : diff[i] / (old * old);
        outer.forEach((k, j) => {
          // ∂h̃/∂x_k = −σ·∂r/∂x_k (σ of these rows does not depend on outer parameters)
          const dh = -old * rJ[i * nAll + k];
          g[j] -= (dNew - dOld) * dh;
        });
      }
      if (order === 1) return { f: -llh, g };
      const H = new Float64Array(n * n);
      const a = new Float64Array(n);
      const b = new Float64Array(n);
      for (let i = 0; i < nM; i++) {
        const sOld = r.sigma[i];
        const sg = rowSigma.get(i) ?? sOld;
        const ri = r.residual[i];
        let anyB = false;
        for (let j = 0; j < n; j++) {
          const k = outer[j];
          const sj = rowSigma.has(i) ? 0 : sJ[i * nAll + k];
          const dh = -(rJ[i * nAll + k] + (ri / sOld) * sj) * sOld;
          a[j] = dh / sg;
          b[j] = (Math.SQRT2 * sj) / sg;
          if (sj !== 0) anyB = true;
        }
        for (let j = 0; j < n; j++) {
          if (a[j] === 0 && b[j] === 0) continue;
          for (let l = 0; l < n; l++) H[j * n + l] += a[j] * a[l] + (anyB ? b[j] * b[l] : 0);
        }
      }
      return { f: -llh, g, H };
    },
  };
}

export function runOptimizer(
  name: OptimizerName,
  p: BoxProblem,
  x0: Float64Array,
  o: OptimizeOptions = {},
): OptimizeResult {
  if (name === "trr") return trustRegionReflective(p, x0, o);
  if (name === "ls") return trustRegionLeastSquares(p, x0, o);
  if (name === "lbfgsb") return lbfgsb(p, x0, o);
  return nelderMead(p, x0, o);
}

export interface StartResult extends OptimizeResult {
  /** index of the start in the design */
  start: number;
  x0: Float64Array;
  /** wall time of this start in ms */
  timeMs: number;
}

/** Sort by objective (NaN/Infinity last), the order of a waterfall plot. */
export function waterfall(results: StartResult[]): StartResult[] {
  return [...results].sort(
    (a, b) =>
      (Number.isFinite(a.f) ? a.f : Infinity) - (Number.isFinite(b.f) ? b.f : Infinity) || a.start - b.start,
  );
}

/** Serial multistart (isomorphic; the Node worker pool runs the same `runOptimizer` per start). */
export function multistart(
  obj: PetabObjective,
  options: {
    starts: number;
    seed?: number;
    optimizer?: OptimizerName;
    design?: StartDesign;
    /** profile out the analytic noise parameters (hierarchical optimisation; default false) */
    hierarchical?: boolean;
  } & OptimizeOptions,
  onStart?: (r: StartResult) => void,
): StartResult[] {
  const h = options.hierarchical === true ? hierarchicalBoxProblem(obj) : null;
  const p = h ?? petabBoxProblem(obj);
  const x0s = startPoints(p.lb, p.ub, options.starts, options.seed ?? 1, options.design ?? "lhs");
  const out: StartResult[] = [];
  for (let k = 0; k < x0s.length; k++) {
    // with a deadline (options.deadline), no new start begins after it; the running one stops at it
    if (pastDeadline(options)) break;
    const x0 = x0s[k];
    const t = Date.now();
    const r = runOptimizer(options.optimizer ?? "trr", p, x0, options);
    // reported on the full parameter vector (noise parameters at their optimum)
    const sr = {
      ...r,
      x: h ? h.expand(r.x) : r.x,
      start: k,
      x0: h ? h.expand(x0) : x0,
      timeMs: Date.now() - t,
    };
    out.push(sr);
    onStart?.(sr);
  }
  return waterfall(out);
}
