/**
 * Four-parameter log-logistic (Hill) dose–response model, its bounded least-squares fit, confidence
 * intervals by a seeded residual bootstrap, and goodness of fit.
 *
 *   y(x) = e0 + (emax − e0) · xʰ / (xʰ + EC50ʰ),   h > 0
 *
 * e0 is the response without drug, emax the response at saturating dose, EC50 the dose of the
 * half-maximal effect (IC50 when the response falls), h the Hill slope. This is drc's LL.4
 * (Ritz et al. 2015, PLoS ONE 10:e0146021, doi:10.1371/journal.pone.0146021) with c = e0, d = emax,
 * e = EC50, b = −h; SynergyFinder fits the same model to single-agent inhibition curves (Ianevski et al.
 * 2017, Bioinformatics 33:2413, doi:10.1093/bioinformatics/btx162). Keeping h > 0 makes the model
 * identifiable (flipping the sign of h and swapping e0/emax gives the same curve).
 *
 * Fit: Levenberg–Marquardt (Marquardt 1963, doi:10.1137/0111030) on θ = (e0, emax, log10 EC50, h) with
 * Marquardt's scaling λ·diag(JᵀJ), projected onto box bounds after every step (a projected LM in the
 * sense of Kanzow, Yamashita & Fukushima 2004, doi:10.1016/j.cam.2003.12.009), from several starts in
 * (log10 EC50, h); the best is kept. Parameters can be fixed (SynergyFinder's ZIP fixes e0 and emax).
 *
 * Confidence intervals: residual bootstrap (Efron & Tibshirani, An Introduction to the Bootstrap, 1993,
 * §9.5): refit to fitted values plus resampled residuals (scaled by sqrt(n/(n−p)) so their variance is
 * unbiased, Davison & Hinkley 1997 §6.2.3), percentile interval; seeded (rng.ts) so runs reproduce.
 * Goodness of fit: RSS, R² = 1 − RSS/TSS, RMSE = sqrt(RSS/(n − p)), AIC = n·ln(RSS/n) + 2(p + 1).
 */
import { EngineError, luFactor, luSolve } from "@stat3/engine";
import { PharmCodes } from "./messages.js";
import { mulberry32 } from "./rng.js";

export interface HillParams {
  /** response at zero dose */
  e0: number;
  /** response at saturating dose */
  emax: number;
  /** dose of half-maximal effect (same unit as the doses) */
  ec50: number;
  /** Hill slope (> 0) */
  h: number;
}

const LN10 = Math.LN10;

/** y(x); x = 0 gives e0. */
export function hill(x: number, p: HillParams): number {
  if (x <= 0) return p.h > 0 ? p.e0 : p.emax;
  const u = (x / p.ec50) ** p.h;
  if (!Number.isFinite(u)) return p.emax;
  return p.e0 + ((p.emax - p.e0) * u) / (1 + u);
}

/**
 * The dose giving response y: EC50 · ((y − e0)/(emax − y))^(1/h). NaN when y is not strictly between
 * e0 and emax (no dose reaches it); 0 at y = e0.
 */
export function hillInverse(y: number, p: HillParams): number {
  const a = (y - p.e0) / (p.emax - p.e0);
  if (a === 0) return 0;
  if (!(a > 0 && a < 1)) return Number.NaN;
  return p.ec50 * (a / (1 - a)) ** (1 / p.h);
}

/** (x/EC50)^h from log10 x, log10 EC50 and h; dose 0 (log −∞) gives 0 for h > 0 and ∞ for h < 0. */
function powU(lx: number, lc: number, h: number): number {
  if (lx === Number.NEGATIVE_INFINITY) return h > 0 ? 0 : h < 0 ? Infinity : 1;
  return 10 ** (h * (lx - lc));
}

export type HillName = "e0" | "emax" | "logEc50" | "h";
const NAMES: readonly HillName[] = ["e0", "emax", "logEc50", "h"];

