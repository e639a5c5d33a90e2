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
import {
  hierarchicalBoxProblem,
  multistart,
  petabBoxProblem,
  runOptimizer,
  startPoints,
} from "../../src/optimizers/multistart.js";
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

test("Nelder–Mead: the initial simplex edge is simplexSize × the box width (default 5 %), and it still converges", () => {
  for (const [size, edge] of [
    [undefined, 0.2],
    [0.3, 1.2],
  ] as const) {
    const probes: number[][] = [];
    const p: BoxProblem = {
      n: 2,
      lb: Float64Array.of(-2, -2),
      ub: Float64Array.of(2, 2),
      evaluate(x) {
        probes.push(Array.from(x));
        return { f: (x[0] - 0.3) ** 2 + 2 * (x[1] + 0.4) ** 2 };
      },
    };
    const r = nelderMead(p, Float64Array.of(0, 0), {
      ...(size === undefined ? {} : { simplexSize: size }),
      maxEvaluations: 2000,
      maxIterations: 2000,
    });
    // the first n + 1 evaluations are the simplex: x0, then x0 + edge·e_i (box width 4)
    assert.deepEqual(probes.slice(0, 3), [
      [0, 0],
      [edge, 0],
      [0, edge],
    ]);
    assert.ok(Math.abs(r.x[0] - 0.3) < 1e-4 && Math.abs(r.x[1] + 0.4) < 1e-4, `simplexSize ${size}: ${r.x}`);
  }
});

test("a passed deadline stops every optimiser with exit maxTime, and multistart starts no new start after it", () => {
  // a problem that waits 5 ms per evaluation: Rosenbrock from far away needs many more evaluations than fit in 40 ms
  const slow = (): BoxProblem => {
    const p = rosenbrock(2);
    return {
      ...p,
      evaluate(x, order) {
        const until = Date.now() + 5;
        while (Date.now() < until) {}
        return p.evaluate(x, order);
      },
    };
  };
  for (const name of ["trr", "ls", "lbfgsb", "neldermead"] as const) {
    const t0 = Date.now();
    const r = runOptimizer(name, slow(), Float64Array.of(-1.9, 2.9), {
      deadline: t0 + 40,
      maxIterations: 1e6,
      maxEvaluations: 1e6,
    });
    assert.equal(r.exit, "maxTime", `${name}: ${r.exit}`);
    // it stops at its next evaluation after the deadline (a trust-region step may evaluate a few times)
    assert.ok(Date.now() - t0 < 40 + 200, `${name} took ${Date.now() - t0} ms`);
  }
  const dir = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  const obj = petabObjective(
    loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(dir, f), "utf8")),
  );
  const seen: number[] = [];
  const none = multistart(obj, { starts: 5, deadline: Date.now() - 1 }, (r) => seen.push(r.start));
  assert.deepEqual([none.length, seen.length], [0, 0]);
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

test("Boehm: the first 3 starts of the seed-1 100-start design (stat3 fit --starts 100 --seed 1) reach llh −138.22 at least once", () => {
  const dir = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  const obj = petabObjective(
    loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(dir, f), "utf8")),
  );
  const p = petabBoxProblem(obj);
  const x0s = startPoints(p.lb, p.ub, 100, 1).slice(0, 3);
  const fs = x0s.map((x0) => runOptimizer("ls", p, x0).f);
  // README: best known optimum llh −138.22199693517703 (the nominal parameters are the published optimum)
  assert.ok(
    fs.some((f) => Math.abs(f - 138.22199693517703) < 0.01),
    `final nllh ${fs.join(", ")}`,
  );
  // the serial multistart returns waterfall order
  const res = multistart(obj, { starts: 2, seed: 3, optimizer: "ls", maxIterations: 30 });
  assert.equal(res.length, 2);
  assert.ok(res[0].f <= res[1].f);
});

test("hierarchical problem (analytic σ): Boehm's three noise parameters profiled out; gradient = FD; same optimum value", () => {
  const dir = "/work/shared/petab/benchmarks/Boehm_JProteomeRes2014";
  const obj = petabObjective(
    loadPetabProblem("Boehm_JProteomeRes2014.yaml", (f) => readFileSync(join(dir, f), "utf8")),
    { relativeTolerance: 1e-12, absoluteTolerance: 1e-14 },
  );
  const h = hierarchicalBoxProblem(obj);
  assert.ok(h);
  assert.deepEqual(
    h.inner.map((q) => q.id),
    ["sd_pSTAT5A_rel", "sd_pSTAT5B_rel", "sd_rSTAT5A_rel"],
  );
  assert.equal(h.n, 6);
  const xr = Float64Array.from(h.outer, (k) => obj.nominal[k] + 0.1);
  const e = h.evaluate(xr, 1);
  for (let j = 0; j < h.n; j++) {
    const a = Float64Array.from(xr);
    a[j] += 1e-5;
    const b = Float64Array.from(xr);
    b[j] -= 1e-5;
    const fd = (h.evaluate(a, 0).f - h.evaluate(b, 0).f) / 2e-5;
    assert.ok(
      Math.abs(fd - (e.g as Float64Array)[j]) < 1e-4 * Math.max(1, Math.abs(fd)),
      `${j}: ${e.g?.[j]} vs ${fd}`,
    );
  }
  // at the published optimum the profiled σ are the optimal ones: the value cannot exceed the full one
  const xOpt = Float64Array.from(h.outer, (k) => obj.nominal[k]);
  const fr = h.evaluate(xOpt, 0).f;
  assert.ok(fr <= 138.22199693517703 + 1e-6 && fr > 138.22199693517703 - 1e-3, `profiled nllh ${fr}`);
  const full = h.expand(xOpt);
  assert.ok(Math.abs(-obj.evaluate(full).llh - fr) < 1e-9);
});
