/**
 * Variable-order (1–5), variable-step BDF in Nordsieck form — the method of CVODE.
 *
 * References:
 *   A. C. Hindmarsh et al., "SUNDIALS: Suite of nonlinear and differential/algebraic equation solvers",
 *     ACM TOMS 31(3):363–396, 2005, doi:10.1145/1089014.1089020 (CVODE: §3.1 and the CVODE user guide,
 *     "Mathematical considerations").
 *   G. D. Byrne & A. C. Hindmarsh, "A polyalgorithm for the numerical solution of ordinary differential
 *     equations", ACM TOMS 1(1):71–96, 1975, doi:10.1145/355626.355636 (Nordsieck history array, EPISODE).
 *   K. R. Jackson & R. Sacks-Davis, "An alternative implementation of variable step-size multistep
 *     formulas for stiff ODEs", ACM TOMS 6(3):295–318, 1980, doi:10.1145/355900.355903
 *     (fixed-leading-coefficient form: the corrector polynomial coefficients l[0..q] depend on the
 *     step-size history tau[1..q]; the Nordsieck array is rescaled by eta^j when h changes).
 *
 * Coefficients and constants used (named as in CVODE so the two can be compared line by line):
 *   l[0..q]       corrector coefficients of the fixed-leading-coefficient BDF, l[0] = 1, rl1 = 1/l[1],
 *                 gamma = h·rl1 (Newton matrix M − gamma·J)
 *   tq[1..5]      error constants: tq[2] local error test, tq[1]/tq[3] order q−1/q+1 estimates,
 *                 tq[4] = 0.1/tq[2] Newton tolerance (CORTES = 0.1), tq[5] for the order-raise estimate
 *   BIAS1 = 6, BIAS2 = 6, BIAS3 = 10 (safety on order q−1, q, q+1), ADDON = 1e-6
 *   THRESH = 1.5 (step not changed unless it can grow ≥ 1.5×), ETAMX1 = 1e4 (first step),
 *   ETAMX2 = ETAMX3 = 10, ETAMXF = 0.2, ETAMIN = 0.1, ETACF = 0.25, MXNCF = 10, MXNEF = 7, MXNEF1 = 3,
 *   SMALL_NEF = 2, LONG_WAIT = 10, NLS_MAXCOR = 3, CRDOWN = 0.3, RDIV = 2, DGMAX = 0.3 (refactor when
 *   gamma changed > 30%), MSBP = 20 (refactor every 20 steps), MSBJ = 51 (new Jacobian every 51 steps),
 *   DGMAX_JBAD = 0.2, initial step: HLB_FACTOR = 100, HUB_FACTOR = 0.1, H_BIAS = 0.5, MAX_ITERS = 4.
 *   Difference-quotient Jacobian increment: max(sqrt(u)|y_j|, 1000·|h|·u·n·‖f‖/w_j) (CVODE's cvLsDenseDQJac).
 *
 * Error norm: weighted RMS with weights w_i = 1/(rtol·|y_i| + atol_i), taken at the start of each step.
 * Mass matrix: M = diag(massDiagonal) with entries 1 (differential) or 0 (algebraic, index-1 DAE); the
 * corrector solves M·(rl1·zn[1] + ycor) − gamma·f(y) = 0 with the iteration matrix M − gamma·J.
 *
 * Performance notes (small models are decided by per-step overhead, not by the model): no allocation
 * per step; the Nordsieck array is one Float64Array zn[j·n + i], and the predictor, the corrector update,
 * the rescaling and the interpolation each make one pass over it with the history of a component in
 * registers (specialised per order); the Newton loop fuses residual, update and norm; roots in the
 * step-size selection use sqrt/cbrt, not Math.pow; the Newton matrix is factored by sparse LU with
 * generated straight-line kernels when it is small (newton-matrix.ts). On the JAK/STAT benchmarks
 * (8–25 states) this runs at 0.9–1.1× the CPU time of CVODE 6.4.1's release build, with step counts
 * within ±15 %. (Applying the correction to zn inside the Newton loop, as a fused pass, was tried:
 * no measurable gain, and the residual then loses digits of ycor against large zn[1].)
 */

import { Codes, EngineError } from "../../../messages.js";
import type { Integrator, IntegratorOptions, IntegratorStats, OdeSystem } from "../../types.js";
import { type LinearSolverChoice, NewtonMatrix } from "./newton-matrix.js";

const UROUND = 2.220446049250313e-16;

const BIAS1 = 6;
const BIAS2 = 6;
const BIAS3 = 10;
const ADDON = 1e-6;
const THRESH = 1.5;
const ETAMX1 = 10000;
const ETAMX2 = 10;
const ETAMX3 = 10;
const ETAMXF = 0.2;
const ETAMIN = 0.1;
const ETACF = 0.25;
const SMALL_NST = 10;
const MXNCF = 10;
const MXNEF = 7;
const MXNEF1 = 3;
const SMALL_NEF = 2;
const LONG_WAIT = 10;
const NLS_MAXCOR = 3;
const CRDOWN = 0.3;
const RDIV = 2;
const DGMAX = 0.3;
const MSBP = 20;
const MSBJ = 51;
const DGMAX_JBAD = 0.2;
const CORTES = 0.1;
const ONEPSM = 1.000001;
const HLB_FACTOR = 100;
const HUB_FACTOR = 0.1;
const H_BIAS = 0.5;
const MAX_ITERS = 4;

// nflag values of the nonlinear solve (CVODE's FIRST_CALL / PREV_CONV_FAIL / PREV_ERR_FAIL)
const FIRST_CALL = 0;
const PREV_CONV_FAIL = 1;
const PREV_ERR_FAIL = 2;
// convfail values passed to the linear-solver setup
const NO_FAILURES = 0;
const FAIL_BAD_J = 1;
const FAIL_OTHER = 2;

/**
 * x^(1/k) for x ≥ 0 and k = 1..6, without Math.pow (slow in V8 for fractional exponents): sqrt and
 * cbrt where they give the root exactly, exp/log for k = 5. Used by the step-size/order selection.
 */
function root(x: number, k: number): number {
  switch (k) {
    case 1:
      return x;
    case 2:
      return Math.sqrt(x);
    case 3:
      return Math.cbrt(x);
    case 4:
      return Math.sqrt(Math.sqrt(x));
    case 6:
      return Math.sqrt(Math.cbrt(x));
    default:
      return x > 0 ? Math.exp(Math.log(x) / k) : x === 0 ? 0 : Number.NaN;
  }
}