export interface HillFitOptions {
  /** fixed parameters (not fitted) */
  fixed?: Partial<Record<"e0" | "emax" | "h", number>>;
  /** lower bounds; defaults: h ≥ 0.05, log10 EC50 ≥ log10(smallest dose > 0) − 3 */
  lower?: Partial<Record<HillName, number>>;
  /** upper bounds; defaults: h ≤ 20, log10 EC50 ≤ log10(largest dose) + 3 */
  upper?: Partial<Record<HillName, number>>;
  maxIterations?: number;
  /** one start instead of the default grid of (log10 EC50, h) starts (the bootstrap starts at the fit) */
  start?: HillParams;
}

export interface HillFit {
  params: HillParams;
  logEc50: number;
  /** names of the fitted (free) parameters */
  free: HillName[];
  n: number;
  rss: number;
  r2: number;
  rmse: number;
  aic: number;
  iterations: number;
  converged: boolean;
}

function check(doses: readonly number[], ys: readonly number[], minPoints: number): void {
  if (doses.length !== ys.length)
    throw new EngineError(
      PharmCodes.PHARM_BAD_DATA,
      `dose–response data: ${doses.length} doses but ${ys.length} responses`,
    );
  if (doses.length < minPoints)
    throw new EngineError(
      PharmCodes.PHARM_BAD_DATA,
      `dose–response fit needs at least ${minPoints} points for its free parameters, got ${doses.length}`,
    );
  doses.forEach((d, i) => {
    if (!(d >= 0 && Number.isFinite(d)))
      throw new EngineError(
        PharmCodes.PHARM_BAD_DATA,
        `dose–response data point ${i + 1}: dose ${d} is not ≥ 0`,
      );
    if (!Number.isFinite(ys[i]))
      throw new EngineError(
        PharmCodes.PHARM_BAD_DATA,
        `dose–response data point ${i + 1}: response ${ys[i]} is not finite`,
      );
  });
  if (!doses.some((d) => d > 0))
    throw new EngineError(PharmCodes.PHARM_BAD_DATA, "dose–response data: no dose > 0");
}

