/**
 * Adjoint sensitivity analysis of a compiled model (no events, no delays, no algebraic rules) for
 * objectives with data at discrete times, J(θ) = Σ_i φ_i(y(t_i), θ):
 *
 *   forward:   y' = f(t, y, p), y(t0) = y0 — states only; every accepted step's (t, y, f(t, y)) is
 *              stored, and y(t) between two of them is the cubic Hermite interpolant (the default
 *              checkpoint-free storage of CVODES' adjoint module);
 *   backward:  λ(t_N⁺) = 0;  λ' = −(∂f/∂y)ᵀ λ between data times;  λ(t_i⁻) = λ(t_i⁺) + ∂φ_i/∂y;
 *   gradient:  dJ/dθ = Σ_i ∂φ_i/∂θ|direct + λ(t0)ᵀ ∂y0/∂θ + ∫_{t0}^{t_N} λᵀ (∂f/∂p) (∂p/∂θ) dt.
 * (d/dt(λᵀs) = λᵀ (∂f/∂p)(∂p/∂θ) for the forward sensitivities s, so the jumps telescope: all signs
 * positive with λ defined this way.) This solver does the forward and backward integrations and the
 * last two terms; the caller adds the direct terms.
 *
 * References: Y. Cao, S. Li, L. Petzold & R. Serban, "Adjoint sensitivity analysis for
 * differential-algebraic equations", SIAM J. Sci. Comput. 24 (2003) 1076–1089,
 * doi:10.1137/S1064827501380630 (the adjoint system and the gradient formula); R. Serban &
 * A. C. Hindmarsh, "CVODES: the sensitivity-enabled ODE solver in SUNDIALS", ASME IDETC 2005,
 * doi:10.1115/DETC2005-85597 (Hermite storage of the forward solution, backward integration by BDF,
 * re-initialisation at data points); F. Fröhlich, B. Kaltenbacher, F. J. Theis & J. Hasenauer,
 * "Scalable parameter estimation for genome-scale biochemical reaction networks", PLoS Comput. Biol.
 * 13 (2017) e1005331, doi:10.1371/journal.pcbi.1005331 (discrete-time data: jump conditions for λ).
 *
 * Backward integration: the engine's BDF in reversed time τ = −t, μ(τ) = λ(−τ), dμ/dτ = Jᵀ(−τ, y(−τ)) μ,
 * with the exact Newton Jacobian Jᵀ from the compiled analytic J (the adjoint system is linear, so
 * Newton converges in one iteration). The integrator restarts at every data time (λ jumps there) and
 * at every time breakpoint of the right-hand side (f is discontinuous there).
 * Error control: the backward pass has the relative tolerance of the forward pass; since λ carries
 * the units of φ/y, it is integrated scaled by c = max |∂φ_i/∂y_j| (the adjoint is linear, so the
 * scaling is exact), and λ/c gets the absolute tolerance `backwardAbsoluteTolerance` (default: the
 * relative tolerance), i.e. atol_λ = rtol·c — components far below the largest jump are controlled
 * relative to that jump. (On Bachmann_MSB2011, atol_λ = atol·c instead costs 30 % more backward
 * steps for no gain in the gradient.) The forward pass, which only stores y for the backward one, runs
 * at the tolerances × `forwardToleranceFactor` (default 0.1): J and ∂f/∂p along the stored trajectory
 * inherit its error, and the states-only pass is cheap (≈ 10 % of the adjoint's time) — with factor 1
 * the adjoint gradient there was 10× less accurate than the forward-sensitivity one, with 0.1 equal.
 * Quadrature: ∫ λᵀ (∂f/∂p) dt is not an extra state (it would enter error control and the Newton
 * matrix); it is taken per accepted backward step by 2-point Gauss–Legendre on the BDF's dense output
 * of λ and the Hermite y (error O(h⁵) per step, below the BDF's own local error at the step sizes its
 * error test allows), only over the structural non-zeros of the columns of ∂f/∂p that some θ reaches
 * (CVODES' default also leaves quadratures out of the error test).
 */
