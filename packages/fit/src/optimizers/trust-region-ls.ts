/**
 * Trust-region least squares / Levenberg–Marquardt with bounds.
 *
 * Moré, "The Levenberg–Marquardt algorithm: implementation and theory", Numerical Analysis, LNM 630
 * (1978) 105–116, doi:10.1007/BFb0067700: the step solves (H + λ·D)δ = −g with D the diagonal of H
 * (scale invariance), H the Gauss–Newton matrix JᵀJ — here the Fisher information of the likelihood,
 * which also covers estimated noise parameters (the Hessian approximation of AMICI/fides, Fröhlich &
 * Sorger, PLoS Comput. Biol. 18 (2022) e1010322, doi:10.1371/journal.pcbi.1010322). λ follows the
 * gain ratio ρ = actual/predicted reduction with the update of Nielsen (IMM-REP-1999-05;
 * Madsen, Nielsen & Tingleff, "Methods for non-linear least squares problems", 2004, §3.2):
 * accept when ρ > 0, λ ← λ·max(1/3, 1 − (2ρ − 1)³), otherwise λ ← λ·ν, ν ← 2ν.
 * Bounds: variables at a bound whose gradient points outward are held fixed (active set), the step
 * on the others is projected onto the box and the predicted reduction is that of the projected step.
 * Trust region (Moré 1978, §5; the radius update of Nocedal & Wright, Numerical Optimization, 2nd ed.
 * 2006, Alg. 4.1, doi:10.1007/978-0-387-40065-5): the step's max-norm is held within Δ (λ is raised
 * until it is); Δ ← Δ/4 when ρ < 1/4, Δ ← min(2Δ, Δmax) when ρ > 3/4 and the step reached the radius.
 * Δ0 = 1 and Δmax = 10 on the optimisation scale (for log10 parameters: one and ten decades), so a
 * first Gauss–Newton step from a random start cannot throw parameters across the whole box.
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

/** Cholesky solve of the SPD system A x = b (A row-major m×m, overwritten); false when not positive definite. */
function choleskySolve(A: Float64Array, m: number, b: Float64Array): boolean {
  for (let j = 0; j < m; j++) {
    let d = A[j * m + j];
    for (let k = 0; k < j; k++) d -= A[j * m + k] * A[j * m + k];
    if (!(d > 0)) return false;
    const l = Math.sqrt(d);
    A[j * m + j] = l;
    for (let i = j + 1; i < m; i++) {
      let s = A[i * m + j];
      for (let k = 0; k < j; k++) s -= A[i * m + k] * A[j * m + k];
      A[i * m + j] = s / l;
    }
  }
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= A[i * m + k] * b[k];
    b[i] = s / A[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = b[i];
    for (let k = i + 1; k < m; k++) s -= A[k * m + i] * b[k];
    b[i] = s / A[i * m + i];
  }
  return true;
}

