/**
 * Finite-difference Jacobian, the fallback when an OdeSystem has no analytic `jac`.
 *
 * Forward differences column by column with the increment of Hairer & Wanner's RODAS/RADAU5 codes,
 * δ_j = sqrt(u · max(1e-5, |y_j|)), u the unit roundoff (Solving ODEs II, 2nd ed., Sect. IV.8,
 * doi:10.1007/978-3-642-05221-7), which balances truncation O(δ) against cancellation O(u/δ).
 * Costs n rhs evaluations; the caller supplies f(t, y). No allocation after construction.
 */
import type { OdeSystem } from "../types.js";

const UROUND = Number.EPSILON / 2;

export class FiniteDifferenceJacobian {
  private readonly ypert: Float64Array;
  private readonly fpert: Float64Array;
  constructor(readonly n: number) {
    this.ypert = new Float64Array(n);
    this.fpert = new Float64Array(n);
  }

  /** J (row-major, n×n) ≈ ∂f/∂y at (t, y), given f0 = f(t, y). Returns the number of rhs evaluations. */
  compute(system: OdeSystem, t: number, y: Float64Array, f0: Float64Array, J: Float64Array): number {
    const n = this.n;
    const yp = this.ypert;
    const fp = this.fpert;
    yp.set(y);
    for (let j = 0; j < n; j++) {
      const yj = y[j];
      let delta = Math.sqrt(UROUND * Math.max(1e-5, Math.abs(yj)));
      // make the increment exactly representable so that (y+δ) − y = δ
      const tmp = yj + delta;
      delta = tmp - yj;
      yp[j] = tmp;
      system.rhs(t, yp, fp);
      yp[j] = yj;
      const inv = 1 / delta;
      for (let i = 0; i < n; i++) J[i * n + j] = (fp[i] - f0[i]) * inv;
    }
    return n;
  }
}

/** ∂f/∂t by a forward difference (RODAS's increment sqrt(u·max(1e-5,|t|))), given f0 = f(t, y). */
export function timeDerivativeFd(
  system: OdeSystem,
  t: number,
  y: Float64Array,
  f0: Float64Array,
  ftmp: Float64Array,
  ft: Float64Array,
): void {
  const n = system.n;
  let delta = Math.sqrt(UROUND * Math.max(1e-5, Math.abs(t)));
  delta = t + delta - t;
  system.rhs(t + delta, y, ftmp);
  const inv = 1 / delta;
  for (let i = 0; i < n; i++) ft[i] = (ftmp[i] - f0[i]) * inv;
}