import type { CompiledModel } from "../compile/types.js";
import { Codes, EngineError } from "../messages.js";
import { makeIntegrator } from "../solvers/registry.js";
import type { Integrator, IntegratorStats, OdeSystem } from "../solvers/types.js";
import { diffStats } from "./forward.js";
import type { SensitivityFunctions } from "./symbolic.js";

export interface AdjointOptions {
  relativeTolerance?: number;
  absoluteTolerance?: number;
  /** absolute tolerance of λ / max|∂φ/∂y| in the backward pass (default: relativeTolerance) */
  backwardAbsoluteTolerance?: number;
  /** the forward (states) pass runs at tolerances × this factor (default 0.1) */
  forwardToleranceFactor?: number;
  maxSteps?: number;
}

export interface AdjointForwardRun {
  t0: number;
  /** initial state (n) */
  y0: Float64Array;
  /** stored values p (nParams); copied */
  p: Float64Array;
  /** data times, non-decreasing, ≥ t0 */
  times: ArrayLike<number>;
  /** times where the right-hand side is discontinuous: both passes restart there */
  breakpoints?: readonly number[];
}

export interface AdjointForwardResult {
  /** states at each data time: out[ti*n + i] */
  out: Float64Array;
  n: number;
  /** stored trajectory points (accepted steps + restarts) */
  points: number;
  stats: IntegratorStats;
}

export interface AdjointBackwardRun {
  /** ∂φ/∂y at each data time of the last forward run: dJdy[ti*n + i] (same order as `times`) */
  dJdy: Float64Array;
  /** ∂p_j/∂θ_k at [k*nParams + j] (length nParams·nTheta); nTheta = its length / nParams */
  dpdTheta: Float64Array;
  /** ∂y0_i/∂θ_k at [k*n + i] (length n·nTheta); omit when y0 does not depend on θ */
  s0?: Float64Array;
}

export interface AdjointBackwardResult {
  /** λ(t0)ᵀ ∂y0/∂θ + ∫ λᵀ (∂f/∂p)(∂p/∂θ) dt, per θ direction (nTheta) */
  gradient: Float64Array;
  /** λ(t0) (n): dJ/dy0 — e.g. for a y0 that is itself a function of θ (pre-equilibration) */
  lambda0: Float64Array;
  stats: IntegratorStats;
}

const GL_X = [-Math.sqrt(3 / 5), 0, Math.sqrt(3 / 5)];
const GL_W = [5 / 9, 8 / 9, 5 / 9];
/** 2-point Gauss–Legendre nodes on [−1, 1] (weights 1) */
const GL2_X = [-1 / Math.sqrt(3), 1 / Math.sqrt(3)];

/**
 * A reusable adjoint solver for one compiled model: `forward` integrates the states and keeps the
 * trajectory, `backward` (after it) integrates the adjoint for given ∂φ/∂y at the data times.
 * Buffers are allocated once (the trajectory store grows by doubling and is kept).
 */
export class AdjointSensitivitySolver {
  readonly n: number;
  readonly nP: number;
  private readonly p: Float64Array;
  private readonly w: Float64Array;
  private readonly J: Float64Array;
  private readonly D: Float64Array;
  private readonly nzIdx: Int32Array;
  /** number of non-zeros of J listed in nzIdx (with nzRow/nzCol: row and column of each) */
  private nz = 0;
  private readonly nzRow: Int32Array;
  private readonly nzCol: Int32Array;
  /** the compiled Jacobian's structure is known: nzIdx is fixed, no scan per evaluation */
  private readonly staticJ: boolean;
  /** quadrature entries of ∂f/∂p (flat index, row) for the columns in use; null: dense loop */
  private qIdx: Int32Array | null = null;
  private qRow: Int32Array | null = null;
  private qCol: Int32Array | null = null;
  /** ∂f/∂p restricted to the columns in use (SensitivityFunctions.dfdpColumns), else the full one */
  private dfdpQ: SensitivityFunctions["dfdp"];
  /** t at which J (and the Hermite y in yJ) was last evaluated */
  private jT = Number.NaN;
  /** steady-state adjoint: J is taken at this fixed time (and the one stored state) */
  private fixedT: number | null = null;
  private readonly yJ: Float64Array;
  private readonly yq: Float64Array;
  private readonly lq: Float64Array;
  private readonly opts: Required<AdjointOptions>;
  // ---- trajectory store ----
  private cap = 0;
  private m = 0;
  private T = new Float64Array(0);
  private Y = new Float64Array(0);
  private F = new Float64Array(0);
  private hk = 0;
  // ---- last forward run ----
  private t0 = 0;
  private times: number[] = [];
  private bps: number[] = [];
  private ready = false;
  private readonly sysF: OdeSystem;
  private readonly sysB: OdeSystem;
  private integF: Integrator | null = null;
  private integB: Integrator | null = null;

