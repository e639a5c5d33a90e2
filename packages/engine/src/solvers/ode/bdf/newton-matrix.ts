/**
 * The Newton iteration matrix of the BDF corrector, N = M − γ·J (M the diagonal mass matrix), its
 * Jacobian J and its LU factors — CVODE's linear-solver interface (cvLsSetup/cvLsSolve, Hindmarsh et
 * al., ACM TOMS 31(3) 2005, doi:10.1145/1089014.1089020) with a choice of dense LU
 * (linalg/dense-lu.ts) or sparse LU (linalg/sparse-lu.ts, Gilbert–Peierls with generated kernels).
 *
 * Which LU: with a declared Jacobian pattern (`system.jacPattern`) the sparse factorisation is tried
 * on it at once. Without one ("auto"), the pattern is *probed* at the first Jacobian evaluation: the
 * structural nonzeros of J at the state and at a perturbed state (an entry that does not depend on a
 * variable is exactly 0 for the analytic Jacobian and for difference quotients alike). Every later
 * Jacobian is scanned for entries outside the probed pattern, which is then widened and the symbolic
 * analysis redone — so a missed entry costs a re-analysis, never a wrong Newton matrix.
 * Sparse LU is used when it runs as generated code (small factors) or when n is large and the
 * factors stay sparse; dense LU otherwise.
 *
 * Block-diagonal systems (`system.blockDiagonal`, e.g. the simultaneous-corrector forward-sensitivity
 * system, whose Newton matrix is diag(N_B, …, N_B) as in CVODES, Serban & Hindmarsh 2005,
 * doi:10.1115/DETC2005-85597): one Newton matrix of the block is built and factored, and each block of
 * the right-hand side is solved with it.
 */

import { Codes, EngineError } from "../../../messages.js";
import { luFactor, luSolve } from "../../linalg/dense-lu.js";
import { cscWithDiagonal, SparseLU } from "../../linalg/sparse-lu.js";
import type { OdeSystem } from "../../types.js";
import { colourColumns, denseDqJacobian, sparseDqJacobian } from "./jacobian.js";

export type LinearSolverChoice = "auto" | "dense" | "sparse";

interface SparseStructure {
  colPtr: Int32Array;
  rowIdx: Int32Array;
  diagPos: Int32Array;
  /** CSC position → row·n + col in the dense Jacobian */
  denseIdx: Int32Array;
  slu: SparseLU;
  Js: Float64Array;
  Ms: Float64Array;
  groupStart: Int32Array | null;
  groupCols: Int32Array | null;
}

export class NewtonMatrix {
  readonly n: number;
  private readonly sys: OdeSystem;
  private readonly mass: Float64Array | null;
  private readonly choice: LinearSolverChoice;
  private readonly sparseMinSize: number;
  /** pattern given by the system (colour-grouped difference quotients are then safe) */
  private readonly declared: boolean;
  /** current structural pattern of J (row-major), when known */
  private pattern: Uint8Array | null;
  private decided = false;
  private sp: SparseStructure | null = null;
  private sparseFactored = false;
  // dense storage (also the buffer every analytic / dense-difference Jacobian is written into)
  private Jd: Float64Array | null = null;
  private Md: Float64Array | null = null;
  private pivots: Int32Array | null = null;
  private Jprobe: Float64Array | null = null;
  /** the Jacobian was evaluated and the solver is chosen */
  usesSparse = false;
  /** symbolic analyses done because a Jacobian had entries outside the probed pattern */
  patternRebuilds = 0;

  /** block-diagonal system: the Newton matrix of one block, and the number of blocks */
  private readonly block: NewtonMatrix | null = null;
  private readonly nBlocks: number = 1;
  /** views of the last right-hand side, one per block (rebuilt only when a new array comes in) */
  private blockViews: Float64Array[] = [];
  private blockViewsOf: Float64Array | null = null;

