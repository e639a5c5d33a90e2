/**
 * The one explicit Runge–Kutta driver: 7-stage 5(4) pairs with FSAL (c6 = c7 = 1, b = row 7 of A),
 * Hairer's starting step, PI step-size control and optional stiffness detection. A method is a tableau
 * (`ExplicitRk7Tableau`) plus a name — DOPRI5 (./dopri5/dopri5.ts) and Tsit5 (./tsit5/tsit5.ts) are
 * nothing else (the OrdinaryDiffEq layout: frozen tableau, a cache of stage vectors allocated once in
 * the constructor, `step`, `interpolate`).
 *
 * References:
 *  - E. Hairer, S. P. Nørsett, G. Wanner, Solving ODEs I, 2nd ed. (1993), doi:10.1007/978-3-540-78862-1:
 *    Sect. II.4 (error norm, starting step), II.6 (dense output, DOPRI5's CONTD5 form), and the PI
 *    ("Lund-stabilised") controller of the DOPRI5 code: fac = err^(0.2−0.75β)/errOld^β, β = 0.04,
 *    safety 0.9, step ratio in [0.2, 10]; stiffness detection (IASTI/NONSTI of DOPRI5, Sect. IV.2 of
 *    vol. II): h·|λ| estimated from stages 6 and 7, both at t+h.
 *  - Ch. Tsitouras, Comput. Math. Appl. 62 (2011) 770–775, doi:10.1016/j.camwa.2011.06.002 (the
 *    polynomial form b_i(θ) of the continuous extension used by Tsit5).
 *
 * Coefficients used (from the method's tableau): c2..c5, a21..a76, e1..e7, and either d1..d7 (CONTD5)
 * or r11..r74 (polynomial interpolant).
 */
import type { Integrator, IntegratorStats, OdeSystem } from "../types.js";
import {
  checkInitialRhs,
  checkInitialState,
  checkOptions,
  effectiveMaxStep,
  type InternalIntegratorOptions,
  initialStepHairer,
  maxStepsError,
  minimalStep,
  newStats,
  stepFailureError,
  toleranceVector,
} from "./common.js";

type Coefficients<K extends string> = { readonly [key in K]: number };

/** DOPRI5's continuous extension (Hairer I, II.6): y_old, Δy, and the d-weighted fifth coefficient. */
export type DenseContd5 = { readonly kind: "contd5" } & Coefficients<"d1" | "d3" | "d4" | "d5" | "d6" | "d7">;

type R1 = "r11" | "r12" | "r13" | "r14" | "r22" | "r23" | "r24" | "r32" | "r33" | "r34";
type R2 = "r42" | "r43" | "r44" | "r52" | "r53" | "r54" | "r62" | "r63" | "r64" | "r72" | "r73" | "r74";
/** Interpolant y(t0 + θh) = y0 + h Σ b_i(θ) k_i with b_1 = θ(r11 + θ(r12 + θ(r13 + θ r14))), b_i = θ²(r_i2 + θ(r_i3 + θ r_i4)). */
export type DensePolynomial = { readonly kind: "polynomial" } & Coefficients<R1 | R2>;

type Nodes = "c2" | "c3" | "c4" | "c5";
type Rows2to5 = "a21" | "a31" | "a32" | "a41" | "a42" | "a43" | "a51" | "a52" | "a53" | "a54";
type Rows6to7 = "a61" | "a62" | "a63" | "a64" | "a65" | "a71" | "a72" | "a73" | "a74" | "a75" | "a76";
type ErrorWeights = "e1" | "e2" | "e3" | "e4" | "e5" | "e6" | "e7";
/** A 7-stage FSAL explicit pair: order, nodes, stage matrix (row 7 = the 5th-order weights), error weights. */
export type ExplicitRk7Tableau = Coefficients<"order" | Nodes | Rows2to5 | Rows6to7 | ErrorWeights> & {
  readonly dense: DenseContd5 | DensePolynomial;
};

/**
 * The tableau as the driver reads it: a fresh frozen object with the keys always in the same order, so
 * every method's tableau has the same hidden class and the loads in `step` stay monomorphic.
 */