  constructor(
    private readonly compiled: CompiledModel,
    private readonly sens: SensitivityFunctions,
    options: AdjointOptions = {},
  ) {
    const id = compiled.model.id;
    if (compiled.events.length > 0 || compiled.nDelays > 0) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `adjoint sensitivities: model "${id}" has events or delays, which the adjoint solver does not handle`,
        undefined,
        "use forward sensitivities (ForwardSensitivitySolver) or a derivative-free method",
      );
    }
    const { layout, fns } = compiled;
    if (layout.massDiagonal?.some((v) => v !== 1)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `adjoint sensitivities: model "${id}" has algebraic rules (a DAE), which the adjoint solver does not handle`,
        undefined,
        "use forward sensitivities",
      );
    }
    if (!fns.jac) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `adjoint sensitivities: no analytic Jacobian was generated for model "${id}"`,
        undefined,
        "use forward sensitivities",
      );
    }
    const n = layout.nStates;
    this.n = n;
    this.nP = layout.nParams;
    const rtol = options.relativeTolerance ?? 1e-8;
    const atol = options.absoluteTolerance ?? 1e-10;
    this.opts = {
      relativeTolerance: rtol,
      absoluteTolerance: atol,
      backwardAbsoluteTolerance: options.backwardAbsoluteTolerance ?? rtol,
      forwardToleranceFactor: options.forwardToleranceFactor ?? 0.1,
      maxSteps: options.maxSteps ?? 100000,
    };
    this.p = new Float64Array(this.nP);
    this.w = new Float64Array(layout.nAssigned);
    this.J = new Float64Array(n * n);
    this.D = new Float64Array(n * this.nP);
    this.nzIdx = new Int32Array(n * n);
    this.nzRow = new Int32Array(n * n);
    this.nzCol = new Int32Array(n * n);
    const pat = compiled.jacPattern;
    this.staticJ = pat !== undefined && pat.length === n * n;
    if (pat && this.staticJ) {
      let nz = 0;
      for (let q = 0; q < n * n; q++) {
        if (pat[q] !== 0) {
          this.nzIdx[nz] = q;
          this.nzRow[nz] = (q / n) | 0;
          this.nzCol[nz] = q % n;
          nz++;
        }
      }
      this.nz = nz;
    }
    this.yJ = new Float64Array(n);
    this.yq = new Float64Array(n);
    this.lq = new Float64Array(n);
    this.dfdpQ = sens.dfdp;
    this.sysF = this.forwardSystem();
    this.sysB = this.backwardSystem();
  }

  private forwardSystem(): OdeSystem {
    const { p, w } = this;
    const fns = this.compiled.fns;
    const jacFn = fns.jac as NonNullable<typeof fns.jac>;
    const sys: OdeSystem = {
      n: this.n,
      rhs(t, y, dy) {
        fns.assignRhs(t, y, p, w);
        fns.deriv(t, y, p, w, dy);
      },
      // the generated Jacobian reads only t, y, p
      jac: (t, y, JJ) => jacFn(t, y, p, w, JJ),
    };
    if (this.compiled.jacPattern) sys.jacPattern = this.compiled.jacPattern;
    return sys;
  }

  /** J(t, y(t)) on the stored trajectory, with its non-zeros gathered; cached per t */
  private jacobianAt(tIn: number): void {
    const t = this.fixedT ?? tIn;
    if (t === this.jT) return;
    const { n, J, nzIdx, yJ } = this;
    this.hermite(t, yJ);
    (this.compiled.fns.jac as NonNullable<CompiledModel["fns"]["jac"]>)(t, yJ, this.p, this.w, J);
    this.jT = t;
    if (this.staticJ) return;
    let nz = 0;
    for (let q = 0; q < n * n; q++) {
      if (J[q] !== 0) {
        nzIdx[nz] = q;
        this.nzRow[nz] = (q / n) | 0;
        this.nzCol[nz] = q - this.nzRow[nz] * n;
        nz++;
      }
    }
    this.nz = nz;
  }

  private backwardSystem(): OdeSystem {
    const n = this.n;
    const self = this;
    const sys: OdeSystem = {
      n,
      // τ = −t: dμ/dτ = Jᵀ μ
      rhs(tau, mu, dmu) {
        self.jacobianAt(-tau);
        const J = self.J;
        const nzIdx = self.nzIdx;
        const nzRow = self.nzRow;
        const nzCol = self.nzCol;
        const nz = self.nz;
        dmu.fill(0);
        for (let e = 0; e < nz; e++) dmu[nzCol[e]] += J[nzIdx[e]] * mu[nzRow[e]];
      },
      jac(tau, _mu, JB) {
        self.jacobianAt(-tau);
        const J = self.J;
        for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) JB[i * n + k] = J[k * n + i];
      },
    };
    const pat = this.compiled.jacPattern;
    if (pat) {
      const tp = new Uint8Array(n * n);
      for (let i = 0; i < n; i++) for (let k = 0; k < n; k++) tp[i * n + k] = pat[k * n + i];
      sys.jacPattern = tp;
    }
    return sys;
  }

  // ---- trajectory store and Hermite interpolation ----

  private push(t: number, y: Float64Array): void {
    const n = this.n;
    if (this.m === this.cap) {
      const cap = Math.max(64, this.cap * 2);
      const T = new Float64Array(cap);
      const Y = new Float64Array(cap * n);
      const F = new Float64Array(cap * n);
      T.set(this.T);
      Y.set(this.Y);
      F.set(this.F);
      this.T = T;
      this.Y = Y;
      this.F = F;
      this.cap = cap;
    }
    const k = this.m;
    this.T[k] = t;
    // through scratch vectors: no subarray views (objects) per stored step
    const { Y, F, yq, lq } = this;
    for (let i = 0; i < n; i++) yq[i] = y[i];
    this.sysF.rhs(t, yq, lq);
    const o = k * n;
    for (let i = 0; i < n; i++) {
      Y[o + i] = yq[i];
      F[o + i] = lq[i];
    }
    this.m++;
  }

  /** y(t) from the stored trajectory: cubic Hermite on the step containing t */
  private hermite(t: number, out: Float64Array): void {
    const { n, T, Y, F, m } = this;
    if (m === 1) {
      for (let i = 0; i < n; i++) out[i] = Y[i];
      return;
    }
    let k = Math.min(this.hk, m - 2);
    while (k > 0 && T[k] > t) k--;
    while (k < m - 2 && T[k + 1] < t) k++;
    this.hk = k;
    const ta = T[k];
    const h = T[k + 1] - ta;
    if (!(h > 0)) {
      // a restart (breakpoint) stores its time twice: y is continuous there
      for (let i = 0; i < n; i++) out[i] = Y[k * n + i];
      return;
    }
    let s = (t - ta) / h;
    if (s < 0) s = 0;
    else if (s > 1) s = 1;
    const s1 = 1 - s;
    const h00 = (1 + 2 * s) * s1 * s1;
    const h10 = s * s1 * s1 * h;
    const h01 = s * s * (3 - 2 * s);
    const h11 = -s * s * s1 * h;
    const a = k * n;
    const b = a + n;
    for (let i = 0; i < n; i++) out[i] = h00 * Y[a + i] + h10 * F[a + i] + h01 * Y[b + i] + h11 * F[b + i];
  }

  // ---- forward pass ----

  /** Integrate the states from t0, store the trajectory, and return the states at `times`. */
  forward(run: AdjointForwardRun): AdjointForwardResult {
    const { n, nP } = this;
    if (run.p.length !== nP)
      throw new EngineError(Codes.SIM_BAD_SETTING, `p has length ${run.p.length}, expected ${nP}`);
    if (run.y0.length !== n)
      throw new EngineError(Codes.SIM_BAD_SETTING, `y0 has length ${run.y0.length}, expected ${n}`);
    this.p.set(run.p);
    this.jT = Number.NaN;
    this.fixedT = null;
    this.ready = false;
    this.m = 0;
    this.hk = 0;
    const times = Array.from(run.times);
    const nt = times.length;
    const out = new Float64Array(nt * n);
    this.integF ??= makeIntegrator(this.sysF, "bdf", {
      relativeTolerance: this.opts.relativeTolerance * this.opts.forwardToleranceFactor,
      absoluteTolerance: this.opts.absoluteTolerance * this.opts.forwardToleranceFactor,
      maxSteps: this.opts.maxSteps,
    });
    const integ = this.integF;
    const before = { ...integ.stats };
    let tPrevOut = run.t0;
    integ.init(run.t0, run.y0);
    this.push(run.t0, run.y0);
    const tLast = nt > 0 ? times[nt - 1] : run.t0;
    const bps = (run.breakpoints ?? [])
      .filter((b) => b > run.t0 && b < tLast && Number.isFinite(b))
      .sort((a, b) => a - b);
    let bi = 0;
    const segEnd = () => (bi < bps.length ? bps[bi] : tLast);
    const tmp = new Float64Array(n);
    for (let k = 0; k < nt; k++) {
      const tout = times[k];
      if (!(tout >= tPrevOut))
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `output time ${tout} is before ${tPrevOut} or out of order`,
        );
      while (integ.t < tout) {
        let end = segEnd();
        if (integ.t >= end && bi < bps.length) {
          // reached a breakpoint: restart there (the state is continuous, f jumps)
          tmp.set(integ.y);
          integ.init(integ.t, tmp);
          this.push(integ.t, tmp);
          bi++;
          end = segEnd();
        }
        const tBefore = integ.t;
        integ.step(end);
        if (integ.t > tBefore) this.push(integ.t, integ.y);
      }
      if (tout === integ.t) out.set(integ.y, k * n);
      else {
        integ.interpolate(tout, tmp);
        out.set(tmp, k * n);
      }
      tPrevOut = tout;
    }
    this.t0 = run.t0;
    this.times = times;
    this.bps = bps;
    this.ready = true;
    return { out, n, points: this.m, stats: diffStats(integ.stats, before) };
  }

  // ---- backward pass ----

  /**
   * qp += ∫ over the τ interval [a, b] (inside the last backward step) of λ̃ᵀ ∂f/∂p, by 2-point
   * Gauss–Legendre on the dense output (the rule's error, O(h⁵) per step, stays below the BDF's own
   * local error at the step sizes its error test allows; ∂f/∂p is the cost here, so two evaluations
   * per step, not three).
   */
  private quadStep(integ: Integrator, a: number, b: number, qp: Float64Array): void {
    const { n, nP, D, lq, yq } = this;
    const dfdp = this.dfdpQ;
    const mid = 0.5 * (a + b);
    const half = 0.5 * (b - a);
    for (let g = 0; g < 2; g++) {
      const tau = mid + half * GL2_X[g];
      integ.interpolate(tau, lq);
      const t = -tau;
      this.hermite(t, yq);
      dfdp(t, yq, this.p, D);
      const qIdx = this.qIdx;
      if (qIdx) {
        // the structural non-zeros of the columns in use
        const qRow = this.qRow as Int32Array;
        const qCol = this.qCol as Int32Array;
        for (let e = 0; e < qIdx.length; e++) {
          const d = D[qIdx[e]];
          // 0·(−∞) from ∂(x^a)/∂a at x = 0: the limit x → 0⁺ is 0 (NaN → 0, as in forward.ts)
          if (!Number.isNaN(d)) qp[qCol[e]] += lq[qRow[e]] * half * d;
        }
        continue;
      }
      // no structure known: row by row (contiguous in D), all columns
      for (let i = 0; i < n; i++) {
        const l = lq[i] * half;
        if (l === 0) continue;
        const o = i * nP;
        for (let j = 0; j < nP; j++) {
          const d = D[o + j];
          // 0·(−∞) from ∂(x^a)/∂a at x = 0: the limit x → 0⁺ is 0 (NaN → 0, as in forward.ts)
          if (!Number.isNaN(d)) qp[j] += l * d;
        }
      }
    }
  }

  /** Integrate the adjoint backwards over the last forward run and return the gradient terms. */
  backward(run: AdjointBackwardRun): AdjointBackwardResult {
    if (!this.ready)
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        "adjoint sensitivities: backward() needs a forward() run first",
      );
    const { n, nP, times, t0, bps } = this;
    const nt = times.length;
    if (run.dJdy.length !== nt * n) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `dJdy has length ${run.dJdy.length}, expected ${nt * n} (${nt} times × ${n} states)`,
      );
    }
    if (run.dpdTheta.length % Math.max(nP, 1) !== 0 || (nP === 0 && run.dpdTheta.length !== 0)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `dpdTheta has length ${run.dpdTheta.length}, not a multiple of nParams = ${nP}`,
      );
    }
    const nTheta = nP > 0 ? run.dpdTheta.length / nP : 0;
    if (run.s0 && run.s0.length !== n * nTheta) {
      throw new EngineError(Codes.SIM_BAD_SETTING, `s0 has length ${run.s0.length}, expected ${n * nTheta}`);
    }
    const gradient = new Float64Array(nTheta);
    const lambda = new Float64Array(n);
    const zeroStats: IntegratorStats = {
      steps: 0,
      rejectedSteps: 0,
      rhsEvals: 0,
      jacEvals: 0,
      luDecompositions: 0,
    };
    let c = 0;
    for (let q = 0; q < run.dJdy.length; q++) {
      const a = Math.abs(run.dJdy[q]);
      if (a > c) c = a;
    }
    if (!Number.isFinite(c)) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        "adjoint sensitivities: ∂φ/∂y is not finite at a data time",
      );
    }
    if (c === 0) return { gradient, lambda0: lambda, stats: zeroStats };
    const inv = 1 / c;
    // columns p_j that reach some θ: the quadrature needs only those
    const cols: number[] = [];
    for (let j = 0; j < nP; j++) {
      for (let k = 0; k < nTheta; k++) {
        if (run.dpdTheta[k * nP + j] !== 0) {
          cols.push(j);
          break;
        }
      }
    }
    const qp = new Float64Array(nP);
    const pattern = this.sens.dfdpPattern;
    if (pattern) {
      const inCols = new Uint8Array(nP);
      for (const j of cols) inCols[j] = 1;
      const idx: number[] = [];
      for (let e = 0; e < pattern.length; e++) if (inCols[pattern[e] % nP]) idx.push(pattern[e]);
      this.qIdx = Int32Array.from(idx);
      this.qRow = Int32Array.from(idx, (q) => (q / nP) | 0);
      this.qCol = Int32Array.from(idx, (q) => q % nP);
      this.dfdpQ = this.sens.dfdpColumns ? this.sens.dfdpColumns(cols) : this.sens.dfdp;
    } else {
      this.qIdx = null;
      this.dfdpQ = this.sens.dfdp;
    }
    this.integB ??= makeIntegrator(this.sysB, "bdf", {
      relativeTolerance: this.opts.relativeTolerance,
      absoluteTolerance: this.opts.backwardAbsoluteTolerance,
      maxSteps: this.opts.maxSteps,
    });
    const integ = this.integB;
    const before = { ...integ.stats };
    let ti = nt - 1;
    let tcur = nt > 0 ? times[nt - 1] : t0;
    const addJumps = () => {
      while (ti >= 0 && times[ti] === tcur) {
        for (let i = 0; i < n; i++) lambda[i] += run.dJdy[ti * n + i] * inv;
        ti--;
      }
    };
    addJumps();
    let bi = bps.length - 1;
    while (bi >= 0 && bps[bi] >= tcur) bi--;
    while (tcur > t0) {
      let next = t0;
      if (ti >= 0 && times[ti] > next) next = times[ti];
      if (bi >= 0 && bps[bi] > next) next = bps[bi];
      integ.init(-tcur, lambda);
      let done = -tcur;
      const tauEnd = -next;
      while (integ.t < tauEnd) {
        integ.step(tauEnd);
        const a = Math.max(integ.tPrev, done);
        if (integ.t > a) this.quadStep(integ, a, integ.t, qp);
        done = integ.t;
      }
      lambda.set(integ.y);
      tcur = next;
      addJumps();
      while (bi >= 0 && bps[bi] >= tcur) bi--;
    }
    for (let k = 0; k < nTheta; k++) {
      let g = 0;
      for (let e = 0; e < cols.length; e++) {
        const j = cols[e];
        g += qp[j] * run.dpdTheta[k * nP + j];
      }
      if (run.s0) for (let i = 0; i < n; i++) g += lambda[i] * run.s0[k * n + i];
      gradient[k] = g * c;
    }
    for (let i = 0; i < n; i++) lambda[i] *= c;
    return { gradient, lambda0: lambda, stats: diffStats(integ.stats, before) };
  }

  /**
   * The adjoint of a steady state y_ss (pre-equilibration): λ_ssᵀ ∂y_ss/∂θ for a given λ_ss (the adjoint
   * state arriving at the start of the simulation that begins from y_ss). y_ss solves f(y_ss, p) = 0 together
   * with the conservation laws of the model (Pᵀy_ss = Pᵀy0 for the left null space P of J_ss), so
   * ∂y_ss/∂θ satisfies J_ss·∂y_ss/∂θ = −f_θ and Pᵀ∂y_ss/∂θ = Pᵀ∂y0/∂θ. Integrating μ' = J_ssᵀμ (τ ≥ 0, J_ss fixed
   * at y_ss) from μ(0) = λ_ss gives d/dτ(μᵀ∂y_ss/∂θ) = −μᵀ f_θ, and μ(∞) lies in the left null space, so
   *     λ_ssᵀ ∂y_ss/∂θ = ∫_0^∞ μᵀ f_θ dτ + μ(∞)ᵀ ∂y0/∂θ
   * — exact for the steady state (not for the finite pre-equilibration time), no sensitivities and no
   * trajectory needed (Lakrisenko, Stapor, Grein, Paszkowski, Pathirana, Fiedler, Lines, Pauli,
   * Hasenauer & Fröhlich, PLoS Comput. Biol. 19 (2023) e1010783, doi:10.1371/journal.pcbi.1010783).
   * Stops when max_i |(J_ssᵀμ)_i| / (atol + rtol·|μ_i|) ≤ 1 with the tolerances / 100 (the criterion of
   * the forward steady-state run, on μ scaled by max|λ_ss|); fails after τ = tMax (default 1e9), e.g.
   * for an unstable steady state. Discards the stored forward trajectory (run `forward` again).
   */
  steadyStateBackward(
    run: {
      /** the steady state (n) */
      y: Float64Array;
      /** stored values p of the pre-equilibration condition */
      p: Float64Array;
      /** time at which y_ss was reached (for time-dependent right-hand sides; default 0) */
      t?: number;
      /** λ_ss (n) */
      lambda: Float64Array;
      /** ∂p/∂θ of the pre-equilibration condition ([k*nParams + j]) */
      dpdTheta: Float64Array;
      /** ∂y0/∂θ of the pre-equilibration's initial state ([k*n + i]) */
      s0?: Float64Array;
    },
    crit: { atol?: number; rtol?: number; tMax?: number } = {},
  ): AdjointBackwardResult {
    const { n, nP, D } = this;
    if (run.y.length !== n || run.lambda.length !== n) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `y and lambda must have length ${n} (the number of states)`,
      );
    }
    if (run.p.length !== nP)
      throw new EngineError(Codes.SIM_BAD_SETTING, `p has length ${run.p.length}, expected ${nP}`);
    const nTheta = nP > 0 ? run.dpdTheta.length / nP : 0;
    if (!Number.isInteger(nTheta) || (run.s0 && run.s0.length !== n * nTheta)) {
      throw new EngineError(Codes.SIM_BAD_SETTING, "dpdTheta / s0 lengths do not match nParams / n");
    }
    const gradient = new Float64Array(nTheta);
    const zeroStats: IntegratorStats = {
      steps: 0,
      rejectedSteps: 0,
      rhsEvals: 0,
      jacEvals: 0,
      luDecompositions: 0,
    };
    let c = 0;
    for (let i = 0; i < n; i++) c = Math.max(c, Math.abs(run.lambda[i]));
    if (!Number.isFinite(c))
      throw new EngineError(Codes.SIM_BAD_SETTING, "adjoint steady state: λ is not finite");
    if (c === 0) return { gradient, lambda0: new Float64Array(n), stats: zeroStats };
    // one stored point: the Hermite "trajectory" is the constant y_ss, and J is frozen at (t_ss, y_ss)
    this.ready = false;
    this.p.set(run.p);
    this.m = 0;
    this.hk = 0;
    const tStar = run.t ?? 0;
    this.push(tStar, run.y);
    this.fixedT = tStar;
    this.jT = Number.NaN;
    const mu = new Float64Array(n);
    for (let i = 0; i < n; i++) mu[i] = run.lambda[i] / c;
    this.integB ??= makeIntegrator(this.sysB, "bdf", {
      relativeTolerance: this.opts.relativeTolerance,
      absoluteTolerance: this.opts.backwardAbsoluteTolerance,
      maxSteps: this.opts.maxSteps,
    });
    const integ = this.integB;
    const before = { ...integ.stats };
    const atol = crit.atol ?? this.opts.backwardAbsoluteTolerance / 100;
    const rtol = crit.rtol ?? this.opts.relativeTolerance / 100;
    const tMax = crit.tMax ?? 1e9;
    // ∫ μ dτ (f_θ is constant at y_ss): Gauss–Legendre on the dense output, step by step
    const Imu = new Float64Array(n);
    const lq = this.lq;
    const dmu = new Float64Array(n);
    integ.init(0, mu);
    let done = 0;
    try {
      for (;;) {
        integ.step(tMax);
        const a = Math.max(integ.tPrev, done);
        const b = integ.t;
        if (b > a) {
          const mid = 0.5 * (a + b);
          const half = 0.5 * (b - a);
          for (let g = 0; g < 3; g++) {
            integ.interpolate(mid + half * GL_X[g], lq);
            const wg = GL_W[g] * half;
            for (let i = 0; i < n; i++) Imu[i] += wg * lq[i];
          }
        }
        done = b;
        const y = integ.y;
        this.sysB.rhs(b, y, dmu);
        let worst = 0;
        for (let i = 0; i < n; i++) {
          const r = Math.abs(dmu[i]) / (atol + rtol * Math.abs(y[i]));
          if (r > worst) worst = r;
        }
        if (worst <= 1) break;
        if (b >= tMax) {
          throw new EngineError(
            Codes.SIM_STEP_FAILURE,
            `adjoint steady state of model "${this.compiled.model.id}": the adjoint did not converge by τ = ${tMax} (scaled residual ${worst.toExponential(2)}); is the steady state stable?`,
          );
        }
      }
    } finally {
      this.fixedT = null;
    }
    const lambdaInf = Float64Array.from(integ.y);
    this.sens.dfdp(tStar, run.y, this.p, D);
    for (let k = 0; k < nTheta; k++) {
      let g = 0;
      for (let j = 0; j < nP; j++) {
        const a = run.dpdTheta[k * nP + j];
        if (a === 0) continue;
        let acc = 0;
        for (let i = 0; i < n; i++) {
          const d = D[i * nP + j];
          if (d !== 0 && !Number.isNaN(d)) acc += Imu[i] * d;
        }
        g += acc * a;
      }
      if (run.s0) for (let i = 0; i < n; i++) g += lambdaInf[i] * run.s0[k * n + i];
      gradient[k] = g * c;
    }
    for (let i = 0; i < n; i++) lambdaInf[i] *= c;
    return { gradient, lambda0: lambdaInf, stats: diffStats(integ.stats, before) };
  }
}
