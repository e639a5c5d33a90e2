/**
 * The stage matrix of a Rosenbrock method, W = M/(hγ) − J (Hairer & Wanner, Solving ODEs II,
 * Sect. IV.7, doi:10.1007/978-3-642-05221-7), its LU factors and the solves with it — dense LU
 * (linalg/dense-lu.ts) or sparse LU (linalg/sparse-lu.ts: Gilbert & Peierls 1988,
 * doi:10.1137/0909058, with straight-line generated kernels for small factors).
 *
 * Why: a Rosenbrock step factors W once and solves with it s times (8 for Rodas5P). For the 20–25
 * state signalling models of the benchmarks, dense LU and the eight dense solves are ~75 % of a step,
 * while J has only 2–3 nonzeros per row; the sparse factors cost a fraction of that.
 *
 * Pattern: declared (`OdeSystem.jacPattern`) or probed at the first Jacobian — the structural
 * nonzeros of J at the state and at a perturbed state (an entry that does not depend on a variable
 * is exactly 0 for analytic Jacobians and forward differences alike). Every later Jacobian is
 * scanned for entries outside the pattern; the pattern is then widened and re-analysed, so a missed
 * entry costs an analysis, never a wrong matrix. The same policy as the BDF's Newton matrix
 * (../bdf/newton-matrix.ts). Sparse is chosen when the factorisation runs as generated code or the
 * factors stay sparse for large n; dense otherwise.
 */
import { luFactor, luSolve } from "../../linalg/dense-lu.js";
import { cscWithDiagonal, SparseLU } from "../../linalg/sparse-lu.js";

/** n above which the loop-based sparse LU is used even without generated kernels (if fill is low) */
const SPARSE_LOOPS_MIN_N = 60;

/**
 * The symbolic part of a sparse stage matrix (ordering, patterns of L and U, generated kernels) for
 * one Jacobian pattern. Shared by all Rosenbrock integrators with that pattern — a fit or a scan
 * creates one integrator per simulation, and the analysis plus kernel generation would otherwise be
 * repeated every time. Sharing is safe because a Rosenbrock step factors W and finishes all its
 * solves within one synchronous `step()` call: the numeric factors never outlive the call.
 */
interface SparseShared {
  slu: SparseLU;
  diagPos: Int32Array;
  denseIdx: Int32Array;
  nnz: number;
  /** a `factor` succeeded, so `refactor` (same pivot order) may be tried */
  factored: boolean;
}

/** pattern key → shared analysis, or null when the pattern was found not to pay for sparse LU */
const sharedAnalyses = new Map<string, SparseShared | null>();
const SHARED_MAX = 64;

function patternKey(n: number, pat: Uint8Array): string {
  // 16 pattern bits per UTF-16 code unit
  const parts: string[] = [`${n}:`];
  const nn = n * n;
  for (let k = 0; k < nn; k += 16) {
    let w = 0;
    for (let b = 0; b < 16 && k + b < nn; b++) if (pat[k + b] !== 0) w |= 1 << b;
    parts.push(String.fromCharCode(w));
  }
  return parts.join("");
}

export class StageMatrix {
  readonly n: number;
  /** the Jacobian, dense row-major; the integrator writes it, then calls `jacobianChanged` */
  readonly J: Float64Array;
  /** true once the sparse factorisation was chosen */
  usesSparse = false;
  /** symbolic analyses redone because a Jacobian had entries outside the pattern */
  patternRebuilds = 0;

  private readonly mass: Float64Array | null;
  private readonly declared: boolean;
  private pattern: Uint8Array | null;
  private readonly forceDense: boolean;
  // dense
  private W: Float64Array | null = null;
  private piv: Int32Array | null = null;
  // sparse
  private sp: SparseShared | null = null;
  private Ws: Float64Array | null = null;

  constructor(n: number, mass: Float64Array | null, jacPattern?: Uint8Array, forceDense = false) {
    this.n = n;
    this.J = new Float64Array(n * n);
    this.mass = mass;
    this.forceDense = forceDense || n < 2;
    this.declared = jacPattern !== undefined && jacPattern.length === n * n;
    this.pattern = this.declared ? Uint8Array.from(jacPattern as Uint8Array) : null;
    if (this.forceDense) this.useDense();
    else if (this.pattern) this.decide(this.pattern);
  }

  /** whether the first Jacobian should come with a probe at a perturbed state */
  get needsProbe(): boolean {
    return this.pattern === null && !this.forceDense;
  }

