import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { luFactor, luSolve } from "../../../src/solvers/linalg/dense-lu.js";
import { minimumDegreeOrder, SparseLU } from "../../../src/solvers/linalg/sparse-lu.js";

/** deterministic LCG in [0, 1) so the random systems are reproducible */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

interface Csc {
  n: number;
  colPtr: Int32Array;
  rowIdx: Int32Array;
  values: Float64Array;
  dense: Float64Array; // row-major
}

/** random sparse n×n matrix with about `perCol` off-diagonal entries per column, plus a (maybe weak) diagonal */
function randomSparse(n: number, perCol: number, seed: number, diagScale: number): Csc {
  const r = rng(seed);
  const dense = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    dense[j * n + j] = diagScale * (r() + 0.5) * (r() < 0.5 ? -1 : 1);
    for (let k = 0; k < perCol; k++) {
      const i = Math.floor(r() * n);
      dense[i * n + j] = r() * 2 - 1;
    }
  }
  return toCsc(n, dense, true);
}

function toCsc(n: number, dense: Float64Array, keepDiag: boolean): Csc {
  const cols: number[] = [0];
  const rows: number[] = [];
  const vals: number[] = [];
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      const v = dense[i * n + j];
      if (v !== 0 || (keepDiag && i === j)) {
        rows.push(i);
        vals.push(v);
      }
    }
    cols.push(rows.length);
  }
  return {
    n,
    colPtr: Int32Array.from(cols),
    rowIdx: Int32Array.from(rows),
    values: Float64Array.from(vals),
    dense,
  };
}

/** normwise backward error ‖Ax − b‖∞ / (‖A‖∞‖x‖∞ + ‖b‖∞) */
function residual(m: Csc, x: Float64Array, b: Float64Array): number {
  let worst = 0;
  let anorm = 0;
  let xnorm = 0;
  let bnorm = 0;
  for (let i = 0; i < m.n; i++) {
    let s = -b[i];
    let row = 0;
    for (let j = 0; j < m.n; j++) {
      s += m.dense[i * m.n + j] * x[j];
      row += Math.abs(m.dense[i * m.n + j]);
    }
    worst = Math.max(worst, Math.abs(s));
    anorm = Math.max(anorm, row);
    xnorm = Math.max(xnorm, Math.abs(x[i]));
    bnorm = Math.max(bnorm, Math.abs(b[i]));
  }
  return worst / (anorm * xnorm + bnorm);
}