/** x^k for a small integer k ≥ 0 */
function ipow(x: number, k: number): number {
  let r = 1;
  for (let i = 0; i < k; i++) r *= x;
  return r;
}

/** Options beyond the shared `IntegratorOptions` (libRoadRunner's `maximum_bdf_order`, linear solver). */
export interface BdfOptions {
  /** `maximum_bdf_order`, 1..5 (default 5) */
  maxOrder?: number;
  /**
   * "auto" (default): sparse LU when its factors are small enough for generated code, or n >
   * sparseMinSize with little fill; dense LU otherwise (see newton-matrix.ts; the pattern is the
   * declared `jacPattern`, or probed from the first Jacobian).
   */
  linearSolver?: LinearSolverChoice;
  /** above this n, "auto" uses (loop) sparse LU when the factors fill < 30% (default 60) */
  sparseMinSize?: number;
  /**
   * Internal test mode: fixed step `fixedStep` and fixed order `fixedOrder`, no error test, no step or
   * order change. Start it with `initNordsieck` (exact derivatives) so that the order is not polluted by
   * the low-order start.
   */
  fixedStep?: number;
  fixedOrder?: number;
}

export class BdfIntegrator implements Integrator {
  readonly name = "bdf";
  readonly stats: IntegratorStats = {
    steps: 0,
    rejectedSteps: 0,
    rhsEvals: 0,
    jacEvals: 0,
    luDecompositions: 0,
  };
  /** Newton iterations and Newton convergence failures, error-test failures (diagnostics, CVODE's nni/ncfn/netf) */
  newtonIters = 0;
  newtonConvFails = 0;
  errTestFails = 0;

  private readonly sys: OdeSystem;
  private readonly n: number;
  private readonly qmax: number;
  private readonly rtol: number;
  /** absolute tolerance per component (a scalar setting is spread out, so one code path) */
  private readonly atolV: Float64Array;
  private readonly maxSteps: number;
  private readonly hin: number;
  private readonly hmin: number;
  private readonly hmaxInv: number;
  private readonly mass: Float64Array | null;
  /** 1 for differential, 0 for algebraic components (null: all differential) */
  private readonly errMask: Float64Array | null;
  private readonly fixedH: number;
  private readonly fixedQ: number;

  // Nordsieck array zn[j*n + i] = h^j y_i^(j) / j!, j = 0..qmax
  private readonly zn: Float64Array;
  private readonly yView: Float64Array;
  private readonly ewt: Float64Array;
  private readonly acor: Float64Array; // = ycor, the Newton correction (CVODE's acor)
  private readonly ynew: Float64Array; // Newton iterate zn[0] + ycor
  private readonly ftemp: Float64Array;
  private readonly delta: Float64Array;
  private readonly tempv: Float64Array;
  private readonly tempv2: Float64Array;
  private readonly tau = new Float64Array(7); // tau[1..qmax+1]: recent step sizes
  private readonly l = new Float64Array(7); // l[0..qmax]
  private readonly tq = new Float64Array(6); // tq[1..5]

  // linear algebra: N = M − gamma·J, its Jacobian and LU (dense or sparse)
  private readonly lin: NewtonMatrix;

  // step state (CVODE names)
  private tn = 0;
  private hu = 0;
  private h = 0;
  private hscale = 0;
  private hprime = 0;
  private eta = 1;
  private etamax = ETAMX1;
  private q = 1;
  private qprime = 1;
  private qwait = 2;
  private L = 2;
  private nst = 0; // steps since init (CVODE's nst; stats.steps accumulates across inits)
  private nstlp = 0;
  private nstlj = 0;
  private jacValid = false;
  private gamma = 0;
  private gammap = 0;
  private gamrat = 1;
  private rl1 = 1;
  private crate = 1;
  private delp = 0;
  private acnrm = 0;
  private savedTq5 = 0;
  private jcur = false;
  private initialized = false;
  private firstStep = true;
  private tStopCur = 0;