  constructor(sys: OdeSystem, mass: Float64Array | null, choice: LinearSolverChoice, sparseMinSize: number) {
    const n = sys.n;
    this.n = n;
    this.sys = sys;
    this.mass = mass;
    this.choice = choice;
    this.sparseMinSize = sparseMinSize;
    const bd = sys.blockDiagonal;
    if (bd !== undefined) {
      const m = bd.blockSize;
      if (!(m > 0 && n % m === 0)) {
        throw new EngineError(
          Codes.SIM_BAD_SETTING,
          `blockDiagonal.blockSize ${m} does not divide the system size ${n}`,
        );
      }
      if (mass !== null) {
        for (let i = m; i < n; i++) {
          if (mass[i] !== mass[i % m]) {
            throw new EngineError(
              Codes.SIM_BAD_SETTING,
              "blockDiagonal: the mass matrix must repeat the same diagonal in every block",
            );
          }
        }
      }
      const blockSys: OdeSystem = {
        n: m,
        rhs() {
          throw new EngineError(Codes.SIM_BAD_SETTING, "blockDiagonal: the block has no right-hand side");
        },
        jac: bd.jacBlock,
        ...(bd.pattern !== undefined ? { jacPattern: bd.pattern } : {}),
      };
      this.block = new NewtonMatrix(blockSys, mass === null ? null : mass.slice(0, m), choice, sparseMinSize);
      this.nBlocks = n / m;
      this.declared = true;
      this.pattern = null;
      this.decided = true;
      return;
    }
    const jp = sys.jacPattern;
    if (jp !== undefined && jp.length !== n * n) {
      throw new EngineError(Codes.SIM_BAD_SETTING, `jacPattern has ${jp.length} entries, expected ${n * n}`);
    }
    this.declared = jp !== undefined;
    this.pattern = jp !== undefined ? jp : null;
    if (choice === "dense") {
      this.useDense();
    } else if (choice === "sparse") {
      this.useSparse(this.pattern ?? new Uint8Array(n * n).fill(1));
    } else if (this.pattern !== null) {
      this.decide(this.pattern);
    }
  }

  /** dense n×n buffer for Jacobians (allocated on first use) */
  private denseJ(): Float64Array {
    if (this.Jd === null) this.Jd = new Float64Array(this.n * this.n);
    return this.Jd;
  }

  private useDense(): void {
    const n = this.n;
    this.denseJ();
    if (this.Md === null) this.Md = new Float64Array(n * n);
    if (this.pivots === null) this.pivots = new Int32Array(n);
    this.sp = null;
    this.usesSparse = false;
    this.decided = true;
  }

  private useSparse(pat: Uint8Array): void {
    const n = this.n;
    const c = cscWithDiagonal(n, pat);
    const nnz = c.rowIdx.length;
    const slu = new SparseLU(n, c.colPtr, c.rowIdx);
    let groupStart: Int32Array | null = null;
    let groupCols: Int32Array | null = null;
    if (this.declared && !this.sys.jac) {
      const g = colourColumns(n, c.colPtr, c.rowIdx);
      groupStart = g.groupStart;
      groupCols = g.groupCols;
    }
    this.sp = { ...c, slu, Js: new Float64Array(nnz), Ms: new Float64Array(nnz), groupStart, groupCols };
    this.sparseFactored = false;
    this.usesSparse = true;
    this.decided = true;
  }

  /** "auto": sparse when the factors run as generated code or are sparse and large; dense otherwise */
  private decide(pat: Uint8Array): void {
    const n = this.n;
    this.useSparse(pat);
    const sp = this.sp as SparseStructure;
    // trial factorisation with a dominant diagonal (as N = I − γJ for small γ) for fill and kernels
    const v = new Float64Array(sp.rowIdx.length).fill(1e-3);
    for (let j = 0; j < n; j++) v[sp.diagPos[j]] = 1;
    const ok = sp.slu.factor(v) === 0;
    const fill = ok ? sp.slu.nnzL + sp.slu.nnzU : n * n;
    if (!(ok && (sp.slu.hasKernels || (n > this.sparseMinSize && fill < 0.3 * n * n)))) this.useDense();
  }

  /**
   * J at (t, y) given fy = f(t, y): analytic when the system has `jac`, else difference quotients
   * (CVODE's increments). `y` is perturbed and restored from `yBase` (equal to y). `w1`, `w2` are
   * length-n work vectors. Returns the number of RHS evaluations spent.
   */
  evalJacobian(
    t: number,
    y: Float64Array,
    yBase: Float64Array,
    fy: Float64Array,
    ewt: Float64Array,
    h: number,
    fnorm: number,
    w1: Float64Array,
    w2: Float64Array,
  ): number {
    if (this.block !== null) {
      // analytic block Jacobian: y is the full state, jacBlock reads what it needs
      this.block.evalJacobian(t, y, yBase, fy, ewt, h, fnorm, w1, w2);
      this.usesSparse = this.block.usesSparse;
      return 0;
    }
    const n = this.n;
    const sys = this.sys;
    const sp = this.sp;
    let rhsCalls = 0;
    if (sp !== null && sp.groupStart !== null) {
      // declared pattern, no analytic Jacobian: one RHS call per group of structurally orthogonal columns
      return sparseDqJacobian(
        sys,
        n,
        t,
        y,
        yBase,
        fy,
        ewt,
        h,
        sp.colPtr,
        sp.rowIdx,
        sp.groupStart,
        sp.groupCols as Int32Array,
        sp.Js,
        w1,
        w2,
        fnorm,
      );
    }
    const Jd = this.denseJ();
    if (sys.jac) sys.jac(t, y, Jd);
    else rhsCalls += denseDqJacobian(sys, n, t, y, fy, ewt, h, Jd, w1, fnorm);
    if (!this.decided) {
      rhsCalls += this.probe(t, y, yBase, ewt, h, w1, w2);
    } else if (!this.declared && this.pattern !== null && this.choice === "auto") {
      // probed pattern: widen it if this Jacobian has entries outside
      const pat = this.pattern;
      let grew = false;
      for (let k = 0; k < n * n; k++) {
        if (pat[k] === 0 && Jd[k] !== 0) {
          pat[k] = 1;
          grew = true;
        }
      }
      if (grew) {
        this.patternRebuilds++;
        this.decide(pat);
      }
    }
    const s = this.sp;
    if (s !== null) {
      const Js = s.Js;
      const idx = s.denseIdx;
      for (let k = 0; k < Js.length; k++) Js[k] = Jd[idx[k]];
    }
    return rhsCalls;
  }

