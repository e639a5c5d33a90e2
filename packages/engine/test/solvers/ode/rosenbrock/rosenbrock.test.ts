import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Codes, EngineError } from "../../../../src/messages.js";
import { Rosenbrock } from "../../../../src/solvers/ode/rosenbrock/rosenbrock.js";
import { RODAS4, RODAS5P, type RosenbrockTableau } from "../../../../src/solvers/ode/rosenbrock/tableaus.js";
import {
  linear2d,
  manufactured,
  robertson,
  robertsonDae,
} from "../../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions, type OdeSystem } from "../../../../src/solvers/types.js";
import { denseOutputLocalOrder, testConvergence } from "../../convergence.js";

const opts = (o: Partial<typeof defaultIntegratorOptions> = {}) => ({ ...defaultIntegratorOptions, ...o });

/**
 * One step of y' = g(t), y(0) = 0 (f independent of y, so J = 0 and only b, c, d, C matter):
 * a method of order p integrates polynomials of degree < p exactly — the quadrature order
 * conditions, including the ∂f/∂t coefficients d_i. The full order (all trees) is verified
 * numerically below by the observed convergence order on a nonlinear problem.
 */
function integrateScalar(tab: RosenbrockTableau, rhs: (t: number) => number, h: number): number {
  const sys: OdeSystem = {
    n: 1,
    rhs(t, _y, dy) {
      dy[0] = rhs(t);
    },
    jac(_t, _y, J) {
      J[0] = 0;
    },
  };
  const r = new Rosenbrock(sys, { ...defaultIntegratorOptions, fixedStep: h }, tab);
  r.init(0, Float64Array.of(0));
  r.step(h);
  return r.y[0];
}

