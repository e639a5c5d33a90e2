/**
 * Linearly implicit Rosenbrock (Rodas) integrator: one implementation, tableaus in ./tableaus.ts
 * (Rodas5P, Rodas4). Exact Jacobian (system.jac, or forward differences), dense LU, diagonal mass
 * matrix (0 entries = algebraic equations: index-1 DAEs, for which Rodas methods are designed),
 * the methods' own continuous extensions, and RODAS's step-size control.
 *
 * References:
 *  - E. Hairer, G. Wanner, Solving ODEs II, 2nd ed., Springer 1996, doi:10.1007/978-3-642-05221-7:
 *    Sect. IV.7 (transformed stage equations, eq. (7.4')), VI.3–4 (mass matrices / DAEs of index 1),
 *    IV.8 (step-size control with Gustafsson's predictive controller, as in the RODAS code:
 *    fac = err^(1/(q̂+1))/0.9, hnew/h ∈ [1/6, 5]).
 *  - G. Steinebach, BIT Numer. Math. 63 (2023) 27, doi:10.1007/s10543-023-00967-x (Rodas5P).
 *
 * Coefficients used (named in tableaus.ts): γ, a_ij, C_ij, c_i, d_i, b_j, btilde_j, H_mj.
 *
 * Per step: one Jacobian (reused on rejection: J(t_n, y_n) does not change, only h does), one LU of
 * W = M/(hγ) − J, s right-hand sides and s triangular solves. No allocation inside `step`.
 */
import { Codes, EngineError } from "../../../messages.js";
import type { Integrator, IntegratorStats, OdeSystem } from "../../types.js";
import {
  checkInitialRhs,
  checkInitialState,
  checkOptions,
  effectiveMaxStep,
  errorNormRms,
  type InternalIntegratorOptions,
  initialStepHairer,
  maxStepsError,
  minimalStep,
  newStats,
  stepFailureError,
  toleranceVector,
} from "../common.js";
import { FiniteDifferenceJacobian, timeDerivativeFd } from "../jacobian-fd.js";
import { StageMatrix } from "./stage-matrix.js";
import type { RosenbrockTableau } from "./tableaus.js";

// controller constants of the RODAS code
const SAFE = 0.9;
const FAC_MIN = 0.2; // hnew/h ≥ 0.2 … (RODAS: FAC1)
const FAC_MAX = 6; // … ≤ 6 (RODAS: FAC2)

export class Rosenbrock implements Integrator {
  readonly name: string;
  t = 0;
  tPrev = 0;
  readonly y: Float64Array;
  readonly stats: IntegratorStats = newStats();
  /** step size proposed for the next step */
  hNext = 0;
  /** h·‖J‖∞ of the last accepted step, computed only when `trackJacobianNorm` is set (auto switcher) */
  hJacNorm = 0;
  trackJacobianNorm = false;

  private readonly tab: RosenbrockTableau;
  private readonly sys: OdeSystem;
  private readonly n: number;
  private readonly s: number;
  private readonly rtol: number;
  private readonly atol: Float64Array;
  private readonly maxSteps: number;
  private readonly hmax: number;
  private readonly minStep: number;
  private readonly initialStep: number;
  private readonly fixedStep: number;
  private readonly mass: Float64Array | null;
  private readonly autonomous: boolean;
  private readonly fdJac: FiniteDifferenceJacobian | null;
  private readonly errExpo: number;
  /** b_j = a_sj (j < s), b_s = 1, btilde = e_s: the solution is the last stage argument plus k_s */
  private readonly lastStageForm: boolean;

  // cache
  /** J and W = M/(hγ) − J with dense or sparse LU (stage-matrix.ts) */
  private readonly sm: StageMatrix;
  private Jprobe: Float64Array | null = null;
  private readonly f0: Float64Array;
  private readonly ft: Float64Array;
  private readonly K: Float64Array;
  private readonly kView: Float64Array[];
  private readonly u: Float64Array;
  private readonly fu: Float64Array;
  private readonly ynew: Float64Array;
  private readonly err: Float64Array;
  private readonly yOld: Float64Array;
  private readonly D: Float64Array;
  private denseReady = false;
  private hLast = 0;