  /**
   * After a new J: decide (first time: pattern = nonzeros of J ∪ nonzeros of `probe`) or widen the
   * pattern if J has entries outside it.
   */
  jacobianChanged(probe: Float64Array | null): void {
    if (this.forceDense) return;
    const J = this.J;
    const nn = this.n * this.n;
    if (this.pattern === null) {
      const pat = new Uint8Array(nn);
      for (let k = 0; k < nn; k++) if (J[k] !== 0 || (probe !== null && probe[k] !== 0)) pat[k] = 1;
      this.pattern = pat;
      this.decide(pat);
      return;
    }
    if (this.declared || !this.usesSparse) return;
    const pat = this.pattern;
    let grew = false;
    for (let k = 0; k < nn; k++) {
      if (pat[k] === 0 && J[k] !== 0) {
        pat[k] = 1;
        grew = true;
      }
    }
    if (grew) {
      this.patternRebuilds++;
      this.decide(pat);
    }
  }

  /** Factor W = fac·M − J (fac = 1/(hγ)). Returns false when W is singular. */
  factor(fac: number): boolean {
    const n = this.n;
    const J = this.J;
    const mass = this.mass;
    const sp = this.sp;
    if (sp === null) {
      if (this.W === null) this.useDense();
      const W = this.W as Float64Array;
      const nn = n * n;
      for (let k = 0; k < nn; k++) W[k] = -J[k];
      if (mass) for (let i = 0; i < n; i++) W[i * n + i] += fac * mass[i];
      else for (let i = 0; i < n; i++) W[i * n + i] += fac;
      return luFactor(W, n, this.piv as Int32Array) === 0;
    }
    const Ws = this.Ws as Float64Array;
    const idx = sp.denseIdx;
    const dp = sp.diagPos;
    const nnz = sp.nnz;
    for (let k = 0; k < nnz; k++) Ws[k] = -J[idx[k]];
    if (mass) for (let i = 0; i < n; i++) Ws[dp[i]] += fac * mass[i];
    else for (let i = 0; i < n; i++) Ws[dp[i]] += fac;
    if (sp.factored && sp.slu.refactor(Ws) === 0) return true;
    const info = sp.slu.factor(Ws);
    sp.factored = info === 0;
    return info === 0;
  }

  /** b ← W⁻¹ b with the current factors. */
  solve(b: Float64Array): void {
    const sp = this.sp;
    if (sp === null) luSolve(this.W as Float64Array, this.n, this.piv as Int32Array, b);
    else sp.slu.solve(b);
  }

  private useDense(): void {
    const n = this.n;
    if (this.W === null) this.W = new Float64Array(n * n);
    if (this.piv === null) this.piv = new Int32Array(n);
    this.sp = null;
    this.Ws = null;
    this.usesSparse = false;
  }

  /** CSC pattern of pattern(J) ∪ diagonal; sparse LU if it pays (see the file comment). */
  private decide(pat: Uint8Array): void {
    const key = patternKey(this.n, pat);
    let shared = sharedAnalyses.get(key);
    if (shared === undefined) {
      shared = analyse(this.n, pat);
      if (sharedAnalyses.size >= SHARED_MAX) {
        // forget the oldest entry (Map iterates in insertion order)
        const first = sharedAnalyses.keys().next();
        if (!first.done) sharedAnalyses.delete(first.value);
      }
      sharedAnalyses.set(key, shared);
    }
    if (shared === null) {
      this.useDense();
      return;
    }
    this.sp = shared;
    this.Ws = new Float64Array(shared.nnz);
    this.usesSparse = true;
    this.W = null;
    this.piv = null;
  }
}

/** Symbolic analysis and a trial factorisation; null when dense LU is the better choice. */
function analyse(n: number, pat: Uint8Array): SparseShared | null {
  const { colPtr, rowIdx, diagPos, denseIdx } = cscWithDiagonal(n, pat);
  const nnz = rowIdx.length;
  const slu = new SparseLU(n, colPtr, rowIdx);
  // trial factorisation of a diagonally dominant matrix with this pattern (W for small h): fill, kernels
  const v = new Float64Array(nnz).fill(1e-3);
  for (let j = 0; j < n; j++) v[diagPos[j]] = 1;
  const ok = slu.factor(v) === 0;
  const fill = ok ? slu.nnzL + slu.nnzU : n * n;
  if (ok && (slu.hasKernels || (n >= SPARSE_LOOPS_MIN_N && fill < 0.3 * n * n))) {
    return { slu, diagPos, denseIdx, nnz, factored: true };
  }
  return null;
}