export function explicitRk7Tableau(t: ExplicitRk7Tableau): ExplicitRk7Tableau {
  return Object.freeze({
    order: t.order,
    c2: t.c2,
    c3: t.c3,
    c4: t.c4,
    c5: t.c5,
    a21: t.a21,
    a31: t.a31,
    a32: t.a32,
    a41: t.a41,
    a42: t.a42,
    a43: t.a43,
    a51: t.a51,
    a52: t.a52,
    a53: t.a53,
    a54: t.a54,
    a61: t.a61,
    a62: t.a62,
    a63: t.a63,
    a64: t.a64,
    a65: t.a65,
    a71: t.a71,
    a72: t.a72,
    a73: t.a73,
    a74: t.a74,
    a75: t.a75,
    a76: t.a76,
    e1: t.e1,
    e2: t.e2,
    e3: t.e3,
    e4: t.e4,
    e5: t.e5,
    e6: t.e6,
    e7: t.e7,
    dense: Object.freeze({ ...t.dense }),
  });
}

// controller constants of Hairer's DOPRI5 (named so the reader can compare)
const SAFE = 0.9;
const FAC_MIN = 0.2; // hnew/h ≥ 0.2
const FAC_MAX = 10; // hnew/h ≤ 10
const BETA = 0.04; // PI (Lund) stabilisation
const EXPO1 = 0.2 - BETA * 0.75;
// stiffness detection thresholds of DOPRI5: h·|λ| > 3.25 (the stability boundary is ≈ 3.3),
// 15 such steps declare stiffness, 6 non-stiff steps in a row clear the suspicion.
export const STIFF_HLAMBDA = 3.25;
const STIFF_COUNT = 15;
const NONSTIFF_RESET = 6;

export class ExplicitRungeKutta implements Integrator {
  readonly name: string;
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: IntegratorStats = newStats();
  /** set to true once Hairer's test has seen STIFF_COUNT steps with h·|λ| > stiffThreshold since the last init */
  stiff = false;
  /** the last estimate of h·|λ| (0 until computed) */
  hLambda = 0;
  /** step size the controller proposes for the next step */
  hNext = 0;

  private readonly T: ExplicitRk7Tableau;
  private readonly sys: OdeSystem;
  private readonly n: number;
  private readonly rtol: number;
  private readonly atol: Float64Array;
  private readonly maxSteps: number;
  private readonly hmax: number;
  private readonly minStep: number;
  private readonly initialStep: number;
  private readonly fixedStep: number;
  private readonly detectStiffness: boolean;
  /** h·|λ| above which a step counts as stiff (Hairer: 3.25, just inside the stability boundary ≈ 3.3) */
  private readonly stiffThreshold: number;

  // cache
  private k1: Float64Array;
  private readonly k2: Float64Array;
  private readonly k3: Float64Array;
  private readonly k4: Float64Array;
  private readonly k5: Float64Array;
  private readonly k6: Float64Array;
  private k7: Float64Array;
  private readonly ytmp: Float64Array;
  private readonly ystage6: Float64Array;
  private readonly ynew: Float64Array;
  private readonly yOld: Float64Array;
  /** CONTD5 coefficients (Hairer's rcont1..5), length n for a "contd5" tableau, 0 otherwise */
  private readonly r1: Float64Array;
  private readonly r2: Float64Array;
  private readonly r3: Float64Array;
  private readonly r4: Float64Array;
  private readonly r5: Float64Array;
  private readonly contd5: boolean;
  private denseReady = false;
  private hLast = 0;

  private errOld = 1e-4;
  private rejectedLast = false;
  private stepsSinceInit = 0;
  private iasti = 0;
  private nonsti = 0;
  private initialized = false;

  constructor(
    name: string,
    tableau: ExplicitRk7Tableau,
    system: OdeSystem,
    options: InternalIntegratorOptions,
    detectStiffness = false,
    stiffThreshold = STIFF_HLAMBDA,
  ) {
    checkOptions(options);
    const n = system.n;
    this.name = name;
    this.T = tableau;
    this.sys = system;
    this.n = n;
    this.rtol = options.relativeTolerance;
    this.atol = toleranceVector(options.absoluteTolerance, n);
    this.maxSteps = options.maxSteps;
    this.hmax = effectiveMaxStep(options);
    this.minStep = options.minStep;
    this.initialStep = options.initialStep;
    this.fixedStep = options.fixedStep ?? 0;
    this.detectStiffness = detectStiffness;
    this.stiffThreshold = stiffThreshold;
    this.y = new Float64Array(n);
    this.k1 = new Float64Array(n);
    this.k2 = new Float64Array(n);
    this.k3 = new Float64Array(n);
    this.k4 = new Float64Array(n);
    this.k5 = new Float64Array(n);
    this.k6 = new Float64Array(n);
    this.k7 = new Float64Array(n);
    this.ytmp = new Float64Array(n);
    this.ystage6 = new Float64Array(n);
    this.ynew = new Float64Array(n);
    this.yOld = new Float64Array(n);
    this.contd5 = tableau.dense.kind === "contd5";
    const nr = this.contd5 ? n : 0;
    this.r1 = new Float64Array(nr);
    this.r2 = new Float64Array(nr);
    this.r3 = new Float64Array(nr);
    this.r4 = new Float64Array(nr);
    this.r5 = new Float64Array(nr);
  }

