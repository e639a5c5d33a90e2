/**
 * Dense LU factorisation with partial pivoting, in place on a row-major Float64Array
 * (Golub & Van Loan, Matrix Computations, 4th ed., Alg. 3.4.1). Used by the implicit solvers,
 * the steady-state Newton iteration and anything else that solves small dense systems.
 * No allocation: the caller owns `a` (n*n) and `pivots` (n).
 */

/** Factorise a = P·L·U in place. Returns 0 on success, or k+1 if the k-th pivot is exactly zero. */
export function luFactor(a: Float64Array, n: number, pivots: Int32Array): number {
  let info = 0;
  for (let k = 0; k < n; k++) {
    // pivot search in column k
    let p = k;
    let max = Math.abs(a[k * n + k]);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k]);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    pivots[k] = p;
    if (max === 0) {
      if (info === 0) info = k + 1;
      continue;
    }
    if (p !== k) {
      const rk = k * n;
      const rp = p * n;
      for (let j = 0; j < n; j++) {
        const tmp = a[rk + j];
        a[rk + j] = a[rp + j];
        a[rp + j] = tmp;
      }
    }
    const rk = k * n;
    const inv = 1 / a[rk + k];
    for (let i = k + 1; i < n; i++) {
      const ri = i * n;
      const l = a[ri + k] * inv;
      a[ri + k] = l;
      if (l !== 0) {
        for (let j = k + 1; j < n; j++) a[ri + j] -= l * a[rk + j];
      }
    }
  }
  return info;
}

/** Solve (P·L·U) x = b in place (b becomes x), using the output of `luFactor`. */
export function luSolve(lu: Float64Array, n: number, pivots: Int32Array, b: Float64Array): void {
  for (let k = 0; k < n; k++) {
    const p = pivots[k];
    if (p !== k) {
      const tmp = b[k];
      b[k] = b[p];
      b[p] = tmp;
    }
  }
  // forward substitution with unit lower triangle
  for (let i = 1; i < n; i++) {
    const ri = i * n;
    let s = b[i];
    for (let j = 0; j < i; j++) s -= lu[ri + j] * b[j];
    b[i] = s;
  }
  // back substitution with upper triangle
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * n;
    let s = b[i];
    for (let j = i + 1; j < n; j++) s -= lu[ri + j] * b[j];
    b[i] = s / lu[ri + i];
  }
}