describe("sparse LU (Gilbert–Peierls left-looking, threshold pivoting, minimum degree)", () => {
  it("solves random sparse systems like dense LU (strong and weak diagonals)", () => {
    let checked = 0;
    for (const n of [1, 5, 30, 120, 400]) {
      for (const diag of [10, 1, 0.01]) {
        for (let seed = 1; seed <= 3; seed++) {
          const m = randomSparse(n, 3, seed * 7919 + n, diag);
          const slu = new SparseLU(n, m.colPtr, m.rowIdx);
          const info = slu.factor(m.values);
          const dense = Float64Array.from(m.dense);
          const piv = new Int32Array(n);
          const dinfo = luFactor(dense, n, piv);
          if (dinfo !== 0) {
            assert.notEqual(info, 0, "dense LU found the matrix singular, so must sparse LU");
            continue;
          }
          if (info !== 0) continue; // structurally/numerically singular by sparse pivoting: checked below
          const r = rng(seed);
          const b = new Float64Array(n);
          for (let i = 0; i < n; i++) b[i] = r() - 0.5;
          const xs = Float64Array.from(b);
          slu.solve(xs);
          const xd = Float64Array.from(b);
          luSolve(dense, n, piv, xd);
          // backward stable like dense partial pivoting (threshold pivoting allows some more growth)
          const res = residual(m, xs, b);
          const resDense = residual(m, xd, b);
          assert.ok(
            res < 1e-12,
            `n=${n} diag=${diag} seed=${seed}: backward error ${res} (dense ${resDense})`,
          );
          checked++;
        }
      }
    }
    assert.ok(checked >= 30, `only ${checked} systems were checked`);
  });

  it("refactor reuses the pivot order on new values, without allocating patterns again", () => {
    const n = 200;
    const m = randomSparse(n, 3, 42, 5);
    const slu = new SparseLU(n, m.colPtr, m.rowIdx);
    assert.equal(slu.factor(m.values), 0);
    const nnzL = slu.nnzL;
    // a Newton-matrix-like change: I − gamma·J with another gamma
    const r = rng(3);
    for (let trial = 0; trial < 5; trial++) {
      const s = 0.5 + r();
      const vals = Float64Array.from(m.values, (v) => v * s);
      const dense = Float64Array.from(m.dense, (v) => v * s);
      assert.equal(slu.refactor(vals), 0);
      assert.equal(slu.nnzL, nnzL);
      const b = new Float64Array(n).fill(1);
      const x = Float64Array.from(b);
      slu.solve(x);
      const res = residual({ ...m, values: vals, dense }, x, b);
      assert.ok(res < 1e-13, `refactor backward error ${res}`);
    }
  });

  it("refactor reports a vanished pivot so the caller can pivot afresh", () => {
    // [[1, 1], [1, 2]]: factor pivots on the diagonal; new values make the (0,0) pivot zero
    const n = 2;
    const colPtr = Int32Array.of(0, 2, 4);
    const rowIdx = Int32Array.of(0, 1, 0, 1);
    const slu = new SparseLU(n, colPtr, rowIdx);
    assert.equal(slu.factor(Float64Array.of(1, 1, 1, 2)), 0);
    const vals = Float64Array.of(0, 1, 1, 2); // [[0,1],[1,2]]
    assert.notEqual(slu.refactor(vals), 0);
    assert.equal(slu.factor(vals), 0, "full factor pivots rows");
    const x = Float64Array.of(3, 5); // solution of [[0,1],[1,2]] x = (3,5): x = (−1, 3)
    slu.solve(x);
    assert.ok(Math.abs(x[0] + 1) < 1e-14 && Math.abs(x[1] - 3) < 1e-14);
  });

  it("reports a singular matrix", () => {
    const dense = Float64Array.of(1, 2, 0, 2, 4, 0, 0, 0, 3); // rows 0 and 1 dependent
    const m = toCsc(3, dense, true);
    const slu = new SparseLU(3, m.colPtr, m.rowIdx);
    assert.notEqual(slu.factor(m.values), 0);
  });

  it("minimum degree keeps the fill of an arrow matrix linear", () => {
    // arrow: dense first row and column; eliminating the hub first would fill everything
    const n = 300;
    const dense = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
      dense[i * n + i] = 4;
      if (i > 0) {
        dense[i] = 1;
        dense[i * n] = 1;
      }
    }
    const m = toCsc(n, dense, true);
    const order = minimumDegreeOrder(n, m.colPtr, m.rowIdx);
    assert.deepEqual(
      Array.from(order).sort((a, b) => a - b),
      Array.from({ length: n }, (_, i) => i),
    );
    assert.notEqual(order[0], 0, "the hub is not eliminated first");
    const slu = new SparseLU(n, m.colPtr, m.rowIdx);
    assert.equal(slu.factor(m.values), 0);
    assert.ok(slu.nnzL + slu.nnzU < 6 * n, `fill: L ${slu.nnzL}, U ${slu.nnzU}`);
    const b = new Float64Array(n).fill(1);
    const x = Float64Array.from(b);
    slu.solve(x);
    assert.ok(residual(m, x, b) < 1e-12);
  });

  it("generated kernels (small factors) and the loops give the same factors and solutions", () => {
    for (const [n, perCol] of [
      [8, 2],
      [25, 4],
      [14, 14], // dense pattern: the refactor kernel is split into two functions
      [60, 1],
    ]) {
      const m = randomSparse(n, perCol, 1000 + n * perCol, 2);
      const gen = new SparseLU(n, m.colPtr, m.rowIdx);
      const loops = new SparseLU(n, m.colPtr, m.rowIdx);
      loops.useCodegen = false;
      assert.equal(gen.factor(m.values), 0);
      assert.equal(loops.factor(m.values), 0);
      assert.ok(gen.hasKernels, `n=${n}: kernels generated`);
      assert.ok(!loops.hasKernels);
      const r = rng(n);
      for (let trial = 0; trial < 3; trial++) {
        const s = 0.5 + r();
        const vals = Float64Array.from(m.values, (v, k) => v * (k % 3 === 0 ? s : 1));
        assert.equal(gen.refactor(vals), 0);
        assert.equal(loops.refactor(vals), 0);
        const b1 = Float64Array.from({ length: n }, () => r() - 0.5);
        const b2 = Float64Array.from(b1);
        gen.solve(b1);
        loops.solve(b2);
        for (let i = 0; i < n; i++)
          assert.ok(Math.abs(b1[i] - b2[i]) <= 1e-12 * (1 + Math.abs(b2[i])), `n=${n} i=${i}`);
      }
    }
  });
});
