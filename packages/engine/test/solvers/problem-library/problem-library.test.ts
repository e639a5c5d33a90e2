import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FiniteDifferenceJacobian } from "../../../src/solvers/ode/jacobian-fd.js";
import {
  brusselator,
  hires,
  linear2d,
  linearDecay,
  manufactured,
  orego,
  pollution,
  type ReferenceProblem,
  robertson,
  robertsonDae,
  vanDerPol,
} from "../../../src/solvers/problem-library/index.js";
import { makeIntegrator } from "../../../src/solvers/registry.js";

const all: ReferenceProblem[] = [
  linearDecay(),
  linear2d(),
  manufactured(),
  robertson(),
  robertsonDae(),
  hires(),
  vanDerPol(),
  orego(),
  pollution(),
  brusselator(),
];

describe("problem library", () => {
  it("has analytic Jacobians that agree with finite differences at y0 and at the reference point", () => {
    for (const p of all) {
      const n = p.system.n;
      const fd = new FiniteDifferenceJacobian(n);
      for (const y of [p.y0, p.reference]) {
        // perturb away from zeros so bilinear terms show up
        const yy = Float64Array.from(y, (v, i) => v + 1e-3 * (i + 1));
        const f0 = new Float64Array(n);
        p.system.rhs(0.3, yy, f0);
        const Ja = new Float64Array(n * n);
        const Jf = new Float64Array(n * n);
        p.system.jac?.(0.3, yy, Ja);
        fd.compute(p.system, 0.3, yy, f0, Jf);
        for (let i = 0; i < n * n; i++) {
          // FD error scales with the row (cancellation in f), so bound it relative to the row's size
          const r = Math.floor(i / n) * n;
          let rowMax = 1;
          for (let j = 0; j < n; j++) rowMax = Math.max(rowMax, Math.abs(Ja[r + j]));
          const tol = 1e-5 * rowMax;
          assert.ok(
            Math.abs(Ja[i] - Jf[i]) < tol,
            `${p.name} J[${Math.floor(i / n)},${i % n}] analytic ${Ja[i]} FD ${Jf[i]}`,
          );
        }
      }
    }
  });

  it("names a source for every reference", () => {
    for (const p of all) assert.ok(p.source.length > 10, p.name);
  });
});

/**
 * Accuracy against the published reference values (Bari IVP test set 2.4) with Rodas5P at
 * rtol = 1e-8. Stated tolerance: max_i |y_i − ref_i| / (|ref_i| + floor_i) ≤ 1e-6 (100 × rtol), the
 * floor (atol-like) given per problem for components that are tiny or decay to ~0. Observed when
 * written: ROBER 3.0e-8, ROBER-DAE 3.2e-8, HIRES 8.0e-10, VDPOL 3.0e-9, OREGO 2.3e-9, POLLU 7.6e-9.
 */
function solveTo(p: ReferenceProblem, method: string, rtol: number, atol: number | Float64Array) {
  const integ = makeIntegrator(p.system, method, {
    relativeTolerance: rtol,
    absoluteTolerance: atol,
    maxSteps: 1e6,
  });
  integ.init(p.t0, p.y0);
  while (integ.t < p.tEnd) integ.step(p.tEnd);
  return integ;
}

function maxRelErr(y: Float64Array, ref: Float64Array, floor: number): number {
  let m = 0;
  for (let i = 0; i < y.length; i++) m = Math.max(m, Math.abs(y[i] - ref[i]) / (Math.abs(ref[i]) + floor));
  return m;
}

describe("reference-problem accuracy (Rodas5P, rtol 1e-8)", () => {
  const cases: Array<[ReferenceProblem, number, number, number]> = [
    // problem, atol, floor in the relative error, bound on the relative error
    [robertson(), 1e-20, 1e-20, 1e-6],
    [robertsonDae(), 1e-20, 1e-20, 1e-6],
    [hires(), 1e-12, 1e-10, 1e-6],
    [vanDerPol(), 1e-10, 1e-8, 1e-6],
    [orego(), 1e-10, 1e-8, 1e-6],
    [pollution(), 1e-12, 1e-12, 1e-6],
  ];
  for (const [p, atol, floor, bound] of cases) {
    it(`${p.name}: matches the published reference at t = ${p.tEnd} within ${bound} relative`, () => {
      const integ = solveTo(p, "rodas5p", 1e-8, atol);
      const err = maxRelErr(integ.y, p.reference, floor);
      assert.ok(
        err < bound,
        `${p.name}: relative error ${err.toExponential(2)} (steps ${integ.stats.steps})`,
      );
      assert.ok(integ.stats.steps < 5000, `${p.name}: ${integ.stats.steps} steps`);
    });
  }

  it("Rodas4 reaches HIRES and OREGO references within 1e-4 at rtol 1e-8", () => {
    for (const p of [hires(), orego()]) {
      const integ = solveTo(p, "rodas4", 1e-8, 1e-10);
      const err = maxRelErr(integ.y, p.reference, 1e-8);
      assert.ok(err < 1e-4, `${p.name}: ${err}`);
    }
  });

  it("DOPRI5 reaches the Brusselator reference within 1e-7 relative at rtol 1e-10", () => {
    const p = brusselator();
    const integ = solveTo(p, "dopri5", 1e-10, 1e-12);
    assert.ok(maxRelErr(integ.y, p.reference, 0) < 1e-7);
  });
});
