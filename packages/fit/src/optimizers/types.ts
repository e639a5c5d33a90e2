/**
 * The contract between objectives and optimisers: minimise f(x) over the box lb ≤ x ≤ ub.
 * Everything is on the optimisation scale (for PEtab: parameterScale).
 */

export interface Evaluation {
  /** objective value (to minimise; +Infinity when the model could not be simulated) */
  f: number;
  /** ∂f/∂x, when requested and available */
  g?: Float64Array;
  /**
   * A positive semi-definite approximation of ∂²f/∂x² (row-major, n×n) — for PEtab the Fisher
   * information of the likelihood (Gauss–Newton); used by the trust-region least-squares method.
   */
  H?: Float64Array;
}

export interface BoxProblem {
  n: number;
  lb: Float64Array;
  ub: Float64Array;
  /** evaluate at x; `order` 0: value only, 1: + gradient, 2: + gradient and Gauss–Newton matrix */
  evaluate(x: Float64Array, order: 0 | 1 | 2): Evaluation;
}

export interface OptimizeOptions {
  maxIterations?: number;
  /** maximal number of objective evaluations */
  maxEvaluations?: number;
  /** stop when the relative decrease of f over an accepted step is below this (default 1e-10) */
  ftol?: number;
  /** stop when the projected gradient's max-norm is below this (default 1e-6) */
  gtol?: number;
  /** stop when the step's max-norm is below this (default 1e-10) */
  xtol?: number;
  /** trust-region methods: initial and largest radius (max-norm on the optimisation scale; defaults 1 and 10) */
  initialRadius?: number;
  maxRadius?: number;
  /**
   * trust-region reflective: the model Hessian — "gn" the Gauss–Newton/Fisher matrix of the problem,
   * "hybrid" Gauss–Newton for
   * the first `switchIteration` iterations then damped BFGS started from it (default "hybrid"); "bfgs"
   * damped BFGS from B₀ = I (the default when the problem gives no Gauss–Newton matrix, e.g. adjoint gradients)
   */
  hessianUpdate?: "gn" | "hybrid" | "bfgs";
  /** hessianUpdate "hybrid": the iteration at which the Gauss–Newton matrix is replaced by BFGS (default max(50, 5n)) */
  switchIteration?: number;
  /** trust-region reflective: solve the subproblem in the full space (default) or the 2-D subspace {ĝ, Newton step} */
  subspace?: "full" | "2d";
  /**
   * wall-clock deadline (ms since the epoch, as Date.now()): the optimiser stops with exit "maxTime" at
   * its next objective evaluation after it — a bound on the work of a request (HTTP fit jobs), not a
   * convergence criterion
   */
  deadline?: number;
  /** Nelder–Mead: edge of the initial simplex as a fraction of each parameter's box width (default 0.05) */
  simplexSize?: number;
}

export type ExitReason =
  | "ftol"
  | "gtol"
  | "xtol"
  | "maxIterations"
  | "maxEvaluations"
  /** the wall-clock deadline (OptimizeOptions.deadline) passed */
  | "maxTime"
  | "failed";

/** true once the wall-clock deadline of the options (if any) has passed */
export function pastDeadline(options: OptimizeOptions): boolean {
  return options.deadline !== undefined && Date.now() >= options.deadline;
}

export interface OptimizeResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  exit: ExitReason;
  /** f after each accepted iteration (for convergence traces) */
  trace: number[];
}

export function project(x: Float64Array, lb: Float64Array, ub: Float64Array): void {
  for (let i = 0; i < x.length; i++) {
    if (x[i] < lb[i]) x[i] = lb[i];
    else if (x[i] > ub[i]) x[i] = ub[i];
  }
}

/** max-norm of the projected gradient P(x − g) − x (zero exactly at a first-order point of the box problem) */
export function projectedGradientNorm(
  x: Float64Array,
  g: Float64Array,
  lb: Float64Array,
  ub: Float64Array,
): number {
  let m = 0;
  for (let i = 0; i < x.length; i++) {
    const v = Math.min(Math.max(x[i] - g[i], lb[i]), ub[i]) - x[i];
    if (Math.abs(v) > m) m = Math.abs(v);
  }
  return m;
}

/** Evaluate safely: a failed simulation is an infinite objective (the optimiser steps back). */
export function safeEvaluate(p: BoxProblem, x: Float64Array, order: 0 | 1 | 2): Evaluation {
  try {
    const e = p.evaluate(x, order);
    if (!Number.isFinite(e.f)) return { f: Number.POSITIVE_INFINITY };
    if (e.g?.some((v) => !Number.isFinite(v))) return { f: Number.POSITIVE_INFINITY };
    return e;
  } catch {
    return { f: Number.POSITIVE_INFINITY };
  }
}
