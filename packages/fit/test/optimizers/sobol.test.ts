/**
 * The Sobol' generator (src/optimizers/sobol.ts) and the "sobol" start design:
 * - the embedded direction numbers decode to rows of Joe & Kuo's published table new-joe-kuo-6.21201
 *   (SIAM J. Sci. Comput. 30 (2008) 2635, doi:10.1137/070709359; lines quoted below from that file);
 * - the first points in dimensions 1–3, worked out by hand from the construction (Joe & Kuo 2008 §2,
 *   Gray-code order of Bratley & Fox 1988, doi:10.1145/42288.214372): V_k = m_k/2^k with dim 1: m = 1,1,1…;
 *   dim 2 (s=1, a=0, m_1=1): V = 0.5, 0.75, 0.625; dim 3 (s=2, a=1, m = 1,3): V = 0.5, 0.75, 0.375; and
 *   x_i = x_(i-1) ⊕ V_(lowest zero bit of i-1), x_0 = 0 (e.g. dim 3: x_4 = 0.75 ⊕ 0.375 = 0.625). When
 *   written, the generator also matched scipy.stats.qmc.Sobol(d=1111, scramble=False, bits=32) exactly
 *   on the first 1024 points (a one-off cross-check, not a reference value here);
 * - the (t,m,s)-net property of the first 2^m points in every one-dimensional projection (m = 7, all
 *   1111 dimensions), with and without the digital shift, and the 2-D stratification of pairs;
 * - startPoints(…, "sobol"): inside the box, deterministic per seed, different across seeds.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { startPoints } from "../../src/optimizers/multistart.js";
import {
  digitalShift,
  SOBOL_MAX_DIMENSION,
  sobolDirectionRow,
  sobolPoints,
} from "../../src/optimizers/sobol.js";

test("direction table: 1111 dimensions; rows equal lines of new-joe-kuo-6.21201", () => {
  assert.equal(SOBOL_MAX_DIMENSION, 1111);
  // "d s a m_i" lines copied from new-joe-kuo-6.21201 (Joe & Kuo 2008)
  const lines = [
    "2 1 0 1",
    "3 2 1 1 3",
    "8 5 2 1 1 5 5 17",
    "54 9 8 1 3 5 5 29 17 47 173 479",
    "299 11 787 1 3 7 11 31 43 13 209 27 1017 501",
    "1100 13 4004 1 3 5 3 17 61 97 165 415 357 283 601 5505",
    "1111 13 4094 1 1 5 15 19 1 7 211 157 603 403 1387 1583",
  ];
  for (const line of lines) {
    const [d, s, a, ...m] = line.split(" ").map(Number);
    const row = sobolDirectionRow(d);
    assert.deepEqual({ s: row.s, a: row.a, m: [...row.m] }, { s, a, m }, `dimension ${d}`);
  }
});

test("first points of the unscrambled sequence, dimensions 1–3 (hand-derived, see file comment)", () => {
  const expected = [
    [0, 0, 0],
    [0.5, 0.5, 0.5],
    [0.75, 0.25, 0.25],
    [0.25, 0.75, 0.75],
    [0.375, 0.375, 0.625],
    [0.875, 0.875, 0.125],
    [0.625, 0.125, 0.875],
    [0.125, 0.625, 0.375],
    [0.1875, 0.3125, 0.9375],
    [0.6875, 0.8125, 0.4375],
  ];
  const pts = sobolPoints(10, 3);
  assert.deepEqual(
    pts.map((p) => Array.from(p)),
    expected,
  );
  // skip continues the same sequence (Gray-code state built from the index)
  assert.deepEqual(
    sobolPoints(4, 3, { skip: 6 }).map((p) => Array.from(p)),
    expected.slice(6),
  );
  // the leading dimensions do not depend on how many are generated
  const wide = sobolPoints(10, 40);
  assert.deepEqual(
    wide.map((p) => Array.from(p.subarray(0, 3))),
    expected,
  );
});

/** counts of points per interval [k/2^m, (k+1)/2^m) in coordinate j */
function bins(pts: Float64Array[], j: number, m: number): Uint32Array {
  const c = new Uint32Array(2 ** m);
  for (const p of pts) {
    assert.ok(p[j] >= 0 && p[j] < 1, `coordinate ${j} = ${p[j]} outside [0,1)`);
    c[Math.floor(p[j] * 2 ** m)]++;
  }
  return c;
}

