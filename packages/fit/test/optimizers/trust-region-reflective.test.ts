/**
 * The interior trust-region reflective method (Coleman & Li 1996) on problems with known minima:
 * - the Jacobi eigen-decomposition reconstructs a symmetric matrix (QΛQᵀ = A, QᵀQ = I);
 * - Rosenbrock (minimum 0 at (1, 1)) and with the bound x ≤ 0.5 active (minimum (0.5, 0.25), f = 0.25),
 *   with the Gauss–Newton model and with the hybrid Gauss–Newton → BFGS model;
 * - a minimum exactly on a lower bound is approached from the interior (f → bound value);
 * - a failed evaluation (+∞) inside the box is stepped around, not returned;
 * - Boehm (PEtab benchmark): 10 fixed starts of the CLI's seed-1 design, ≥ 2 reach the best optimum.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { petabObjective } from "../../src/objective.js";
import { petabBoxProblem, runOptimizer, startPoints } from "../../src/optimizers/multistart.js";
import { jacobiEigen, trustRegionReflective } from "../../src/optimizers/trust-region-reflective.js";
import type { BoxProblem } from "../../src/optimizers/types.js";
import { loadPetabProblem } from "../../src/petab/read.js";

function rosenbrock(ubX: number): BoxProblem {
  return {
    n: 2,
    lb: Float64Array.of(-2, -2),
    ub: Float64Array.of(ubX, 3),
    evaluate(x, order) {
      const [a, b] = x;
      const f = (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      if (order === 0) return { f };
      const g = Float64Array.of(-2 * (1 - a) - 400 * a * (b - a * a), 200 * (b - a * a));
      // Gauss–Newton matrix 2JᵀJ of the residuals (1 − a, 10 (b − a²))
      const J = [-1, 0, -20 * a, 10];
      const H = Float64Array.of(
        2 * (J[0] * J[0] + J[2] * J[2]),
        2 * (J[0] * J[1] + J[2] * J[3]),
        2 * (J[1] * J[0] + J[3] * J[2]),
        2 * (J[1] * J[1] + J[3] * J[3]),
      );
      return { f, g, H };
    },
  };
}

test("Jacobi eigen-decomposition: QΛQᵀ reproduces a symmetric indefinite matrix, Q orthogonal", () => {
  const n = 4;
  const S = Float64Array.of(4, 1, -2, 0.5, 1, -3, 0.2, 1, -2, 0.2, 2, 0.7, 0.5, 1, 0.7, 1e-3);
  const A = Float64Array.from(S);
  const w = new Float64Array(n);
  const Q = new Float64Array(n * n);
  jacobiEigen(A, n, w, Q);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let a = 0;
      let o = 0;
      for (let k = 0; k < n; k++) {
        a += Q[i * n + k] * w[k] * Q[j * n + k];
        o += Q[k * n + i] * Q[k * n + j];
      }
      assert.ok(Math.abs(a - S[i * n + j]) < 1e-12, `A[${i},${j}] ${a} vs ${S[i * n + j]}`);
      assert.ok(Math.abs(o - (i === j ? 1 : 0)) < 1e-12);
    }
  // trace is the eigenvalue sum
  assert.ok(Math.abs(w.reduce((s, v) => s + v, 0) - (4 - 3 + 2 + 1e-3)) < 1e-12);
});

test("trust-region reflective: Rosenbrock (1, 1) and the bound-constrained minimum x = 0.5, GN and hybrid", () => {
  const x0 = Float64Array.of(-1.2, 1);
  for (const hessianUpdate of ["gn", "hybrid"] as const) {
    const o = { maxIterations: 3000, maxEvaluations: 20000, ftol: 1e-16, gtol: 1e-10, hessianUpdate };
    const r = trustRegionReflective(rosenbrock(2), x0, o);
    assert.ok(
      Math.abs(r.x[0] - 1) < 1e-5 && Math.abs(r.x[1] - 1) < 1e-5,
      `${hessianUpdate}: ${r.x} (${r.exit})`,
    );
    const c = trustRegionReflective(rosenbrock(0.5), x0, o);
    // interior method: the bound is approached from inside, never crossed
    assert.ok(c.x[0] <= 0.5, `${c.x}`);
    assert.ok(
      Math.abs(c.x[0] - 0.5) < 1e-5 && Math.abs(c.x[1] - 0.25) < 1e-4,
      `${hessianUpdate} bounded: ${c.x} (${c.exit})`,
    );
    assert.ok(Math.abs(c.f - 0.25) < 1e-5, `bounded f ${c.f}`);
  }
});

test("trust-region reflective: a minimum on a lower bound (f = Σ e^{x_i}, x ≥ −5) and a failing region", () => {
  // f = Σ exp(x_i) decreases towards the lower bounds; Gauss–Newton-like model: diag(exp(x))
  let calls = 0;
  const p: BoxProblem = {
    n: 3,
    lb: Float64Array.of(-5, -5, -5),
    ub: Float64Array.of(5, 5, 5),
    evaluate(x, order) {
      calls++;
      // simulations "fail" in a slab the straight path crosses: the optimiser must step around it
      if (x[0] > 1 && x[0] < 1.5) return { f: Number.POSITIVE_INFINITY };
      const e = Array.from(x, Math.exp);
      const f = e[0] + e[1] + e[2];
      if (order === 0) return { f };
      return { f, g: Float64Array.from(e), H: Float64Array.of(e[0], 0, 0, 0, e[1], 0, 0, 0, e[2]) };
    },
  };
  const r = trustRegionReflective(p, Float64Array.of(4, 0, -2), { gtol: 1e-10, ftol: 1e-14 });
  const fMin = 3 * Math.exp(-5);
  assert.ok(r.f - fMin < 1e-6 * fMin + 1e-9, `f ${r.f} vs ${fMin} (${r.exit})`);
  for (let i = 0; i < 3; i++) assert.ok(r.x[i] >= -5 && r.x[i] < -4.99, `${r.x}`);
  assert.ok(Number.isFinite(r.f));
  assert.ok(calls < 500, `${calls} evaluations`);
});

test("Boehm (PEtab benchmark): trr from starts 50–59 of the seed-1 100-start design reaches llh −138.22 ± 0.01 at least twice", () => {
  // Measured (stat3 fit --starts 100 --seed 1, default trr): 10 of 100 starts reach the best known
  // optimum, 3 of them (50, 56, 58) in this window; the previous default (ls) reached 3 of 100 and
  // none here. README of ../shared/petab: Boehm's nominal (best known) llh −138.22199693517703.
  const dir = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  const obj = petabObjective(
    loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(dir, f), "utf8")),
  );
  const p = petabBoxProblem(obj);
  const x0s = startPoints(p.lb, p.ub, 100, 1).slice(50, 60);
  const fs = x0s.map((x0) => runOptimizer("trr", p, x0).f);
  const hits = fs.filter((f) => Math.abs(f - 138.22199693517703) < 0.01).length;
  assert.ok(hits >= 2, `final nllh ${fs.map((f) => f.toFixed(4)).join(", ")}`);
  // every start ends at a finite value no worse than the flat no-signal plateau (nllh 249.746)
  for (const f of fs) assert.ok(Number.isFinite(f) && f < 249.75, `${f}`);
});
