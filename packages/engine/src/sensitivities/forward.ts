/**
 * Forward sensitivity analysis of a compiled model (no events, no delays): the states y and their
 * sensitivities s_k = ∂y/∂θ_k are integrated together,
 *     y' = f(t, y, p),    s_k' = (∂f/∂y) s_k + (∂f/∂p) (∂p/∂θ_k),    s_k(t0) = ∂y0/∂θ_k,
 * as one augmented system by the engine's BDF (simultaneous corrector: Maly & Petzold, Appl. Numer.
 * Math. 20 (1996) 57, doi:10.1016/0168-9274(95)00117-4; the Newton matrix is the block-diagonal
 * I − γ·diag(J, …, J) as in CVODES' simultaneous corrector, Serban & Hindmarsh 2005,
 * doi:10.1115/DETC2005-85597 — the off-diagonal blocks ∂(J s)/∂y only slow Newton, they do not
 * change the solution). Error control covers states and sensitivities alike. J is the compiled
 * analytic Jacobian, ∂f/∂p the symbolic one from symbolic.ts; the Jacobian–vector products J·s_k
 * skip structural zeros.
 *
 * Time-triggered discontinuities (piecewise inputs of time) are handled by `breakpoints`: the
 * integrator stops there and restarts (the state is continuous; only its derivative jumps).
 * Outputs are sampled from the integrator's dense output at exactly the requested times.
 */
import type { CompiledModel } from "../compile/types.js";
import { Codes, EngineError } from "../messages.js";
import { luFactor, luSolve } from "../solvers/linalg/dense-lu.js";
import { makeIntegrator } from "../solvers/registry.js";
import type { Integrator, IntegratorStats, OdeSystem } from "../solvers/types.js";
import type { SensitivityFunctions } from "./symbolic.js";

export interface ForwardOptions {
  /** solver name (default "bdf"; with sensitivities only "bdf" keeps the block-diagonal Newton matrix exact enough) */
  method?: string;
  relativeTolerance?: number;
  absoluteTolerance?: number;
  maxSteps?: number;
}

export interface ForwardRun {
  t0: number;
  /** initial state (n) */
  y0: Float64Array;
  /** stored values p (nParams); copied */
  p: Float64Array;
  /** output times, non-decreasing, ≥ t0 */
  times: ArrayLike<number>;
  /** times where the right-hand side is discontinuous: the integrator restarts there */
  breakpoints?: readonly number[];
  /** initial sensitivities, s0[k*n + i] = ∂y0_i/∂θ_k (length n·nTheta); omit for states only */
  s0?: Float64Array;
  /** ∂p_j/∂θ_k at [k*nParams + j] (length nParams·nTheta) */
  dpdTheta?: Float64Array;
}

export interface ForwardResult {
  /** augmented states at each output time: out[ti*N + …] with N = n(1+nTheta), blocks [y, s_0, s_1, …] */
  out: Float64Array;
  n: number;
  nTheta: number;
  stats: IntegratorStats;
}

export interface SteadyStateRunResult {
  /** augmented state at the steady state: [y, s_0, …] */
  Y: Float64Array;
  /** time reached */
  t: number;
  stats: IntegratorStats;
}

/**
 * A reusable forward-sensitivity integrator for one compiled model and a fixed number of
 * sensitivity directions. All buffers are allocated once here.
 */
export class ForwardSensitivitySolver {
  readonly n: number;
  readonly nP: number;
  readonly N: number;
  private readonly p: Float64Array;
  private readonly w: Float64Array;
  private readonly ybuf: Float64Array;
  private readonly fbuf: Float64Array;
  private readonly J: Float64Array;
  private readonly D: Float64Array;
  private readonly fth: Float64Array;
  private readonly dp: Float64Array;
  /** non-zero (j) of each column k of ∂p/∂θ, as flat lists */
  private dpCols: Int32Array[] = [];
  private readonly system: OdeSystem;
  private readonly opts: Required<ForwardOptions>;

