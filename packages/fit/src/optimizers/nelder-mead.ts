/**
 * Nelder–Mead simplex (derivative-free fallback), bounds by projection of every trial point.
 * Nelder & Mead, Comput. J. 7 (1965) 308, doi:10.1093/comjnl/7.4.308; standard coefficients and
 * ordering rules of Lagarias, Reeds, Wright & Wright, SIAM J. Optim. 9 (1998) 112,
 * doi:10.1137/S1052623496303470: reflection ρ = 1, expansion χ = 2, contraction γ = 1/2, shrink σ = 1/2.
 * Initial simplex: x0 plus 5 % of the box width along each coordinate (Gao & Han's adaptive
 * coefficients are not used).
 */
import {
  type BoxProblem,
  type OptimizeOptions,
  type OptimizeResult,
  pastDeadline,
  project,
  safeEvaluate,
} from "./types.js";

export function nelderMead(
  problem: BoxProblem,
  x0: Float64Array,
  options: OptimizeOptions = {},
): OptimizeResult {
  const { n, lb, ub } = problem;
  const maxEv = options.maxEvaluations ?? 200 * n;
  const maxIt = options.maxIterations ?? 100 * n;
  const ftol = options.ftol ?? 1e-10;
  const xtol = options.xtol ?? 1e-10;
  const edge = options.simplexSize ?? 0.05;
  let evals = 0;
  const f = (x: Float64Array): number => {
    project(x, lb, ub);
    evals++;
    return safeEvaluate(problem, x, 0).f;
  };
  const pts: Float64Array[] = [];
  const vals: number[] = [];
  const start = Float64Array.from(x0);
  pts.push(start);
  vals.push(f(start));
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(start);
    const w = Number.isFinite(ub[i] - lb[i]) ? edge * (ub[i] - lb[i]) : edge * Math.max(1, Math.abs(p[i]));
    p[i] = p[i] + w <= ub[i] ? p[i] + w : p[i] - w;
    pts.push(p);
    vals.push(f(p));
  }
  const trace: number[] = [];
  const centroid = new Float64Array(n);
  const along = (c: number): Float64Array => {
    const worst = pts[n];
    const out = new Float64Array(n);
    for (let j = 0; j < n; j++) out[j] = centroid[j] + c * (centroid[j] - worst[j]);
    return out;
  };
  for (let it = 1; it <= maxIt; it++) {
    const order = vals.map((_v, i) => i).sort((a, b) => vals[a] - vals[b]);
    const sp = order.map((i) => pts[i]);
    const sv = order.map((i) => vals[i]);
    pts.splice(0, pts.length, ...sp);
    vals.splice(0, vals.length, ...sv);
    trace.push(vals[0]);
    let size = 0;
    for (let i = 1; i <= n; i++)
      for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(pts[i][j] - pts[0][j]));
    if (Math.abs(vals[n] - vals[0]) <= ftol * (1 + Math.abs(vals[0])) && size < Math.max(xtol, 1e-8)) {
      return { x: pts[0], f: vals[0], iterations: it, evaluations: evals, exit: "ftol", trace };
    }
    if (size < xtol)
      return { x: pts[0], f: vals[0], iterations: it, evaluations: evals, exit: "xtol", trace };
    if (evals >= maxEv)
      return { x: pts[0], f: vals[0], iterations: it, evaluations: evals, exit: "maxEvaluations", trace };
    if (pastDeadline(options))
      return { x: pts[0], f: vals[0], iterations: it, evaluations: evals, exit: "maxTime", trace };
    centroid.fill(0);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) centroid[j] += pts[i][j] / n;
    const xr = along(1);
    const fr = f(xr);
    if (fr < vals[0]) {
      const xe = along(2);
      const fe = f(xe);
      if (fe < fr) {
        pts[n] = xe;
        vals[n] = fe;
      } else {
        pts[n] = xr;
        vals[n] = fr;
      }
    } else if (fr < vals[n - 1]) {
      pts[n] = xr;
      vals[n] = fr;
    } else {
      const outside = fr < vals[n];
      const xc = along(outside ? 0.5 : -0.5);
      const fc = f(xc);
      if (outside ? fc <= fr : fc < vals[n]) {
        pts[n] = xc;
        vals[n] = fc;
      } else {
        for (let i = 1; i <= n; i++) {
          for (let j = 0; j < n; j++) pts[i][j] = pts[0][j] + 0.5 * (pts[i][j] - pts[0][j]);
          vals[i] = f(pts[i]);
        }
      }
    }
  }
  const best = vals.indexOf(Math.min(...vals));
  return { x: pts[best], f: vals[best], iterations: maxIt, evaluations: evals, exit: "maxIterations", trace };
}