  /** first Jacobian without a declared pattern: nonzeros of J here and at a perturbed state */
  private probe(
    t: number,
    y: Float64Array,
    yBase: Float64Array,
    ewt: Float64Array,
    h: number,
    w1: Float64Array,
    w2: Float64Array,
  ): number {
    const n = this.n;
    const sys = this.sys;
    const Jd = this.Jd as Float64Array;
    const Jp = this.Jprobe ?? new Float64Array(n * n);
    this.Jprobe = Jp;
    // a deterministic perturbation of relative size ~1e-3 and different in every component, so that
    // entries vanishing at the current state (e.g. ∝ a species still at 0) show up
    for (let i = 0; i < n; i++) {
      const r = 0.5 + ((i * 0.6180339887498949) % 1);
      y[i] = yBase[i] + 1e-3 * r * (Math.abs(yBase[i]) + 1 / ewt[i] + 1e-3);
    }
    let calls = 0;
    if (sys.jac) {
      sys.jac(t, y, Jp);
    } else {
      sys.rhs(t, y, w2);
      calls++;
      let s = 0;
      for (let i = 0; i < n; i++) s += (w2[i] * ewt[i]) ** 2;
      calls += denseDqJacobian(sys, n, t, y, w2, ewt, h, Jp, w1, Math.sqrt(s / n));
    }
    y.set(yBase);
    const pat = new Uint8Array(n * n);
    for (let k = 0; k < n * n; k++) if (Jd[k] !== 0 || Jp[k] !== 0) pat[k] = 1;
    this.pattern = pat;
    this.decide(pat);
    return calls;
  }

  /** N = M − γ·J and its LU factors. Returns false when N is singular. */
  setup(gamma: number): boolean {
    if (this.block !== null) return this.block.setup(gamma);
    const n = this.n;
    const mass = this.mass;
    const sp = this.sp;
    if (sp === null) {
      const J = this.Jd as Float64Array;
      const M = this.Md as Float64Array;
      const nn = n * n;
      for (let k = 0; k < nn; k++) M[k] = -gamma * J[k];
      if (mass === null) for (let i = 0; i < n; i++) M[i * n + i] += 1;
      else for (let i = 0; i < n; i++) M[i * n + i] += mass[i];
      return luFactor(M, n, this.pivots as Int32Array) === 0;
    }
    const J = sp.Js;
    const M = sp.Ms;
    const nnz = M.length;
    for (let k = 0; k < nnz; k++) M[k] = -gamma * J[k];
    const dp = sp.diagPos;
    if (mass === null) for (let i = 0; i < n; i++) M[dp[i]] += 1;
    else for (let i = 0; i < n; i++) M[dp[i]] += mass[i];
    if (this.sparseFactored && sp.slu.refactor(M) === 0) return true;
    const info = sp.slu.factor(M);
    this.sparseFactored = info === 0;
    return info === 0;
  }

  /** b ← N⁻¹·b with the current factors */
  solve(b: Float64Array): void {
    const blk = this.block;
    if (blk !== null) {
      if (this.blockViewsOf !== b) {
        const m = blk.n;
        this.blockViews = Array.from({ length: this.nBlocks }, (_, k) => b.subarray(k * m, (k + 1) * m));
        this.blockViewsOf = b;
      }
      const views = this.blockViews;
      for (let k = 0; k < views.length; k++) blk.solve(views[k]);
      return;
    }
    const sp = this.sp;
    if (sp === null) luSolve(this.Md as Float64Array, this.n, this.pivots as Int32Array, b);
    else sp.slu.solve(b);
  }
}
