/**
 * The solution history that delay(x, τ) reads: the state and its derivative at the end of every
 * accepted step, with cubic Hermite interpolation in between (the continuous extension of the
 * method-of-steps for delay differential equations; Bellen & Zennaro, Numerical Methods for Delay
 * Differential Equations, OUP 2003, doi:10.1093/acprof:oso/9780198506546.001.0001, §3.2).
 * Stored values p are snapshotted whenever events change them. Before the start time the past is
 * the initial state (SBML L3V2 §3.4.7: delay before t0 returns the initial value).
 * Events store two points at the same time (before and after); the lookup takes the later one.
 */
import type { CompiledModel, DelayHistory } from "../compile/types.js";

export class SolutionHistory implements DelayHistory {
  private cap = 256;
  private len = 0;
  private ts = new Float64Array(this.cap);
  private ys: Float64Array;
  private dys: Float64Array;
  private pIndex = new Int32Array(this.cap);
  private pSnaps: Float64Array[] = [];
  private readonly n: number;
  /** scratch per nesting depth (a delayed expression may itself contain delay()) */
  private scratch: { y: Float64Array; w: Float64Array }[] = [];
  private depth = 0;
  private inPre = false;
  get busy(): boolean {
    return this.inPre;
  }
  private pre: { y: Float64Array; p: Float64Array; w: Float64Array } | null = null;

  constructor(
    private readonly compiled: CompiledModel,
    readonly startTime: number,
    private readonly base: Float64Array,
    private readonly fixed: Uint8Array,
  ) {
    this.n = compiled.layout.nStates;
    this.ys = new Float64Array(this.cap * this.n);
    this.dys = new Float64Array(this.cap * this.n);
  }

  /** record the stored values p (call at start and after every event) */
  snapshotParams(p: Float64Array): void {
    this.pSnaps.push(p.slice());
  }

  push(t: number, y: Float64Array, dy: Float64Array): void {
    if (this.len === this.cap) this.grow();
    const n = this.n;
    this.ts[this.len] = t;
    this.ys.set(y.subarray(0, n), this.len * n);
    this.dys.set(dy.subarray(0, n), this.len * n);
    this.pIndex[this.len] = this.pSnaps.length - 1;
    this.len++;
  }

  private grow(): void {
    this.cap *= 2;
    const ts = new Float64Array(this.cap);
    ts.set(this.ts);
    this.ts = ts;
    const ys = new Float64Array(this.cap * this.n);
    ys.set(this.ys);
    this.ys = ys;
    const dys = new Float64Array(this.cap * this.n);
    dys.set(this.dys);
    this.dys = dys;
    const pi = new Int32Array(this.cap);
    pi.set(this.pIndex);
    this.pIndex = pi;
  }

  valueAt(k: number, tPast: number): number {
    const { compiled, n } = this;
    if (tPast < this.startTime || this.len === 0) {
      // before the start: the model's initial definitions evaluated at that earlier time
      const L = compiled.layout;
      this.pre ??= {
        y: new Float64Array(L.nStates),
        p: new Float64Array(L.nParams),
        w: new Float64Array(L.nAssigned),
      };
      const { y, p, w } = this.pre;
      this.inPre = true;
      try {
        compiled.fns.initialize(tPast, this.base, this.fixed, y, p, w);
        return compiled.fns.delayed(k, tPast, y, p, w);
      } finally {
        this.inPre = false;
      }
    }
    if (this.depth >= this.scratch.length) {
      this.scratch.push({ y: new Float64Array(n), w: new Float64Array(compiled.layout.nAssigned) });
    }
    const sc = this.scratch[this.depth];
    const ys = sc.y;
    let p: Float64Array;
    let tEval = tPast;
    if (this.len === 0) return Number.NaN;
    if (tPast <= this.ts[0]) {
      ys.set(this.ys.subarray(0, n));
      p = this.pSnaps[this.pIndex[0]];
      tEval = this.ts[0];
    } else {
      // last index i with ts[i] <= tPast (binary search); prefer the later of equal times
      let lo = 0;
      let hi = this.len - 1;
      if (tPast >= this.ts[hi]) lo = hi;
      else {
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (this.ts[mid] <= tPast) lo = mid;
          else hi = mid;
        }
      }
      let a = lo;
      while (a + 1 < this.len && this.ts[a + 1] === this.ts[a]) a++;
      p = this.pSnaps[this.pIndex[a]];
      const b = a + 1 < this.len ? a + 1 : a;
      const ta = this.ts[a];
      const tb = this.ts[b];
      if (b === a || tb === ta) {
        // beyond the last stored point: extrapolate linearly with the last derivative
        const dt = tPast - ta;
        for (let i = 0; i < n; i++) ys[i] = this.ys[a * n + i] + dt * this.dys[a * n + i];
      } else {
        const h = tb - ta;
        const s = (tPast - ta) / h;
        const h00 = (1 + 2 * s) * (1 - s) * (1 - s);
        const h10 = s * (1 - s) * (1 - s);
        const h01 = s * s * (3 - 2 * s);
        const h11 = s * s * (s - 1);
        for (let i = 0; i < n; i++) {
          ys[i] =
            h00 * this.ys[a * n + i] +
            h10 * h * this.dys[a * n + i] +
            h01 * this.ys[b * n + i] +
            h11 * h * this.dys[b * n + i];
        }
      }
    }
    this.depth++;
    try {
      if (compiled.delayReadsAssigned[k]) compiled.fns.assign(tEval, ys, p, sc.w);
      return compiled.fns.delayed(k, tEval, ys, p, sc.w);
    } finally {
      this.depth--;
    }
  }
}