  /**
   * Start at (t0, y0). `hHint > 0` (used by the automatic switcher) replaces the starting-step heuristic.
   * `tEndHint` bounds the first step by the span the caller intends to integrate over.
   */
  init(t0: number, y0: Float64Array, hHint = 0, tEndHint = Number.NaN): void {
    const n = this.n;
    checkInitialState(this.name, n, t0, y0);
    this.y.set(y0);
    this.t = t0;
    this.tPrev = t0;
    this.hLast = 0;
    this.denseReady = false;
    this.errOld = 1e-4;
    this.rejectedLast = false;
    this.stepsSinceInit = 0;
    this.iasti = 0;
    this.nonsti = 0;
    this.stiff = false;
    this.hLambda = 0;
    this.sys.rhs(t0, this.y, this.k1);
    this.stats.rhsEvals++;
    checkInitialRhs(this.name, n, t0, this.k1);
    if (this.fixedStep > 0) this.hNext = this.fixedStep;
    else if (hHint > 0) this.hNext = Math.min(hHint, this.hmax);
    else if (this.initialStep > 0) this.hNext = Math.min(this.initialStep, this.hmax);
    else {
      const span = Number.isFinite(tEndHint) ? tEndHint - t0 : Number.POSITIVE_INFINITY;
      this.hNext = initialStepHairer(
        this.sys,
        t0,
        this.y,
        this.k1,
        this.T.order,
        this.atol,
        this.rtol,
        this.hmax,
        span,
        this.ytmp,
        this.k2,
      );
      this.stats.rhsEvals++;
    }
    this.initialized = true;
  }

