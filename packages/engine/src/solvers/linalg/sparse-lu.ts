/**
 * Sparse LU factorisation P·A·Q = L·U for the Newton matrices of implicit integrators on large models.
 *
 * References:
 *   J. R. Gilbert & T. Peierls, "Sparse partial pivoting in time proportional to arithmetic operations",
 *     SIAM J. Sci. Stat. Comput. 9(5):862–874, 1988, doi:10.1137/0909058 — left-looking LU: column k of
 *     L and U from a sparse triangular solve L·x = A(:,q_k), its pattern found by depth-first search
 *     in the graph of L (the reach), in topological order.
 *   T. A. Davis & E. Palamadai Natarajan, "Algorithm 907: KLU, a direct sparse solver for circuit
 *     simulation problems", ACM TOMS 37(3):36, 2010, doi:10.1145/1824801.1824814 — threshold partial
 *     pivoting that prefers the diagonal (KLU: tolerance 0.001; here 0.1, see PIVOT_TOL), and `refactor`: a numeric-only factorisation
 *     that reuses the pivot order and the patterns of L and U of a previous `factor`, with no allocation.
 *   A. George & J. W. H. Liu, "The evolution of the minimum degree ordering algorithm", SIAM Review
 *     31(1):1–19, 1989, doi:10.1137/1031001 — the fill-reducing column order: minimum degree on the
 *     graph of A + Aᵀ (explicit elimination graph, ties broken by the smaller index).
 *
 * Storage: the matrix pattern is given once, in compressed sparse columns (colPtr, rowIdx); `factor`
 * and `refactor` take the values in the same order. L is unit lower triangular, stored by columns with
 * step (permuted) row indices and its unit diagonal first; U by columns with the diagonal last.
 */

const PIVOT_TOL = 0.1; // diagonal pivot kept when ≥ 0.1·column max (UMFPACK's symmetric-strategy default; KLU uses 0.001, which let random tests grow 1e4×)
const REFACTOR_GROWTH = 1e-8; // refactor gives up when a pivot is this small relative to its column
/**
 * Small factors get `refactor` and `solve` as generated straight-line JavaScript, with the pivot order
 * and all indices as constants (no index loads, the working column in local variables): small models
 * spend most of a BDF step in these two. V8 does not optimise very long functions (measured: a
 * 2,700-statement refactor ran interpreted, 30× slower), so the refactor is split into functions of
 * at most CHUNK_OPS updates, and beyond the totals below the loops are used.
 */
const CHUNK_OPS = 500;
// Large generated functions also take many calls before V8 optimises them (until then they run
// interpreted, slower than the loops): generated code is for small factors only.
const REFACTOR_MAX_OPS = 1500; // JAK/STAT models need 100–400; a 1-D Brusselator with n = 200 ran faster on the loops
const SOLVE_MAX_OPS = 1500;

type RefactorKernel = (v: Float64Array, Lx: Float64Array, Ux: Float64Array) => number;
type SolveKernel = (b: Float64Array, Lx: Float64Array, Ux: Float64Array) => void;

export class SparseLU {
  readonly n: number;
  /** fill-reducing column order: step k eliminates column colPerm[k] */
  readonly colPerm: Int32Array;
  private readonly colPtr: Int32Array;
  private readonly rowIdx: Int32Array;
  // factors
  private Lp: Int32Array;
  private Li: Int32Array;
  private Lx: Float64Array;
  private Up: Int32Array;
  private Ui: Int32Array;
  private Ux: Float64Array;
  /** prow[k] = original row pivoted at step k; pinv is its inverse */
  private readonly prow: Int32Array;
  private readonly pinv: Int32Array;
  // work
  private readonly x: Float64Array;
  private readonly xi: Int32Array;
  private readonly pstack: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;
  private factored = false;
  private kRefactor: RefactorKernel[] | null = null;
  private kSolve: SolveKernel | null = null;
  /** pivot order the kernels were generated for */
  private kernelProw: Int32Array | null = null;
  /** whether straight-line kernels may be generated (needs `new Function`; off under a strict CSP) */
  useCodegen = true;

