import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AutoSwitching } from "../../../src/solvers/ode/auto.js";
import { Rosenbrock } from "../../../src/solvers/ode/rosenbrock/rosenbrock.js";
import { RODAS4 } from "../../../src/solvers/ode/rosenbrock/tableaus.js";
import {
  brusselator,
  linear2d,
  manufactured,
  robertsonDae,
  vanDerPol,
} from "../../../src/solvers/problem-library/index.js";
import { defaultIntegratorOptions } from "../../../src/solvers/types.js";

const opts = (o: Partial<typeof defaultIntegratorOptions> = {}) => ({ ...defaultIntegratorOptions, ...o });

describe("auto (DOPRI5 ⇄ Rodas5P)", () => {
  it("switches to Rodas5P on Van der Pol μ = 1000 and matches the test-set reference at t = 2000", () => {
    const p = vanDerPol(1000);
    const a = new AutoSwitching(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }));
    a.init(p.t0, p.y0);
    const out = new Float64Array(2);
    while (a.t < p.tEnd) {
      a.step(p.tEnd);
      a.interpolate(0.5 * (a.tPrev + a.t), out);
      assert.ok(Number.isFinite(out[0]));
    }
    assert.ok(a.switches >= 1, "never switched");
    const rel0 = Math.abs(a.y[0] - p.reference[0]) / Math.abs(p.reference[0]);
    const rel1 = Math.abs(a.y[1] - p.reference[1]) / Math.abs(p.reference[1]);
    assert.ok(rel0 < 1e-5 && rel1 < 1e-4, `errors ${rel0} ${rel1}, switches at ${a.switchTimes}`);
    // DOPRI5 alone would need ~10^6 stability-limited steps; the switcher needs a few thousand at most
    assert.ok(a.stats.steps < 10000, `steps ${a.stats.steps}`);
    assert.ok(a.stats.jacEvals > 0);
  });

  it("stays explicit on non-stiff problems at loose and tight tolerances", () => {
    for (const p of [brusselator(), linear2d(20), manufactured(20)]) {
      for (const tol of [1e-3, 1e-6, 1e-9]) {
        const a = new AutoSwitching(
          p.system,
          opts({ relativeTolerance: tol, absoluteTolerance: tol * 1e-2 }),
        );
        a.init(p.t0, p.y0);
        while (a.t < p.tEnd) a.step(p.tEnd);
        assert.equal(a.switches, 0, `${p.name} at ${tol}`);
        assert.equal(a.stats.jacEvals, 0);
      }
    }
    const p = brusselator();
    const a = new AutoSwitching(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }));
    a.init(p.t0, p.y0);
    while (a.t < p.tEnd) a.step(p.tEnd);
    assert.ok(Math.abs(a.y[0] - p.reference[0]) < 1e-6);
  });

  it("starts on Rodas5P when the mass matrix has algebraic rows", () => {
    const p = robertsonDae(40);
    const a = new AutoSwitching(p.system, opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-14 }));
    a.init(p.t0, p.y0);
    assert.ok(a.stiffMode);
    while (a.t < p.tEnd) a.step(p.tEnd);
    assert.ok(Math.abs(a.y[0] + a.y[1] + a.y[2] - 1) < 1e-12);
    assert.equal(a.switches, 0);
  });

  it("restarts cleanly after init (as after an event)", () => {
    const p = vanDerPol(1000);
    const a = new AutoSwitching(p.system, opts());
    a.init(0, p.y0);
    while (a.t < 100) a.step(100);
    const y = Float64Array.from(a.y);
    a.init(100, y);
    assert.equal(a.t, 100);
    assert.equal(a.tPrev, 100);
    assert.ok(!a.stiffMode);
    while (a.t < 200) a.step(200);
    assert.equal(a.t, 200);
  });

  it("accepts another stiff partner (here Rodas4) through the factory hook", () => {
    const p = vanDerPol(1000);
    const a = new AutoSwitching(
      p.system,
      opts({ relativeTolerance: 1e-8, absoluteTolerance: 1e-10 }),
      (sys, o) => new Rosenbrock(sys, o, RODAS4),
    );
    a.init(p.t0, p.y0);
    while (a.t < p.tEnd) a.step(p.tEnd);
    assert.ok(a.switches >= 1);
    assert.ok(Math.abs(a.y[0] - p.reference[0]) / p.reference[0] < 1e-5, `y1 = ${a.y[0]}`);
  });
});