  step(tStop: number): void {
    if (!this.initialized) throw stepFailureError(this.name, this.t, 0, "step() called before init()");
    if (!(tStop > this.t)) return;
    if (this.n === 0) {
      // no states (e.g. a model of constants and assignment rules): time just advances
      this.tPrev = this.t;
      this.t = tStop;
      this.hLast = tStop - this.tPrev;
      this.stats.steps++;
      return;
    }
    const n = this.n;
    const sys = this.sys;
    const y = this.y;
    const ytmp = this.ytmp;
    const k2 = this.k2;
    const k3 = this.k3;
    const k4 = this.k4;
    const k5 = this.k5;
    const k6 = this.k6;
    const ynew = this.ynew;
    const fixed = this.fixedStep > 0;
    const stats = this.stats;
    // coefficients as locals: one load each per call, none in the component loops
    const T = this.T;
    const { c2, c3, c4, c5, a21, a31, a32, a41, a42, a43, a51, a52, a53, a54 } = T;
    const { a61, a62, a63, a64, a65, a71, a72, a73, a74, a75, a76 } = T;
    const { e1, e2, e3, e4, e5, e6, e7 } = T;
    for (;;) {
      if (this.stepsSinceInit >= this.maxSteps) throw maxStepsError(this.name, this.maxSteps, this.t);
      this.stepsSinceInit++;
      const t = this.t;
      // never below the minimum step (minimum_time_step, or a few ulps of t): a step that fails
      // there is a step failure (CVODE's hmin semantics)
      const hmin = minimalStep(t, this.minStep);
      const planned = Math.max(Math.min(this.hNext, this.hmax), hmin);
      let h = planned;
      let last = false;
      // land exactly on tStop; stretch by ≤ 1 % rather than leave a sliver (Hairer's rule)
      if (t + 1.01 * h >= tStop) {
        h = tStop - t;
        last = true;
      }
      const k1 = this.k1;
      const k7 = this.k7;
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * a21 * k1[i];
      sys.rhs(t + c2 * h, ytmp, k2);
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * (a31 * k1[i] + a32 * k2[i]);
      sys.rhs(t + c3 * h, ytmp, k3);
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * (a41 * k1[i] + a42 * k2[i] + a43 * k3[i]);
      sys.rhs(t + c4 * h, ytmp, k4);
      for (let i = 0; i < n; i++)
        ytmp[i] = y[i] + h * (a51 * k1[i] + a52 * k2[i] + a53 * k3[i] + a54 * k4[i]);
      sys.rhs(t + c5 * h, ytmp, k5);
      const ys6 = this.ystage6;
      for (let i = 0; i < n; i++)
        ys6[i] = y[i] + h * (a61 * k1[i] + a62 * k2[i] + a63 * k3[i] + a64 * k4[i] + a65 * k5[i]);
      const tph = last ? tStop : t + h;
      sys.rhs(tph, ys6, k6);
      for (let i = 0; i < n; i++)
        ynew[i] =
          y[i] + h * (a71 * k1[i] + a72 * k2[i] + a73 * k3[i] + a74 * k4[i] + a75 * k5[i] + a76 * k6[i]);
      sys.rhs(tph, ynew, k7);
      stats.rhsEvals += 6;

      let errNorm = 0;
      if (!fixed) {
        // scaled RMS norm of h·Σ e_i k_i (errorNormRms fused into the loop: one pass over memory)
        const atol = this.atol;
        const rtol = this.rtol;
        let s2 = 0;
        for (let i = 0; i < n; i++) {
          const e =
            h * (e1 * k1[i] + e2 * k2[i] + e3 * k3[i] + e4 * k4[i] + e5 * k5[i] + e6 * k6[i] + e7 * k7[i]);
          const a = Math.abs(y[i]);
          const b = Math.abs(ynew[i]);
          const r = e / (atol[i] + rtol * Math.max(a, b));
          s2 += r * r;
        }
        errNorm = Math.sqrt(s2 / n);
      } else {
        for (let i = 0; i < n; i++) errNorm += ynew[i] + k7[i];
        errNorm = Number.isFinite(errNorm) ? 0 : Number.NaN;
      }

      if (!(errNorm <= 1)) {
        // rejected: too large, or non-finite (NaN compares false) → shrink
        stats.rejectedSteps++;
        if (fixed) throw stepFailureError(this.name, t, h, "non-finite state in fixed-step mode");
        if (Number.isFinite(errNorm)) {
          const fac11 = errNorm ** EXPO1;
          this.hNext = h / Math.min(1 / FAC_MIN, fac11 / SAFE);
        } else {
          this.hNext = h * 0.25;
        }
        this.rejectedLast = true;
        if (h <= hmin)
          throw stepFailureError(
            this.name,
            t,
            h,
            Number.isFinite(errNorm) ? "error test failed repeatedly" : "non-finite rhs",
          );
        continue;
      }

      // accepted
      stats.steps++;
      if (this.detectStiffness) this.stiffnessTest(h, k7, k6, ynew, ys6);
      // dense output is built lazily (CONTD5) or read directly (polynomial) from y_old and the stages:
      // most steps of a typical simulation are never interpolated
      this.yOld.set(y);
      y.set(ynew);
      this.denseReady = false;
      // FSAL: f(t+h, y_new) is the first stage of the next step. After the swap, this.k7 holds the
      // old k1 until the next step overwrites it — the interpolants read it from there.
      this.k1 = k7;
      this.k7 = k1;
      this.hLast = h;
      this.tPrev = t;
      this.t = tph;

      if (fixed) {
        this.hNext = this.fixedStep;
      } else {
        const fac11 = errNorm ** EXPO1;
        let fac = fac11 / this.errOld ** BETA;
        fac = Math.max(1 / FAC_MAX, Math.min(1 / FAC_MIN, fac / SAFE));
        let hnew = h / fac;
        this.errOld = Math.max(errNorm, 1e-4);
        if (this.rejectedLast) hnew = Math.min(hnew, h);
        this.rejectedLast = false;
        // a step shortened to land on tStop, whose error allowed the maximal growth, says nothing
        // against the step we had planned: keep that one
        if (last && hnew < planned && fac <= 1 / FAC_MAX) hnew = planned;
        this.hNext = Math.min(hnew, this.hmax);
      }
      return;
    }
  }

