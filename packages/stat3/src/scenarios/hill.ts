/**
 * The dose–response summary of `stat3 dose-response`: the project's one 4-parameter Hill fit
 * (@stat3/pharm `fitHill`, drc's LL.4 — Ritz et al. 2015, PLoS ONE 10:e0146021,
 * doi:10.1371/journal.pone.0146021) plus profile-likelihood 95 % intervals for IC50 and the Hill slope.
 *
 *   y(x) = e0 + (emax − e0) · xʰ / (xʰ + IC50ʰ),   h > 0          (pharm's parametrisation)
 *        = bottom + (top − bottom) / (1 + (x / IC50)ʰ)          (this module's names: top = e0, bottom = emax)
 *
 * Why profile likelihood and not pharm's residual bootstrap: `doseResponse` fits ~12 noise-free points
 * simulated by the mechanistic model, so the residuals are systematic lack of fit of the 4PL, not i.i.d.
 * noise; resampling 12 of them (Efron & Tibshirani 1993 §9.5) has no sampling model to stand on and costs
 * hundreds of refits. The profile interval uses the same Gaussian error model as the asymptotic one but
 * follows the curvature of the nonlinear model instead of a linearisation: it is the set of values ψ of
 * log10 IC50 (or h) whose conditional least-squares fit has
 *
 *   RSS(ψ) ≤ RSS_min · (1 + F(0.95; 1, n − 4) / (n − 4)),   F(0.95; 1, ν) = t(0.975; ν)²
 *
 * (Bates & Watts, Nonlinear Regression Analysis and Its Applications, Wiley 1988, §6.1, eq. 6.4;
 * Venzon & Moolgavkar 1988, Appl. Stat. 37:87, doi:10.2307/2347496). It is deterministic (no seed) and
 * needs ~100 constrained refits. Read it as "how tightly the 4PL pins IC50 down on this simulated curve",
 * not as experimental uncertainty. The profile of h reuses pharm's `fitHill` with `fixed.h`. The profile
 * of log10 IC50 is computed by variable projection (Golub & Pereyra 1973, SIAM J. Numer. Anal. 10:413,
 * doi:10.1137/0710036): for fixed (IC50, h) the model is linear in (e0, emax), solved exactly by 2×2
 * least squares, leaving a 1-D minimisation over h (log grid + golden section) — pharm's projected LM
 * with log10 IC50 pinned by equal bounds converges only linearly there (200 iterations, ~100× slower).
 */
import { Codes, EngineError } from "@stat3/engine";
import { fitHill, type HillFitOptions, hill, type HillFit as PharmHillFit } from "@stat3/pharm";

export interface DoseResponseFit {
  /** response at infinite dose (pharm's emax) */
  bottom: number;
  /** response at zero dose (pharm's e0) */
  top: number;
  ic50: number;
  hill: number;
  /** 95 % profile-likelihood intervals (NaN when n ≤ 4); an end at a fit bound means "open" */
  ic50Ci: [number, number];
  hillCi: [number, number];
  ciMethod: "profile-likelihood";
  rss: number;
  r2: number;
  iterations: number;
  converged: boolean;
}
/** @deprecated name kept for existing imports; the fit is pharm's `fitHill` */
export type HillFit = DoseResponseFit;

/** y at dose x for p = [bottom, top, log10 IC50, h] (the 4PL above, through pharm's `hill`). */
export function hill4(x: number, p: readonly number[]): number {
  const [bottom, top, logIc50, h] = p;
  return hill(x, { e0: top, emax: bottom, ec50: 10 ** logIc50, h });
}

/** Two-sided 97.5 % quantiles of Student's t for df = 1..30 (Abramowitz & Stegun, Table 26.10). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
/** t(0.975; df); above 30 the first-order expansion 1.96 + 2.4/df (within 0.002 of the table). */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  return df <= 30 ? T975[Math.floor(df) - 1] : 1.96 + 2.4 / df;
}

export interface ProfileCi {
  /** log10 IC50 interval */
  logEc50: [number, number];
  h: [number, number];
  /** the RSS a value must stay under to be inside the interval */
  threshold: number;
}

/** RSS of the best (e0, emax) for fixed log10 IC50 = lc and h: 2×2 normal equations. */
function rssLinear(doses: readonly number[], ys: readonly number[], lc: number, h: number): number {
  const n = doses.length;
  let s00 = 0;
  let s01 = 0;
  let s11 = 0;
  let b0 = 0;
  let b1 = 0;
  for (let i = 0; i < n; i++) {
    const s = hill(doses[i], { e0: 0, emax: 1, ec50: 10 ** lc, h });
    const a0 = 1 - s;
    s00 += a0 * a0;
    s01 += a0 * s;
    s11 += s * s;
    b0 += a0 * ys[i];
    b1 += s * ys[i];
  }
  const det = s00 * s11 - s01 * s01;
  let e0: number;
  let emax: number;
  if (Math.abs(det) > 1e-12 * (s00 * s11 + 1e-300)) {
    e0 = (b0 * s11 - b1 * s01) / det;
    emax = (s00 * b1 - s01 * b0) / det;
  } else {
    // all points on one plateau: a constant fits as well as any curve
    e0 = emax = ys.reduce((a, y) => a + y, 0) / n;
  }
  let rss = 0;
  for (let i = 0; i < n; i++) {
    const e = ys[i] - hill(doses[i], { e0, emax, ec50: 10 ** lc, h });
    rss += e * e;
  }
  return rss;
}