test("net property: the first 128 points have one point per 1/128 interval in each of the 1111 dimensions", () => {
  const m = 7;
  for (const opts of [{}, { scramble: 1 }, { scramble: 12345 }]) {
    const pts = sobolPoints(2 ** m, SOBOL_MAX_DIMENSION, opts);
    let bad = 0;
    for (let j = 0; j < SOBOL_MAX_DIMENSION; j++) if (bins(pts, j, m).some((c) => c !== 1)) bad++;
    assert.equal(bad, 0, `${bad} dimensions not stratified (${JSON.stringify(opts)})`);
    // the following block of 128 points is stratified as well (a (t,s)-sequence)
    const next = sobolPoints(2 ** m, SOBOL_MAX_DIMENSION, { ...opts, skip: 2 ** m });
    for (const j of [0, 1, 349, 1110])
      assert.ok(
        bins(next, j, m).every((c) => c === 1),
        `block 2, dim ${j}`,
      );
  }
});

test("2-D stratification: first 256 points, 16 in each of the 4×4 boxes of dimension pairs", () => {
  // the first 2^8 points; each 4×4 box is an elementary interval of volume 2^-4, which holds exactly
  // 2^4 points when t ≤ 4 for that pair. Joe & Kuo's directions were chosen to make t small for
  // two-dimensional projections (t = 0 for the pair (1,2)); the pairs below are checked to hold.
  const pts = sobolPoints(256, 51);
  const shifted = sobolPoints(256, 51, { scramble: 7 });
  for (const [a, b] of [
    [1, 2],
    [2, 3],
    [1, 3],
    [50, 51],
  ]) {
    for (const set of [pts, shifted]) {
      const box = new Uint32Array(16);
      for (const p of set) box[Math.floor(p[a - 1] * 4) * 4 + Math.floor(p[b - 1] * 4)]++;
      assert.deepEqual(Array.from(box), new Array(16).fill(16), `dims (${a},${b})`);
    }
  }
  // dims (1,2) form a (0,2)-sequence: every elementary box of area 1/256 holds exactly one point
  for (const [r, c] of [
    [1, 256],
    [16, 16],
    [256, 1],
    [2, 128],
  ]) {
    const box = new Uint32Array(256);
    for (const p of pts) box[Math.floor(p[0] * r) * c + Math.floor(p[1] * c)]++;
    assert.ok(
      box.every((n) => n === 1),
      `${r}×${c} boxes of dims (1,2)`,
    );
  }
});

test("digital shift: per-dimension word independent of dim count; seed 0 still shifts; bad input throws", () => {
  assert.deepEqual(Array.from(digitalShift(3, 5)), Array.from(digitalShift(3, 9).subarray(0, 5)));
  assert.notDeepEqual(Array.from(digitalShift(1, 4)), Array.from(digitalShift(2, 4)));
  const p0 = sobolPoints(1, 4, { scramble: 0 })[0];
  assert.ok(
    p0.some((v) => v !== 0),
    "scrambled point 0 is not the origin",
  );
  assert.throws(() => sobolPoints(4, SOBOL_MAX_DIMENSION + 1), /E-SIM-003.*1112 dimensions.*1111/s);
  assert.throws(() => sobolPoints(4, 0), /dimension must be an integer ≥ 1/);
  assert.throws(() => sobolPoints(-1, 3), /count must be an integer/);
  assert.throws(() => sobolPoints(2, 3, { skip: 1.5 }), /skip must be an integer/);
  assert.throws(() => sobolPoints(2, 3, { scramble: -1 }), /scramble must be a seed/);
  assert.throws(() => sobolPoints(2, 3, { skip: 2 ** 32 - 1 }), /exceeds the 2\^32 points/);
});

test('startPoints(…, "sobol"): inside the box, deterministic per seed, seeds differ, net kept per coordinate', () => {
  const n = 260; // Sobotta-sized problem
  const lb = Float64Array.from({ length: n }, (_, j) => -5 + (j % 7));
  const ub = Float64Array.from(lb, (v, j) => v + 1 + (j % 4));
  const a = startPoints(lb, ub, 64, 1, "sobol");
  const b = startPoints(lb, ub, 64, 1, "sobol");
  const c = startPoints(lb, ub, 64, 2, "sobol");
  assert.equal(a.length, 64);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a[0], c[0]);
  for (const p of a)
    for (let j = 0; j < n; j++) assert.ok(p[j] >= lb[j] && p[j] <= ub[j], `coordinate ${j}: ${p[j]}`);
  // no start sits on all lower bounds; each coordinate has one start per 1/64 of its range
  assert.ok(a.every((p) => p.some((v, j) => v !== lb[j])));
  for (const j of [0, 1, 100, 259]) {
    const cnt = new Uint32Array(64);
    for (const p of a) cnt[Math.min(63, Math.floor(((p[j] - lb[j]) / (ub[j] - lb[j])) * 64))]++;
    assert.ok(
      cnt.every((k) => k === 1),
      `coordinate ${j}`,
    );
  }
  // lhs default unchanged by the new design option
  assert.deepEqual(startPoints(lb, ub, 8, 1), startPoints(lb, ub, 8, 1, "lhs"));
  assert.throws(
    () => startPoints(new Float64Array(1200), new Float64Array(1200).fill(1), 4, 1, "sobol"),
    /1200 dimensions/,
  );
});
