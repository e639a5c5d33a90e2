/**
 * Bound-constrained limited-memory BFGS.
 *
 * After Byrd, Lu, Nocedal & Zhu, SIAM J. Sci. Comput. 16 (1995) 1190, doi:10.1137/0916069 (L-BFGS-B):
 * limited-memory quasi-Newton pairs (s, y) with the curvature test sᵀy > ε·yᵀy, variables fixed at
 * their bounds when the gradient points out of the box. Simplification (said plainly): instead of the
 * generalised Cauchy point and subspace minimisation of Byrd et al., the search direction is the
 * two-loop recursion (Nocedal, Math. Comp. 35 (1980) 773, doi:10.1090/S0025-5718-1980-0572855-7)
 * restricted to the free variables, and the line search is a backtracking Armijo search along the
 * projected path P(x + α d) (Bertsekas, IEEE TAC 21 (1976) 174, doi:10.1109/TAC.1976.1101194) —
 * a projected L-BFGS that converges to the same first-order points of the box problem.
 * Armijo constant 1e-4, backtracking factor 0.5, memory m = 10.
 */
import {
  type BoxProblem,
  type Evaluation,
  type OptimizeOptions,
  type OptimizeResult,
  pastDeadline,
  project,
  projectedGradientNorm,
  safeEvaluate,
} from "./types.js";

export function lbfgsb(
  problem: BoxProblem,
  x0: Float64Array,
  options: OptimizeOptions & { memory?: number } = {},
): OptimizeResult {
  const { n, lb, ub } = problem;
  const mem = options.memory ?? 10;
  const maxIt = options.maxIterations ?? 500;
  const maxEv = options.maxEvaluations ?? 2000;
  const ftol = options.ftol ?? 1e-10;
  const gtol = options.gtol ?? 1e-6;
  const xtol = options.xtol ?? 1e-10;
  const x = Float64Array.from(x0);
  project(x, lb, ub);
  let cur: Evaluation = safeEvaluate(problem, x, 1);
  let evals = 1;
  const trace = [cur.f];
  if (!Number.isFinite(cur.f) || !cur.g)
    return { x, f: cur.f, iterations: 0, evaluations: evals, exit: "failed", trace };
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rhoS: number[] = [];
  const d = new Float64Array(n);
  const q = new Float64Array(n);
  const alphaK = new Float64Array(mem);
  const xt = new Float64Array(n);
  const freeMask = new Uint8Array(n);
  for (let it = 1; it <= maxIt; it++) {
    const g = cur.g as Float64Array;
    if (projectedGradientNorm(x, g, lb, ub) < gtol)
      return { x, f: cur.f, iterations: it - 1, evaluations: evals, exit: "gtol", trace };
    for (let i = 0; i < n; i++)
      freeMask[i] = (x[i] <= lb[i] && g[i] > 0) || (x[i] >= ub[i] && g[i] < 0) ? 0 : 1;
    // two-loop recursion on the free variables
    for (let i = 0; i < n; i++) q[i] = freeMask[i] ? g[i] : 0;
    for (let k = S.length - 1; k >= 0; k--) {
      let a = 0;
      for (let i = 0; i < n; i++) if (freeMask[i]) a += S[k][i] * q[i];
      a *= rhoS[k];
      alphaK[k] = a;
      for (let i = 0; i < n; i++) if (freeMask[i]) q[i] -= a * Y[k][i];
    }
    let gamma = 1;
    if (S.length > 0) {
      const k = S.length - 1;
      let sy = 0;
      let yy = 0;
      for (let i = 0; i < n; i++) {
        sy += S[k][i] * Y[k][i];
        yy += Y[k][i] * Y[k][i];
      }
      gamma = sy / yy;
    } else {
      // first step: a unit-length projected-gradient step on the box scale
      let gmax = 0;
      for (let i = 0; i < n; i++) if (freeMask[i]) gmax = Math.max(gmax, Math.abs(g[i]));
      gamma = gmax > 0 ? Math.min(1, 0.1 / gmax) : 1;
    }
    for (let i = 0; i < n; i++) q[i] *= gamma;
    for (let k = 0; k < S.length; k++) {
      let b = 0;
      for (let i = 0; i < n; i++) if (freeMask[i]) b += Y[k][i] * q[i];
      b *= rhoS[k];
      for (let i = 0; i < n; i++) if (freeMask[i]) q[i] += S[k][i] * (alphaK[k] - b);
    }
    let gd = 0;
    for (let i = 0; i < n; i++) {
      d[i] = freeMask[i] ? -q[i] : 0;
      gd += g[i] * d[i];
    }
    if (!(gd < 0)) {
      // not a descent direction (curvature information gone stale): restart from steepest descent
      S.length = 0;
      Y.length = 0;
      rhoS.length = 0;
      for (let i = 0; i < n; i++) d[i] = freeMask[i] ? -g[i] : 0;
    }
    // projected Armijo backtracking
    let alpha = 1;
    let next: Evaluation | null = null;
    for (;;) {
      if (evals >= maxEv)
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxEvaluations", trace };
      if (pastDeadline(options))
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxTime", trace };
      let smax = 0;
      let decrease = 0;
      for (let i = 0; i < n; i++) {
        xt[i] = Math.min(Math.max(x[i] + alpha * d[i], lb[i]), ub[i]);
        const s = xt[i] - x[i];
        smax = Math.max(smax, Math.abs(s));
        decrease += g[i] * s;
      }
      if (smax < xtol) return { x, f: cur.f, iterations: it, evaluations: evals, exit: "xtol", trace };
      const e = safeEvaluate(problem, xt, 1);
      evals++;
      if (Number.isFinite(e.f) && e.g && e.f <= cur.f + 1e-4 * decrease) {
        next = e;
        break;
      }
      alpha *= 0.5;
    }
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xt[i] - x[i];
      y[i] = (next.g as Float64Array)[i] - g[i];
      sy += s[i] * y[i];
      yy += y[i] * y[i];
    }
    if (sy > 2.2e-16 * yy) {
      if (S.length === mem) {
        S.shift();
        Y.shift();
        rhoS.shift();
      }
      S.push(s);
      Y.push(y);
      rhoS.push(1 / sy);
    }
    const fOld = cur.f;
    x.set(xt);
    cur = next;
    trace.push(cur.f);
    if (Math.abs(fOld - cur.f) <= ftol * (1 + Math.abs(cur.f)))
      return { x, f: cur.f, iterations: it, evaluations: evals, exit: "ftol", trace };
  }
  return { x, f: cur.f, iterations: maxIt, evaluations: evals, exit: "maxIterations", trace };
}
