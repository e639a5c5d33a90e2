/**
 * DOPRI5: explicit Runge–Kutta 5(4) of Dormand & Prince with FSAL, dense output of order 4,
 * PI step-size control and stiffness detection.
 *
 * References:
 *  - J. R. Dormand, P. J. Prince, J. Comput. Appl. Math. 6 (1980) 19–26,
 *    doi:10.1016/0771-050X(80)90013-3 (the method; coefficients in ./tableau.ts).
 *  - E. Hairer, S. P. Nørsett, G. Wanner, Solving ODEs I, 2nd ed. (1993), doi:10.1007/978-3-540-78862-1:
 *    Sect. II.4 (error norm, starting step), II.6 (dense output), IV.2 of vol. II / Sect. II.10 of vol. I
 *    (stiffness detection: h·|λ| estimated from stages 6 and 7, both at t+h), and the PI
 *    ("Lund-stabilised") controller of the DOPRI5 code: fac = err^(0.2−0.75β)/errOld^β, β = 0.04,
 *    safety 0.9, step ratio in [0.2, 10].
 *
 * Coefficients used: c2..c5, a21..a76, e1..e7, d1..d7 of DOPRI5 (see tableau.ts).
 *
 * Layout (as in OrdinaryDiffEq): frozen tableau, a cache of preallocated stage vectors allocated once
 * in the constructor, `step` (one accepted step), `interpolate` (the continuous extension).
 */
import type { Integrator, IntegratorStats, OdeSystem } from "../../types.js";
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
} from "../common.js";
import { DOPRI5 as T } from "./tableau.js";

// controller constants of Hairer's DOPRI5 (named so the reader can compare)
const SAFE = 0.9;
const FAC_MIN = 0.2; // hnew/h ≥ 0.2
const FAC_MAX = 10; // hnew/h ≤ 10
const BETA = 0.04; // PI (Lund) stabilisation
const EXPO1 = 0.2 - BETA * 0.75;
// stiffness detection thresholds of DOPRI5: h·|λ| > 3.25 (the stability boundary is ≈ 3.3),
// 15 such steps declare stiffness, 6 non-stiff steps in a row clear the suspicion.
const STIFF_HLAMBDA = 3.25;
const STIFF_COUNT = 15;
const NONSTIFF_RESET = 6;

export class Dopri5 implements Integrator {
  readonly name: string = "dopri5";
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: IntegratorStats = newStats();
  /** set to true once Hairer's test has seen STIFF_COUNT steps with h·|λ| > 3.25 since the last init */
  stiff = false;
  /** the last estimate of h·|λ| (0 until computed) */
  hLambda = 0;
  /** step size the controller proposes for the next step */
  hNext = 0;

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
  // dense output coefficients (Hairer's rcont1..5)
  private readonly r1: Float64Array;
  private readonly r2: Float64Array;
  private readonly r3: Float64Array;
  private readonly r4: Float64Array;
  private readonly r5: Float64Array;
  private readonly yOld: Float64Array;
  private denseReady = false;
  private hLast = 0;

  private errOld = 1e-4;
  private rejectedLast = false;
  private stepsSinceInit = 0;
  private iasti = 0;
  private nonsti = 0;
  private initialized = false;

  constructor(
    system: OdeSystem,
    options: InternalIntegratorOptions,
    detectStiffness = false,
    stiffThreshold = STIFF_HLAMBDA,
  ) {
    checkOptions(options);
    const n = system.n;
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
    this.r1 = new Float64Array(n);
    this.r2 = new Float64Array(n);
    this.r3 = new Float64Array(n);
    this.r4 = new Float64Array(n);
    this.r5 = new Float64Array(n);
    this.yOld = new Float64Array(n);
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
        T.order,
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
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * T.a21 * k1[i];
      sys.rhs(t + T.c2 * h, ytmp, k2);
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * (T.a31 * k1[i] + T.a32 * k2[i]);
      sys.rhs(t + T.c3 * h, ytmp, k3);
      for (let i = 0; i < n; i++) ytmp[i] = y[i] + h * (T.a41 * k1[i] + T.a42 * k2[i] + T.a43 * k3[i]);
      sys.rhs(t + T.c4 * h, ytmp, k4);
      for (let i = 0; i < n; i++)
        ytmp[i] = y[i] + h * (T.a51 * k1[i] + T.a52 * k2[i] + T.a53 * k3[i] + T.a54 * k4[i]);
      sys.rhs(t + T.c5 * h, ytmp, k5);
      const ys6 = this.ystage6;
      for (let i = 0; i < n; i++)
        ys6[i] = y[i] + h * (T.a61 * k1[i] + T.a62 * k2[i] + T.a63 * k3[i] + T.a64 * k4[i] + T.a65 * k5[i]);
      const tph = last ? tStop : t + h;
      sys.rhs(tph, ys6, k6);
      for (let i = 0; i < n; i++)
        ynew[i] = y[i] + h * (T.a71 * k1[i] + T.a73 * k3[i] + T.a74 * k4[i] + T.a75 * k5[i] + T.a76 * k6[i]);
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
            h * (T.e1 * k1[i] + T.e3 * k3[i] + T.e4 * k4[i] + T.e5 * k5[i] + T.e6 * k6[i] + T.e7 * k7[i]);
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
      // the dense-output coefficients are built lazily on the first interpolate() after this step
      // (most steps of a typical simulation are never interpolated); keep y_old and the stages
      this.yOld.set(y);
      y.set(ynew);
      this.denseReady = false;
      // FSAL: f(t+h, y_new) is the first stage of the next step. After the swap, this.k7 holds the
      // old k1 until the next step overwrites it — buildDense reads it from there.
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

  /** Hairer's CONTD5 coefficients for the last step (rcont1..5), from y_old, y_new and the stages. */
  private buildDense(): void {
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
      r5[i] = h * (T.d1 * k1[i] + T.d3 * k3[i] + T.d4 * k4[i] + T.d5 * k5[i] + T.d6 * k6[i] + T.d7 * k7[i]);
    }
    this.denseReady = true;
  }

  interpolate(t: number, out: Float64Array): void {
    const n = this.n;
    const h = this.hLast;
    if (h === 0 || t === this.t) {
      for (let i = 0; i < n; i++) out[i] = this.y[i];
      return;
    }
    if (!this.denseReady) this.buildDense();
    const theta = (t - this.tPrev) / h;
    const theta1 = 1 - theta;
    const r1 = this.r1;
    const r2 = this.r2;
    const r3 = this.r3;
    const r4 = this.r4;
    const r5 = this.r5;
    for (let i = 0; i < n; i++)
      out[i] = r1[i] + theta * (r2[i] + theta1 * (r3[i] + theta * (r4[i] + theta1 * r5[i])));
  }
}