for (const [tab, order, denseLocal] of [
  [RODAS4, 4, 4],
  [RODAS5P, 5, 5],
] as const) {
  describe(`${tab.name} tableau and integrator`, () => {
    it("integrates polynomials in t of degree < order exactly in one step (quadrature conditions incl. d_i)", () => {
      const h = 0.7;
      for (let k = 0; k < order; k++) {
        const y = integrateScalar(tab, (t) => (k + 1) * t ** k, h);
        // 1e-10: ∂f/∂t comes from a forward difference (error ~1e-12 here); a wrong coefficient gives ~1e-2
        assert.ok(Math.abs(y - h ** (k + 1)) < 1e-10, `degree ${k}: ${y} vs ${h ** (k + 1)}`);
      }
    });

    it(`converges with order ${order} in fixed-step mode on a nonlinear non-autonomous problem (±0.2)`, () => {
      // Rodas4 approaches its order from above (large 5th-order error term): the local rates on this
      // problem are 4.48, 4.35, 4.23, 4.13, 4.07, 4.03 for dt = 0.2 … 0.003125, so fit on the finer half
      const dts = order === 5 ? [0.1, 0.05, 0.025, 0.0125] : [0.025, 0.0125, 0.00625, 0.003125];
      const { order: p, errors } = testConvergence(dts, manufactured(2), tab.name as "rodas4" | "rodas5p");
      assert.ok(Math.abs(p - order) <= 0.2, `observed order ${p}, errors ${errors}`);
    });

    it(`has a dense output with local error O(h^${denseLocal})`, () => {
      const { order: p, errors } = denseOutputLocalOrder(
        [0.2, 0.1, 0.05, 0.025],
        manufactured(1),
        tab.name as "rodas4" | "rodas5p",
      );
      assert.ok(p >= denseLocal - 0.2, `dense-output local order ${p}, errors ${errors}`);
    });

    it("meets the tolerance on a linear problem, with FD Jacobian as well as analytic", () => {
      const p = linear2d(3);
      for (const withJac of [true, false]) {
        const sys: OdeSystem = withJac ? p.system : { n: 2, rhs: p.system.rhs };
        const r = new Rosenbrock(sys, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }), tab);
        r.init(p.t0, p.y0);
        while (r.t < p.tEnd) r.step(p.tEnd);
        const err = Math.max(Math.abs(r.y[0] - p.reference[0]), Math.abs(r.y[1] - p.reference[1]));
        assert.ok(err < 1e-7, `${withJac ? "analytic" : "FD"} Jacobian: error ${err}`);
        assert.equal(r.stats.jacEvals, r.stats.steps);
      }
    });

    it("solves Robertson as an index-1 DAE (mass diagonal 1,1,0) and matches the ODE form", () => {
      const tEnd = 40;
      const ode = robertson(tEnd);
      const dae = robertsonDae(tEnd);
      const o = opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-14 });
      const r1 = new Rosenbrock(ode.system, o, tab);
      const r2 = new Rosenbrock(dae.system, o, tab);
      r1.init(0, ode.y0);
      r2.init(0, dae.y0);
      while (r1.t < tEnd) r1.step(tEnd);
      let maxViolation = 0;
      const mid = new Float64Array(3);
      while (r2.t < tEnd) {
        r2.step(tEnd);
        maxViolation = Math.max(maxViolation, Math.abs(r2.y[0] + r2.y[1] + r2.y[2] - 1));
        r2.interpolate(0.5 * (r2.tPrev + r2.t), mid);
        maxViolation = Math.max(maxViolation, Math.abs(mid[0] + mid[1] + mid[2] - 1) * 1e-3);
      }
      for (let i = 0; i < 3; i++) {
        const rel = Math.abs(r1.y[i] - r2.y[i]) / Math.abs(r1.y[i]);
        assert.ok(rel < 1e-6, `component ${i}: ODE ${r1.y[i]} DAE ${r2.y[i]}`);
      }
      // y(40) ≈ (0.7158, 9.185e-6, 0.2842) (e.g. SUNDIALS cvRoberts_dns example output)
      assert.ok(Math.abs(r2.y[0] - 0.7158) < 1e-4 && Math.abs(r2.y[1] - 9.185e-6) < 1e-9);
      assert.ok(maxViolation < 1e-12, `algebraic constraint violated by ${maxViolation}`);
    });

    it("reuses the Jacobian on rejected steps and counts LU factorisations", () => {
      const p = robertson(1e5);
      const r = new Rosenbrock(p.system, opts({ relativeTolerance: 1e-6, absoluteTolerance: 1e-10 }), tab);
      r.init(0, p.y0);
      while (r.t < p.tEnd) r.step(p.tEnd);
      assert.equal(r.stats.jacEvals, r.stats.steps);
      assert.equal(r.stats.luDecompositions, r.stats.steps + r.stats.rejectedSteps);
      // a stiff problem over 10 decades in few steps: L-stability at work
      assert.ok(r.stats.steps < 400, `steps ${r.stats.steps}`);
    });
  });
}

describe("Rosenbrock failures", () => {
  it("reports SIM_STEP_FAILURE when the step size collapses (finite-time blow-up)", () => {
    const sys: OdeSystem = {
      n: 1,
      rhs(_t, y, dy) {
        dy[0] = y[0] * y[0];
      },
      jac(_t, y, J) {
        J[0] = 2 * y[0];
      },
    };
    const r = new Rosenbrock(sys, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-8 }), RODAS5P);
    r.init(0, Float64Array.of(1));
    assert.throws(
      () => {
        while (r.t < 2) r.step(2);
      },
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SIM_STEP_FAILURE,
    );
    assert.ok(r.t > 0.99 && r.t < 1.0001, `stopped at ${r.t}`);
  });

  it("reports SIM_MAX_STEPS", () => {
    const p = robertson(1e5);
    const r = new Rosenbrock(p.system, opts({ maxSteps: 10 }), RODAS4);
    r.init(0, p.y0);
    assert.throws(
      () => {
        while (r.t < p.tEnd) r.step(p.tEnd);
      },
      (e: unknown) => e instanceof EngineError && e.diagnostic.code === Codes.SIM_MAX_STEPS,
    );
  });

  it("rejects a mass diagonal of the wrong length", () => {
    const p = robertson();
    const sys: OdeSystem = { ...p.system, massDiagonal: Float64Array.of(1, 0) };
    assert.throws(
      () => new Rosenbrock(sys, opts(), RODAS5P),
      (e: unknown) => e instanceof EngineError,
    );
  });
});
