/**
 * The local optimisers on problems with known minima, and the multistart design:
 * - Rosenbrock (minimum 0 at (1, 1)) unconstrained-in-effect and with the bound x ≤ 0.5 active
 *   (constrained minimum at x = 0.5, y = 0.25, f = 0.25);
 * - an exponential-decay least-squares fit with a known generating parameter (noise-free data:
 *   the trust-region method recovers it to 1e-8);
 * - start designs: Latin-hypercube stratification, determinism given the seed;
 * - Boehm (PEtab benchmark): a few trust-region starts reach the best known llh −138.22 (README).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { petabObjective } from "../../src/objective.js";
import { lbfgsb } from "../../src/optimizers/lbfgsb.js";
import { multistart, startPoints } from "../../src/optimizers/multistart.js";
import { nelderMead } from "../../src/optimizers/nelder-mead.js";
import { trustRegionLeastSquares } from "../../src/optimizers/trust-region-ls.js";
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
      // Gauss–Newton matrix of the residuals (1 − a, 10 (b − a²))
      const J = [-1, 0, -20 * a, 10];
      const H = Float64Array.of(
        J[0] * J[0] + J[2] * J[2],
        J[0] * J[1] + J[2] * J[3],
        J[1] * J[0] + J[3] * J[2],
        J[1] * J[1] + J[3] * J[3],
      ).map((v) => 2 * v);
      return { f, g, H };
    },
  };
}

test("Rosenbrock: all three optimisers find (1, 1); with x ≤ 0.5 they find the bound-constrained minimum", () => {
  const x0 = Float64Array.of(-1.2, 1);
  for (const [name, opt, tol] of [
    ["ls", trustRegionLeastSquares, 1e-6],
    ["lbfgsb", lbfgsb, 1e-4],
    ["neldermead", nelderMead, 1e-3],
  ] as const) {
    const r = opt(rosenbrock(2), x0, { maxIterations: 2000, maxEvaluations: 20000, ftol: 1e-15, gtol: 1e-9 });
    assert.ok(Math.abs(r.x[0] - 1) < tol && Math.abs(r.x[1] - 1) < tol, `${name}: ${r.x} (${r.exit})`);
    const c = opt(rosenbrock(0.5), x0, {
      maxIterations: 2000,
      maxEvaluations: 20000,
      ftol: 1e-15,
      gtol: 1e-9,
    });
    assert.ok(
      Math.abs(c.x[0] - 0.5) < tol && Math.abs(c.x[1] - 0.25) < 10 * tol,
      `${name} bounded: ${c.x} (${c.exit})`,
    );
    assert.ok(Math.abs(c.f - 0.25) < 10 * tol, `${name} bounded f ${c.f}`);
  }
});

test("trust-region least squares recovers the rate of noise-free exponential decay data", () => {
  const ts = [0, 0.5, 1, 2, 4, 8];
  const kTrue = 0.35;
  const A = 2;
  const data = ts.map((t) => A * Math.exp(-kTrue * t));
  const p: BoxProblem = {
    n: 2,
    lb: Float64Array.of(0, 0.01),
    ub: Float64Array.of(10, 5),
    evaluate(x, order) {
      let f = 0;
      const g = new Float64Array(2);
      const H = new Float64Array(4);
      for (let i = 0; i < ts.length; i++) {
        const e = Math.exp(-x[1] * ts[i]);
        const r = x[0] * e - data[i];
        f += 0.5 * r * r;
        const J = [e, -ts[i] * x[0] * e];
        for (let a = 0; a < 2; a++) {
          g[a] += r * J[a];
          for (let b = 0; b < 2; b++) H[a * 2 + b] += J[a] * J[b];
        }
      }
      return order === 0 ? { f } : { f, g, H };
    },
  };
  const r = trustRegionLeastSquares(p, Float64Array.of(5, 3), { ftol: 1e-16, gtol: 1e-14 });
  assert.ok(Math.abs(r.x[0] - A) < 1e-8 && Math.abs(r.x[1] - kTrue) < 1e-8, `${r.x} (${r.exit})`);
});

test("Latin hypercube starts: one point per stratum in every coordinate, same seed → same design", () => {
  const lb = Float64Array.of(-5, 0, 1);
  const ub = Float64Array.of(5, 1, 3);
  const pts = startPoints(lb, ub, 20, 7);
  for (let j = 0; j < 3; j++) {
    const bins = new Set(pts.map((p) => Math.floor(((p[j] - lb[j]) / (ub[j] - lb[j])) * 20)));
    assert.equal(bins.size, 20);
  }
  assert.deepEqual(startPoints(lb, ub, 20, 7), pts);
  assert.notDeepEqual(startPoints(lb, ub, 20, 8), pts);
});

test("Boehm: 6 trust-region starts (seed 1) reach the best known llh −138.22 at least once", () => {
  const dir = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  const obj = petabObjective(
    loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(dir, f), "utf8")),
  );
  const res = multistart(obj, { starts: 6, seed: 1, optimizer: "ls" });
  assert.equal(res.length, 6);
  for (let i = 1; i < res.length; i++) assert.ok(res[i].f >= res[i - 1].f);
  // README: best known optimum llh −138.22199693517703 (nominal parameters are the published optimum)
  assert.ok(Math.abs(res[0].f - 138.22199693517703) < 0.01, `best nllh ${res[0].f}`);
});