export function trustRegionLeastSquares(
  problem: BoxProblem,
  x0: Float64Array,
  options: OptimizeOptions = {},
): OptimizeResult {
  const { n, lb, ub } = problem;
  const maxIt = options.maxIterations ?? 200;
  const maxEv = options.maxEvaluations ?? 1000;
  const ftol = options.ftol ?? 1e-10;
  const gtol = options.gtol ?? 1e-6;
  const xtol = options.xtol ?? 1e-10;
  const x = Float64Array.from(x0);
  project(x, lb, ub);
  let evals = 1;
  let cur: Evaluation = safeEvaluate(problem, x, 2);
  const trace: number[] = [cur.f];
  if (!Number.isFinite(cur.f) || !cur.g || !cur.H)
    return { x, f: cur.f, iterations: 0, evaluations: evals, exit: "failed", trace };
  // Marquardt damping relative to diag(H) (Moré's D² = diag(JᵀJ)): dimensionless, starts small
  let lambda = 1e-3;
  let nu = 2;
  let radius = options.initialRadius ?? 1;
  const maxRadius = options.maxRadius ?? 10;
  const xt = new Float64Array(n);
  const step = new Float64Array(n);
  for (let it = 1; it <= maxIt; it++) {
    const g = cur.g as Float64Array;
    const H = cur.H as Float64Array;
    if (projectedGradientNorm(x, g, lb, ub) < gtol)
      return { x, f: cur.f, iterations: it - 1, evaluations: evals, exit: "gtol", trace };
    // free variables: not pinned at a bound by an outward gradient
    const free: number[] = [];
    for (let i = 0; i < n; i++) {
      const atLo = x[i] <= lb[i] && g[i] > 0;
      const atHi = x[i] >= ub[i] && g[i] < 0;
      if (!atLo && !atHi) free.push(i);
    }
    const m = free.length;
    if (m === 0) return { x, f: cur.f, iterations: it - 1, evaluations: evals, exit: "gtol", trace };
    let accepted = false;
    while (!accepted) {
      if (evals >= maxEv)
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxEvaluations", trace };
      if (pastDeadline(options))
        return { x, f: cur.f, iterations: it, evaluations: evals, exit: "maxTime", trace };
      const A = new Float64Array(m * m);
      const b = new Float64Array(m);
      for (let a = 0; a < m; a++) {
        const i = free[a];
        for (let c = 0; c < m; c++) A[a * m + c] = H[i * n + free[c]];
        // Moré's scaling D = diag(H), floored so that flat directions still get damped
        A[a * m + a] += lambda * Math.max(H[i * n + i], 1e-8);
        b[a] = -g[i];
      }
      if (!choleskySolve(A, m, b)) {
        lambda *= nu;
        nu *= 2;
        continue;
      }
      xt.set(x);
      for (let a = 0; a < m; a++) xt[free[a]] += b[a];
      project(xt, lb, ub);
      let smax = 0;
      for (let i = 0; i < n; i++) {
        step[i] = xt[i] - x[i];
        smax = Math.max(smax, Math.abs(step[i]));
      }
      if (smax < xtol) return { x, f: cur.f, iterations: it, evaluations: evals, exit: "xtol", trace };
      if (smax > radius * (1 + 1e-12)) {
        // outside the trust region: more damping (Levenberg's λ is the multiplier of the radius constraint)
        lambda = Math.max(lambda * 4, 1e-12);
        continue;
      }
      // predicted reduction of the quadratic model along the projected step
      let gs = 0;
      let sHs = 0;
      for (let i = 0; i < n; i++) {
        if (step[i] === 0) continue;
        gs += g[i] * step[i];
        for (let j = 0; j < n; j++) if (step[j] !== 0) sHs += step[i] * H[i * n + j] * step[j];
      }
      const pred = -(gs + 0.5 * sHs);
      const trial = safeEvaluate(problem, xt, 0);
      evals++;
      const rho = pred > 0 ? (cur.f - trial.f) / pred : -1;
      if (rho > 0 && Number.isFinite(trial.f)) {
        const full = safeEvaluate(problem, xt, 2);
        evals++;
        if (!Number.isFinite(full.f) || !full.g || !full.H) {
          lambda *= nu;
          nu *= 2;
          continue;
        }
        const fOld = cur.f;
        x.set(xt);
        cur = full;
        trace.push(cur.f);
        lambda *= Math.max(1 / 3, 1 - (2 * rho - 1) ** 3);
        nu = 2;
        if (rho < 0.25) radius /= 4;
        else if (rho > 0.75 && smax > 0.9 * radius) radius = Math.min(2 * radius, maxRadius);
        accepted = true;
        if (Math.abs(fOld - cur.f) <= ftol * (1 + Math.abs(cur.f))) {
          return { x, f: cur.f, iterations: it, evaluations: evals, exit: "ftol", trace };
        }
      } else {
        lambda *= nu;
        nu *= 2;
        radius = Math.max(smax / 4, 1e-12);
        if (lambda > 1e16) return { x, f: cur.f, iterations: it, evaluations: evals, exit: "xtol", trace };
      }
    }
  }
  return { x, f: cur.f, iterations: maxIt, evaluations: evals, exit: "maxIterations", trace };
}