  /** Symbolic analysis of the pattern (colPtr length n+1, rowIdx length colPtr[n]); computes the ordering. */
  constructor(n: number, colPtr: Int32Array, rowIdx: Int32Array) {
    if (colPtr.length !== n + 1 || rowIdx.length < colPtr[n]) {
      throw new RangeError(`SparseLU: pattern arrays do not describe an ${n}×${n} CSC matrix`);
    }
    this.n = n;
    this.colPtr = colPtr;
    this.rowIdx = rowIdx;
    this.colPerm = minimumDegreeOrder(n, colPtr, rowIdx);
    const nnz = colPtr[n];
    const cap = Math.max(4 * nnz, 4 * n);
    this.Lp = new Int32Array(n + 1);
    this.Li = new Int32Array(cap);
    this.Lx = new Float64Array(cap);
    this.Up = new Int32Array(n + 1);
    this.Ui = new Int32Array(cap);
    this.Ux = new Float64Array(cap);
    this.prow = new Int32Array(n);
    this.pinv = new Int32Array(n);
    this.x = new Float64Array(n);
    this.xi = new Int32Array(n);
    this.pstack = new Int32Array(n);
    this.mark = new Int32Array(n);
  }

  /** true when refactor runs as generated straight-line code (solve too, unless it is long) */
  get hasKernels(): boolean {
    return this.kRefactor !== null;
  }

  /** entries of L (with its unit diagonal) and U after the last `factor` */
  get nnzL(): number {
    return this.Lp[this.n];
  }
  get nnzU(): number {
    return this.Up[this.n];
  }

  /**
   * Numeric factorisation with threshold partial pivoting (diagonal preferred when within PIVOT_TOL of
   * the column maximum). Finds the patterns of L and U. Returns 0, or k+1 if column k has no nonzero pivot.
   */
  factor(values: Float64Array): number {
    const n = this.n;
    const Ap = this.colPtr;
    const Ai = this.rowIdx;
    const Q = this.colPerm;
    const pinv = this.pinv;
    const x = this.x;
    const xi = this.xi;
    pinv.fill(-1);
    x.fill(0);
    let lnz = 0;
    let unz = 0;
    this.factored = false;
    for (let k = 0; k < n; k++) {
      this.ensure(lnz + n, unz + n);
      const Lp = this.Lp;
      const Li = this.Li;
      const Lx = this.Lx;
      const Ui = this.Ui;
      const Ux = this.Ux;
      Lp[k] = lnz;
      this.Up[k] = unz;
      const col = Q[k];
      // x = L \ A(:, col) on the reach of A(:, col) in the graph of L
      const top = this.reach(col);
      for (let p = Ap[col]; p < Ap[col + 1]; p++) x[Ai[p]] = values[p];
      for (let px = top; px < n; px++) {
        const j = xi[px];
        const J = pinv[j];
        if (J < 0) continue;
        const xj = x[j];
        if (xj === 0) continue;
        for (let p = Lp[J] + 1; p < Lp[J + 1]; p++) x[Li[p]] -= Lx[p] * xj;
      }
      // pivot: largest entry among rows not yet pivotal; the diagonal if it is large enough
      let ipiv = -1;
      let amax = -1;
      for (let px = top; px < n; px++) {
        const i = xi[px];
        if (pinv[i] < 0) {
          const a = Math.abs(x[i]);
          if (a > amax) {
            amax = a;
            ipiv = i;
          }
        } else {
          Ui[unz] = pinv[i];
          Ux[unz++] = x[i];
        }
      }
      if (ipiv === -1 || !(amax > 0) || !Number.isFinite(amax)) {
        for (let px = top; px < n; px++) x[xi[px]] = 0;
        return k + 1;
      }
      if (pinv[col] < 0 && this.mark[col] === this.stamp && Math.abs(x[col]) >= amax * PIVOT_TOL) ipiv = col;
      const pivot = x[ipiv];
      Ui[unz] = k;
      Ux[unz++] = pivot;
      pinv[ipiv] = k;
      this.prow[k] = ipiv;
      Li[lnz] = ipiv;
      Lx[lnz++] = 1;
      const inv = 1 / pivot;
      for (let px = top; px < n; px++) {
        const i = xi[px];
        if (pinv[i] < 0) {
          Li[lnz] = i;
          Lx[lnz++] = x[i] * inv;
        }
        x[i] = 0;
      }
    }
    this.Lp[n] = lnz;
    this.Up[n] = unz;
    // L's row indices in step numbering, for refactor and solve
    const Li = this.Li;
    for (let p = 0; p < lnz; p++) Li[p] = pinv[Li[p]];
    this.factored = true;
    // the patterns of L and U follow from the pivot order: same order, same kernels
    if (this.kernelProw === null || !sameOrder(this.kernelProw, this.prow)) {
      this.kRefactor = null;
      this.kSolve = null;
      this.kernelProw = Int32Array.from(this.prow);
      if (this.useCodegen) this.generateKernels();
    }
    return 0;
  }

