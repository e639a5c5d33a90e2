/**
 * Difference-quotient Jacobians for the BDF Newton iteration, with CVODE's increment rule
 * (Hindmarsh et al., ACM TOMS 31(3) 2005, doi:10.1145/1089014.1089020, and the CVODE user guide,
 * "dense difference-quotient Jacobian"):
 *     inc_j = max( sqrt(u)·|y_j| , minInc / w_j ),  minInc = 1000·|h|·u·n·‖f(y)‖_WRMS  (1 if ‖f‖ = 0)
 * where w are the error weights and u the unit roundoff. The sparse version groups structurally
 * orthogonal columns (greedy colouring, Curtis, Powell & Reid, "On the estimation of sparse Jacobian
 * matrices", IMA J. Appl. Math. 13:117–119, 1974, doi:10.1093/imamat/13.1.117) so one RHS call
 * gives several columns. No allocation in the difference loops.
 */

import type { OdeSystem } from "../../types.js";

const UROUND = 2.220446049250313e-16;
const SRUR = 1.4901161193847656e-8;
const MIN_INC_MULT = 1000;

/**
 * Dense row-major J[i*n+j] ≈ ∂f_i/∂y_j at (t, y), given fy = f(t, y). `y` is perturbed and restored.
 * `work` (length n) receives the perturbed RHS. Returns the number of RHS calls.
 */
export function denseDqJacobian(
  sys: OdeSystem,
  n: number,
  t: number,
  y: Float64Array,
  fy: Float64Array,
  ewt: Float64Array,
  h: number,
  J: Float64Array,
  work: Float64Array,
  fnorm: number,
): number {
  const minInc = fnorm !== 0 ? MIN_INC_MULT * Math.abs(h) * UROUND * n * fnorm : 1;
  for (let j = 0; j < n; j++) {
    const yj = y[j];
    let inc = SRUR * Math.abs(yj);
    const alt = minInc / ewt[j];
    if (alt > inc) inc = alt;
    y[j] = yj + inc;
    inc = y[j] - yj; // the increment actually represented in floating point
    sys.rhs(t, y, work);
    const r = 1 / inc;
    for (let i = 0; i < n; i++) J[i * n + j] = (work[i] - fy[i]) * r;
    y[j] = yj;
  }
  return n;
}

/** Greedy colouring of the columns of a CSC pattern: columns sharing a row get different colours. */
export function colourColumns(
  n: number,
  colPtr: Int32Array,
  rowIdx: Int32Array,
): { groupStart: Int32Array; groupCols: Int32Array; colours: number } {
  // row -> columns (CSR of the same pattern)
  const rp = new Int32Array(n + 1);
  for (let k = 0; k < colPtr[n]; k++) rp[rowIdx[k] + 1]++;
  for (let i = 0; i < n; i++) rp[i + 1] += rp[i];
  const rc = new Int32Array(colPtr[n]);
  const fill = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    for (let k = colPtr[j]; k < colPtr[j + 1]; k++) {
      const i = rowIdx[k];
      rc[rp[i] + fill[i]++] = j;
    }
  }
  const colour = new Int32Array(n);
  const mark = new Int32Array(n + 1).fill(-1);
  let nc = 0;
  for (let j = 0; j < n; j++) {
    for (let k = colPtr[j]; k < colPtr[j + 1]; k++) {
      const i = rowIdx[k];
      for (let p = rp[i]; p < rp[i + 1]; p++) if (rc[p] < j) mark[colour[rc[p]]] = j;
    }
    let c = 0;
    while (mark[c] === j) c++;
    colour[j] = c;
    if (c + 1 > nc) nc = c + 1;
  }
  const groupStart = new Int32Array(nc + 1);
  for (let j = 0; j < n; j++) groupStart[colour[j] + 1]++;
  for (let c = 0; c < nc; c++) groupStart[c + 1] += groupStart[c];
  const groupCols = new Int32Array(n);
  const pos = new Int32Array(nc);
  for (let j = 0; j < n; j++) groupCols[groupStart[colour[j]] + pos[colour[j]]++] = j;
  return { groupStart, groupCols, colours: nc };
}

/**
 * Sparse Jacobian values at the CSC positions (colPtr, rowIdx), one RHS call per colour group.
 * `y` is perturbed and restored from `yBase` (an unmodified copy of y). `inc` and `work` are length-n
 * work vectors. Returns the number of RHS calls.
 */
export function sparseDqJacobian(
  sys: OdeSystem,
  n: number,
  t: number,
  y: Float64Array,
  yBase: Float64Array,
  fy: Float64Array,
  ewt: Float64Array,
  h: number,
  colPtr: Int32Array,
  rowIdx: Int32Array,
  groupStart: Int32Array,
  groupCols: Int32Array,
  Jvals: Float64Array,
  inc: Float64Array,
  work: Float64Array,
  fnorm: number,
): number {
  const minInc = fnorm !== 0 ? MIN_INC_MULT * Math.abs(h) * UROUND * n * fnorm : 1;
  const ng = groupStart.length - 1;
  for (let g = 0; g < ng; g++) {
    const g0 = groupStart[g];
    const g1 = groupStart[g + 1];
    for (let q = g0; q < g1; q++) {
      const j = groupCols[q];
      const yj = y[j];
      let d = SRUR * Math.abs(yj);
      const alt = minInc / ewt[j];
      if (alt > d) d = alt;
      y[j] = yj + d;
      inc[j] = y[j] - yj;
    }
    sys.rhs(t, y, work);
    for (let q = g0; q < g1; q++) {
      const j = groupCols[q];
      const r = 1 / inc[j];
      for (let k = colPtr[j]; k < colPtr[j + 1]; k++) {
        const i = rowIdx[k];
        Jvals[k] = (work[i] - fy[i]) * r;
      }
      y[j] = yBase[j];
    }
  }
  return ng;
}
