import assert from "node:assert/strict";
import { test } from "node:test";
import { luFactor, luSolve } from "../../../src/solvers/linalg/dense-lu.js";

test("LU solves a system that needs pivoting", () => {
  // A x = b with A[0][0] = 0 forces a row swap; x = (1, 2, 3)
  const a = Float64Array.from([0, 2, 1, 1, 1, 1, 2, 1, 3]);
  const x = [1, 2, 3];
  const b = new Float64Array(3);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) b[i] += a[i * 3 + j] * x[j];
  const piv = new Int32Array(3);
  assert.equal(luFactor(a, 3, piv), 0);
  luSolve(a, 3, piv, b);
  for (let i = 0; i < 3; i++) assert.ok(Math.abs(b[i] - x[i]) < 1e-14, `x[${i}] = ${b[i]}`);
});

test("LU reports a singular matrix", () => {
  const a = Float64Array.from([1, 2, 2, 4]);
  assert.equal(luFactor(a, 2, new Int32Array(2)), 2);
});

test("LU residual is tiny on a random 30x30 system", () => {
  const n = 30;
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) - 0.5;
  const a = new Float64Array(n * n).map(rnd);
  const a0 = a.slice();
  const b = new Float64Array(n).map(rnd);
  const x = b.slice();
  const piv = new Int32Array(n);
  luFactor(a, n, piv);
  luSolve(a, n, piv, x);
  for (let i = 0; i < n; i++) {
    let r = -b[i];
    for (let j = 0; j < n; j++) r += a0[i * n + j] * x[j];
    assert.ok(Math.abs(r) < 1e-12, `residual ${r}`);
  }
});