  /**
   * Numeric-only factorisation with the pivot order and patterns of the last successful `factor`
   * (same matrix pattern, new values). No allocation. Returns 0, or k+1 when the k-th pivot became
   * zero or too small relative to its column (then call `factor` to pivot afresh).
   */
  refactor(values: Float64Array): number {
    if (!this.factored) return 1;
    const kr = this.kRefactor;
    if (kr !== null) {
      const Lx = this.Lx;
      const Ux = this.Ux;
      for (let c = 0; c < kr.length; c++) {
        const r = kr[c](values, Lx, Ux);
        if (r !== 0) {
          this.factored = false;
          return r;
        }
      }
      return 0;
    }
    const n = this.n;
    const Ap = this.colPtr;
    const Ai = this.rowIdx;
    const Q = this.colPerm;
    const pinv = this.pinv;
    const x = this.x;
    const Lp = this.Lp;
    const Li = this.Li;
    const Lx = this.Lx;
    const Up = this.Up;
    const Ui = this.Ui;
    const Ux = this.Ux;
    for (let k = 0; k < n; k++) {
      const col = Q[k];
      for (let p = Ap[col]; p < Ap[col + 1]; p++) x[pinv[Ai[p]]] = values[p];
      const u1 = Up[k + 1] - 1; // diagonal position
      for (let p = Up[k]; p < u1; p++) {
        const j = Ui[p];
        const xj = x[j];
        Ux[p] = xj;
        x[j] = 0;
        if (xj === 0) continue;
        for (let pp = Lp[j] + 1; pp < Lp[j + 1]; pp++) x[Li[pp]] -= Lx[pp] * xj;
      }
      const pivot = x[k];
      x[k] = 0;
      let amax = 0;
      const l0 = Lp[k] + 1;
      const l1 = Lp[k + 1];
      for (let p = l0; p < l1; p++) {
        const a = Math.abs(x[Li[p]]);
        if (a > amax) amax = a;
      }
      const ap = Math.abs(pivot);
      if (!(ap > 0) || !Number.isFinite(ap) || ap < REFACTOR_GROWTH * amax) {
        for (let p = l0; p < l1; p++) x[Li[p]] = 0;
        this.factored = false;
        return k + 1;
      }
      Ux[u1] = pivot;
      const inv = 1 / pivot;
      for (let p = l0; p < l1; p++) {
        const i = Li[p];
        Lx[p] = x[i] * inv;
        x[i] = 0;
      }
    }
    return 0;
  }

