import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Codes, EngineError } from "../../../src/messages.js";
import { errorNormRms, initialStepHairer, toleranceVector } from "../../../src/solvers/ode/common.js";
import { linear2d, manufactured } from "../../../src/solvers/problem-library/index.js";
import { makeIntegrator } from "../../../src/solvers/registry.js";
import type { OdeSystem } from "../../../src/solvers/types.js";

const methods = ["dopri5", "tsit5", "rodas4", "rodas5p", "auto"];
const code = (c: string) => (e: unknown) => e instanceof EngineError && e.diagnostic.code === c;

describe("shared integrator behaviour (all methods)", () => {
  it("advances time on a system with no states", () => {
    const empty: OdeSystem = { n: 0, rhs() {} };
    for (const m of methods) {
      const integ = makeIntegrator(empty, m);
      integ.init(0, new Float64Array(0));
      integ.step(10);
      assert.equal(integ.t, 10, m);
      integ.interpolate(5, new Float64Array(0));
    }
  });

  it("rejects a non-finite initial state or initial rhs with SIM_NONFINITE", () => {
    const p = linear2d();
    const bad: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = Math.log(y[0]);
      },
    };
    for (const m of methods) {
      assert.throws(
        () => makeIntegrator(p.system, m).init(0, Float64Array.of(Number.NaN, 1)),
        code(Codes.SIM_NONFINITE),
        m,
      );
      assert.throws(() => makeIntegrator(bad, m).init(0, Float64Array.of(0)), code(Codes.SIM_NONFINITE), m);
      assert.throws(
        () => makeIntegrator(p.system, m).init(0, Float64Array.of(1)),
        code(Codes.SIM_BAD_SETTING),
        m,
      );
    }
  });

  it("starts at a large t0 with fast dynamics without a spurious step failure", () => {
    // y' = −1e3 (y − 1) from y = 0 at t0 = 1e9: the starting-step heuristic proposes 1e-6 (‖y0‖ = 0),
    // below 16 ulp(t0) ≈ 3.6e-6; the step is raised to that floor instead of failing
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = -1e3 * (y[0] - 1);
      },
      jac(_t, _y, J) {
        J[0] = -1e3;
      },
    };
    for (const m of methods) {
      const integ = makeIntegrator(sys, m);
      integ.init(1e9, Float64Array.of(0));
      while (integ.t < 1e9 + 1) integ.step(1e9 + 1);
      assert.ok(Math.abs(integ.y[0] - 1) < 1e-6, `${m}: ${integ.y[0]}`);
    }
  });

  it("computes the scaled RMS norm with per-component absolute tolerances", () => {
    const atol = toleranceVector(Float64Array.of(1, 2), 2);
    // err = (1, 2), sc = atol + 0·max(..) = (1, 2) → each ratio 1 → RMS 1
    assert.equal(
      errorNormRms(2, Float64Array.of(1, 2), Float64Array.of(0, 0), Float64Array.of(0, 0), atol, 0),
      1,
    );
    // rtol part uses max(|y0|, |y1|)
    const n = errorNormRms(
      1,
      Float64Array.of(1),
      Float64Array.of(1),
      Float64Array.of(3),
      toleranceVector(0, 1),
      0.5,
    );
    assert.ok(Math.abs(n - 1 / 1.5) < 1e-15);
  });

  it("chooses a starting step that scales like tol^(1/(p+1)) on y' = −y", () => {
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = -y[0];
      },
    };
    const f0 = Float64Array.of(-1);
    const h = (tol: number) =>
      initialStepHairer(
        sys,
        0,
        Float64Array.of(1),
        f0,
        5,
        toleranceVector(tol, 1),
        tol,
        Infinity,
        10,
        new Float64Array(1),
        new Float64Array(1),
      );
    const h1 = h(1e-6);
    const h2 = h(1e-12);
    assert.ok(h1 > 1e-4 && h1 < 1, `h(1e-6) = ${h1}`);
    assert.ok(h2 < h1);
  });

  it("is tolerance-proportional: global error ≈ tol, falling like tol^1 (rtol = atol = 1e-5, 1e-7, 1e-9)", () => {
    // measured when written (max abs error at t = 5): rodas5p 9.9e-7 6.2e-9 7.3e-11, rodas4 1.3e-6
    // 8.5e-9 7.3e-11, dopri5 1.1e-5 5.5e-8 3.3e-10, tsit5 8.9e-6 4.9e-8 3.0e-10
    for (const m of ["dopri5", "tsit5", "rodas4", "rodas5p"]) {
      const tols = [1e-5, 1e-7, 1e-9];
      const errs = tols.map((tol) => {
        const p = manufactured(5);
        const integ = makeIntegrator(p.system, m, { relativeTolerance: tol, absoluteTolerance: tol });
        integ.init(p.t0, p.y0);
        while (integ.t < p.tEnd) integ.step(p.tEnd);
        let e = 0;
        for (let i = 0; i < 3; i++) e = Math.max(e, Math.abs(integ.y[i] - p.reference[i]));
        return e;
      });
      for (let k = 0; k < errs.length; k++)
        assert.ok(errs[k] < 10 * tols[k], `${m}: error ${errs[k]} at tol ${tols[k]}`);
      const slope = Math.log10(errs[0] / errs[2]) / 4;
      assert.ok(slope > 0.8 && slope < 1.3, `${m}: error ∝ tol^${slope}`);
    }
  });
});