/** Fits the 4-parameter Hill model (module comment) to (dose, response) pairs; doses ≥ 0. */
export function fitHill(doses: readonly number[], ys: readonly number[], o: HillFitOptions = {}): HillFit {
  const fixed = o.fixed ?? {};
  const free = NAMES.filter((k) => k === "logEc50" || fixed[k as "e0" | "emax" | "h"] === undefined);
  const k = free.length;
  check(doses, ys, Math.max(k, 2));
  const n = doses.length;
  const pos = doses.filter((d) => d > 0);
  const lmin = Math.log10(Math.min(...pos));
  const lmax = Math.log10(Math.max(...pos));
  const lo: Record<HillName, number> = {
    e0: -Infinity,
    emax: -Infinity,
    logEc50: lmin - 3,
    h: 0.05,
    ...o.lower,
  };
  const hi: Record<HillName, number> = { e0: Infinity, emax: Infinity, logEc50: lmax + 3, h: 20, ...o.upper };
  for (const nm of NAMES)
    if (!(lo[nm] <= hi[nm]))
      throw new EngineError(
        PharmCodes.PHARM_BAD_BOUNDS,
        `Hill fit: lower bound of ${nm} (${lo[nm]}) > upper (${hi[nm]})`,
      );
  const lx = doses.map((d) => (d > 0 ? Math.log10(d) : Number.NEGATIVE_INFINITY));

  // full θ = (e0, emax, lc, h); free indices into it
  const idx = free.map((nm) => NAMES.indexOf(nm));
  const theta = new Float64Array(4);
  const trial = new Float64Array(4);
  const J = new Float64Array(n * 4);
  const r = new Float64Array(n);
  const A = new Float64Array(k * k);
  const H = new Float64Array(k * k);
  const step = new Float64Array(k);
  const g = new Float64Array(k);
  const piv = new Int32Array(k);
  const clip = (t: Float64Array) => {
    for (let q = 0; q < 4; q++) t[q] = Math.min(hi[NAMES[q]], Math.max(lo[NAMES[q]], t[q]));
  };
  const rssOf = (t: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const u = powU(lx[i], t[2], t[3]);
      const sv = Number.isFinite(u) ? u / (1 + u) : 1;
      const e = ys[i] - (t[0] + (t[1] - t[0]) * sv);
      s += e * e;
    }
    return s;
  };
  // residuals and Jacobian of the model (∂f/∂θ) at θ
  const linearise = (t: Float64Array) => {
    for (let i = 0; i < n; i++) {
      const u = powU(lx[i], t[2], t[3]);
      const s = Number.isFinite(u) ? u / (1 + u) : 1;
      r[i] = ys[i] - (t[0] + (t[1] - t[0]) * s);
      const ds = s * (1 - s) * (t[1] - t[0]) * LN10;
      J[i * 4] = 1 - s;
      J[i * 4 + 1] = s;
      J[i * 4 + 2] = ds === 0 ? 0 : -ds * t[3];
      J[i * 4 + 3] = ds === 0 ? 0 : ds * (lx[i] - t[2]);
    }
  };
  // e0, emax by linear least squares for given (lc, h) — the start of each LM run
  const linearStart = (lc: number, h: number) => {
    theta[2] = lc;
    theta[3] = fixed.h ?? h;
    let s00 = 0;
    let s01 = 0;
    let s11 = 0;
    let b0 = 0;
    let b1 = 0;
    for (let i = 0; i < n; i++) {
      const u = powU(lx[i], lc, theta[3]);
      const s = Number.isFinite(u) ? u / (1 + u) : 1;
      const a0 = 1 - s;
      s00 += a0 * a0;
      s01 += a0 * s;
      s11 += s * s;
      b0 += a0 * ys[i];
      b1 += s * ys[i];
    }
    const det = s00 * s11 - s01 * s01;
    const mean = ys.reduce((a, b) => a + b, 0) / n;
    let e0 = Math.abs(det) > 1e-12 * (s00 * s11 + 1e-300) ? (b0 * s11 - b1 * s01) / det : mean;
    let emax = Math.abs(det) > 1e-12 * (s00 * s11 + 1e-300) ? (s00 * b1 - s01 * b0) / det : mean;
    if (fixed.e0 !== undefined) e0 = fixed.e0;
    if (fixed.emax !== undefined) emax = fixed.emax;
    if (fixed.e0 !== undefined && fixed.emax === undefined && s11 > 0) emax = (b1 - e0 * s01) / s11;
    if (fixed.emax !== undefined && fixed.e0 === undefined && s00 > 0) e0 = (b0 - emax * s01) / s00;
    theta[0] = e0;
    theta[1] = emax;
    clip(theta);
  };

  const maxIt = o.maxIterations ?? 200;
  let best: { t: Float64Array; rss: number; it: number; conv: boolean } | null = null;
  const starts: [number, number][] = [];
  // negative slopes only when allowed (fits with e0 and emax both fixed, as in ZIP, are identifiable)
  const slopes = lo.h < 0 ? [0.7, 1.5, 4, -0.7, -1.5, -4] : [0.7, 1.5, 4];
  for (const fr of [0.25, 0.5, 0.75]) for (const h of slopes) starts.push([lmin + fr * (lmax - lmin), h]);
  if (lmax === lmin) starts.push([lmin, 1]);
  if (o.start) starts.splice(0, starts.length, [Math.log10(o.start.ec50), o.start.h]);
  for (const [lc0, h0] of starts) {
    linearStart(Math.min(hi.logEc50, Math.max(lo.logEc50, lc0)), Math.min(hi.h, Math.max(lo.h, h0)));
    let rss = rssOf(theta);
    let lambda = 1e-3;
    let it = 0;
    let conv = false;
    for (; it < maxIt; it++) {
      linearise(theta);
      // normal equations on the free parameters
      for (let a = 0; a < k; a++) {
        let sg = 0;
        for (let i = 0; i < n; i++) sg += J[i * 4 + idx[a]] * r[i];
        g[a] = sg;
      }
      // Gauss–Newton matrix JᵀJ once per iteration; only the damping changes between tries
      for (let a = 0; a < k; a++)
        for (let b = a; b < k; b++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += J[i * 4 + idx[a]] * J[i * 4 + idx[b]];
          H[a * k + b] = s;
          H[b * k + a] = s;
        }
      let improved = false;
      for (let tries = 0; tries < 30; tries++) {
        A.set(H);
        for (let a = 0; a < k; a++) A[a * k + a] += lambda * (H[a * k + a] + 1e-12);
        step.set(g);
        if (luFactor(A, k, piv) !== 0) {
          lambda *= 10;
          continue;
        }
        luSolve(A, k, piv, step);
        trial.set(theta);
        for (let a = 0; a < k; a++) trial[idx[a]] += step[a];
        clip(trial);
        const rt = rssOf(trial);
        if (rt < rss) {
          const rel = (rss - rt) / Math.max(rss, 1e-300);
          let moved = 0;
          for (let q = 0; q < 4; q++)
            moved = Math.max(moved, Math.abs(trial[q] - theta[q]) / (1e-8 + Math.abs(theta[q])));
          theta.set(trial);
          rss = rt;
          lambda = Math.max(lambda / 3, 1e-12);
          improved = true;
          if (rel < 1e-15 || moved < 1e-12) conv = true;
          break;
        }
        lambda *= 4;
        if (lambda > 1e16) break;
      }
      if (!improved || conv || rss === 0) {
        conv = true;
        break;
      }
    }
    if (!best || rss < best.rss) best = { t: Float64Array.from(theta), rss, it, conv };
  }
  const b = best!;
  const params: HillParams = { e0: b.t[0], emax: b.t[1], ec50: 10 ** b.t[2], h: b.t[3] };
  const mean = ys.reduce((a, c) => a + c, 0) / n;
  const tss = ys.reduce((a, c) => a + (c - mean) ** 2, 0);
  return {
    params,
    logEc50: b.t[2],
    free,
    n,
    rss: b.rss,
    r2: tss > 0 ? 1 - b.rss / tss : b.rss === 0 ? 1 : Number.NaN,
    rmse: n > k ? Math.sqrt(b.rss / (n - k)) : Number.NaN,
    aic: n * Math.log(Math.max(b.rss, 1e-300) / n) + 2 * (k + 1),
    iterations: b.it,
    converged: b.conv,
  };
}