  constructor(system: OdeSystem, options: IntegratorOptions, bdf: BdfOptions = {}) {
    const n = system.n;
    this.sys = system;
    this.n = n;
    const qmax = bdf.maxOrder ?? options.maxBdfOrder ?? 5;
    if (!Number.isInteger(qmax) || qmax < 1 || qmax > 5) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `maximum_bdf_order must be an integer in 1..5, got ${qmax}`,
      );
    }
    this.qmax = qmax;
    const rtol = options.relativeTolerance;
    if (!(rtol >= 0) || !Number.isFinite(rtol)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `relative_tolerance must be a finite number ≥ 0, got ${rtol}`,
      );
    }
    this.rtol = rtol;
    const atol = options.absoluteTolerance;
    if (typeof atol === "number") {
      if (!(atol >= 0) || !Number.isFinite(atol)) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `absolute_tolerance must be a finite number ≥ 0, got ${atol}`,
        );
      }
      if (rtol === 0 && atol === 0) {
        throw new EngineError(Codes.SIM_BAD_SETTING, "relative_tolerance and absolute_tolerance are both 0");
      }
      this.atolV = new Float64Array(n).fill(atol);
    } else {
      if (atol.length !== n) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `absolute_tolerance has ${atol.length} entries, the system has ${n} states`,
        );
      }
      for (let i = 0; i < n; i++) {
        if (!(atol[i] >= 0) || !Number.isFinite(atol[i]) || (rtol === 0 && atol[i] === 0)) {
          throw new EngineError(Codes.SIM_BAD_SETTING, `absolute_tolerance[${i}] = ${atol[i]} is not usable`);
        }
      }
      this.atolV = Float64Array.from(atol);
    }
    if (!(options.maxSteps >= 1)) {
      throw new EngineError(Codes.SIM_BAD_SETTING, `maximum_num_steps must be ≥ 1, got ${options.maxSteps}`);
    }
    this.maxSteps = options.maxSteps;
    this.hin = Math.max(options.initialStep, 0);
    this.hmin = Math.max(options.minStep, 0);
    this.hmaxInv = options.maxStep > 0 && Number.isFinite(options.maxStep) ? 1 / options.maxStep : 0;
    if (this.hmin * this.hmaxInv > 1) {
      throw new EngineError(Codes.SIM_BAD_SETTING, "minimum_time_step is larger than maximum_time_step");
    }
    let mass: Float64Array | null = null;
    if (system.massDiagonal) {
      if (system.massDiagonal.length !== n) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `massDiagonal has ${system.massDiagonal.length} entries, expected ${n}`,
        );
      }
      for (let i = 0; i < n; i++) {
        if (system.massDiagonal[i] !== 1) {
          mass = Float64Array.from(system.massDiagonal);
          break;
        }
      }
    }
    this.mass = mass;
    // error-test mask: algebraic components are left out of the local error test and the order
    // selection (IDA's IDASetSuppressAlg; Brenan, Campbell & Petzold 1996, §5.4): in an index-1 DAE
    // they follow from the differential ones, and a jump of an algebraic variable (a fast reaction
    // switching branch, SBML test 01570) would otherwise fail every step size
    if (mass !== null) {
      const mask = new Float64Array(n);
      for (let i = 0; i < n; i++) mask[i] = mass[i] === 0 ? 0 : 1;
      this.errMask = mask;
    } else {
      this.errMask = null;
    }
    this.fixedH = bdf.fixedStep ?? 0;
    this.fixedQ = bdf.fixedOrder ?? 0;
    if (this.fixedH > 0 && !(this.fixedQ >= 1 && this.fixedQ <= qmax)) {
      throw new EngineError(Codes.SIM_BAD_SETTING, "fixed-step BDF mode needs fixedOrder in 1..maxOrder");
    }

    this.zn = new Float64Array((qmax + 1) * n);
    this.yView = this.zn.subarray(0, n);
    this.ewt = new Float64Array(n);
    this.acor = new Float64Array(n);
    this.ynew = new Float64Array(n);
    this.ftemp = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.tempv = new Float64Array(n);
    this.tempv2 = new Float64Array(n);

    this.lin = new NewtonMatrix(system, mass, bdf.linearSolver ?? "auto", bdf.sparseMinSize ?? 60);
  }

  get t(): number {
    return this.tn;
  }
  get tPrev(): number {
    return this.tn - this.hu;
  }
  get y(): Float64Array {
    return this.yView;
  }
  /** current order and step size (diagnostics) */
  get order(): number {
    return this.q;
  }
  get stepSize(): number {
    return this.h;
  }
  /** true when the Newton systems are solved with sparse LU (decided at the first Jacobian without a pattern) */
  get usesSparseLU(): boolean {
    return this.lin.usesSparse;
  }

  init(t0: number, y0: Float64Array): void {
    const n = this.n;
    if (y0.length !== n) {
      throw new EngineError(Codes.SIM_BAD_SETTING, `initial state has ${y0.length} entries, expected ${n}`);
    }
    if (!Number.isFinite(t0)) throw new EngineError(Codes.SIM_NONFINITE, `initial time ${t0} is not finite`);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(y0[i])) {
        throw new EngineError(Codes.SIM_NONFINITE, `initial state component ${i} is ${y0[i]} at t = ${t0}`);
      }
    }
    this.zn.fill(0);
    this.zn.set(y0);
    this.tn = t0;
    this.hu = 0;
    this.q = 1;
    this.qprime = 1;
    this.L = 2;
    this.qwait = 2;
    this.etamax = ETAMX1;
    this.nst = 0;
    this.nstlp = 0;
    this.nstlj = 0;
    this.jacValid = false;
    this.crate = 1;
    this.gamrat = 1;
    this.savedTq5 = 0;
    this.tau.fill(0);
    this.initialized = true;
    this.firstStep = true;
    // zn[1] = f(t0, y0) now; it is scaled by h0 once the first step size is known
    this.sys.rhs(t0, this.yView, this.tempv);
    this.stats.rhsEvals++;
    const zn = this.zn;
    const mass = this.mass;
    for (let i = 0; i < n; i++) zn[n + i] = mass !== null && mass[i] === 0 ? 0 : this.tempv[i];
    this.checkFinite(this.tempv, t0, "the right-hand side");
  }

  /**
   * Internal (tests): start the fixed-step mode from an exact Nordsieck array. derivs[k] holds
   * y^(k+1)(t0); zn[j] = h^j y^(j)/j! for j = 1..fixedOrder.
   */
  initNordsieck(t0: number, y0: Float64Array, derivs: Float64Array[]): void {
    if (!(this.fixedH > 0))
      throw new EngineError(Codes.SIM_BAD_SETTING, "initNordsieck needs the fixed-step mode");
    this.init(t0, y0);
    const n = this.n;
    const h = this.fixedH;
    const q = this.fixedQ;
    let fac = 1;
    for (let j = 1; j <= q; j++) {
      fac *= h / j;
      const d = derivs[j - 1];
      for (let i = 0; i < n; i++) this.zn[j * n + i] = fac * d[i];
    }
    this.q = q;
    this.qprime = q;
    this.L = q + 1;
    this.qwait = 1 << 30;
    this.h = h;
    this.hscale = h;
    this.hprime = h;
    this.eta = 1;
    for (let j = 1; j <= 6; j++) this.tau[j] = h;
    this.firstStep = false;
    this.setEwt(this.yView);
  }

  step(tStop: number): void {
    if (!this.initialized) throw new EngineError(Codes.SIM_BAD_SETTING, "bdf: step() called before init()");
    const tn = this.tn;
    if (!(tStop > tn)) {
      if (tStop === tn) return;
      throw new EngineError(Codes.SIM_BAD_SETTING, `bdf: step toward t = ${tStop} lies behind t = ${tn}`);
    }
    if (this.nst >= this.maxSteps) {
      throw new EngineError(
        Codes.SIM_MAX_STEPS,
        `bdf: maximum_num_steps (${this.maxSteps}) reached at t = ${tn} before t = ${tStop}`,
        undefined,
        "raise maximum_num_steps or loosen the tolerances",
      );
    }
    this.tStopCur = tStop;
    if (this.firstStep) {
      if (tStop - tn <= 100 * UROUND * Math.abs(tn)) {
        // within roundoff of t0 (e.g. an event just after a restart): land on it without a step
        this.tn = tStop;
        return;
      }
      this.setEwt(this.yView);
      this.firstStepSize(tStop);
      this.firstStep = false;
    } else {
      const troundoff = 100 * UROUND * (Math.abs(tn) + Math.abs(this.h));
      if (tStop - tn <= troundoff) {
        // the driver asked for a time within roundoff of where we are: land on it without a step
        this.tn = tStop;
        return;
      }
      // (the error weights are set by predict, in its pass over zn)
      if (this.fixedH > 0) {
        this.hprime = this.h;
        if (tn + this.h > tStop + troundoff) {
          throw new EngineError(
            Codes.SIM_BAD_SETTING,
            "bdf fixed-step mode: tStop is not a multiple of the step",
          );
        }
      } else if (tn + this.hprime > tStop) {
        // never pass tStop (CVODE's tstop handling): shorten the next step to end exactly there
        this.hprime = tStop - tn;
        this.eta = this.hprime / this.h;
      }
    }
    this.cvStep();
  }

  interpolate(t: number, out: Float64Array): void {
    const n = this.n;
    const tn = this.tn;
    const hu = this.hu;
    const tfuzz = 100 * UROUND * (Math.abs(tn) + Math.abs(hu));
    if (t < tn - hu - tfuzz || t > tn + tfuzz) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `bdf: dense output requested at t = ${t}, outside the last step [${tn - hu}, ${tn}]`,
      );
    }
    const zn = this.zn;
    const q = this.q;
    if (hu === 0 || t === tn) {
      for (let i = 0; i < n; i++) out[i] = zn[i];
      return;
    }
    // Horner in s = (t − tn)/h over the Nordsieck columns, per component
    const s = (t - tn) / this.h;
    const n2 = 2 * n;
    const n3 = 3 * n;
    const n4 = 4 * n;
    const n5 = 5 * n;
    switch (q) {
      case 1:
        for (let i = 0; i < n; i++) out[i] = zn[i] + s * zn[n + i];
        break;
      case 2:
        for (let i = 0; i < n; i++) out[i] = zn[i] + s * (zn[n + i] + s * zn[n2 + i]);
        break;
      case 3:
        for (let i = 0; i < n; i++) out[i] = zn[i] + s * (zn[n + i] + s * (zn[n2 + i] + s * zn[n3 + i]));
        break;
      case 4:
        for (let i = 0; i < n; i++) {
          out[i] = zn[i] + s * (zn[n + i] + s * (zn[n2 + i] + s * (zn[n3 + i] + s * zn[n4 + i])));
        }
        break;
      default:
        for (let i = 0; i < n; i++) {
          out[i] =
            zn[i] + s * (zn[n + i] + s * (zn[n2 + i] + s * (zn[n3 + i] + s * (zn[n4 + i] + s * zn[n5 + i]))));
        }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // one step (CVODE's cvStep)

  private cvStep(): void {
    const savedT = this.tn;
    let ncf = 0;
    let nef = 0;
    let nflag = FIRST_CALL;
    let dsm = 0;
    if (this.nst > 0 && (this.hprime !== this.h || this.qprime !== this.q)) this.adjustParams();
    for (;;) {
      this.predict(savedT);
      this.setCoeffs();
      const ok = this.nls(nflag);
      if (!ok) {
        // Newton failed: restore, cut h by ETACF and retry with a fresh Jacobian (cvHandleNFlag)
        this.newtonConvFails++;
        this.stats.rejectedSteps++;
        this.restore(savedT);
        ncf++;
        this.etamax = 1;
        const absh = Math.abs(this.h);
        if (absh <= this.hmin * ONEPSM || ncf === MXNCF || this.fixedH > 0) {
          throw new EngineError(
            Codes.SIM_STEP_FAILURE,
            `bdf: the Newton iteration failed to converge ${ncf} times at t = ${savedT} with step ${this.h}`,
            undefined,
            "the model may be ill-posed (singular Jacobian, non-finite rates) or need tighter tolerances",
          );
        }
        this.eta = Math.max(ETACF, this.hmin / absh);
        nflag = PREV_CONV_FAIL;
        this.rescale();
        this.checkTiny(savedT);
        continue;
      }
      if (this.fixedH > 0) break;
      dsm = this.acnrm * this.tq[2];
      if (dsm <= 1) break;
      // local error test failed (cvDoErrorTest)
      nef++;
      this.errTestFails++;
      this.stats.rejectedSteps++;
      nflag = PREV_ERR_FAIL;
      this.restore(savedT);
      const absh = Math.abs(this.h);
      if (absh <= this.hmin * ONEPSM || nef === MXNEF) {
        throw new EngineError(
          Codes.SIM_STEP_FAILURE,
          `bdf: the local error test failed ${nef} times at t = ${savedT} with step ${this.h}`,
          undefined,
          "check the model for non-finite or discontinuous rates, or loosen the tolerances",
        );
      }
      this.etamax = 1;
      if (nef <= MXNEF1) {
        let eta = dsm < Number.POSITIVE_INFINITY ? 1 / (root(BIAS2 * dsm, this.L) + ADDON) : ETAMIN;
        eta = Math.max(ETAMIN, eta, this.hmin / absh);
        if (nef >= SMALL_NEF) eta = Math.min(eta, ETAMXF);
        this.eta = eta;
        this.rescale();
        this.checkTiny(savedT);
        continue;
      }
      if (this.q > 1) {
        // several failures: drop the order
        this.eta = Math.max(ETAMIN, this.hmin / absh);
        this.adjustOrder(-1);
        this.L = this.q;
        this.q--;
        this.qwait = this.L;
        this.rescale();
        this.checkTiny(savedT);
        continue;
      }
      // already at order 1: restart the history from f(t, y)
      this.eta = Math.max(ETAMIN, this.hmin / absh);
      this.h *= this.eta;
      this.hscale = this.h;
      this.qwait = LONG_WAIT;
      this.checkTiny(savedT);
      const n = this.n;
      this.sys.rhs(this.tn, this.yView, this.tempv);
      this.stats.rhsEvals++;
      const zn = this.zn;
      const mass = this.mass;
      const h = this.h;
      for (let i = 0; i < n; i++) zn[n + i] = mass !== null && mass[i] === 0 ? 0 : h * this.tempv[i];
    }
    this.completeStep();
    if (this.fixedH > 0) {
      this.hprime = this.h;
      this.qprime = this.q;
      this.eta = 1;
    } else {
      this.prepareNextStep(dsm);
      this.etamax = this.nst <= SMALL_NST ? ETAMX2 : ETAMX3;
    }
  }

  private checkTiny(t: number): void {
    if (t + this.h === t) {
      throw new EngineError(
        Codes.SIM_STEP_FAILURE,
        `bdf: step size ${this.h} underflows at t = ${t}`,
        undefined,
        "the solution may blow up or the model may have a singularity here",
      );
    }
  }

  private checkFinite(v: Float64Array, t: number, what: string): void {
    for (let i = 0; i < this.n; i++) {
      if (!Number.isFinite(v[i])) {
        throw new EngineError(Codes.SIM_NONFINITE, `bdf: ${what} is ${v[i]} in component ${i} at t = ${t}`);
      }
    }
  }

  private setEwt(y: Float64Array): void {
    const n = this.n;
    const ewt = this.ewt;
    const rtol = this.rtol;
    const av = this.atolV;
    for (let i = 0; i < n; i++) ewt[i] = 1 / (rtol * Math.abs(y[i]) + av[i]);
  }

  private wrms(v: Float64Array): number {
    const n = this.n;
    const w = this.ewt;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i] * w[i];
      s += x * x;
    }
    return Math.sqrt(s / n);
  }

  /** CVODE's cvHin: estimate the first step from a difference estimate of ‖y''‖ (Hindmarsh et al. 2005, §2.1). */
  private firstStepSize(tStop: number): void {
    const n = this.n;
    const zn = this.zn;
    const tn = this.tn;
    let h: number;
    if (this.fixedH > 0) {
      h = this.fixedH;
    } else if (this.hin > 0) {
      h = this.hin;
    } else {
      const tdist = tStop - tn;
      const tround = UROUND * Math.max(Math.abs(tn), Math.abs(tStop));
      if (tdist < 2 * tround) {
        throw new EngineError(Codes.SIM_BAD_SETTING, `bdf: tStop = ${tStop} is too close to t0 = ${tn}`);
      }
      const hlb = HLB_FACTOR * tround;
      // upper bound: no component may change by more than its tolerance scale in one step (cvUpperBoundH0)
      let hubInv = 0;
      const ewt = this.ewt;
      for (let i = 0; i < n; i++) {
        const r = Math.abs(zn[n + i]) * ewt[i];
        if (r > hubInv) hubInv = r;
      }
      let hub = HUB_FACTOR * tdist;
      if (hub * hubInv > 1) hub = 1 / hubInv;
      let hg = Math.sqrt(hlb * hub);
      if (hub < hlb) {
        h = hg;
      } else {
        let hnew = hg;
        for (let count1 = 1; count1 <= MAX_ITERS; count1++) {
          const yddnrm = this.yddNorm(hg);
          hnew = yddnrm * hub * hub > 2 ? Math.sqrt(2 / yddnrm) : Math.sqrt(hg * hub);
          if (count1 === MAX_ITERS) break;
          const hrat = hnew / hg;
          if (hrat > 0.5 && hrat < 2) break;
          if (count1 > 1 && hrat > 2) {
            hnew = hg;
            break;
          }
          hg = hnew;
        }
        h = H_BIAS * hnew;
        if (h < hlb) h = hlb;
        if (h > hub) h = hub;
      }
      const rh = Math.abs(h) * this.hmaxInv;
      if (rh > 1) h /= rh;
      if (Math.abs(h) < this.hmin) h = this.hmin;
    }
    if (this.fixedH <= 0 && tn + h > tStop) h = tStop - tn;
    this.h = h;
    this.hscale = h;
    this.hprime = h;
    this.eta = 1;
    for (let i = 0; i < n; i++) zn[n + i] *= h;
  }

  /** ‖y''‖ estimated by (f(t+hg, y+hg·y') − y')/hg (CVODE's cvYddNorm) */
  private yddNorm(hg: number): number {
    const n = this.n;
    const zn = this.zn;
    const y = this.ynew;
    const f = this.tempv;
    for (let i = 0; i < n; i++) y[i] = zn[i] + hg * zn[n + i];
    this.sys.rhs(this.tn + hg, y, f);
    this.stats.rhsEvals++;
    const mass = this.mass;
    for (let i = 0; i < n; i++) f[i] = mass !== null && mass[i] === 0 ? 0 : (f[i] - zn[n + i]) / hg;
    const r = this.wrms(f);
    return Number.isFinite(r) ? r : 1 / (hg * hg);
  }

  /**
   * zn ← zn·Pascal (the predictor), and advance tn; lands exactly on tStop when the step ends there.
   * Per component with the history column in registers (one pass over zn instead of q(q+1)/2 passes:
   * for small models the passes, not the flops, cost the time).
   */
  private predict(savedT: number): void {
    let tn = savedT + this.h;
    const ts = this.tStopCur;
    if (Math.abs(tn - ts) <= 100 * UROUND * (Math.abs(tn) + Math.abs(this.h)) || tn > ts) tn = ts;
    this.tn = tn;
    const zn = this.zn;
    const n = this.n;
    const n2 = 2 * n;
    const n3 = 3 * n;
    const n4 = 4 * n;
    const n5 = 5 * n;
    // the error weights of this step, from y at its start, in the same pass (CVODE: ewt from zn[0])
    const ewt = this.ewt;
    const rtol = this.rtol;
    const atol = this.atolV;
    switch (this.q) {
      case 1:
        for (let i = 0; i < n; i++) {
          const z0 = zn[i];
          ewt[i] = 1 / (rtol * Math.abs(z0) + atol[i]);
          zn[i] = z0 + zn[n + i];
        }
        break;
      case 2:
        for (let i = 0; i < n; i++) {
          const z2 = zn[n2 + i];
          const z1 = zn[n + i] + z2;
          const z0 = zn[i];
          ewt[i] = 1 / (rtol * Math.abs(z0) + atol[i]);
          zn[i] = z0 + z1;
          zn[n + i] = z1 + z2;
        }
        break;
      case 3:
        for (let i = 0; i < n; i++) {
          const z3 = zn[n3 + i];
          let z2 = zn[n2 + i] + z3;
          let z1 = zn[n + i] + z2;
          const z0 = zn[i];
          ewt[i] = 1 / (rtol * Math.abs(z0) + atol[i]);
          zn[i] = z0 + z1;
          z2 += z3;
          z1 += z2;
          z2 += z3;
          zn[n + i] = z1;
          zn[n2 + i] = z2;
        }
        break;
      case 4:
        for (let i = 0; i < n; i++) {
          const z4 = zn[n4 + i];
          let z3 = zn[n3 + i] + z4;
          let z2 = zn[n2 + i] + z3;
          let z1 = zn[n + i] + z2;
          const z0 = zn[i];
          ewt[i] = 1 / (rtol * Math.abs(z0) + atol[i]);
          zn[i] = z0 + z1;
          z3 += z4;
          z2 += z3;
          z1 += z2;
          z3 += z4;
          z2 += z3;
          z3 += z4;
          zn[n + i] = z1;
          zn[n2 + i] = z2;
          zn[n3 + i] = z3;
        }
        break;
      default:
        for (let i = 0; i < n; i++) {
          const z5 = zn[n5 + i];
          let z4 = zn[n4 + i] + z5;
          let z3 = zn[n3 + i] + z4;
          let z2 = zn[n2 + i] + z3;
          let z1 = zn[n + i] + z2;
          const z0 = zn[i];
          ewt[i] = 1 / (rtol * Math.abs(z0) + atol[i]);
          zn[i] = z0 + z1;
          z4 += z5;
          z3 += z4;
          z2 += z3;
          z1 += z2;
          z4 += z5;
          z3 += z4;
          z2 += z3;
          z4 += z5;
          z3 += z4;
          z4 += z5;
          zn[n + i] = z1;
          zn[n2 + i] = z2;
          zn[n3 + i] = z3;
          zn[n4 + i] = z4;
        }
    }
  }

  /** undo the predictor after a failed attempt (cvRestore): zn ← zn·Pascal⁻¹ */
  private restore(savedT: number): void {
    this.tn = savedT;
    const zn = this.zn;
    const n = this.n;
    const q = this.q;
    for (let i = 0; i < n; i++) {
      // registers would be faster, but this runs only after a rejected step
      for (let k = 1; k <= q; k++) {
        for (let j = q; j >= k; j--) zn[(j - 1) * n + i] -= zn[j * n + i];
      }
    }
  }

  /** zn[j] *= eta^j, h = hscale·eta (cvRescale) */
  private rescale(): void {
    const zn = this.zn;
    const n = this.n;
    const e1 = this.eta;
    const e2 = e1 * e1;
    const e3 = e2 * e1;
    const e4 = e3 * e1;
    const e5 = e4 * e1;
    const q = this.q;
    if (q === 1) {
      for (let i = n; i < 2 * n; i++) zn[i] *= e1;
    } else if (q === 2) {
      for (let i = 0; i < n; i++) {
        zn[n + i] *= e1;
        zn[2 * n + i] *= e2;
      }
    } else {
      const n2 = 2 * n;
      const n3 = 3 * n;
      const n4 = 4 * n;
      const n5 = 5 * n;
      for (let i = 0; i < n; i++) {
        zn[n + i] *= e1;
        zn[n2 + i] *= e2;
        zn[n3 + i] *= e3;
        if (q >= 4) zn[n4 + i] *= e4;
        if (q === 5) zn[n5 + i] *= e5;
      }
    }
    this.h = this.hscale * e1;
    this.hscale = this.h;
  }

  private adjustParams(): void {
    if (this.qprime !== this.q) {
      this.adjustOrder(this.qprime - this.q);
      this.q = this.qprime;
      this.L = this.q + 1;
      this.qwait = this.L;
    }
    this.rescale();
  }

  /** change the Nordsieck array for an order change by ±1 (cvIncreaseBDF / cvDecreaseBDF) */
  private adjustOrder(deltaq: number): void {
    const q = this.q;
    if (q === 2 && deltaq !== 1) return;
    const l = this.l;
    const tau = this.tau;
    const zn = this.zn;
    const n = this.n;
    const qmax = this.qmax;
    for (let i = 0; i <= qmax; i++) l[i] = 0;
    if (deltaq === 1) {
      l[2] = 1;
      let alpha1 = 1;
      let prod = 1;
      let xiold = 1;
      let alpha0 = -1;
      let hsum = this.hscale;
      if (q > 1) {
        for (let j = 1; j < q; j++) {
          hsum += tau[j + 1];
          const xi = hsum / this.hscale;
          prod *= xi;
          alpha0 -= 1 / (j + 1);
          alpha1 += 1 / xi;
          for (let i = j + 2; i >= 2; i--) l[i] = l[i] * xiold + l[i - 1];
          xiold = xi;
        }
      }
      const A1 = (-alpha0 - alpha1) / prod;
      // zn[L] = A1 · acor (saved in zn[qmax]) — the new highest column; L = q + 1 ≤ qmax
      const Lb = (q + 1) * n;
      const ab = qmax * n;
      for (let i = 0; i < n; i++) zn[Lb + i] = A1 * zn[ab + i];
      for (let j = 2; j <= q; j++) {
        const lj = l[j];
        const b = j * n;
        for (let i = 0; i < n; i++) zn[b + i] += lj * zn[Lb + i];
      }
    } else {
      l[2] = 1;
      let hsum = 0;
      for (let j = 1; j <= q - 2; j++) {
        hsum += tau[j];
        const xi = hsum / this.hscale;
        for (let i = j + 2; i >= 2; i--) l[i] = l[i] * xi + l[i - 1];
      }
      const qb = q * n;
      for (let j = 2; j < q; j++) {
        const lj = l[j];
        const b = j * n;
        for (let i = 0; i < n; i++) zn[b + i] -= lj * zn[qb + i];
      }
    }
  }

  /** l[], tq[], rl1, gamma for the current order and step history (cvSetBDF + cvSetTqBDF) */
  private setCoeffs(): void {
    const l = this.l;
    const tau = this.tau;
    const tq = this.tq;
    const q = this.q;
    const h = this.h;
    for (let i = 0; i <= this.qmax; i++) l[i] = 0;
    l[0] = 1;
    l[1] = 1;
    let xiInv = 1;
    let xistarInv = 1;
    let alpha0 = -1;
    let alpha0Hat = -1;
    let hsum = h;
    if (q > 1) {
      for (let j = 2; j < q; j++) {
        hsum += tau[j - 1];
        xiInv = h / hsum;
        alpha0 -= 1 / j;
        for (let i = j; i >= 1; i--) l[i] += l[i - 1] * xiInv;
      }
      alpha0 -= 1 / q;
      xistarInv = -l[1] - alpha0;
      hsum += tau[q - 1];
      xiInv = h / hsum;
      alpha0Hat = -l[1] - xiInv;
      for (let i = q; i >= 1; i--) l[i] += l[i - 1] * xistarInv;
    }
    // error constants (cvSetTqBDF)
    const A1 = 1 - alpha0Hat + alpha0;
    const A2 = 1 + q * A1;
    tq[2] = Math.abs(A1 / (alpha0 * A2));
    tq[5] = Math.abs((A2 * xistarInv) / (l[q] * xiInv));
    if (this.qwait === 1) {
      if (q > 1) {
        const C = xistarInv / l[q];
        const A3 = alpha0 + 1 / q;
        const A4 = alpha0Hat + xiInv;
        const Cpinv = (1 - A4 + A3) / A3;
        tq[1] = Math.abs(C * Cpinv);
      } else {
        tq[1] = 1;
      }
      hsum += tau[q];
      xiInv = h / hsum;
      const A5 = alpha0 - 1 / (q + 1);
      const A6 = alpha0Hat - xiInv;
      const Cppinv = (1 - A6 + A5) / A2;
      tq[3] = Math.abs(Cppinv / (xiInv * (q + 2) * A5));
    }
    tq[4] = CORTES / tq[2];
    this.rl1 = 1 / l[1];
    this.gamma = h * this.rl1;
    if (this.nst === 0) this.gammap = this.gamma;
    this.gamrat = this.nst > 0 ? this.gamma / this.gammap : 1;
  }

  /**
   * Modified Newton iteration on the corrector (CVODE's cvNls with SUNNonlinSol_Newton and cvNlsConvTest).
   * Solves M·(rl1·zn[1] + ycor) − gamma·f(tn, zn[0] + ycor) = 0 for ycor (= acor). Each pass over the
   * vectors is fused (right-hand side of the linear system, update, iterate and norm in one loop).
   * Returns true on convergence (acor holds the correction, acnrm its WRMS norm).
   */
  private nls(nflag: number): boolean {
    let callSetup =
      nflag === PREV_CONV_FAIL ||
      nflag === PREV_ERR_FAIL ||
      this.nst === 0 ||
      this.nst >= this.nstlp + MSBP ||
      Math.abs(this.gamrat - 1) > DGMAX ||
      !this.jacValid;
    const convfail = nflag === FIRST_CALL || nflag === PREV_ERR_FAIL ? NO_FAILURES : FAIL_OTHER;
    let jbad = false;
    let retries = 0;
    const n = this.n;
    const zn = this.zn;
    const acor = this.acor;
    const delta = this.delta;
    const f = this.ftemp;
    const ynew = this.ynew;
    const w = this.ewt;
    const mass = this.mass;
    const sys = this.sys;
    const tol = this.tq[4];
    const tn = this.tn;
    for (;;) {
      // residual at ycor = 0: f at the predicted state zn[0]
      sys.rhs(tn, this.yView, f);
      this.stats.rhsEvals++;
      if (callSetup) {
        if (!this.lsetup(jbad ? FAIL_BAD_J : convfail)) {
          // singular Newton matrix: recoverable, as CVODE's lsetup failure (retry with smaller h)
          if (!this.jcur && retries < 2) {
            retries++;
            callSetup = true;
            jbad = true;
            continue;
          }
          return false;
        }
        this.crate = 1;
        this.gamrat = 1;
        this.gammap = this.gamma;
        this.nstlp = this.nst;
      } else {
        this.jcur = false;
      }
      const gamma = this.gamma;
      const rl1 = this.rl1;
      // delta = −residual
      if (mass === null) for (let i = 0; i < n; i++) delta[i] = gamma * f[i] - rl1 * zn[n + i];
      else for (let i = 0; i < n; i++) delta[i] = gamma * f[i] - mass[i] * rl1 * zn[n + i];
      let m = 0;
      let failed = false;
      for (;;) {
        this.newtonIters++;
        this.lsolve(delta);
        // BDF: correct for the change of gamma since the last factorisation (CVODE's cvLsSolve)
        const c = this.gamrat !== 1 ? 2 / (1 + this.gamrat) : 1;
        let ss = 0;
        if (m === 0) {
          for (let i = 0; i < n; i++) {
            const d = delta[i] * c;
            acor[i] = d;
            ynew[i] = zn[i] + d;
            const x = d * w[i];
            ss += x * x;
          }
        } else {
          for (let i = 0; i < n; i++) {
            const d = delta[i] * c;
            const a = acor[i] + d;
            acor[i] = a;
            ynew[i] = zn[i] + a;
            const x = d * w[i];
            ss += x * x;
          }
        }
        const del = Math.sqrt(ss / n);
        if (m > 0) this.crate = Math.max(CRDOWN * this.crate, del / this.delp);
        const dcon = (del * Math.min(1, this.crate)) / tol;
        if (dcon <= 1) {
          this.acnrm = this.errMask !== null ? this.wrmsMasked(acor) : m === 0 ? del : this.wrms(acor);
          this.jcur = false;
          return true;
        }
        if ((m >= 1 && del > RDIV * this.delp) || !(del < Number.POSITIVE_INFINITY)) {
          failed = true;
          break;
        }
        this.delp = del;
        m++;
        if (m >= NLS_MAXCOR) {
          failed = true;
          break;
        }
        sys.rhs(tn, ynew, f);
        this.stats.rhsEvals++;
        if (mass === null) for (let i = 0; i < n; i++) delta[i] = gamma * f[i] - rl1 * zn[n + i] - acor[i];
        else for (let i = 0; i < n; i++) delta[i] = gamma * f[i] - mass[i] * (rl1 * zn[n + i] + acor[i]);
      }
      if (failed && !this.jcur && retries < 2) {
        // maybe the Jacobian is stale: retry with a fresh one
        retries++;
        callSetup = true;
        jbad = true;
        continue;
      }
      return false;
    }
  }

  /** Newton matrix set-up (cvLsSetup): new Jacobian when stale or after a failure, then M − gamma·J and LU. */
  private lsetup(convfail: number): boolean {
    const dgamma = Math.abs(this.gamma / this.gammap - 1);
    const jbad =
      this.nst === 0 ||
      !this.jacValid ||
      this.nst >= this.nstlj + MSBJ ||
      (convfail === FAIL_BAD_J && dgamma < DGMAX_JBAD) ||
      convfail === FAIL_OTHER;
    if (jbad) {
      this.evalJacobian();
      this.nstlj = this.nst;
      this.jcur = true;
      this.jacValid = true;
    } else {
      this.jcur = false;
    }
    this.stats.luDecompositions++;
    return this.lin.setup(this.gamma);
  }

  private lsolve(b: Float64Array): void {
    this.lin.solve(b);
  }

  private evalJacobian(): void {
    this.stats.jacEvals++;
    // at the predicted state (ycor = 0 when set-up is called); a copy, since differences perturb it
    const y = this.ynew;
    y.set(this.yView);
    this.stats.rhsEvals += this.lin.evalJacobian(
      this.tn,
      y,
      this.yView,
      this.ftemp,
      this.ewt,
      this.h,
      this.wrms(this.ftemp),
      this.tempv,
      this.tempv2,
    );
  }

  private completeStep(): void {
    this.nst++;
    this.stats.steps++;
    this.hu = this.h;
    const q = this.q;
    const tau = this.tau;
    for (let i = q; i >= 2; i--) tau[i] = tau[i - 1];
    if (q === 1 && this.nst > 1) tau[2] = tau[1];
    tau[1] = this.h;
    // zn[j] += l[j]·acor, one pass with the coefficients in registers
    const zn = this.zn;
    const n = this.n;
    const l = this.l;
    const acor = this.acor;
    const l1 = l[1];
    const l2 = l[2];
    const l3 = l[3];
    const l4 = l[4];
    const l5 = l[5];
    if (q === 1) {
      for (let i = 0; i < n; i++) {
        const a = acor[i];
        zn[i] += a;
        zn[n + i] += l1 * a;
      }
    } else if (q === 2) {
      for (let i = 0; i < n; i++) {
        const a = acor[i];
        zn[i] += a;
        zn[n + i] += l1 * a;
        zn[2 * n + i] += l2 * a;
      }
    } else {
      const n2 = 2 * n;
      const n3 = 3 * n;
      const n4 = 4 * n;
      const n5 = 5 * n;
      for (let i = 0; i < n; i++) {
        const a = acor[i];
        zn[i] += a;
        zn[n + i] += l1 * a;
        zn[n2 + i] += l2 * a;
        zn[n3 + i] += l3 * a;
        if (q >= 4) zn[n4 + i] += l4 * a;
        if (q === 5) zn[n5 + i] += l5 * a;
      }
    }
    this.qwait--;
    if (this.qwait === 1 && q !== this.qmax) {
      // keep acor for the order-raise estimate of the next step
      const b = this.qmax * n;
      for (let i = 0; i < n; i++) zn[b + i] = acor[i];
      this.savedTq5 = this.tq[5];
    }
  }

  private prepareNextStep(dsm: number): void {
    if (this.etamax === 1) {
      // just after a failure: keep h and q for at least one more step
      this.qwait = Math.max(this.qwait, 2);
      this.qprime = this.q;
      this.hprime = this.h;
      this.eta = 1;
      return;
    }
    const etaq = 1 / (root(BIAS2 * dsm, this.L) + ADDON);
    if (this.qwait !== 0) {
      this.eta = etaq;
      this.qprime = this.q;
      this.setEta();
      return;
    }
    this.qwait = 2;
    const q = this.q;
    const n = this.n;
    // order q − 1
    let etaqm1 = 0;
    if (q > 1) {
      const ddn = this.wrmsAt(q) * this.tq[1];
      etaqm1 = 1 / (root(BIAS1 * ddn, q) + ADDON);
    }
    // order q + 1
    let etaqp1 = 0;
    if (q !== this.qmax && this.savedTq5 !== 0) {
      const cquot = (this.tq[5] / this.savedTq5) * ipow(this.h / this.tau[2], this.L);
      const zn = this.zn;
      const b = this.qmax * n;
      const acor = this.acor;
      const w = this.ewt;
      const mask = this.errMask;
      let s = 0;
      for (let i = 0; i < n; i++) {
        const x = (acor[i] - cquot * zn[b + i]) * (mask === null ? w[i] : w[i] * mask[i]);
        s += x * x;
      }
      const dup = Math.sqrt(s / n) * this.tq[3];
      etaqp1 = 1 / (root(BIAS3 * dup, this.L + 1) + ADDON);
    }
    // choose the order that allows the largest step (cvChooseEta)
    const etam = Math.max(etaqm1, etaq, etaqp1);
    if (etam < THRESH) {
      this.eta = 1;
      this.qprime = q;
    } else if (etam === etaq) {
      this.eta = etaq;
      this.qprime = q;
    } else if (etam === etaqm1) {
      this.eta = etaqm1;
      this.qprime = q - 1;
    } else {
      this.eta = etaqp1;
      this.qprime = q + 1;
      // the order increase needs the current acor (cvIncreaseBDF reads zn[qmax])
      const b = this.qmax * n;
      const zn = this.zn;
      const acor = this.acor;
      for (let i = 0; i < n; i++) zn[b + i] = acor[i];
    }
    this.setEta();
  }

  /** error norm of zn[j] (algebraic components masked out) */
  private wrmsAt(j: number): number {
    const n = this.n;
    const zn = this.zn;
    const w = this.ewt;
    const mask = this.errMask;
    const b = j * n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = zn[b + i] * (mask === null ? w[i] : w[i] * mask[i]);
      s += x * x;
    }
    return Math.sqrt(s / n);
  }

  /** WRMS norm over the differential components only (divided by n, as N_VWrmsNormMask) */
  private wrmsMasked(v: Float64Array): number {
    const n = this.n;
    const w = this.ewt;
    const mask = this.errMask as Float64Array;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const x = v[i] * w[i] * mask[i];
      s += x * x;
    }
    return Math.sqrt(s / n);
  }

  /** accept a step change only if it grows h by ≥ THRESH; bound it by etamax and hmax (cvSetEta) */
  private setEta(): void {
    if (this.eta < THRESH) {
      this.eta = 1;
      this.hprime = this.h;
      return;
    }
    let eta = Math.min(this.eta, this.etamax);
    eta /= Math.max(1, Math.abs(this.h) * this.hmaxInv * eta);
    this.eta = eta;
    this.hprime = this.h * eta;
  }
}

/** Factory with the shared option set (the registry calls this). */
export function createBdf(system: OdeSystem, options: IntegratorOptions, bdf?: BdfOptions): BdfIntegrator {
  return new BdfIntegrator(system, options, bdf);
}