  private jacCurrent = false;
  private hacc = 0;
  private erracc = 0;
  private accepted = 0;
  private rejectedLast = false;
  private stepsSinceInit = 0;
  private initialized = false;

  constructor(system: OdeSystem, options: InternalIntegratorOptions, tableau: RosenbrockTableau) {
    checkOptions(options);
    const n = system.n;
    const s = tableau.stages;
    this.name = tableau.name;
    this.tab = tableau;
    this.sys = system;
    this.n = n;
    this.s = s;
    this.rtol = options.relativeTolerance;
    this.atol = toleranceVector(options.absoluteTolerance, n);
    this.maxSteps = options.maxSteps;
    this.hmax = effectiveMaxStep(options);
    this.minStep = options.minStep;
    this.initialStep = options.initialStep;
    this.fixedStep = options.fixedStep ?? 0;
    this.autonomous = system.autonomous === true;
    this.errExpo = 1 / (tableau.embeddedOrder + 1);
    let lastForm = s >= 2 && tableau.b[s - 1] === 1 && tableau.btilde[s - 1] === 1;
    for (let j = 0; j < s - 1 && lastForm; j++) {
      if (tableau.b[j] !== tableau.a[(s - 1) * s + j] || tableau.btilde[j] !== 0) lastForm = false;
    }
    this.lastStageForm = lastForm;
    let mass: Float64Array | null = null;
    if (system.massDiagonal) {
      if (system.massDiagonal.length !== n)
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `mass matrix diagonal has ${system.massDiagonal.length} entries, the system has ${n} states`,
        );
      for (let i = 0; i < n; i++) {
        if (system.massDiagonal[i] !== 1) {
          mass = Float64Array.from(system.massDiagonal);
          break;
        }
      }
    }
    this.mass = mass;
    this.fdJac = system.jac ? null : new FiniteDifferenceJacobian(n, system.jacPattern);
    this.y = new Float64Array(n);
    this.sm = new StageMatrix(n, mass, system.jacPattern, options.denseLinearAlgebra === true);
    this.f0 = new Float64Array(n);
    this.ft = new Float64Array(n);
    this.K = new Float64Array(s * n);
    this.kView = [];
    for (let i = 0; i < s; i++) this.kView.push(this.K.subarray(i * n, (i + 1) * n));
    this.u = new Float64Array(n);
    this.fu = new Float64Array(n);
    this.ynew = new Float64Array(n);
    this.err = new Float64Array(n);
    this.yOld = new Float64Array(n);
    this.D = new Float64Array(tableau.denseRows * n);
  }

  init(t0: number, y0: Float64Array, hHint = 0, tEndHint = Number.NaN): void {
    const n = this.n;
    checkInitialState(this.name, n, t0, y0);
    this.y.set(y0);
    this.t = t0;
    this.tPrev = t0;
    this.hLast = 0;
    this.denseReady = false;
    this.jacCurrent = false;
    this.accepted = 0;
    this.rejectedLast = false;
    this.stepsSinceInit = 0;
    this.hacc = 0;
    this.erracc = 0;
    this.sys.rhs(t0, this.y, this.f0);
    this.stats.rhsEvals++;
    checkInitialRhs(this.name, n, t0, this.f0);
    if (this.fixedStep > 0) this.hNext = this.fixedStep;
    else if (hHint > 0) this.hNext = Math.min(hHint, this.hmax);
    else if (this.initialStep > 0) this.hNext = Math.min(this.initialStep, this.hmax);
    else {
      const span = Number.isFinite(tEndHint) ? tEndHint - t0 : Number.POSITIVE_INFINITY;
      this.hNext = initialStepHairer(
        this.sys,
        t0,
        this.y,
        this.f0,
        this.tab.order,
        this.atol,
        this.rtol,
        this.hmax,
        span,
        this.u,
        this.fu,
      );
      this.stats.rhsEvals++;
    }
    this.initialized = true;
  }

  /** Jacobian and ∂f/∂t at (t, y) — once per accepted step, reused across rejections. */
  private evalJacobian(): void {
    const sys = this.sys;
    const J = this.sm.J;
    if (this.fdJac) this.stats.rhsEvals += this.fdJac.compute(sys, this.t, this.y, this.f0, J);
    else (sys.jac as NonNullable<OdeSystem["jac"]>)(this.t, this.y, J);
    this.stats.jacEvals++;
    this.sm.jacobianChanged(this.sm.needsProbe ? this.probeJacobian() : null);
    if (!this.autonomous) {
      if (sys.dfdt) sys.dfdt(this.t, this.y, this.ft);
      else {
        timeDerivativeFd(sys, this.t, this.y, this.f0, this.fu, this.ft);
        this.stats.rhsEvals++;
      }
    }
    this.jacCurrent = true;
  }

  /**
   * Once, for the sparsity pattern: J at a deterministically perturbed state (relative size ~1e-3,
   * different in every component), so that entries vanishing at the current state (e.g. ∝ a species
   * still at 0) are found. Uses u/fu as scratch.
   */
  private probeJacobian(): Float64Array {
    const n = this.n;
    const y = this.y;
    const u = this.u;
    for (let i = 0; i < n; i++) {
      const r = 0.5 + ((i * 0.6180339887498949) % 1);
      u[i] = y[i] + 1e-3 * r * (Math.abs(y[i]) + this.atol[i] + 1e-3);
    }
    const Jp = this.Jprobe ?? new Float64Array(n * n);
    this.Jprobe = Jp;
    if (this.fdJac) {
      this.sys.rhs(this.t, u, this.fu);
      this.stats.rhsEvals += 1 + this.fdJac.compute(this.sys, this.t, u, this.fu, Jp);
    } else {
      (this.sys.jac as NonNullable<OdeSystem["jac"]>)(this.t, u, Jp);
    }
    return Jp;
  }

  /** W = M/(hγ) − J, factorised. Returns false if singular. */
  private factor(h: number): boolean {
    this.stats.luDecompositions++;
    return this.sm.factor(1 / (h * this.tab.gamma));
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
    const S = this.s;
    const tab = this.tab;
    const A = tab.a;
    const C = tab.C;
    const cc = tab.c;
    const dd = tab.d;
    const sys = this.sys;
    const y = this.y;
    const u = this.u;
    const fu = this.fu;
    const f0 = this.f0;
    const ft = this.ft;
    const K = this.K;
    const kView = this.kView;
    const mass = this.mass;
    const sm = this.sm;
    const ynew = this.ynew;
    const err = this.err;
    const stats = this.stats;
    const fixed = this.fixedStep > 0;
    const useFt = !this.autonomous;
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
      if (t + 1.01 * h >= tStop) {
        h = tStop - t;
        last = true;
      }
      if (!this.jacCurrent) this.evalJacobian();
      if (!this.factor(h)) {
        stats.rejectedSteps++;
        if (fixed) throw stepFailureError(this.name, t, h, "singular iteration matrix");
        this.hNext = h * 0.5;
        if (h <= hmin) throw stepFailureError(this.name, t, h, "singular iteration matrix M/(hγ) − J");
        continue;
      }

      // stages. Both sums over the previous stages, Σ a_ij k_j (stage argument) and Σ C_ij k_j (mass
      // term), are taken in one pass over K before the rhs call; the latter waits in `ki` itself.
      const invh = 1 / h;
      for (let i = 0; i < S; i++) {
        const rowA = i * S;
        const ki = kView[i];
        let fcur = f0;
        if (i > 0) {
          for (let q = 0; q < n; q++) {
            let acc = y[q];
            let mc = 0;
            for (let j = 0; j < i; j++) {
              const kjq = K[j * n + q];
              acc += A[rowA + j] * kjq;
              mc += C[rowA + j] * kjq;
            }
            u[q] = acc;
            ki[q] = mc * invh;
          }
          sys.rhs(t + cc[i] * h, u, fu);
          fcur = fu;
          if (mass) for (let q = 0; q < n; q++) ki[q] = fcur[q] + mass[q] * ki[q];
          else for (let q = 0; q < n; q++) ki[q] += fcur[q];
        } else {
          for (let q = 0; q < n; q++) ki[q] = fcur[q];
        }
        const hd = h * dd[i];
        if (useFt && hd !== 0) for (let q = 0; q < n; q++) ki[q] += hd * ft[q];
        sm.solve(ki);
      }
      stats.rhsEvals += S - 1;

      // solution and error estimate
      let finite = 0;
      if (this.lastStageForm) {
        // stiffly accurate with b = (a_s1 … a_s,s−1, 1) and error = k_s: y1 = (last stage argument) + k_s.
        // `u` still holds the last stage argument y + Σ a_sj k_j (S ≥ 2 stages always).
        const off = (S - 1) * n;
        for (let q = 0; q < n; q++) {
          const ks = K[off + q];
          const v = u[q] + ks;
          ynew[q] = v;
          err[q] = ks;
          finite += v;
        }
      } else {
        const b = tab.b;
        const bt = tab.btilde;
        for (let q = 0; q < n; q++) {
          let acc = y[q];
          let e = 0;
          for (let j = 0; j < S; j++) {
            const kj = K[j * n + q];
            acc += b[j] * kj;
            e += bt[j] * kj;
          }
          ynew[q] = acc;
          err[q] = e;
          finite += acc;
        }
      }
      let errNorm = 0;
      if (!fixed) errNorm = errorNormRms(n, err, y, ynew, this.atol, this.rtol);
      else if (!Number.isFinite(finite)) errNorm = Number.NaN;

      if (!(errNorm <= 1)) {
        stats.rejectedSteps++;
        if (fixed) throw stepFailureError(this.name, t, h, "non-finite state in fixed-step mode");
        if (Number.isFinite(errNorm)) {
          const fac = Math.max(1 / FAC_MAX, Math.min(1 / FAC_MIN, errNorm ** this.errExpo / SAFE));
          this.hNext = this.accepted === 0 && this.rejectedLast ? h * 0.1 : h / fac;
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
      this.accepted++;
      const tNew = last ? tStop : t + h;
      this.yOld.set(y);
      y.set(ynew);
      this.tPrev = t;
      this.t = tNew;
      this.hLast = h;
      this.denseReady = false;
      this.jacCurrent = false;
      // f at the new point: stage 1 of the next step (and needed for the Jacobian's FD)
      sys.rhs(tNew, y, f0);
      stats.rhsEvals++;
      if (this.trackJacobianNorm) this.hJacNorm = h * this.jacobianInfNorm();

      if (fixed) {
        this.hNext = this.fixedStep;
      } else {
        let fac = Math.max(1 / FAC_MAX, Math.min(1 / FAC_MIN, errNorm ** this.errExpo / SAFE));
        // Gustafsson's predictive controller (RODAS, PRED = true)
        if (this.accepted > 1) {
          let facgus = ((this.hacc / h) * ((errNorm * errNorm) / this.erracc) ** this.errExpo) / SAFE;
          facgus = Math.max(1 / FAC_MAX, Math.min(1 / FAC_MIN, facgus));
          if (facgus > fac) fac = facgus;
        }
        this.hacc = h;
        this.erracc = Math.max(1e-2, errNorm);
        let hnew = h / fac;
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

  /** ‖J‖∞ of the Jacobian used in the last step (row-sum norm, n² operations). */
  private jacobianInfNorm(): number {
    const n = this.n;
    const J = this.sm.J;
    let m = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const r = i * n;
      for (let j = 0; j < n; j++) s += Math.abs(J[r + j]);
      if (s > m) m = s;
    }
    return m;
  }

  private buildDense(): void {
    const n = this.n;
    const S = this.s;
    const rows = this.tab.denseRows;
    const H = this.tab.H;
    const K = this.K;
    const D = this.D;
    for (let m = 0; m < rows; m++) {
      for (let q = 0; q < n; q++) {
        let acc = 0;
        for (let j = 0; j < S; j++) acc += H[m * S + j] * K[j * n + q];
        D[m * n + q] = acc;
      }
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
    const th = (t - this.tPrev) / h;
    const th1 = 1 - th;
    const y0 = this.yOld;
    const y1 = this.y;
    const D = this.D;
    if (this.tab.denseRows === 2) {
      for (let q = 0; q < n; q++) out[q] = th1 * y0[q] + th * (y1[q] + th1 * (D[q] + th * D[n + q]));
    } else {
      const n2 = 2 * n;
      for (let q = 0; q < n; q++)
        out[q] = th1 * y0[q] + th * (y1[q] + th1 * (D[q] + th * (D[n + q] + th * D[n2 + q])));
    }
  }
}