  /** Solve A·x = b in place (b becomes x) with the current factors. */
  solve(b: Float64Array): void {
    if (this.kSolve !== null) {
      this.kSolve(b, this.Lx, this.Ux);
      return;
    }
    const n = this.n;
    const z = this.x; // zero between calls; used as scratch and cleared again below
    const prow = this.prow;
    const Lp = this.Lp;
    const Li = this.Li;
    const Lx = this.Lx;
    const Up = this.Up;
    const Ui = this.Ui;
    const Ux = this.Ux;
    const Q = this.colPerm;
    for (let k = 0; k < n; k++) z[k] = b[prow[k]];
    for (let k = 0; k < n; k++) {
      const zk = z[k];
      if (zk === 0) continue;
      for (let p = Lp[k] + 1; p < Lp[k + 1]; p++) z[Li[p]] -= Lx[p] * zk;
    }
    for (let k = n - 1; k >= 0; k--) {
      const u1 = Up[k + 1] - 1;
      const zk = z[k] / Ux[u1];
      z[k] = zk;
      if (zk === 0) continue;
      for (let p = Up[k]; p < u1; p++) z[Ui[p]] -= Ux[p] * zk;
    }
    for (let k = 0; k < n; k++) {
      b[Q[k]] = z[k];
      z[k] = 0;
    }
  }

  /**
   * Emit `refactor` and `solve` as straight-line code for the current pivot order and patterns.
   * Only integers (indices) and fixed operators go into the source: no user text.
   */
  private generateKernels(): void {
    const n = this.n;
    const Ap = this.colPtr;
    const Ai = this.rowIdx;
    const Q = this.colPerm;
    const pinv = this.pinv;
    const Lp = this.Lp;
    const Li = this.Li;
    const Up = this.Up;
    const Ui = this.Ui;
    // operation counts first: nothing is generated for large factors
    let refOps = 0;
    for (let k = 0; k < n; k++) {
      let ops = Lp[k + 1] - Lp[k];
      for (let p = Up[k]; p < Up[k + 1] - 1; p++) ops += Lp[Ui[p] + 1] - Lp[Ui[p]];
      if (ops > CHUNK_OPS) refOps = Number.POSITIVE_INFINITY; // one column alone is too long
      refOps += ops;
    }
    const solveOps = Lp[n] + Up[n];
    const kernels: RefactorKernel[] = [];
    let kSolve: SolveKernel | null = null;
    try {
      if (refOps <= REFACTOR_MAX_OPS) {
        let r: string[] = [];
        let ops = 0;
        const flush = () => {
          r.push("return 0;");
          kernels.push(new Function("v", "Lx", "Ux", r.join("\n")) as RefactorKernel);
          r = [];
          ops = 0;
        };
        for (let k = 0; k < n; k++) {
          const col = Q[k];
          // the working column in locals x<step>: A's entries, then the updates by earlier columns
          const init = new Map<number, string>();
          for (let p = Ap[col]; p < Ap[col + 1]; p++) init.set(pinv[Ai[p]], `v[${p}]`);
          const rows: number[] = [];
          for (let p = Up[k]; p < Up[k + 1]; p++) rows.push(Ui[p]);
          for (let p = Lp[k] + 1; p < Lp[k + 1]; p++) rows.push(Li[p]);
          r.push("{");
          r.push(`let u = 0, ${rows.map((i) => `x${i} = ${init.get(i) ?? "0"}`).join(", ")};`);
          const u1 = Up[k + 1] - 1;
          for (let p = Up[k]; p < u1; p++) {
            const j = Ui[p];
            r.push(`u = x${j}; Ux[${p}] = u;`);
            const upd: string[] = [];
            for (let pp = Lp[j] + 1; pp < Lp[j + 1]; pp++) upd.push(`x${Li[pp]} -= Lx[${pp}] * u;`);
            if (upd.length > 0) r.push(`if (u !== 0) { ${upd.join(" ")} }`);
            ops += upd.length + 1;
          }
          r.push(`const piv = x${k}, ap = Math.abs(piv);`);
          const lrows: number[] = [];
          for (let p = Lp[k] + 1; p < Lp[k + 1]; p++) lrows.push(p);
          const amax =
            lrows.length > 0 ? `Math.max(${lrows.map((p) => `Math.abs(x${Li[p]})`).join(", ")})` : "0";
          r.push(`if (!(ap > 0) || !(ap < Infinity) || ap < ${REFACTOR_GROWTH} * ${amax}) return ${k + 1};`);
          r.push(`Ux[${u1}] = piv; const inv = 1 / piv;`);
          for (const p of lrows) r.push(`Lx[${p}] = x${Li[p]} * inv;`);
          r.push("}");
          ops += lrows.length + 2;
          if (ops >= CHUNK_OPS || k === n - 1) flush();
        }
      }
      if (solveOps <= SOLVE_MAX_OPS) {
        const s: string[] = [];
        s.push(`let ${Array.from({ length: n }, (_, k) => `z${k} = b[${this.prow[k]}]`).join(", ")};`);
        for (let k = 0; k < n; k++) {
          const upd: string[] = [];
          for (let p = Lp[k] + 1; p < Lp[k + 1]; p++) upd.push(`z${Li[p]} -= Lx[${p}] * z${k};`);
          if (upd.length > 0) s.push(upd.join(" "));
        }
        for (let k = n - 1; k >= 0; k--) {
          const u1 = Up[k + 1] - 1;
          s.push(`z${k} /= Ux[${u1}];`);
          const upd: string[] = [];
          for (let p = Up[k]; p < u1; p++) upd.push(`z${Ui[p]} -= Ux[${p}] * z${k};`);
          if (upd.length > 0) s.push(upd.join(" "));
        }
        for (let k = 0; k < n; k++) s.push(`b[${Q[k]}] = z${k};`);
        kSolve = new Function("b", "Lx", "Ux", s.join("\n")) as SolveKernel;
      }
      this.kRefactor = kernels.length > 0 ? kernels : null;
      this.kSolve = kSolve;
    } catch {
      // no `new Function` (e.g. a Content-Security-Policy without unsafe-eval): keep the loops
      this.useCodegen = false;
      this.kRefactor = null;
      this.kSolve = null;
    }
  }

