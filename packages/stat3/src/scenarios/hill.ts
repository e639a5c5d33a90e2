/**
 * Four-parameter logistic (Hill) fit of a dose response, with asymptotic confidence intervals.
 *
 *   y(x) = bottom + (top − bottom) / (1 + (x / IC50)^h)
 *
 * (the "4PL" of Ritz et al. 2015, PLoS ONE 10:e0146021, doi:10.1371/journal.pone.0146021, the drc
 * package's LL.4). Fitted by Levenberg–Marquardt (Marquardt 1963, doi:10.1137/0111030) on
 * θ = (bottom, top, log10 IC50, h); the 95 % interval of log10 IC50 and h is θ ± t(0.975, n−4)·SE with
 * SE from s²(JᵀJ)⁻¹, s² = RSS/(n − 4) (Seber & Wild, Nonlinear Regression, 1989, §5.1). Doses must be > 0.
 */
import { Codes, EngineError, luFactor, luSolve } from "@stat3/engine";

export interface HillFit {
  bottom: number;
  top: number;
  ic50: number;
  hill: number;
  /** 95 % confidence intervals (NaN when n ≤ 4 or the fit is singular) */
  ic50Ci: [number, number];
  hillCi: [number, number];
  rss: number;
  iterations: number;
}

export function hill4(x: number, p: readonly number[]): number {
  const [bottom, top, logIc50, h] = p;
  return bottom + (top - bottom) / (1 + 10 ** (h * (Math.log10(x) - logIc50)));
}

/** Two-sided 97.5 % quantiles of Student's t for df = 1..30 (Abramowitz & Stegun, Table 26.10). */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  return df <= 30 ? T975[Math.floor(df) - 1] : 1.96 + 2.4 / df;
}

export function fitHill4(doses: readonly number[], ys: readonly number[]): HillFit {
  const n = doses.length;
  if (n !== ys.length || n < 4)
    throw new EngineError(Codes.SIM_BAD_SETTING, `Hill fit needs ≥ 4 (dose, response) pairs, got ${n}`);
  if (doses.some((d) => !(d > 0)))
    throw new EngineError(Codes.SIM_BAD_SETTING, "Hill fit: doses must be > 0");
  const lx = doses.map((d) => Math.log10(d));
  // start: plateaus from the ends, IC50 at the half-way crossing, slope 1 (sign from the trend)
  const order = [...lx.keys()].sort((a, b) => lx[a] - lx[b]);
  const yLo = ys[order[0]];
  const yHi = ys[order[n - 1]];
  const half = (yLo + yHi) / 2;
  let l50 = lx[order[Math.floor(n / 2)]];
  for (let k = 1; k < n; k++) {
    const a = ys[order[k - 1]];
    const b = ys[order[k]];
    if ((a - half) * (b - half) <= 0 && a !== b) {
      l50 = lx[order[k - 1]] + ((half - a) / (b - a)) * (lx[order[k]] - lx[order[k - 1]]);
      break;
    }
  }
  let p = [yHi, yLo, l50, 1];
  const resid = (q: number[]) => doses.map((d, i) => ys[i] - hill4(d, q));
  const rssOf = (r: number[]) => r.reduce((s, v) => s + v * v, 0);
  const jac = (q: number[]) =>
    doses.map((d) => {
      const J = [0, 0, 0, 0];
      for (let k = 0; k < 4; k++) {
        const h = 1e-6 * Math.max(1, Math.abs(q[k]));
        const qp = [...q];
        qp[k] += h;
        const qm = [...q];
        qm[k] -= h;
        J[k] = (hill4(d, qp) - hill4(d, qm)) / (2 * h);
      }
      return J;
    });
  let r = resid(p);
  let rss = rssOf(r);
  let lambda = 1e-3;
  let it = 0;
  const scale = Math.max(1e-300, ...ys.map(Math.abs));
  for (; it < 200; it++) {
    const J = jac(p);
    const A = new Float64Array(16);
    const g = new Float64Array(4);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < 4; a++) {
        g[a] += J[i][a] * r[i];
        for (let b2 = 0; b2 < 4; b2++) A[a * 4 + b2] += J[i][a] * J[i][b2];
      }
    let improved = false;
    for (let tries = 0; tries < 30; tries++) {
      const M = Float64Array.from(A);
      for (let a = 0; a < 4; a++) M[a * 4 + a] += lambda * (A[a * 4 + a] + 1e-12 * scale * scale);
      const piv = new Int32Array(4);
      if (luFactor(M, 4, piv) !== 0) {
        lambda *= 10;
        continue;
      }
      const dp = Float64Array.from(g);
      luSolve(M, 4, piv, dp);
      const q = p.map((v, k) => v + dp[k]);
      q[3] = Math.max(-20, Math.min(20, q[3]));
      const rq = resid(q);
      const rssq = rssOf(rq);
      if (Number.isFinite(rssq) && rssq <= rss) {
        const done = rss - rssq <= 1e-14 * (rss + 1e-300) || Math.max(...dp.map(Math.abs)) < 1e-12;
        p = q;
        r = rq;
        rss = rssq;
        lambda = Math.max(1e-12, lambda / 10);
        improved = true;
        if (done) it = 1000;
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  // asymptotic covariance s²(JᵀJ)⁻¹
  let ic50Ci: [number, number] = [Number.NaN, Number.NaN];
  let hillCi: [number, number] = [Number.NaN, Number.NaN];
  const df = n - 4;
  if (df > 0) {
    const J = jac(p);
    const A = new Float64Array(16);
    for (let i = 0; i < n; i++)
      for (let a = 0; a < 4; a++) for (let b2 = 0; b2 < 4; b2++) A[a * 4 + b2] += J[i][a] * J[i][b2];
    const piv = new Int32Array(4);
    if (luFactor(A, 4, piv) === 0) {
      const s2 = rss / df;
      const col = (k: number) => {
        const e = new Float64Array(4);
        e[k] = 1;
        luSolve(A, 4, piv, e);
        return e[k];
      };
      const t = tQuantile975(df);
      const seL = Math.sqrt(Math.max(0, s2 * col(2)));
      const seH = Math.sqrt(Math.max(0, s2 * col(3)));
      ic50Ci = [10 ** (p[2] - t * seL), 10 ** (p[2] + t * seL)];
      hillCi = [p[3] - t * seH, p[3] + t * seH];
    }
  }
  return {
    bottom: p[0],
    top: p[1],
    ic50: 10 ** p[2],
    hill: p[3],
    ic50Ci,
    hillCi,
    rss,
    iterations: Math.min(it, 200),
  };
}