/** Profile RSS of log10 IC50 = lc: min over h ∈ hb of rssLinear (log grid of 120, then golden section). */
function profileLogEc50(
  doses: readonly number[],
  ys: readonly number[],
  lc: number,
  hb: readonly [number, number],
): number {
  const [l0, l1] = [Math.log(hb[0]), Math.log(hb[1])];
  const G = 120;
  let best = Infinity;
  let kb = 0;
  for (let k = 0; k <= G; k++) {
    const r = rssLinear(doses, ys, lc, Math.exp(l0 + ((l1 - l0) * k) / G));
    if (r < best) [best, kb] = [r, k];
  }
  let a = l0 + ((l1 - l0) * Math.max(0, kb - 1)) / G;
  let c = l0 + ((l1 - l0) * Math.min(G, kb + 1)) / G;
  const phi = (Math.sqrt(5) - 1) / 2;
  let x1 = c - phi * (c - a);
  let x2 = a + phi * (c - a);
  let f1 = rssLinear(doses, ys, lc, Math.exp(x1));
  let f2 = rssLinear(doses, ys, lc, Math.exp(x2));
  for (let j = 0; j < 60; j++) {
    if (f1 < f2) {
      c = x2;
      [x2, f2] = [x1, f1];
      x1 = c - phi * (c - a);
      f1 = rssLinear(doses, ys, lc, Math.exp(x1));
    } else {
      a = x1;
      [x1, f1] = [x2, f2];
      x2 = a + phi * (c - a);
      f2 = rssLinear(doses, ys, lc, Math.exp(x2));
    }
  }
  return Math.min(best, f1, f2);
}

/** Pharm's default parameter bounds, which also bound the profiles. */
function bounds(doses: readonly number[]) {
  const pos = doses.filter((d) => d > 0);
  return {
    lc: [Math.log10(Math.min(...pos)) - 3, Math.log10(Math.max(...pos)) + 3] as [number, number],
    h: [0.05, 20] as [number, number],
  };
}

/**
 * 95 % profile-likelihood intervals (module comment) of log10 IC50 and h for a fit made by pharm's
 * `fitHill(doses, ys)` with all four parameters free.
 */
export function hillProfileCi(doses: readonly number[], ys: readonly number[], fit: PharmHillFit): ProfileCi {
  const n = doses.length;
  const df = n - 4;
  if (df < 1)
    return { logEc50: [Number.NaN, Number.NaN], h: [Number.NaN, Number.NaN], threshold: Number.NaN };
  const t = tQuantile975(df);
  const threshold = fit.rss * (1 + (t * t) / df);
  const b = bounds(doses);
  const profLc = (v: number) => profileLogEc50(doses, ys, v, b.h);
  const profH = (v: number) => {
    const o: HillFitOptions = { fixed: { h: v } };
    const warm = fitHill(doses, ys, { ...o, start: { ...fit.params, h: v } }).rss;
    return Math.min(warm, fitHill(doses, ys, o).rss);
  };
  // walk out from the estimate with doubling steps until the profile crosses the threshold (or the
  // bound is reached: then the interval is open on that side), then bisect the crossing
  const side = (prof: (v: number) => number, v0: number, dir: 1 | -1, lim: number, step0: number) => {
    let inside = v0;
    let step = step0;
    for (let k = 0; k < 60; k++) {
      const v = dir > 0 ? Math.min(lim, inside + step) : Math.max(lim, inside - step);
      if (prof(v) > threshold) {
        let a = inside;
        let c = v;
        for (let j = 0; j < 50 && Math.abs(c - a) > 1e-7 * (1 + Math.abs(a)); j++) {
          const m = (a + c) / 2;
          if (prof(m) > threshold) c = m;
          else a = m;
        }
        return (a + c) / 2;
      }
      if (v === lim) return lim;
      inside = v;
      step *= 2;
    }
    return inside;
  };
  const lc = fit.logEc50;
  const h = fit.params.h;
  return {
    logEc50: [side(profLc, lc, -1, b.lc[0], 0.02), side(profLc, lc, 1, b.lc[1], 0.02)],
    h: [side(profH, h, -1, b.h[0], 0.02 * h), side(profH, h, 1, b.h[1], 0.02 * h)],
    threshold,
  };
}

/**
 * Fits (dose, response) pairs with pharm's `fitHill` and adds the profile-likelihood intervals.
 * Doses ≥ 0, at least 4 points (5 for intervals). Bad data → EngineError (E-PHARM-001).
 */
export function fitHill4(doses: readonly number[], ys: readonly number[]): DoseResponseFit {
  if (doses.length < 4)
    throw new EngineError(
      Codes.SIM_BAD_SETTING,
      `Hill fit needs ≥ 4 (dose, response) pairs, got ${doses.length}`,
    );
  const f = fitHill(doses, ys);
  const ci = hillProfileCi(doses, ys, f);
  return {
    bottom: f.params.emax,
    top: f.params.e0,
    ic50: f.params.ec50,
    hill: f.params.h,
    ic50Ci: [10 ** ci.logEc50[0], 10 ** ci.logEc50[1]],
    hillCi: ci.h,
    ciMethod: "profile-likelihood",
    rss: f.rss,
    r2: f.r2,
    iterations: f.iterations,
    converged: f.converged,
  };
}