  /**
   * Reach of A(:, col) in the graph of L (rows j → rows of L(:, pinv[j])): fills xi[top..n) in
   * topological order and marks the visited rows with the current stamp. Non-recursive DFS.
   */
  private reach(col: number): number {
    const n = this.n;
    const Ap = this.colPtr;
    const Ai = this.rowIdx;
    const xi = this.xi;
    const pstack = this.pstack;
    const mark = this.mark;
    const pinv = this.pinv;
    const Lp = this.Lp;
    const Li = this.Li;
    const stamp = ++this.stamp;
    let top = n;
    for (let p = Ap[col]; p < Ap[col + 1]; p++) {
      const start = Ai[p];
      if (mark[start] === stamp) continue;
      // DFS from start; the stack lives in xi[0..head], the output fills xi from the top down
      let head = 0;
      xi[0] = start;
      while (head >= 0) {
        const j = xi[head];
        const jnew = pinv[j];
        if (mark[j] !== stamp) {
          mark[j] = stamp;
          pstack[head] = jnew < 0 ? 0 : Lp[jnew] + 1;
        }
        let done = true;
        const p2 = jnew < 0 ? 0 : Lp[jnew + 1];
        for (let pp = pstack[head]; pp < p2; pp++) {
          const i = Li[pp];
          if (mark[i] === stamp) continue;
          pstack[head] = pp;
          xi[++head] = i;
          done = false;
          break;
        }
        if (done) {
          head--;
          xi[--top] = j;
        }
      }
    }
    return top;
  }