  constructor(
    private readonly compiled: CompiledModel,
    private readonly sens: SensitivityFunctions | null,
    readonly nTheta: number,
    options: ForwardOptions = {},
  ) {
    if (compiled.events.length > 0 || compiled.nDelays > 0) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `forward sensitivities: model "${compiled.model.id}" has events or delays, which this integrator does not handle`,
        undefined,
        "use simulate() for its time course",
      );
    }
    const { layout, fns } = compiled;
    const n = layout.nStates;
    this.n = n;
    this.nP = layout.nParams;
    this.N = n * (1 + nTheta);
    if (nTheta > 0 && !sens)
      throw new EngineError(Codes.SIM_BAD_SETTING, "forward sensitivities need sensitivityFunctions()");
    if (nTheta > 0 && !fns.jac) {
      throw new EngineError(
        Codes.SIM_BAD_SETTING,
        `forward sensitivities: no analytic Jacobian was generated for model "${compiled.model.id}"`,
      );
    }
    this.opts = {
      method: options.method ?? "bdf",
      relativeTolerance: options.relativeTolerance ?? 1e-8,
      absoluteTolerance: options.absoluteTolerance ?? 1e-10,
      maxSteps: options.maxSteps ?? 100000,
    };
    this.p = new Float64Array(this.nP);
    this.w = new Float64Array(layout.nAssigned);
    this.ybuf = new Float64Array(n);
    this.fbuf = new Float64Array(n);
    this.J = new Float64Array(n * n);
    this.D = new Float64Array(n * this.nP);
    this.fth = new Float64Array(n * nTheta);
    this.dp = new Float64Array(this.nP * nTheta);
    this.system = this.makeSystem();
  }

  private makeSystem(): OdeSystem {
    const { n, nP, N, nTheta, p, w, ybuf, fbuf, J, D, fth, dp } = this;
    const fns = this.compiled.fns;
    const jacFn = fns.jac;
    const sens = this.sens;
    const self = this;
    const nzRow = new Int32Array(n * n);
    const nzCol = new Int32Array(n * n);
    const nzVal = new Float64Array(n * n);
    const sys: OdeSystem = {
      n: N,
      rhs(t, Y, dY) {
        for (let i = 0; i < n; i++) ybuf[i] = Y[i];
        fns.assign(t, ybuf, p, w);
        fns.deriv(t, ybuf, p, w, fbuf);
        for (let i = 0; i < n; i++) dY[i] = fbuf[i];
        if (nTheta === 0) return;
        (jacFn as NonNullable<typeof jacFn>)(t, ybuf, p, w, J);
        (sens as SensitivityFunctions).dfdp(t, ybuf, p, D);
        // 0·(−∞) from ∂(x^a)/∂a = x^a·ln x at x = 0 (a Hill exponent while the species is still 0):
        // the limit for x → 0⁺ is 0, so a NaN entry of ∂f/∂p is taken as 0
        for (let q = 0; q < D.length; q++) if (Number.isNaN(D[q])) D[q] = 0;
        // (∂f/∂p)(∂p/∂θ_k), only over the non-zero rows of ∂p/∂θ_k
        fth.fill(0);
        for (let k = 0; k < nTheta; k++) {
          const cols = self.dpCols[k];
          for (let c = 0; c < cols.length; c++) {
            const j = cols[c];
            const a = dp[k * nP + j];
            for (let i = 0; i < n; i++) fth[k * n + i] += D[i * nP + j] * a;
          }
        }
        // J·s_k over the non-zeros of J only (gathered once per call: J is sparse in reaction networks)
        let nz = 0;
        for (let i = 0, q = 0; i < n; i++) {
          for (let j = 0; j < n; j++, q++) {
            const v = J[q];
            if (v !== 0) {
              nzRow[nz] = i;
              nzCol[nz] = j;
              nzVal[nz] = v;
              nz++;
            }
          }
        }
        for (let k = 0; k < nTheta; k++) {
          const off = n * (1 + k);
          for (let i = 0; i < n; i++) dY[off + i] = fth[k * n + i];
          for (let e = 0; e < nz; e++) dY[off + nzRow[e]] += nzVal[e] * Y[off + nzCol[e]];
        }
      },
    };
    if (jacFn) {
      sys.jac = (t, Y, JJ) => {
        for (let i = 0; i < n; i++) ybuf[i] = Y[i];
        fns.assign(t, ybuf, p, w);
        jacFn(t, ybuf, p, w, J);
        if (nTheta === 0) {
          JJ.set(J);
          return;
        }
        JJ.fill(0);
        for (let b = 0; b <= nTheta; b++) {
          const o = b * n;
          for (let i = 0; i < n; i++) {
            const src = i * n;
            const dst = (o + i) * N + o;
            for (let j = 0; j < n; j++) JJ[dst + j] = J[src + j];
          }
        }
      };
      if (nTheta > 0) {
        // the BDF factors the n×n block once instead of the N×N augmented matrix
        sys.blockDiagonal = {
          blockSize: n,
          jacBlock(t, Y, B) {
            for (let i = 0; i < n; i++) ybuf[i] = Y[i];
            fns.assign(t, ybuf, p, w);
            jacFn(t, ybuf, p, w, B);
          },
        };
        // block-diagonal pattern (dense n×n blocks), for methods other than the BDF
        const pat = new Uint8Array(N * N);
        for (let b = 0; b <= nTheta; b++) {
          const o = b * n;
          for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) pat[(o + i) * N + o + j] = 1;
        }
        sys.jacPattern = pat;
      }
    }
    if (this.compiled.layout.massDiagonal) {
      const m = new Float64Array(N);
      for (let b = 0; b <= nTheta; b++) m.set(this.compiled.layout.massDiagonal, b * n);
      sys.massDiagonal = m;
    }
    return sys;
  }

  private setup(run: { p: Float64Array; dpdTheta?: Float64Array }): void {
    const { nP, nTheta } = this;
    if (run.p.length !== nP)
      throw new EngineError(Codes.SIM_BAD_SETTING, `p has length ${run.p.length}, expected ${nP}`);
    this.p.set(run.p);
    this.dp.fill(0);
    if (nTheta > 0) {
      if (run.dpdTheta) {
        if (run.dpdTheta.length !== nP * nTheta) {
          throw new EngineError(
            Codes.SIM_BAD_SETTING,
            `dpdTheta has length ${run.dpdTheta.length}, expected ${nP * nTheta}`,
          );
        }
        this.dp.set(run.dpdTheta);
      }
      this.dpCols = [];
      for (let k = 0; k < nTheta; k++) {
        const cols: number[] = [];
        for (let j = 0; j < nP; j++) if (this.dp[k * nP + j] !== 0) cols.push(j);
        this.dpCols.push(Int32Array.from(cols));
      }
    }
  }

  private integ: Integrator | null = null;

  /** One integrator per solver, restarted by `init` for every run: the Newton-matrix analysis (sparse LU ordering, generated kernels) is done once. */
  private makeIntegrator(): Integrator {
    this.integ ??= makeIntegrator(this.system, this.opts.method, {
      relativeTolerance: this.opts.relativeTolerance,
      absoluteTolerance: this.opts.absoluteTolerance,
      maxSteps: this.opts.maxSteps,
    });
    return this.integ;
  }

  private initialAugmented(y0: Float64Array, s0?: Float64Array): Float64Array {
    const { n, N, nTheta } = this;
    if (y0.length !== n)
      throw new EngineError(Codes.SIM_BAD_SETTING, `y0 has length ${y0.length}, expected ${n}`);
    const Y0 = new Float64Array(N);
    Y0.set(y0);
    if (nTheta > 0 && s0) {
      if (s0.length !== n * nTheta)
        throw new EngineError(Codes.SIM_BAD_SETTING, `s0 has length ${s0.length}, expected ${n * nTheta}`);
      Y0.set(s0, n);
    }
    return Y0;
  }

  /** Integrate from t0 and sample the augmented state at `times`. */
  run(run: ForwardRun): ForwardResult {
    const { N, n, nTheta } = this;
    this.setup(run);
    const times = run.times;
    const nt = times.length;
    const out = new Float64Array(nt * N);
    const integ = this.makeIntegrator();
    const before = { ...integ.stats };
    let t0 = run.t0;
    integ.init(t0, this.initialAugmented(run.y0, run.s0));
    const bps = (run.breakpoints ?? []).filter((b) => b > t0 && Number.isFinite(b)).sort((a, b) => a - b);
    let bi = 0;
    const tLast = nt > 0 ? times[nt - 1] : t0;
    const segEnd = () => (bi < bps.length && bps[bi] < tLast ? bps[bi] : tLast);
    const tmp = new Float64Array(N);
    for (let k = 0; k < nt; k++) {
      const tout = times[k];
      if (!(tout >= t0))
        throw new EngineError(Codes.SIM_BAD_SETTING, `output time ${tout} is before ${t0} or out of order`);
      while (integ.t < tout) {
        let end = segEnd();
        if (integ.t >= end && bi < bps.length && bps[bi] <= integ.t) {
          // reached a breakpoint: restart the integrator there (the state is continuous)
          tmp.set(integ.y);
          integ.init(integ.t, tmp);
          bi++;
          end = segEnd();
        }
        integ.step(end);
      }
      if (tout === integ.t) out.set(integ.y, k * N);
      else {
        integ.interpolate(tout, tmp);
        out.set(tmp, k * N);
      }
      t0 = tout;
    }
    return { out, n, nTheta, stats: diffStats(integ.stats, before) };
  }

  /**
   * Integrate until the steady state: max_i |y_i'| / (atol + rtol·|y_i|) ≤ 1 over states and
   * sensitivities (the simulation criterion of AMICI's pre-equilibration), checked after every step.
   * Tolerances default to the integration tolerances / 100. Fails after `tMax` (default 1e9).
   */
  steadyState(
    run: { y0: Float64Array; p: Float64Array; s0?: Float64Array; dpdTheta?: Float64Array; t0?: number },
    crit: { atol?: number; rtol?: number; tMax?: number } = {},
  ): SteadyStateRunResult {
    const { N } = this;
    this.setup(run);
    const integ = this.makeIntegrator();
    const before = { ...integ.stats };
    const t0 = run.t0 ?? 0;
    integ.init(t0, this.initialAugmented(run.y0, run.s0));
    const atol = crit.atol ?? this.opts.absoluteTolerance / 100;
    const rtol = crit.rtol ?? this.opts.relativeTolerance / 100;
    const tMax = crit.tMax ?? 1e9;
    const dY = new Float64Array(N);
    const Y = new Float64Array(N);
    for (;;) {
      integ.step(tMax);
      Y.set(integ.y);
      this.system.rhs(integ.t, Y, dY);
      let worst = 0;
      for (let i = 0; i < N; i++) {
        const r = Math.abs(dY[i]) / (atol + rtol * Math.abs(Y[i]));
        if (r > worst) worst = r;
      }
      if (worst <= 1) return { Y, t: integ.t, stats: diffStats(integ.stats, before) };
      if (this.nTheta > 0 && this.polishSensitivities(Y, dY, atol, rtol, integ.t))
        return { Y, t: integ.t, stats: diffStats(integ.stats, before) };
      if (integ.t >= tMax) {
        throw new EngineError(
          Codes.SIM_STEP_FAILURE,
          `pre-equilibration of model "${this.compiled.model.id}": no steady state reached by t = ${tMax} (scaled residual ${worst.toExponential(2)})`,
        );
      }
    }
  }

  private polishJ: Float64Array | null = null;
  private polishPiv: Int32Array | null = null;
  private polishS: Float64Array | null = null;

  /**
   * The states are at their steady state but the sensitivities are not yet: finish the sensitivities
   * by implicit-Euler steps of their linear equation s' = J s + f_θ at the fixed steady state,
   * (I − hJ) s⁺ = s + h·f_θ with h = 10t, 100t, … — exact for a linear system with constant J, so each
   * step damps every mode λ by 1/(1 − hλ), while conserved combinations (cᵀJ = 0 and cᵀf_θ = 0) keep
   * the values the integration gave them. Needed because the simultaneous corrector's block-diagonal
   * Newton matrix drops ∂(Js)/∂y: at the very long steps near a steady state (h ~ 1e7) the sensitivity
   * components then stall far above the steady-state tolerance (seen on the hepatocyte STAT3 fit).
   * AMICI finishes pre-equilibration sensitivities from the steady state too (Newton: s = −J⁻¹f_θ,
   * Fröhlich et al. 2017, doi:10.1371/journal.pcbi.1005331); the implicit steps also handle a singular J.
   * Returns true (Y, dY updated) when states and sensitivities then pass the criterion; otherwise Y is
   * left as it was.
   */
  private polishSensitivities(
    Y: Float64Array,
    dY: Float64Array,
    atol: number,
    rtol: number,
    t: number,
  ): boolean {
    const { n, N, nTheta } = this;
    const mass = this.compiled.layout.massDiagonal;
    if (mass) for (let i = 0; i < n; i++) if (mass[i] === 0) return false;
    if (scaledMax(Y, dY, atol, rtol, 0, n) > 1) return false;
    // the last rhs call at Y left J and f_θ for these states in this.J / this.fth
    const M = (this.polishJ ??= new Float64Array(n * n));
    const piv = (this.polishPiv ??= new Int32Array(n));
    const saved = (this.polishS ??= new Float64Array(N));
    saved.set(Y);
    const J = this.J;
    const fth = this.fth;
    let h = 10 * Math.max(t, 1);
    for (let round = 0; round < 8; round++, h *= 10) {
      for (let q = 0; q < n * n; q++) M[q] = -h * J[q];
      for (let i = 0; i < n; i++) M[i * n + i] += 1;
      if (luFactor(M, n, piv) !== 0) break;
      for (let k = 0; k < nTheta; k++) {
        const sk = Y.subarray(n * (1 + k), n * (2 + k));
        for (let i = 0; i < n; i++) sk[i] += h * fth[k * n + i];
        luSolve(M, n, piv, sk);
      }
      this.system.rhs(t, Y, dY);
      if (!Y.every(Number.isFinite)) break;
      if (scaledMax(Y, dY, atol, rtol, 0, N) <= 1) return true;
    }
    Y.set(saved);
    this.system.rhs(t, Y, dY);
    return false;
  }
}

/**
 * max_i |dY_i| / (atol + rtol·|Y_i|) over i in [from, to)
 */
function scaledMax(
  Y: Float64Array,
  dY: Float64Array,
  atol: number,
  rtol: number,
  from: number,
  to: number,
): number {
  let worst = 0;
  for (let i = from; i < to; i++) {
    const r = Math.abs(dY[i]) / (atol + rtol * Math.abs(Y[i]));
    if (r > worst) worst = r;
  }
  return worst;
}

/** integrator work since `before` (the integrator's counters accumulate across restarts) */
export function diffStats(now: IntegratorStats, before: IntegratorStats): IntegratorStats {
  return {
    steps: now.steps - before.steps,
    rejectedSteps: now.rejectedSteps - before.rejectedSteps,
    rhsEvals: now.rhsEvals - before.rhsEvals,
    jacEvals: now.jacEvals - before.jacEvals,
    luDecompositions: now.luDecompositions - before.luDecompositions,
  };
}