  /** Hairer's test (DOPRI5, IASTI/NONSTI): h·|λ| ≈ h·‖f(y7) − f(y6)‖/‖y7 − y6‖, stages 6 and 7 both at t+h. */
  private stiffnessTest(
    h: number,
    f7: Float64Array,
    f6: Float64Array,
    y7: Float64Array,
    y6: Float64Array,
  ): void {
    let num = 0;
    let den = 0;
    for (let i = 0; i < this.n; i++) {
      const a = f7[i] - f6[i];
      const b = y7[i] - y6[i];
      num += a * a;
      den += b * b;
    }
    if (den > 0) this.hLambda = h * Math.sqrt(num / den);
    if (this.hLambda > this.stiffThreshold) {
      this.nonsti = 0;
      this.iasti++;
      if (this.iasti >= STIFF_COUNT) this.stiff = true;
    } else {
      this.nonsti++;
      if (this.nonsti >= NONSTIFF_RESET) this.iasti = 0;
    }
  }

  interpolate(t: number, out: Float64Array): void {
    const n = this.n;
    if (this.hLast === 0 || t === this.t) {
      for (let i = 0; i < n; i++) out[i] = this.y[i];
      return;
    }
    if (this.contd5) this.interpolateContd5(t, out);
    else this.interpolatePolynomial(t, out);
  }

  /** Hairer's CONTD5 coefficients for the last step (rcont1..5), from y_old, y_new and the stages. */
  private buildContd5(): void {
    const D = this.T.dense as DenseContd5;
    const n = this.n;
    const h = this.hLast;
    const y0 = this.yOld;
    const y1 = this.y;
    // after the FSAL swap: old k1 lives in this.k7, old k7 (= f(t, y_new)) in this.k1
    const k1 = this.k7;
    const k7 = this.k1;
    const k3 = this.k3;
    const k4 = this.k4;
    const k5 = this.k5;
    const k6 = this.k6;
    const r1 = this.r1;
    const r2 = this.r2;
    const r3 = this.r3;
    const r4 = this.r4;
    const r5 = this.r5;
    for (let i = 0; i < n; i++) {
      const yi = y0[i];
      const dy = y1[i] - yi;
      const bspl = h * k1[i] - dy;
      r1[i] = yi;
      r2[i] = dy;
      r3[i] = bspl;
      r4[i] = dy - h * k7[i] - bspl;
      r5[i] = h * (D.d1 * k1[i] + D.d3 * k3[i] + D.d4 * k4[i] + D.d5 * k5[i] + D.d6 * k6[i] + D.d7 * k7[i]);
    }
    this.denseReady = true;
  }

  private interpolateContd5(t: number, out: Float64Array): void {
    if (!this.denseReady) this.buildContd5();
    const n = this.n;
    const theta = (t - this.tPrev) / this.hLast;
    const theta1 = 1 - theta;
    const r1 = this.r1;
    const r2 = this.r2;
    const r3 = this.r3;
    const r4 = this.r4;
    const r5 = this.r5;
    for (let i = 0; i < n; i++)
      out[i] = r1[i] + theta * (r2[i] + theta1 * (r3[i] + theta * (r4[i] + theta1 * r5[i])));
  }

  /** y(t0 + θh) = y0 + h Σ b_i(θ) k_i, b_i(θ) = θ(r_i1 + θ(r_i2 + θ(r_i3 + θ r_i4))) (r_i1 = 0 for i > 1) */
  private interpolatePolynomial(t: number, out: Float64Array): void {
    const D = this.T.dense as DensePolynomial;
    const n = this.n;
    const h = this.hLast;
    const th = (t - this.tPrev) / h;
    const b1 = th * (D.r11 + th * (D.r12 + th * (D.r13 + th * D.r14)));
    const th2 = th * th;
    const b2 = th2 * (D.r22 + th * (D.r23 + th * D.r24));
    const b3 = th2 * (D.r32 + th * (D.r33 + th * D.r34));
    const b4 = th2 * (D.r42 + th * (D.r43 + th * D.r44));
    const b5 = th2 * (D.r52 + th * (D.r53 + th * D.r54));
    const b6 = th2 * (D.r62 + th * (D.r63 + th * D.r64));
    const b7 = th2 * (D.r72 + th * (D.r73 + th * D.r74));
    const y0 = this.yOld;
    // after the FSAL swap: old k1 lives in this.k7, old k7 in this.k1
    const k1 = this.k7;
    const k7 = this.k1;
    const k2 = this.k2;
    const k3 = this.k3;
    const k4 = this.k4;
    const k5 = this.k5;
    const k6 = this.k6;
    for (let i = 0; i < n; i++)
      out[i] =
        y0[i] +
        h * (b1 * k1[i] + b2 * k2[i] + b3 * k3[i] + b4 * k4[i] + b5 * k5[i] + b6 * k6[i] + b7 * k7[i]);
  }
}
