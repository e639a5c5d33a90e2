/**
 * Consistent initial values of an index-1 DAE M y' = f(t, y) with diagonal M: the algebraic
 * components (M_ii = 0) are solved from f_alg(t, y) = 0 with the differential ones held fixed, by a
 * damped Newton iteration with a finite-difference Jacobian (Brenan, Campbell & Petzold, Numerical
 * Solution of Initial-Value Problems in DAEs, SIAM 1996, doi:10.1137/1.9781611971224, §5.3).
 * Runs at t0 and after every event.
 */
import type { CompiledModel } from "../compile/types.js";
import { Codes, EngineError } from "../messages.js";
import { luFactor, luSolve } from "../solvers/linalg/dense-lu.js";

export class ConsistentInit {
  private readonly alg: number[];
  private readonly J: Float64Array;
  private readonly piv: Int32Array;
  private readonly r: Float64Array;
  private readonly r2: Float64Array;
  private readonly dy: Float64Array;
  private readonly w: Float64Array;
  private readonly yTry: Float64Array;

  constructor(private readonly compiled: CompiledModel) {
    const md = compiled.layout.massDiagonal;
    this.alg = [];
    if (md) for (let i = 0; i < md.length; i++) if (md[i] === 0) this.alg.push(i);
    const m = this.alg.length;
    const n = compiled.layout.nStates;
    this.J = new Float64Array(m * m);
    this.piv = new Int32Array(m);
    this.r = new Float64Array(m);
    this.r2 = new Float64Array(m);
    this.dy = new Float64Array(n);
    this.w = new Float64Array(compiled.layout.nAssigned);
    this.yTry = new Float64Array(n);
  }

  get size(): number {
    return this.alg.length;
  }

  private residual(t: number, y: Float64Array, p: Float64Array, out: Float64Array): number {
    const { fns } = this.compiled;
    fns.assign(t, y, p, this.w);
    fns.deriv(t, y, p, this.w, this.dy);
    let norm = 0;
    for (let k = 0; k < this.alg.length; k++) {
      out[k] = this.dy[this.alg[k]];
      norm = Math.max(norm, Math.abs(out[k]));
    }
    return norm;
  }

  /** Solve the algebraic components of y in place. */
  solve(t: number, y: Float64Array, p: Float64Array, tol = 1e-13): void {
    const m = this.alg.length;
    if (m === 0) return;
    const { J, r, r2, piv, alg, yTry } = this;
    for (const i of alg) if (!Number.isFinite(y[i])) y[i] = 1;
    let norm = this.residual(t, y, p, r);
    for (let it = 0; it < 100 && norm > tol * Math.max(1, maxAbs(y, alg)); it++) {
      // finite-difference Jacobian of the algebraic residuals w.r.t. the algebraic variables
      for (let c = 0; c < m; c++) {
        const i = alg[c];
        const save = y[i];
        const h = 1e-7 * Math.max(Math.abs(save), 1e-6);
        y[i] = save + h;
        this.residual(t, y, p, r2);
        y[i] = save;
        for (let k = 0; k < m; k++) J[k * m + c] = (r2[k] - r[k]) / h;
      }
      if (luFactor(J, m, piv) !== 0) {
        throw new EngineError(
          Codes.SIM_STEP_FAILURE,
          `algebraic equations are singular at t = ${t}: cannot find consistent values`,
          undefined,
          "check that each algebraic rule determines a variable",
        );
      }
      luSolve(J, m, piv, r);
      // damped step: halve until the residual decreases
      let lambda = 1;
      let accepted = false;
      for (let d = 0; d < 30; d++) {
        yTry.set(y);
        for (let c = 0; c < m; c++) yTry[alg[c]] = y[alg[c]] - lambda * r[c];
        const nTry = this.residual(t, yTry, p, r2);
        if (Number.isFinite(nTry) && (nTry < norm || nTry <= tol)) {
          y.set(yTry);
          norm = nTry;
          r.set(r2);
          accepted = true;
          break;
        }
        lambda /= 2;
      }
      if (!accepted) break;
    }
    if (!(norm <= 1e-6 * Math.max(1, maxAbs(y, alg)))) {
      throw new EngineError(
        Codes.SIM_STEP_FAILURE,
        `algebraic equations have no consistent solution near t = ${t} (residual ${norm.toExponential(3)})`,
      );
    }
  }
}

function maxAbs(y: Float64Array, idx: number[]): number {
  let m = 0;
  for (const i of idx) m = Math.max(m, Math.abs(y[i]));
  return m;
}