  private ensure(lneed: number, uneed: number): void {
    if (lneed > this.Li.length) {
      const cap = Math.max(lneed, 2 * this.Li.length);
      const Li = new Int32Array(cap);
      Li.set(this.Li);
      const Lx = new Float64Array(cap);
      Lx.set(this.Lx);
      this.Li = Li;
      this.Lx = Lx;
    }
    if (uneed > this.Ui.length) {
      const cap = Math.max(uneed, 2 * this.Ui.length);
      const Ui = new Int32Array(cap);
      Ui.set(this.Ui);
      const Ux = new Float64Array(cap);
      Ux.set(this.Ux);
      this.Ui = Ui;
      this.Ux = Ux;
    }
  }
}

function sameOrder(a: Int32Array, b: Int32Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Minimum degree ordering of the graph of A + Aᵀ (George & Liu 1989): repeatedly eliminate a node of
 * smallest current degree and connect its neighbours. Explicit elimination graph with a lazy binary
 * heap of (degree, node); run once per pattern.
 */
export function minimumDegreeOrder(n: number, colPtr: Int32Array, rowIdx: Int32Array): Int32Array {
  const adj: Set<number>[] = [];
  for (let i = 0; i < n; i++) adj.push(new Set<number>());
  for (let j = 0; j < n; j++) {
    for (let p = colPtr[j]; p < colPtr[j + 1]; p++) {
      const i = rowIdx[p];
      if (i !== j) {
        adj[i].add(j);
        adj[j].add(i);
      }
    }
  }
  const order = new Int32Array(n);
  const done = new Uint8Array(n);
  // heap of keys degree*n + node (ties: smaller node first)
  const heap: number[] = [];
  const push = (key: number) => {
    heap.push(key);
    let c = heap.length - 1;
    while (c > 0) {
      const par = (c - 1) >> 1;
      if (heap[par] <= heap[c]) break;
      const t = heap[par];
      heap[par] = heap[c];
      heap[c] = t;
      c = par;
    }
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap.pop() as number;
    if (heap.length > 0) {
      heap[0] = last;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let m = c;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === c) break;
        const t = heap[m];
        heap[m] = heap[c];
        heap[c] = t;
        c = m;
      }
    }
    return top;
  };
  for (let i = 0; i < n; i++) push(adj[i].size * n + i);
  let k = 0;
  while (k < n) {
    const key = pop();
    const v = key % n;
    const deg = (key - v) / n;
    if (done[v] || deg !== adj[v].size) continue; // stale heap entry
    done[v] = 1;
    order[k++] = v;
    const nb = Array.from(adj[v]);
    for (const a of nb) adj[a].delete(v);
    for (let x = 0; x < nb.length; x++) {
      const sa = adj[nb[x]];
      for (let y = 0; y < nb.length; y++) if (x !== y) sa.add(nb[y]);
    }
    for (const a of nb) push(adj[a].size * n + a);
    adj[v].clear();
  }
  return order;
}

/**
 * CSC pattern of an iteration matrix M − γ·J (BDF Newton, Rosenbrock stages): pattern(J) ∪ diagonal,
 * from a row-major 0/1 pattern (pat[i*n+j] ≠ 0 marks an entry). `diagPos[j]` is the diagonal's slot
 * in column j; `denseIdx[p]` maps slot p back to the row-major index i*n+j.
 */
export function cscWithDiagonal(
  n: number,
  pat: Uint8Array,
): { colPtr: Int32Array; rowIdx: Int32Array; diagPos: Int32Array; denseIdx: Int32Array } {
  let nnz = 0;
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) if (i === j || pat[i * n + j] !== 0) nnz++;
  const colPtr = new Int32Array(n + 1);
  const rowIdx = new Int32Array(nnz);
  const diagPos = new Int32Array(n);
  const denseIdx = new Int32Array(nnz);
  let p = 0;
  for (let j = 0; j < n; j++) {
    colPtr[j] = p;
    for (let i = 0; i < n; i++) {
      if (i === j || pat[i * n + j] !== 0) {
        if (i === j) diagPos[j] = p;
        rowIdx[p] = i;
        denseIdx[p] = i * n + j;
        p++;
      }
    }
  }
  colPtr[n] = p;
  return { colPtr, rowIdx, diagPos, denseIdx };
}
