/**
 * Initial-condition sensitivities: ∂y0/∂b_g and ∂p0/∂b_g of the compiled initialisation with respect
 * to base values b (the values a caller sets: parameters, compartment sizes, species initial values),
 * by central differences of the generated `initialize` (y0 and p0 are closed-form functions of b —
 * initial assignments, concentration→amount conversion — so the O(h²) truncation error is tiny;
 * with h = 1e-6·max(|b_g|, 1e-3) the error is ~1e-12 relative for smooth initial assignments and
 * exact to rounding for the common linear ones). Central differences: Nocedal & Wright, Numerical
 * Optimization, 2nd ed., Springer 2006, §8.1, doi:10.1007/978-0-387-40065-5.
 */
import type { CompiledModel } from "../compile/types.js";

export interface InitialSensitivities {
  y0: Float64Array;
  p0: Float64Array;
  /** dy[k*n + i] = ∂y0_i/∂b_{g_k} */
  dy: Float64Array;
  /** dp[k*nParams + j] = ∂p0_j/∂b_{g_k} */
  dp: Float64Array;
}

/**
 * `b`, `fixed`: the base values and fixed flags as `initialize` takes them (see simulate's
 * baseValues); `gs`: the global numbers to differentiate by. `b` is restored on return.
 */
export function initialSensitivities(
  compiled: CompiledModel,
  b: Float64Array,
  fixed: Uint8Array,
  gs: readonly number[],
  t0 = 0,
): InitialSensitivities {
  const { layout, fns } = compiled;
  const n = layout.nStates;
  const nP = layout.nParams;
  const y0 = new Float64Array(n);
  const p0 = new Float64Array(nP);
  const w = new Float64Array(layout.nAssigned);
  fns.initialize(t0, b, fixed, y0, p0, w);
  const dy = new Float64Array(n * gs.length);
  const dp = new Float64Array(nP * gs.length);
  const yp = new Float64Array(n);
  const pp = new Float64Array(nP);
  const ym = new Float64Array(n);
  const pm = new Float64Array(nP);
  gs.forEach((g, k) => {
    const v = b[g];
    const h = 1e-6 * Math.max(Math.abs(v), 1e-3);
    b[g] = v + h;
    fns.initialize(t0, b, fixed, yp, pp, w);
    b[g] = v - h;
    fns.initialize(t0, b, fixed, ym, pm, w);
    b[g] = v;
    const inv = 1 / (2 * h);
    for (let i = 0; i < n; i++) {
      // an entry unchanged by both perturbations is an exact zero (no rounding noise)
      dy[k * n + i] = yp[i] === ym[i] ? 0 : (yp[i] - ym[i]) * inv;
    }
    for (let j = 0; j < nP; j++) dp[k * nP + j] = pp[j] === pm[j] ? 0 : (pp[j] - pm[j]) * inv;
  });
  return { y0, p0, dy, dp };
}
