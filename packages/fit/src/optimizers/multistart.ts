/**
 * Multistart local optimisation of a PEtab objective: start points within the bounds (on parameter
 * scale, so log-scaled parameters are sampled log-uniformly), one local optimisation per start,
 * results sorted by objective value (the waterfall). Deterministic given the seed: start k is the
 * k-th point of the design whatever the order in which starts are run (serially here, on worker
 * threads in ../node/pool.ts).
 *
 * Start designs: Latin hypercube (McKay, Beckman & Conover, Technometrics 21 (1979) 239,
 * doi:10.2307/1268522) or independent uniform; random numbers from mulberry32 (a public-domain
 * 32-bit generator by T. Ettinger), seeded.
 */
import type { PetabObjective } from "../objective.js";
import { lbfgsb } from "./lbfgsb.js";
import { nelderMead } from "./nelder-mead.js";
import { trustRegionLeastSquares } from "./trust-region-ls.js";
import type { BoxProblem, Evaluation, OptimizeOptions, OptimizeResult } from "./types.js";

export type OptimizerName = "ls" | "lbfgsb" | "neldermead";
export const optimizerNames: readonly OptimizerName[] = ["ls", "lbfgsb", "neldermead"];

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

/** `count` points in the box: Latin hypercube (each coordinate stratified into `count` bins) or uniform. */
export function startPoints(
  lb: Float64Array,
  ub: Float64Array,
  count: number,
  seed: number,
  design: "lhs" | "uniform" = "lhs",
): Float64Array[] {
  const n = lb.length;
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
 * The negative log-likelihood of a PEtab objective as a box problem; order 2 adds the Fisher
 * information (normal noise: Σ ∂h̃∂h̃ᵀ/σ² + 2 ∂σ∂σᵀ/σ²; also used for Laplace noise as an approximation).
 */
export function petabBoxProblem(obj: PetabObjective): BoxProblem {
  const n = obj.parameterIds.length;
  return {
    n,
    lb: obj.lowerBounds,
    ub: obj.upperBounds,
    evaluate(x: Float64Array, order: 0 | 1 | 2): Evaluation {
      const r = obj.evaluate(x, { gradient: order > 0 });
      if (order === 0) return { f: -r.llh };
      const g = Float64Array.from(r.gradient as Float64Array, (v) => -v);
      if (order === 1) return { f: -r.llh, g };
      const H = new Float64Array(n * n);
      const rJ = r.residualJacobian as Float64Array;
      const sJ = r.sigmaJacobian as Float64Array;
      const a = new Float64Array(n);
      const b = new Float64Array(n);
      for (let i = 0; i < r.residual.length; i++) {
        const s = r.sigma[i];
        const ri = r.residual[i];
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
      return { f: -r.llh, g, H };
    },
  };
}

export function runOptimizer(
  name: OptimizerName,
  p: BoxProblem,
  x0: Float64Array,
  o: OptimizeOptions = {},
): OptimizeResult {
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
    design?: "lhs" | "uniform";
  } & OptimizeOptions,
  onStart?: (r: StartResult) => void,
): StartResult[] {
  const p = petabBoxProblem(obj);
  const x0s = startPoints(p.lb, p.ub, options.starts, options.seed ?? 1, options.design ?? "lhs");
  const out: StartResult[] = [];
  x0s.forEach((x0, k) => {
    const t = Date.now();
    const r = runOptimizer(options.optimizer ?? "ls", p, x0, options);
    const sr = { ...r, start: k, x0, timeMs: Date.now() - t };
    out.push(sr);
    onStart?.(sr);
  });
  return waterfall(out);
}