export interface BootstrapOptions {
  /** number of resamples (default 500) */
  resamples?: number;
  /** 32-bit seed (default 1) */
  seed?: number;
  /** confidence level (default 0.95) */
  level?: number;
}

export interface HillCi {
  method: "residual-bootstrap";
  level: number;
  resamples: number;
  seed: number;
  ec50: [number, number];
  h: [number, number];
  e0: [number, number];
  emax: [number, number];
}

/** Percentile (type 7, linear interpolation — R's default) of a sorted array. */
function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const x = (sorted.length - 1) * p;
  const i = Math.floor(x);
  const f = x - i;
  return i + 1 < sorted.length ? sorted[i] * (1 - f) + sorted[i + 1] * f : sorted[i];
}

/** Residual-bootstrap percentile intervals for a fit made by fitHill (same options). */
export function bootstrapHill(
  doses: readonly number[],
  ys: readonly number[],
  fit: HillFit,
  o: BootstrapOptions & HillFitOptions = {},
): HillCi {
  const B = o.resamples ?? 500;
  const seed = o.seed ?? 1;
  const level = o.level ?? 0.95;
  const n = doses.length;
  const yhat = doses.map((d) => hill(d, fit.params));
  const p = fit.free.length;
  const scale = n > p ? Math.sqrt(n / (n - p)) : 1;
  const res = ys.map((y, i) => (y - yhat[i]) * scale);
  const rand = mulberry32(seed);
  const cols: Record<"ec50" | "h" | "e0" | "emax", number[]> = { ec50: [], h: [], e0: [], emax: [] };
  const yb = new Array<number>(n);
  for (let b = 0; b < B; b++) {
    for (let i = 0; i < n; i++) yb[i] = yhat[i] + res[Math.floor(rand() * n)];
    const f = fitHill(doses, yb, { ...o, start: fit.params });
    cols.ec50.push(f.params.ec50);
    cols.h.push(f.params.h);
    cols.e0.push(f.params.e0);
    cols.emax.push(f.params.emax);
  }
  const a = (1 - level) / 2;
  const ci = (v: number[]): [number, number] => {
    const s = [...v].sort((x, y) => x - y);
    return [quantile(s, a), quantile(s, 1 - a)];
  };
  return {
    method: "residual-bootstrap",
    level,
    resamples: B,
    seed,
    ec50: ci(cols.ec50),
    h: ci(cols.h),
    e0: ci(cols.e0),
    emax: ci(cols.emax),
  };
}
